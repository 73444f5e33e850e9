// Queries for a node's own registry additions. No business rules here.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { substanceControls, substanceEntries, substanceRegistryState } from './tables.js';

export type LocalEntryRow = typeof substanceEntries.$inferSelect;
export type LocalControlRow = typeof substanceControls.$inferSelect;

export async function registryVersion(db: Db): Promise<number> {
  const [row] = await db.select({ version: substanceRegistryState.version }).from(substanceRegistryState);
  return row?.version ?? 0;
}

/** Bumped inside every changing transaction; other processes see the new number and rebuild. */
export async function bumpRegistryVersion(db: Db): Promise<void> {
  await db.update(substanceRegistryState).set({ version: sql`${substanceRegistryState.version} + 1` }).where(eq(substanceRegistryState.id, 1));
}

export const listLocalEntries = (db: Db): Promise<LocalEntryRow[]> => db.select().from(substanceEntries).orderBy(asc(substanceEntries.id));
export const listLocalControls = (db: Db): Promise<LocalControlRow[]> => db.select().from(substanceControls).orderBy(asc(substanceControls.createdAt), asc(substanceControls.id));

export async function insertEntry(db: Db, row: typeof substanceEntries.$inferInsert): Promise<LocalEntryRow> {
  const [inserted] = await db.insert(substanceEntries).values(row).returning();
  if (!inserted) throw new Error('the insert returned no row');
  return inserted;
}

export async function insertControl(db: Db, row: typeof substanceControls.$inferInsert): Promise<LocalControlRow> {
  const [inserted] = await db.insert(substanceControls).values(row).returning();
  if (!inserted) throw new Error('the insert returned no row');
  return inserted;
}

export async function getControlForUpdate(db: Db, id: string): Promise<LocalControlRow | undefined> {
  const [row] = await db.select().from(substanceControls).where(eq(substanceControls.id, id)).for('update');
  return row;
}

export async function updateControl(db: Db, id: string, patch: Partial<LocalControlRow>): Promise<LocalControlRow> {
  const [row] = await db.update(substanceControls).set(patch).where(eq(substanceControls.id, id)).returning();
  if (!row) throw new Error(`no control ${id}`);
  return row;
}

export async function replacementOf(db: Db, shippedControlId: string): Promise<LocalControlRow | undefined> {
  const [row] = await db.select().from(substanceControls).where(eq(substanceControls.replaces, shippedControlId));
  return row;
}
