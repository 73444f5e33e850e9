// The request and case lists' SQL: every filter lands on a column of an index of tables.ts (requests_inbox_idx
// for the inbox, requests_outbox_idx for the outbox, requests_case_idx for a case), so a page of a 200,000-request
// inbox reads an index range rather than the table. Handling is one more condition (platform/handling).
import { and, asc, count, desc, eq, ilike, inArray, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { readableHandling } from '../../platform/handling/index.js';
import { likePattern } from '../../platform/sql.js';
import type { Row } from './repo.js';
import { CLOCK_RUNNING, FINISHED, type RequestStatus } from './schemas.js';
import { cases, requests } from './tables.js';

/** Counts stop here: beyond it a list says "10,000 or more" (counting a huge box exactly costs more than its page). */
export const COUNT_CAP = 10_000;

export type RequestFilter = {
  box: 'inbox' | 'outbox' | 'all';
  status?: RequestStatus | undefined;
  party?: string | undefined;
  priority?: string | undefined;
  type?: string | undefined;
  overdue?: boolean | undefined;
  dueWithinHours?: number | undefined;
  caseId?: string | undefined;
  q?: string | undefined;
};
type Scope = { self: string; reader: Actor; now: Date };

/** Drafts and requests awaiting approval never left this node: they are the outbox's, never the inbox's. */
const UNSENT: RequestStatus[] = ['draft', 'awaiting-approval'];
/** The clock runs (state.clockRuns): a running status, and not stopped for a clarification. */
const running = and(inArray(requests.status, [...CLOCK_RUNNING]), isNull(requests.pausedAt)) as SQL;

function boxCondition(f: RequestFilter, s: Scope): (SQL | undefined)[] {
  if (f.box === 'inbox') return [eq(requests.toParty, s.self), notInArray(requests.status, UNSENT), f.party ? eq(requests.originParty, f.party) : undefined];
  if (f.box === 'outbox') return [eq(requests.originParty, s.self), f.party ? eq(requests.toParty, f.party) : undefined];
  if (!f.party) return [];
  return [or(and(eq(requests.originParty, s.self), eq(requests.toParty, f.party)), and(eq(requests.toParty, s.self), eq(requests.originParty, f.party)))];
}

/** The list's conditions, handling included. */
export function requestWhere(f: RequestFilter, s: Scope): SQL | undefined {
  const parts = boxCondition(f, s);
  if (f.status) parts.push(eq(requests.status, f.status));
  if (f.priority) parts.push(eq(requests.priority, f.priority));
  if (f.type) parts.push(eq(requests.type, f.type));
  if (f.caseId) parts.push(eq(requests.caseId, f.caseId));
  if (f.overdue) parts.push(running, sql`${requests.dueAt} <= ${s.now}`);
  if (f.dueWithinHours) parts.push(running, sql`${requests.dueAt} > ${s.now}`, sql`${requests.dueAt} <= ${new Date(s.now.getTime() + f.dueWithinHours * 3_600_000)}`);
  // A reference is matched exactly (the unique index); a subject by the text it contains.
  if (f.q) parts.push(or(eq(requests.reference, f.q.toUpperCase()), ilike(requests.subject, likePattern(f.q))));
  parts.push(readableHandling(s.reader, requests.handling));
  return and(...parts);
}

/** The inbox by deadline (what is due first on top), the outbox and the rest by the latest change. */
const orderOf = (box: RequestFilter['box']) => (box === 'inbox' ? [sql`${requests.dueAt} asc nulls last`, asc(requests.id)] : [desc(requests.updatedAt), desc(requests.id)]);

export async function listRows(db: Db, f: RequestFilter, s: Scope, page: { limit: number; offset: number }): Promise<{ rows: Row[]; total: number }> {
  const cond = requestWhere(f, s);
  const [rows, total] = await Promise.all([
    db.select().from(requests).where(cond).orderBy(...orderOf(f.box)).limit(page.limit).offset(page.offset),
    cappedCount(db, cond),
  ]);
  return { rows, total };
}

async function cappedCount(db: Db, cond: SQL | undefined): Promise<number> {
  const capped = db.select({ one: sql`1` }).from(requests).where(cond).limit(COUNT_CAP).as('capped');
  const [row] = await db.select({ n: count() }).from(capped);
  return row?.n ?? 0;
}

const inList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
/** Sent and not finished: the requests someone still owes something on. */
const OPEN: RequestStatus[] = ['sent', 'received', 'clarification', 'partially-answered'];

/**
 * Where the party has work waiting; what the reader may not read is not counted. Six counts, each capped like the
 * list's total and each an index range over the requests still open (requests_open_idx), not one pass over them all.
 */
export async function boxRow(db: Db, s: Scope): Promise<Record<'inOpen' | 'inOverdue' | 'inDueSoon' | 'outOpen' | 'drafts' | 'awaiting', number>> {
  const soon = new Date(s.now.getTime() + 8 * 3_600_000);
  const readable = readableHandling(s.reader, requests.handling);
  const asked = (...more: SQL[]) => cappedCount(db, and(eq(requests.toParty, s.self), readable, ...more));
  const mine = (...more: SQL[]) => cappedCount(db, and(eq(requests.originParty, s.self), readable, ...more));
  const [inOpen, inOverdue, inDueSoon, outOpen, drafts, awaiting] = await Promise.all([
    asked(inArray(requests.status, OPEN)),
    asked(running, sql`${requests.dueAt} <= ${s.now}`),
    asked(running, sql`${requests.dueAt} > ${s.now}`, sql`${requests.dueAt} <= ${soon}`),
    mine(inArray(requests.status, OPEN)),
    mine(eq(requests.status, 'draft')),
    mine(eq(requests.status, 'awaiting-approval')),
  ]);
  return { inOpen, inOverdue, inDueSoon, outOpen, drafts, awaiting };
}

/** A case's requests this reader may read, oldest first (a case holds hundreds, not hundreds of thousands). */
export const caseRequestRows = (db: Db, caseId: string, reader: Actor): Promise<Row[]> =>
  db.select().from(requests).where(and(eq(requests.caseId, caseId), readableHandling(reader, requests.handling))).orderBy(asc(requests.createdAt), asc(requests.id)).limit(2_000);

export type CaseFilter = { status?: string | undefined; topic?: string | undefined; q?: string | undefined };
export type CaseListRow = typeof cases.$inferSelect & { requestCount: number; openCount: number };

export async function caseRows(db: Db, f: CaseFilter, reader: Actor, page: { limit: number; offset: number }): Promise<{ rows: CaseListRow[]; total: number }> {
  const parts: (SQL | undefined)[] = [readableHandling(reader, cases.handling)];
  if (f.status) parts.push(eq(cases.status, f.status));
  if (f.topic) parts.push(eq(cases.topic, f.topic));
  if (f.q) parts.push(or(eq(cases.reference, f.q.toUpperCase()), ilike(cases.title, likePattern(f.q))));
  const cond = and(...parts);
  // The counts a reader may know of: requests they may not read are not counted (a count could reveal them).
  const ofCase = sql`r.case_id = ${cases.id} and ${readableHandling(reader, sql`r.handling`)}`;
  const requestCount = sql<number>`(select count(*)::int from requests r where ${ofCase})`;
  const openCount = sql<number>`(select count(*)::int from requests r where ${ofCase} and r.status not in (${inList([...FINISHED])}))`;
  const [rows, [totalRow]] = await Promise.all([
    db.select({ c: cases, requestCount, openCount }).from(cases).where(cond).orderBy(desc(cases.updatedAt), desc(cases.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(cases).where(cond),
  ]);
  return { rows: rows.map((r) => ({ ...r.c, requestCount: r.requestCount, openCount: r.openCount })), total: totalRow?.n ?? 0 };
}
