// Rows the requesting side writes: its cases, its request drafts and their documents, and the party's agreement
// profile. Queries only; the use cases (cases.ts, drafting.ts, settings.ts) decide.
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import type { CaseRow, DocumentRow, Row } from './repo.js';
import { cases, requestDocuments, requestPeriods, requests, requestSettings } from './tables.js';

export const caseByIdempotencyKey = async (db: Db, createdBy: string, key: string): Promise<CaseRow | undefined> =>
  (await db.select().from(cases).where(and(eq(cases.createdBy, createdBy), eq(cases.idempotencyKey, key))))[0];

export async function insertCase(tx: Db, row: typeof cases.$inferInsert): Promise<CaseRow> {
  const [stored] = await tx.insert(cases).values(row).returning();
  if (!stored) throw new Error('the case was not stored');
  return stored;
}

export async function updateCase(tx: Db, id: string, patch: Partial<typeof cases.$inferInsert>): Promise<CaseRow> {
  const [stored] = await tx.update(cases).set(patch).where(eq(cases.id, id)).returning();
  if (!stored) throw new Error(`case ${id} vanished`);
  return stored;
}

export const requestByIdempotencyKey = async (db: Db, createdBy: string, key: string): Promise<Row | undefined> =>
  (await db.select().from(requests).where(and(eq(requests.createdBy, createdBy), eq(requests.idempotencyKey, key))))[0];

export async function insertRequest(tx: Db, row: typeof requests.$inferInsert): Promise<Row> {
  const [stored] = await tx.insert(requests).values(row).returning();
  if (!stored) throw new Error('the request was not stored');
  return stored;
}

export async function updateRequest(tx: Db, id: string, patch: Partial<typeof requests.$inferInsert>): Promise<Row> {
  const [stored] = await tx.update(requests).set(patch).where(eq(requests.id, id)).returning();
  if (!stored) throw new Error(`request ${id} vanished`);
  return stored;
}

const ofRequestItself = (requestId: string) => and(eq(requestDocuments.requestId, requestId), isNull(requestDocuments.stepId));

/** How many documents are filed with the request itself (not with its steps). */
export async function requestDocumentCount(db: Db, requestId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(requestDocuments).where(ofRequestItself(requestId));
  return row?.n ?? 0;
}

/** The documents filed with the request itself, with their content, oldest first (to send them). */
export const requestDocumentsToSend = (db: Db, requestId: string): Promise<DocumentRow[]> =>
  db.select().from(requestDocuments).where(ofRequestItself(requestId)).orderBy(asc(requestDocuments.createdAt), asc(requestDocuments.id));

export async function insertDocument(tx: Db, row: typeof requestDocuments.$inferInsert): Promise<DocumentRow> {
  const [stored] = await tx.insert(requestDocuments).values(row).returning();
  if (!stored) throw new Error('the document was not stored');
  return stored;
}

/** Removes a document filed with the request itself; its name, or undefined when there was none. */
export async function deleteDocument(tx: Db, requestId: string, id: string): Promise<string | undefined> {
  const gone = await tx.delete(requestDocuments).where(and(ofRequestItself(requestId), eq(requestDocuments.id, id))).returning({ filename: requestDocuments.filename });
  return gone[0]?.filename;
}

/** The party's four-eyes rule alone (what submitting needs of its profile): `sensitive` unless it set `all`. */
export async function fourEyesOf(db: Db, party: string): Promise<'sensitive' | 'all'> {
  const [row] = await db.select({ fourEyes: requestSettings.fourEyes }).from(requestSettings).where(eq(requestSettings.party, party));
  return row?.fourEyes === 'all' ? 'all' : 'sensitive';
}

/** Replaces a party's agreement profile: its four-eyes rule and the periods it sets (the rest are the defaults). */
export async function replaceProfile(tx: Db, party: string, fourEyes: 'sensitive' | 'all', periods: readonly { type: string; priority: string; amount: number; unit: string }[]): Promise<void> {
  await tx.insert(requestSettings).values({ party, fourEyes }).onConflictDoUpdate({ target: requestSettings.party, set: { fourEyes } });
  await tx.delete(requestPeriods).where(eq(requestPeriods.party, party));
  if (periods.length > 0) await tx.insert(requestPeriods).values(periods.map((p) => ({ ...p, party })));
}
