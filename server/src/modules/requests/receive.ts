// Cases and requests arriving from other parties' nodes, stored read-only as the sending party's. A case is taken
// only if it names this party; a request only if it asks this party. References must be in the sender's own series
// (one naming another party's could block that party's numbering). A new request is acknowledged in the same
// transaction — the exchange's receipt is the proof of delivery, the acknowledgment tells the requester the deadline
// this party counts on its own calendar and zone — the reply clock's jobs are set, and this party's officers and
// supervisors are mailed (once: keyed by the request). Entities are keyed here and put
// in the correlation index, so this party's own records that share them show at once (the request's `holdings`,
// never sent back). A withdrawal purges the content: the record, the sender's steps and documents, the links.
// A request filed under a case held here that is neither the sender's nor names the sender is kept without it.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { forgetMentions, indexMentions, mentionedKindOf } from '../entities/index.js';
import type { ApplyOutcome, Envelope, KindHandler, UpsertEnvelope } from '../exchange/index.js';
import { cancelRequestClock, periodFor, receiverDeadline } from './kit.js';
import { mailArrivedRequest } from './mail-out.js';
import * as repo from './repo.js';
import { fileAutomatic, problems, rejected } from './receive-steps.js';
import { restoreCase, restoreRequest } from './restore.js';
import { keyedFromWire } from './step-effects.js';
import { cases, requests } from './tables.js';
import { CASE_RECORD, CaseWire, REQUEST_RECORD, RequestWire } from './wire.js';

/** Why a record of `kind` with this id and reference cannot be taken from `from`, or null. */
async function recordRefusal(tx: Db, env: UpsertEnvelope, series: 'CASE' | 'REQ', reference: string, existing: { originParty: string; reference: string } | undefined, recordKind: string): Promise<string | null> {
  if (existing && existing.originParty !== env.from) return 'a record with this id belongs to another party';
  const kind = await mentionedKindOf(tx, env.recordId);
  if (kind && kind !== recordKind) return `a record with this id is not a ${recordKind} on this node`;
  if (!new RegExp(`^${env.from}-${series}-\\d{4}-\\d{6}$`).test(reference)) return `a reference of ${env.from} reads ${env.from}-${series}-YYYY-NNNNNN`;
  if (existing && existing.reference !== reference) return `${existing.reference} cannot change its reference`;
  return null;
}

async function applyCase(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = CaseWire.safeParse(env.body.data);
  if (!parsed.success) return rejected(problems(parsed.error));
  const d = parsed.data;
  if (!d.parties.includes(ctx.config.party)) return rejected(`the case does not name ${ctx.config.party}`);
  const existing = await repo.getCaseForUpdate(tx, env.recordId);
  const refusal = await recordRefusal(tx, env, 'CASE', d.reference, existing, CASE_RECORD);
  if (refusal) return rejected(refusal);
  const row = {
    id: env.recordId, reference: d.reference, originParty: env.from, version: env.recordVersion, agencyId: null, agency: d.agency, title: d.title, summary: d.summary, language: d.language,
    topic: d.topic, parties: d.parties, handling: d.handling, useRestrictions: d.useRestrictions, links: d.links, entities: d.entities, status: d.status, createdBy: null, createdByName: d.createdByName,
    idempotencyKey: null, createdAt: d.createdAt, updatedAt: d.updatedAt,
  };
  await tx.insert(cases).values(row).onConflictDoUpdate({ target: cases.id, set: row });
  const at = { recordKind: CASE_RECORD, recordId: env.recordId, reference: d.reference, originParty: env.from, handling: d.handling, recordDate: d.createdAt.toISOString().slice(0, 10) };
  await indexMentions(tx, at, keyedFromWire(d.entities));
  return { status: 'applied' };
}

export const caseHandler: KindHandler = {
  apply: applyCase,
  restore: restoreCase,
  async purge(tx: Db, _ctx: Ctx, env: Envelope) {
    const gone = await tx.delete(cases).where(and(eq(cases.id, env.recordId), eq(cases.originParty, env.from))).returning({ id: cases.id });
    if (gone.length > 0) await forgetMentions(tx, env.recordId);
  },
};

