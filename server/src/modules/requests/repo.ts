// Rows of cases, requests, steps and documents: references, reads by id, the request's derived state, steps.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { referenceForm } from '../../platform/references.js';
import type { RequestState } from './state.js';
import { cases, requestDocuments, requestPeriods, requests, requestSerials, requestSettings, requestSteps } from './tables.js';

export type CaseRow = typeof cases.$inferSelect;
export type Row = typeof requests.$inferSelect;
export type StepRow = typeof requestSteps.$inferSelect;
export type DocumentRow = typeof requestDocuments.$inferSelect;

/** US-CASE-2026-000017 and US-REQ-2026-000311: party, year opened, serial. */
export const CASE_REFERENCE = referenceForm('CASE');
export const REQUEST_REFERENCE = referenceForm('REQ');

/** The next serial of a kind (CASE, REQ) for a party and year. */
export async function nextSerial(tx: Db, kind: 'CASE' | 'REQ', party: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(requestSerials)
    .values({ kind, party, year, last: 1 })
    .onConflictDoUpdate({ target: [requestSerials.kind, requestSerials.party, requestSerials.year], set: { last: sql`${requestSerials.last} + 1` } })
    .returning({ last: requestSerials.last });
  if (!row) throw new Error('the reference counter returned nothing');
  return row.last;
}

/** Keeps a counter past a serial seen (a restored or received own reference), so it is never issued twice. */
export async function keepSerialPast(tx: Db, kind: 'CASE' | 'REQ', party: string, year: number, serial: number): Promise<void> {
  await tx
    .insert(requestSerials)
    .values({ kind, party, year, last: serial })
    .onConflictDoUpdate({ target: [requestSerials.kind, requestSerials.party, requestSerials.year], set: { last: sql`greatest(${requestSerials.last}, ${serial})` } });
}

export const getCase = async (db: Db, id: string): Promise<CaseRow | undefined> => (await db.select().from(cases).where(eq(cases.id, id)))[0];
export const getCaseForUpdate = async (db: Db, id: string): Promise<CaseRow | undefined> => (await db.select().from(cases).where(eq(cases.id, id)).for('update'))[0];
export const get = async (db: Db, id: string): Promise<Row | undefined> => (await db.select().from(requests).where(eq(requests.id, id)))[0];
export const getForUpdate = async (db: Db, id: string): Promise<Row | undefined> => (await db.select().from(requests).where(eq(requests.id, id)).for('update'))[0];
export const getStep = async (db: Db, id: string): Promise<StepRow | undefined> => (await db.select().from(requestSteps).where(eq(requestSteps.id, id)))[0];

export const stepsOf = (db: Db, requestId: string): Promise<StepRow[]> => db.select().from(requestSteps).where(eq(requestSteps.requestId, requestId)).orderBy(asc(requestSteps.at), asc(requestSteps.id));

/** The request's state (state.ts) as its row holds it. */
export const stateOf = (r: Row): RequestState => ({
  status: r.status as RequestState['status'],
  receivedAt: r.receivedAt,
  dueAt: r.dueAt,
  pausedAt: r.pausedAt,
  remainingMs: r.remainingMs,
  remainingDays: r.remainingDays,
  expectedAt: r.expectedAt,
  delayCount: r.delayCount,
  firstAnswerAt: r.firstAnswerAt,
  answeredAt: r.answeredAt,
  closedAt: r.closedAt,
});

export async function saveState(tx: Db, id: string, s: RequestState, at: Date): Promise<void> {
  await tx.update(requests).set({ ...s, updatedAt: at }).where(eq(requests.id, id));
}

export async function insertStep(tx: Db, step: typeof requestSteps.$inferInsert): Promise<StepRow> {
  const [row] = await tx.insert(requestSteps).values(step).returning();
  if (!row) throw new Error('the step was not stored');
  return row;
}

/** A local step (a reminder, an escalation) once per id: a job that runs twice writes one. */
export async function insertStepOnce(tx: Db, step: typeof requestSteps.$inferInsert): Promise<void> {
  await tx.insert(requestSteps).values(step).onConflictDoNothing();
}

export const documentsOf = (db: Db, requestId: string): Promise<Omit<DocumentRow, 'content'>[]> =>
  db
    .select({ id: requestDocuments.id, requestId: requestDocuments.requestId, stepId: requestDocuments.stepId, party: requestDocuments.party, filename: requestDocuments.filename, mediaType: requestDocuments.mediaType, size: requestDocuments.size, sha256: requestDocuments.sha256, createdByName: requestDocuments.createdByName, createdAt: requestDocuments.createdAt })
    .from(requestDocuments)
    .where(eq(requestDocuments.requestId, requestId))
    .orderBy(asc(requestDocuments.createdAt), asc(requestDocuments.id));

export const getDocument = async (db: Db, requestId: string, id: string): Promise<DocumentRow | undefined> =>
  (await db.select().from(requestDocuments).where(and(eq(requestDocuments.requestId, requestId), eq(requestDocuments.id, id))))[0];

/** A party's agreement profile: the periods it set (the rest are the defaults) and its four-eyes rule. */
export async function profileOf(db: Db, party: string): Promise<{ periods: (typeof requestPeriods.$inferSelect)[]; fourEyes: 'sensitive' | 'all' }> {
  const [periods, [settings]] = await Promise.all([db.select().from(requestPeriods).where(eq(requestPeriods.party, party)), db.select().from(requestSettings).where(eq(requestSettings.party, party))]);
  return { periods, fourEyes: settings?.fourEyes === 'all' ? 'all' : 'sensitive' };
}
