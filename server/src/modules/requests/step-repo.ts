// Rows of steps and their documents beyond repo.ts: a step by its author's Idempotency-Key, an answer approved or
// returned, the documents filed with a step, the period an acknowledgment carried, the agencies of answers' authors.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { userTable } from '../directory/index.js';
import type { DocumentRow, StepRow } from './repo.js';
import { requestDocuments, requests, requestSteps } from './tables.js';

export async function stepByIdempotencyKey(db: Db, authorId: string, key: string): Promise<StepRow | undefined> {
  return (await db.select().from(requestSteps).where(and(eq(requestSteps.authorId, authorId), eq(requestSteps.idempotencyKey, key))))[0];
}

export async function getStepForUpdate(tx: Db, requestId: string, stepId: string): Promise<StepRow | undefined> {
  return (await tx.select().from(requestSteps).where(and(eq(requestSteps.id, stepId), eq(requestSteps.requestId, requestId))).for('update'))[0];
}

/** An answer approved: it leaves now, as of now, under its approver's name too. */
export async function markSent(tx: Db, stepId: string, approver: { id: string | null; name: string }, at: Date): Promise<StepRow> {
  const [row] = await tx.update(requestSteps).set({ state: 'sent', approvedBy: approver.id, approvedByName: approver.name, at }).where(eq(requestSteps.id, stepId)).returning();
  if (!row) throw new Error('the step was not updated');
  return row;
}

/** A returned answer goes back to its author: it and its documents are deleted (the audit entry keeps what it was). */
export async function deleteStep(tx: Db, stepId: string): Promise<void> {
  await tx.delete(requestDocuments).where(eq(requestDocuments.stepId, stepId));
  await tx.delete(requestSteps).where(eq(requestSteps.id, stepId));
}

export async function insertDocuments(tx: Db, rows: (typeof requestDocuments.$inferInsert)[]): Promise<DocumentRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(requestDocuments).values(rows).returning();
}

export const documentsOfStep = (db: Db, stepId: string): Promise<DocumentRow[]> =>
  db.select().from(requestDocuments).where(eq(requestDocuments.stepId, stepId)).orderBy(asc(requestDocuments.createdAt), asc(requestDocuments.id));

/** On the requesting node: the period the receiver counted, as its acknowledgment carried it. */
export async function setPeriod(tx: Db, requestId: string, period: { amount: number; unit: string }): Promise<void> {
  await tx.update(requests).set({ periodAmount: period.amount, periodUnit: period.unit }).where(eq(requests.id, requestId));
}

/** The agency of each of these authors (a pending answer is approved within its author's agency). */
export async function authorAgencies(db: Db, authorIds: readonly (string | null)[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(authorIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: userTable.id, agencyId: userTable.agencyId }).from(userTable).where(inArray(userTable.id, ids));
  return new Map(rows.map((r) => [r.id, r.agencyId]));
}