/** The requesting party's fields of a request, as its record carries them. */
const requesterSide = (d: RequestWire, env: UpsertEnvelope) => ({
  reference: d.reference, originParty: env.from, toParty: d.toParty, version: env.recordVersion, caseId: d.caseId, caseReference: d.caseReference, agency: d.agency, toContact: d.toContact,
  type: d.type, legalBasis: d.legalBasis, legalBasisOther: d.legalBasisOther, priority: d.priority, items: d.items, subject: d.subject, details: d.details, language: d.language,
  entities: d.entities, links: d.links, handling: d.handling, useRestrictions: d.useRestrictions, reliability: d.source?.reliability ?? null, credibility: d.source?.credibility ?? null,
  createdByName: d.createdByName, approvedByName: d.approvedByName, sentAt: d.sentAt, createdAt: d.createdAt,
});

/**
 * The case the request names, as this node may keep it: one held here must be the sender's or name the sender (a
 * request cannot file itself under another party's case it was never part of); else it is kept without one.
 */
async function caseOf(tx: Db, d: RequestWire, from: string): Promise<Pick<RequestWire, 'caseId' | 'caseReference'>> {
  if (!d.caseId) return { caseId: d.caseId, caseReference: d.caseReference };
  const held = await repo.getCase(tx, d.caseId);
  if (held && held.originParty !== from && !held.parties.includes(from)) return { caseId: null, caseReference: null };
  return { caseId: d.caseId, caseReference: d.caseReference };
}

/** A new request: stored, then acknowledged with the deadline this party counts (none for spontaneous information). */
async function receiveNew(tx: Db, ctx: Ctx, env: UpsertEnvelope, d: RequestWire): Promise<repo.Row> {
  const now = ctx.clock.now();
  const period = await periodFor(tx, ctx.config.party, d.type, d.priority);
  const due = period ? await receiverDeadline({ db: tx, config: ctx.config }, now, period) : null;
  const [row] = await tx
    .insert(requests)
    .values({
      ...requesterSide(d, env), ...(await caseOf(tx, d, env.from)), id: env.recordId, agencyId: null, status: 'sent', periodAmount: period?.amount ?? null, periodUnit: period?.unit ?? null, receivedAt: null, dueAt: null,
      pausedAt: null, remainingMs: null, expectedAt: null, delayCount: 0, firstAnswerAt: null, answeredAt: null, closedAt: null, createdBy: null, editors: [], approvedBy: null,
      returnNote: null, idempotencyKey: null, updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('the request was not stored');
  const acknowledged = await fileAutomatic(tx, ctx, row, 'acknowledged', due?.dueAt ?? null, period);
  await mailArrivedRequest(tx, ctx, acknowledged);
  return acknowledged;
}

async function applyRequest(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = RequestWire.safeParse(env.body.data);
  if (!parsed.success) return rejected(problems(parsed.error));
  const d = parsed.data;
  if (d.toParty !== ctx.config.party) return rejected(`this node answers for ${ctx.config.party}, not ${d.toParty}`);
  const existing = await repo.getForUpdate(tx, env.recordId);
  const refusal = await recordRefusal(tx, env, 'REQ', d.reference, existing, REQUEST_RECORD);
  if (refusal) return rejected(refusal);
  // A later version changes what the requester wrote; the state stays the steps' (both sides derive it from them).
  if (existing) await tx.update(requests).set({ ...requesterSide(d, env), ...(await caseOf(tx, d, env.from)), updatedAt: ctx.clock.now() }).where(eq(requests.id, env.recordId));
  else await receiveNew(tx, ctx, env, d);
  const at = { recordKind: REQUEST_RECORD, recordId: env.recordId, reference: d.reference, originParty: env.from, handling: d.handling, recordDate: d.sentAt.toISOString().slice(0, 10) };
  await indexMentions(tx, at, keyedFromWire(d.entities));
  return { status: 'applied' };
}

export const requestHandler: KindHandler = {
  apply: applyRequest,
  restore: restoreRequest,
  async purge(tx: Db, ctx: Ctx, env: Envelope) {
    // Only the sender's own request: a withdrawal naming anyone else's record changes nothing.
    const held = await repo.getForUpdate(tx, env.recordId);
    if (held?.originParty !== env.from) return;
    await cancelRequestClock(tx, ctx.clock.now(), env.recordId);
    // Its links and its steps' links (shown under it), then the request with every step and document (cascade).
    await forgetMentions(tx, env.recordId, { children: true });
    await tx.delete(requests).where(eq(requests.id, env.recordId));
  },
};
