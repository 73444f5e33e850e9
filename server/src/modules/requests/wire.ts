// How cases, requests, steps and documents travel between nodes. A case goes to the parties it names, a request to
// the party asked; each is its opening party's record, versioned, and withdrawn by it (the receiver purges the
// content and keeps the exchange's tombstone). A step is the record of the party that took it and goes to the other
// party of its request; a document travels once, as its own record, after the request or step it came with.
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { DOCUMENT_TYPES } from '../../platform/documents.js';
import { zHandling } from '../../platform/handling/index.js';
import { publish } from '../exchange/index.js';
import { PERIOD_UNITS, PRIORITIES, REQUEST_TYPES, STEP_KINDS } from './schemas.js';
import type { cases, requestDocuments, requests, requestSteps } from './tables.js';

export const CASE_KIND = 'case';
export const REQUEST_KIND = 'request';
export const STEP_KIND = 'request-step';
export const DOCUMENT_KIND = 'request-document';
/** Record kinds in the correlation index (modules/entities). */
export const CASE_RECORD = 'case';
export const REQUEST_RECORD = 'request';
export const STEP_RECORD = 'request-step';

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const Agency = z.object({ acronym: z.string().min(1).max(40), nameEn: z.string().min(1).max(200), nameZh: z.string().min(1).max(200) });
const Links = z.object({ incidents: z.array(z.string().max(40)).max(200), notifications: z.array(z.string().max(40)).max(200), contacts: z.array(z.string().max(40)).max(50) });
const Entities = z.array(z.record(z.string(), z.unknown())).max(1000);
const Text = (max: number) => z.string().max(max);
const Restrictions = z.array(z.string().max(60)).max(10);

export const CaseWire = z.object({
  reference: z.string().min(1).max(40),
  agency: Agency,
  title: Text(300).min(1),
  summary: Text(20_000),
  language: z.enum(['en', 'zh']),
  topic: z.string().min(1).max(40),
  parties: z.array(z.string().regex(/^[A-Z]{2}$/)).max(20),
  handling: zHandling,
  useRestrictions: Restrictions,
  links: Links,
  entities: Entities,
  status: z.enum(['open', 'closed']),
  createdByName: Text(200),
  createdAt: instant,
  updatedAt: instant,
});
export type CaseWire = z.infer<typeof CaseWire>;

export const RequestWire = z.object({
  reference: z.string().min(1).max(40),
  toParty: z.string().regex(/^[A-Z]{2}$/),
  caseId: z.uuid().nullable(),
  caseReference: z.string().max(40).nullable(),
  agency: Agency,
  toContact: z.object({ id: z.string().max(40), name: Text(200) }).nullable(),
  type: z.enum(REQUEST_TYPES),
  legalBasis: z.string().min(1).max(40),
  legalBasisOther: Text(500).nullable(),
  priority: z.enum(PRIORITIES),
  items: z.array(z.object({ code: z.string().min(1).max(40), note: Text(2000).nullable() })).max(30),
  subject: Text(300).min(1),
  details: Text(20_000),
  language: z.enum(['en', 'zh']),
  entities: Entities,
  links: Links,
  handling: zHandling,
  useRestrictions: Restrictions,
  source: z.object({ reliability: z.string().length(1), credibility: z.string().length(1) }).nullable(),
  createdByName: Text(200),
  approvedByName: Text(200).nullable(),
  sentAt: instant,
  createdAt: instant,
});
export type RequestWire = z.infer<typeof RequestWire>;

export const StepWire = z.object({
  requestId: z.uuid(),
  requestReference: z.string().min(1).max(40),
  kind: z.enum(STEP_KINDS),
  agency: Agency.nullable(),
  authorName: Text(200),
  approvedByName: Text(200).nullable(),
  at: instant,
  reason: z.string().max(40).nullable(),
  note: Text(20_000).nullable(),
  language: z.enum(['en', 'zh']).nullable(),
  expectedAt: instant.nullable(),
  dueAt: instant.nullable(),
  /** With an acknowledgment: the period the receiver counted, so the requester shows how the deadline was reached. */
  period: z.object({ amount: z.number().int().min(1).max(720), unit: z.enum(PERIOD_UNITS) }).nullable(),
  handling: zHandling.nullable(),
  useRestrictions: Restrictions,
  entities: Entities,
  links: Links.nullable(),
});
export type StepWire = z.infer<typeof StepWire>;

