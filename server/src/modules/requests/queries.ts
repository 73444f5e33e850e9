// Reading requests and cases: the inbox and outbox with their filters and counts, one request with its timeline,
// documents and holdings, the case list and one case with its requests. Every path asks platform/handling: a
// TLP:RED record is not found (and not listed) by those who may not see it, and a person's read of an AMBER or RED
// request or case is audited. Drafts and requests awaiting approval exist only on the requesting node.
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { Forbidden, NotFound, Unauthorized } from '../../platform/errors.js';
import { auditRead, isSensitive, mayRead, stricter, type Handling } from '../../platform/handling/index.js';
import { pageOf } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { zId, zPage, zPartyCode, zQueryBool } from '../../platform/validation.js';
import { timeZonesOf } from '../calendars/index.js';
import { linksOf, type EntityLink } from '../entities/index.js';
import { boxRow, caseRequestRows, caseRows, COUNT_CAP, listRows } from './list.js';
import { allowedActions, canRead, isOfficer, standing } from './policy.js';
import { caseHead, documentView, filedEntities, stepView, toSummary } from './present.js';
import * as repo from './repo.js';
import { authorAgencies } from './step-repo.js';
import { CASE_STATUSES, CaseSummary, PRIORITIES, REQUEST_STATUSES, REQUEST_TYPES, RequestSummary, requestLists, type Case, type Request } from './schemas.js';

const search = z.string().trim().min(1).max(200, 'must be at most 200 characters').optional();

export const RequestQuery = z.strictObject({
  box: z.enum(['inbox', 'outbox', 'all']).default('all').describe('inbox: asked of this party; outbox: asked by it'),
  status: z.enum(REQUEST_STATUSES).optional(),
  party: zPartyCode.optional().describe('the other party'),
  priority: z.enum(PRIORITIES).optional(),
  type: z.enum(REQUEST_TYPES).optional(),
  overdue: zQueryBool.optional().describe('true: the clock runs and the deadline has passed'),
  dueWithinHours: z.coerce.number().int().min(1).max(168).optional().describe('the clock runs and the deadline falls within this many hours'),
  caseId: zId.optional(),
  q: search.describe('a reference (exactly) or words of the subject'),
  ...zPage,
});
export type RequestQuery = z.infer<typeof RequestQuery>;
const total = z.number().int().describe(`how many match, counted up to ${COUNT_CAP}: ${COUNT_CAP} means that many or more`);
export const RequestPage = z.object({ items: z.array(RequestSummary), total });
export type RequestPage = z.infer<typeof RequestPage>;

const topics = requestLists.caseTopics.map((t) => t.code) as [string, ...string[]];
export const CaseQuery = z.strictObject({ status: z.enum(CASE_STATUSES).optional(), topic: z.enum(topics).optional(), q: search.describe('a reference (exactly) or words of the title'), ...zPage });
export type CaseQuery = z.infer<typeof CaseQuery>;
export const CasePage = z.object({ items: z.array(CaseSummary), total: z.number().int() });
export type CasePage = z.infer<typeof CasePage>;

const capped = (what: string) => z.number().int().describe(`${what}, counted up to ${COUNT_CAP}`);
export const BoxCounts = z.object({
  inbox: z.object({ open: capped('asked of this party and not finished'), overdue: capped('the clock has run out'), dueSoon: capped('the clock runs out within 8 hours') }),
  outbox: z.object({ open: capped('sent and not finished'), drafts: capped('drafts'), awaitingApproval: capped('awaiting a second person') }),
});
export type BoxCounts = z.infer<typeof BoxCounts>;

export function requireReader(ctx: Ctx): void {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!canRead(ctx.actor, ctx.config.party)) throw new Forbidden("requests and cases are read by this party's own users");
}

/** The request row, for whoever may read it; NotFound for one that is not there or not theirs to know of. */
export async function readableRequest(ctx: Ctx, id: string): Promise<repo.Row> {
  requireReader(ctx);
  const row = await repo.get(ctx.db, id);
  if (!row || !mayRead(ctx.actor, row.handling)) throw new NotFound(`no request ${id}`);
  return row;
}

export async function readableCase(ctx: Ctx, id: string): Promise<repo.CaseRow> {
  requireReader(ctx);
  const row = await repo.getCase(ctx.db, id);
  if (!row || !mayRead(ctx.actor, row.handling)) throw new NotFound(`no case ${id}`);
  return row;
}

export async function listRequests(ctx: Ctx, q: RequestQuery): Promise<RequestPage> {
  requireReader(ctx);
  const now = ctx.clock.now();
  const { rows, total } = await listRows(ctx.db, q, { self: ctx.config.party, reader: ctx.actor, now }, pageOf(q));
  const zones = await timeZonesOf(ctx.db, rows.flatMap((r) => [r.originParty, r.toParty]));
  return { items: rows.map((r) => toSummary(r, zones, now)), total };
}

export async function boxCounts(ctx: Ctx): Promise<BoxCounts> {
  requireReader(ctx);
  const c = await boxRow(ctx.db, { self: ctx.config.party, reader: ctx.actor, now: ctx.clock.now() });
  return { inbox: { open: c.inOpen, overdue: c.inOverdue, dueSoon: c.inDueSoon }, outbox: { open: c.outOpen, drafts: c.drafts, awaitingApproval: c.awaiting } };
}

