// Rows of requests, steps, documents and cases as readers get them: the clock with its deadline read in both
// parties' zones, the entities as filed beside the key each normalises to, what the reader may do.
import type { Actor } from '../../platform/context.js';
import { localTime } from '../calendars/index.js';
import { keyMentions, type EntityInput } from '../entities/index.js';
import { answerApprover } from './policy.js';
import type { CaseRow, DocumentRow, Row, StepRow } from './repo.js';
import type { Case, PeriodUnit, Priority, RequestStatus, RequestSummary, RequestType, StepView } from './schemas.js';
import { isOverdue } from './state.js';
import { stoppedDaysLeft } from './clock-days.js';

export type Zones = ReadonlyMap<string, string>;
type EntityView = StepView['entities'][number];
type ClockView = RequestSummary['clock'];
type DocumentView = StepView['documents'][number];

// One formatter per zone, kept: a case page shows 500 deadlines in two zones, and building the zone's rules for
// each (calendars' localTime) cost more than the page's query.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, f);
  }
  return f;
}

/** "2026-03-09 14:00 Asia/Shanghai": the same text as calendars' localTime, with the zone named. */
export function zoned(at: Date, zone: string): string {
  if (!formatters.has(zone) && !isZone(zone)) return `${localTime(at, zone)} ${zone}`;
  const p: Record<string, string> = {};
  for (const part of formatterOf(zone).formatToParts(at)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${zone}`;
}

function isZone(zone: string): boolean {
  try {
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

/** The request's clock as both sides read it: the deadline in the requester's and in the receiver's zone. */
export function clockView(row: Row, zones: Zones, now: Date): ClockView {
  const period = row.periodAmount !== null && row.periodUnit !== null ? { amount: row.periodAmount, unit: row.periodUnit as PeriodUnit } : null;
  const requester = zones.get(row.originParty) ?? 'UTC';
  const receiver = zones.get(row.toParty) ?? 'UTC';
  return {
    period,
    receivedAt: row.receivedAt,
    dueAt: row.dueAt,
    dueLocal: row.dueAt ? { requester: zoned(row.dueAt, requester), receiver: zoned(row.dueAt, receiver) } : null,
    pausedAt: row.pausedAt,
    remainingMs: row.remainingMs,
    remainingDays: stoppedDaysLeft(row, receiver),
    expectedAt: row.expectedAt,
    overdue: isOverdue({ status: row.status as RequestStatus, dueAt: row.dueAt, pausedAt: row.pausedAt }, now),
  };
}

export function toSummary(row: Row, zones: Zones, now: Date): RequestSummary {
  return {
    id: row.id,
    reference: row.reference,
    originParty: row.originParty,
    toParty: row.toParty,
    caseId: row.caseId,
    caseReference: row.caseReference,
    agency: row.agency,
    type: row.type as RequestType,
    priority: row.priority as Priority,
    subject: row.subject,
    language: row.language,
    handling: row.handling,
    status: row.status as RequestStatus,
    clock: clockView(row, zones, now),
    delayCount: row.delayCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Entities as filed beside the key each normalises to; one a later rule cannot key shows with an empty key. */
export function filedEntities(filed: readonly Record<string, unknown>[]): EntityView[] {
  return (filed as unknown as EntityInput[]).map((e) => {
    const [k] = keyMentions([e]).keyed;
    return { kind: e.kind, value: k?.value ?? e.value, key: k?.key ?? '', role: e.role, common: k?.common ?? false, country: e.country ?? null, uscc: e.uscc ?? null, bankCode: e.bankCode ?? null };
  });
}

export const documentView = (d: Omit<DocumentRow, 'content'>): DocumentView => ({
  id: d.id,
  stepId: d.stepId,
  party: d.party,
  filename: d.filename,
  mediaType: d.mediaType,
  size: d.size,
  sha256: d.sha256,
  createdByName: d.createdByName,
  createdAt: d.createdAt,
});

/**
 * A step with its documents; a pending answer may be approved or returned by a supervisor of its author's agency who
 * did not write it, or an administrator (`authorAgencies`: each pending answer's author's agency).
 */
export function stepView(s: StepRow, documents: readonly Omit<DocumentRow, 'content'>[], actor: Actor, self: string, authorAgencies: ReadonlyMap<string, string | null>): StepView {
  const author = { id: s.authorId, agencyId: s.authorId ? (authorAgencies.get(s.authorId) ?? null) : null };
  const decides = s.state === 'pending-approval' && s.party === self && answerApprover(actor, self, author) !== null;
  return {
    id: s.id,
    party: s.party,
    kind: s.kind as StepView['kind'],
    state: s.state as StepView['state'],
    agency: s.agency ?? null,
    authorName: s.authorName,
    approvedByName: s.approvedByName,
    at: s.at,
    reason: s.reason,
    note: s.note,
    language: s.language,
    expectedAt: s.expectedAt,
    dueAt: s.dueAt,
    handling: s.handling,
    useRestrictions: s.useRestrictions,
    entities: filedEntities(s.entities),
    links: s.links ?? null,
    documents: documents.filter((d) => d.stepId === s.id).map(documentView),
    allowed: decides ? ['approve', 'return'] : [],
  };
}

type CaseHead = Omit<Case, 'requests' | 'allowed' | 'entities' | 'links' | 'summary'>;

/** The case's own fields as every view shows them. */
export const caseHead = (c: CaseRow): CaseHead => ({
  id: c.id,
  reference: c.reference,
  originParty: c.originParty,
  version: c.version,
  agency: c.agency,
  title: c.title,
  language: c.language,
  topic: c.topic,
  parties: c.parties,
  handling: c.handling,
  useRestrictions: c.useRestrictions,
  status: c.status as Case['status'],
  createdByName: c.createdByName,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});