export const DocumentWire = z.object({
  requestId: z.uuid(),
  stepId: z.uuid().nullable(),
  filename: Text(200).min(1),
  mediaType: z.enum(DOCUMENT_TYPES),
  size: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  content: z.base64(),
  createdByName: Text(200),
  createdAt: instant,
});
export type DocumentWire = z.infer<typeof DocumentWire>;

type CaseRow = typeof cases.$inferSelect;
type RequestRow = typeof requests.$inferSelect;
type StepRow = typeof requestSteps.$inferSelect;
type DocumentRow = typeof requestDocuments.$inferSelect;

/** Inside the change's transaction: the case's new state to the parties it names (or its withdrawal). */
export async function publishCase(tx: Db, ctx: Ctx, c: CaseRow, withdrawal?: { note?: string | undefined }): Promise<void> {
  if (c.originParty !== ctx.config.party) return;
  const data = { reference: c.reference, agency: c.agency, title: c.title, summary: c.summary, language: c.language, topic: c.topic, parties: c.parties, handling: c.handling, useRestrictions: c.useRestrictions, links: c.links, entities: c.entities, status: c.status === 'closed' ? 'closed' : 'open', createdByName: c.createdByName, createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString() };
  await publish(tx, ctx, { kind: CASE_KIND, recordId: c.id, recordVersion: c.version, originParty: c.originParty, data, releasableTo: c.parties, by: ctx.actor.label, withdrawal });
}

/** Inside the sending (or withdrawing) transaction: the request to the party asked. */
export async function publishRequest(tx: Db, ctx: Ctx, r: RequestRow, withdrawal?: { note?: string | undefined }): Promise<void> {
  if (r.originParty !== ctx.config.party) return;
  const source = r.reliability && r.credibility ? { reliability: r.reliability, credibility: r.credibility } : null;
  const data = {
    reference: r.reference, toParty: r.toParty, caseId: r.caseId, caseReference: r.caseReference, agency: r.agency, toContact: r.toContact,
    type: r.type, legalBasis: r.legalBasis, legalBasisOther: r.legalBasisOther, priority: r.priority, items: r.items, subject: r.subject, details: r.details,
    language: r.language, entities: r.entities, links: r.links, handling: r.handling, useRestrictions: r.useRestrictions, source,
    createdByName: r.createdByName, approvedByName: r.approvedByName, sentAt: (r.sentAt ?? r.updatedAt).toISOString(), createdAt: r.createdAt.toISOString(),
  };
  await publish(tx, ctx, { kind: REQUEST_KIND, recordId: r.id, recordVersion: r.version, originParty: r.originParty, data, releasableTo: [r.toParty], by: ctx.actor.label, withdrawal });
}

/** The other party of a request, seen from this node. */
export const otherParty = (r: Pick<RequestRow, 'originParty' | 'toParty'>, self: string): string => (r.originParty === self ? r.toParty : r.originParty);

/** Inside the step's transaction: this party's step to the other party of the request. Local steps never leave. */
export async function publishStep(tx: Db, ctx: Ctx, r: Pick<RequestRow, 'originParty' | 'toParty' | 'reference'>, s: StepRow, period: { amount: number; unit: string } | null = null): Promise<void> {
  if (s.party !== ctx.config.party || s.state !== 'sent') return;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const data = {
    requestId: s.requestId, requestReference: r.reference, kind: s.kind, agency: s.agency, authorName: s.authorName, approvedByName: s.approvedByName, at: s.at.toISOString(),
    reason: s.reason, note: s.note, language: s.language, expectedAt: iso(s.expectedAt), dueAt: iso(s.dueAt), period, handling: s.handling, useRestrictions: s.useRestrictions, entities: s.entities, links: s.links,
  };
  await publish(tx, ctx, { kind: STEP_KIND, recordId: s.id, recordVersion: 1, originParty: s.party, data, releasableTo: [otherParty(r, ctx.config.party)], by: ctx.actor.label });
}

/** Inside the transaction that sends the request or step it came with, after that record: the document, once. */
export async function publishDocument(tx: Db, ctx: Ctx, to: string, d: DocumentRow): Promise<void> {
  if (d.party !== ctx.config.party) return;
  const data = { requestId: d.requestId, stepId: d.stepId, filename: d.filename, mediaType: d.mediaType, size: d.size, sha256: d.sha256, content: d.content.toString('base64'), createdByName: d.createdByName, createdAt: d.createdAt.toISOString() };
  await publish(tx, ctx, { kind: DOCUMENT_KIND, recordId: d.id, recordVersion: 1, originParty: d.party, data, releasableTo: [to], by: ctx.actor.label });
}