/** The stricter of a request's handling and those of the steps shown with it (an AMBER answer to a GREEN request). */
export const shownHandling = (request: string, steps: readonly { handling: string | null }[]): Handling =>
  steps.reduce<Handling>((h, s) => stricter(h, (s.handling ?? h) as Handling), request as Handling);

/** A person opening a request: its view, and the read of one with anything AMBER or RED in it is audited at the strictest. */
export async function getRequest(ctx: Ctx, id: string): Promise<Request> {
  const found = await requestView(ctx, id);
  const handling = shownHandling(found.handling, found.steps);
  if (isSensitive(handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'request.read', subjectType: 'request', subjectId: id, reference: found.reference, handling }));
  return found;
}

/**
 * This party's own records sharing an entity with the request: deconfliction for the officer who answers ("we hold
 * 2 incidents on this company"). Only this node reads it; it is never put on the wire.
 */
async function holdingsOf(ctx: Ctx, id: string): Promise<EntityLink[]> {
  const self = ctx.config.party;
  const links = await linksOf(ctx.db, ctx.actor, id);
  return links.flatMap((l) => {
    const own = l.records.filter((r) => r.originParty === self);
    const count = l.byParty[self] ?? 0;
    return count > 0 ? [{ ...l, records: own, byParty: { [self]: count }, total: count }] : [];
  });
}

/** The request as its readers get it, without auditing the read (a use case answering with what it changed). */
export async function requestView(ctx: Ctx, id: string): Promise<Request> {
  const row = await readableRequest(ctx, id);
  const self = ctx.config.party;
  const now = ctx.clock.now();
  const [steps, documents, holdings, zones] = await Promise.all([repo.stepsOf(ctx.db, id), repo.documentsOf(ctx.db, id), holdingsOf(ctx, id), timeZonesOf(ctx.db, [row.originParty, row.toParty])]);
  // A step marked stricter than the request (a RED answer) is not shown to a reader who may not see it.
  const shown = steps.filter((s) => mayRead(ctx.actor, s.handling ?? row.handling));
  const shownIds = new Set(shown.map((s) => s.id));
  const visibleDocs = documents.filter((d) => d.stepId === null || shownIds.has(d.stepId));
  const authors = await authorAgencies(ctx.db, shown.filter((s) => s.state === 'pending-approval').map((s) => s.authorId));
  return {
    version: row.version,
    toContact: row.toContact,
    legalBasis: row.legalBasis,
    legalBasisOther: row.legalBasisOther,
    items: row.items,
    details: row.details,
    entities: filedEntities(row.entities),
    links: row.links,
    useRestrictions: row.useRestrictions,
    source: row.reliability && row.credibility ? ({ reliability: row.reliability, credibility: row.credibility } as Request['source']) : null,
    createdByName: row.createdByName,
    approvedByName: row.approvedByName,
    returnNote: row.returnNote,
    sentAt: row.sentAt,
    firstAnswerAt: row.firstAnswerAt,
    answeredAt: row.answeredAt,
    closedAt: row.closedAt,
    steps: shown.map((s) => stepView(s, visibleDocs, ctx.actor, self, authors)),
    documents: visibleDocs.filter((d) => d.stepId === null).map(documentView),
    holdings,
    allowed: allowedActions(ctx.actor, { ...row, ...repo.stateOf(row) }, self, now),
    ...toSummary(row, zones, now),
  };
}

export async function listCases(ctx: Ctx, q: CaseQuery): Promise<CasePage> {
  requireReader(ctx);
  const { rows, total } = await caseRows(ctx.db, q, ctx.actor, pageOf(q));
  return { items: rows.map((r) => ({ ...caseHead(r), requestCount: r.requestCount, openCount: r.openCount })), total };
}

/** A person opening a case: its view with its requests, and the read of an AMBER or RED one is audited. */
export async function getCase(ctx: Ctx, id: string): Promise<Case> {
  const found = await caseView(ctx, id);
  if (isSensitive(found.handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'case.read', subjectType: 'case', subjectId: id, reference: found.reference, handling: found.handling }));
  return found;
}

/**
 * What this actor may do with the case: its agency edits, closes and withdraws it (a closed case too, withdrawn
 * only); any officer asks within an open one.
 */
function caseAllowed(ctx: Ctx, row: repo.CaseRow): Case['allowed'] {
  const mine = row.status !== 'withdrawn' && standing(ctx.actor, row, ctx.config.party) !== null;
  if (row.status !== 'open') return mine ? ['withdraw'] : [];
  const own = mine ? (['edit', 'close', 'withdraw'] as const) : [];
  const asks = isOfficer(ctx.actor) && ctx.actor.kind !== 'anonymous' ? (['request'] as const) : [];
  return [...own, ...asks];
}

/** The case as its readers get it, without auditing the read. */
export async function caseView(ctx: Ctx, id: string): Promise<Case> {
  const row = await readableCase(ctx, id);
  const now = ctx.clock.now();
  const rows = await caseRequestRows(ctx.db, id, ctx.actor);
  const zones = await timeZonesOf(ctx.db, [row.originParty, ...row.parties, ...rows.flatMap((r) => [r.originParty, r.toParty])]);
  return {
    summary: row.summary,
    links: row.links,
    entities: filedEntities(row.entities),
    requests: rows.map((r) => toSummary(r, zones, now)),
    allowed: caseAllowed(ctx, row),
    ...caseHead(row),
  };
}
