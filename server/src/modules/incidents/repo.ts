// Incident rows: references, the record with its items, lists with filters, follow-ups.
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { readableHandling } from '../../platform/handling/index.js';
import { referenceForm } from '../../platform/references.js';
import { insertRowsAsJson, likePattern } from '../../platform/sql.js';
import { entityMentions } from '../entities/index.js';
import { forgetScreenings, keepScreenings } from '../substances/index.js';
import type { BuiltItems } from './items.js';
import type { IncidentQuery } from './schemas.js';
import { incidentFollowUps, incidentItems, incidents, incidentSerials } from './tables.js';

export type Row = typeof incidents.$inferSelect;
export type ItemRow = typeof incidentItems.$inferSelect;
export type FollowUpRow = typeof incidentFollowUps.$inferSelect;

/** An incident's reference: US-INC-2026-000042 (party, year it happened, serial). */
export const REFERENCE = referenceForm('INC');

/** Takes `count` consecutive serials at once; returns the first. */
export async function nextSerials(tx: Db, party: string, year: number, count: number): Promise<number> {
  const [row] = await tx
    .insert(incidentSerials)
    .values({ party, year, last: count })
    .onConflictDoUpdate({ target: [incidentSerials.party, incidentSerials.year], set: { last: sql`${incidentSerials.last} + ${count}` } })
    .returning({ last: incidentSerials.last });
  if (!row) throw new Error('the reference counter returned nothing');
  return row.last - count + 1;
}

export const get = async (db: Db, id: string): Promise<Row | undefined> => (await db.select().from(incidents).where(eq(incidents.id, id)))[0];
export const getForUpdate = async (db: Db, id: string): Promise<Row | undefined> => (await db.select().from(incidents).where(eq(incidents.id, id)).for('update'))[0];

/** Incidents by reference (another module's links): only what a link needs. */
export const byReferences = (db: Db, references: readonly string[]): Promise<Pick<Row, 'id' | 'reference' | 'handling' | 'status' | 'originParty'>[]> =>
  db.select({ id: incidents.id, reference: incidents.reference, handling: incidents.handling, status: incidents.status, originParty: incidents.originParty }).from(incidents).where(inArray(incidents.reference, [...references]));

export async function byIdempotencyKey(db: Db, createdBy: string, key: string): Promise<Row | undefined> {
  return (await db.select().from(incidents).where(and(eq(incidents.createdBy, createdBy), eq(incidents.idempotencyKey, key))))[0];
}

/** The incidents this caller created under any of these keys (one query for a batch of imports). */
export async function byIdempotencyKeys(db: Db, createdBy: string, keys: readonly string[]): Promise<Pick<Row, 'id' | 'reference' | 'version' | 'idempotencyKey'>[]> {
  if (keys.length === 0) return [];
  return db
    .select({ id: incidents.id, reference: incidents.reference, version: incidents.version, idempotencyKey: incidents.idempotencyKey })
    .from(incidents)
    .where(and(eq(incidents.createdBy, createdBy), inArray(incidents.idempotencyKey, [...keys])));
}

/** New incidents and their items, many in one statement each, the items' screening results kept first. */
export async function insertMany(tx: Db, rows: readonly (typeof incidents.$inferInsert)[], items: BuiltItems): Promise<void> {
  if (rows.length > 0) await tx.execute(insertRowsAsJson(incidents, rows));
  await keepScreenings(tx, items.screenings);
  if (items.rows.length > 0) await tx.execute(insertRowsAsJson(incidentItems, items.rows));
}

/** Inserts or replaces the incident and, when given, its items (a new version replaces every item). */
export async function save(tx: Db, row: typeof incidents.$inferInsert, items?: BuiltItems): Promise<void> {
  const { id: _id, ...rest } = row;
  await tx.insert(incidents).values(row).onConflictDoUpdate({ target: incidents.id, set: rest });
  if (!items) return;
  const replaced = await deleteItems(tx, row.id);
  await keepScreenings(tx, items.screenings);
  if (items.rows.length > 0) await tx.insert(incidentItems).values(items.rows);
  await releaseScreenings(tx, replaced);
}

/** Deletes an incident's items; the screening results they pointed at (to release once the change is made). */
export async function deleteItems(tx: Db, incidentId: string): Promise<string[]> {
  const gone = await tx.delete(incidentItems).where(eq(incidentItems.incidentId, incidentId)).returning({ hash: incidentItems.screeningHash });
  return [...new Set(gone.flatMap((g) => (g.hash ? [g.hash] : [])))];
}

/** Forgets the kept screening results among `hashes` that no item points at any more. */
export async function releaseScreenings(tx: Db, hashes: readonly string[]): Promise<void> {
  if (hashes.length === 0) return;
  const used = await tx.selectDistinct({ hash: incidentItems.screeningHash }).from(incidentItems).where(inArray(incidentItems.screeningHash, [...hashes]));
  const still = new Set(used.map((u) => u.hash));
  await forgetScreenings(tx, hashes.filter((h) => !still.has(h)));
}

export const itemsOf = (db: Db, id: string): Promise<ItemRow[]> => db.select().from(incidentItems).where(eq(incidentItems.incidentId, id)).orderBy(asc(incidentItems.position));

export const itemTypesOf = async (db: Db, ids: readonly string[]): Promise<Map<string, string[]>> => {
  if (ids.length === 0) return new Map();
  const rows = await db.selectDistinct({ id: incidentItems.incidentId, type: incidentItems.type }).from(incidentItems).where(inArray(incidentItems.incidentId, [...ids]));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.type].sort());
  return out;
};

/** The list's conditions, handling included: every path that reads a filtered set uses these (the list, STIX export). */
export function filters(actor: Actor, q: IncidentQuery): SQL[] {
  const parts: SQL[] = [eq(incidents.status, q.status), readableHandling(actor, incidents.handling)];
  if (q.kind) parts.push(eq(incidents.kind, q.kind));
  if (q.party) parts.push(eq(incidents.originParty, q.party));
  if (q.from) parts.push(gte(incidents.occurredOn, q.from));
  if (q.to) parts.push(lte(incidents.occurredOn, q.to));
  if (q.handling) parts.push(eq(incidents.handling, q.handling));
  if (q.substance) parts.push(sql`exists (select 1 from ${incidentItems} where ${incidentItems.incidentId} = ${incidents.id} and ${incidentItems.substanceIds} @> array[${q.substance}]::text[])`);
  if (q.taxon) parts.push(sql`exists (select 1 from ${incidentItems} where ${incidentItems.incidentId} = ${incidents.id} and lower(${incidentItems.taxon}) = lower(${q.taxon}))`);
  if (q.q) {
    const like = likePattern(q.q);
    const inEntities = sql`exists (select 1 from ${entityMentions} where ${entityMentions.recordId} = ${incidents.id} and ${entityMentions.value} ilike ${like})`;
    parts.push(or(ilike(incidents.reference, like), ilike(incidents.title, like), inEntities) as SQL);
  }
  return parts;
}

export async function list(db: Db, actor: Actor, q: IncidentQuery, page: { limit: number; offset: number }): Promise<{ items: Row[]; total: number }> {
  const where = and(...filters(actor, q));
  const [items, [count]] = await Promise.all([
    db.select().from(incidents).where(where).orderBy(desc(incidents.occurredOn), desc(incidents.createdAt), asc(incidents.id)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(incidents).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export const followUpsOf = (db: Db, incidentId: string): Promise<FollowUpRow[]> =>
  db.select().from(incidentFollowUps).where(eq(incidentFollowUps.incidentId, incidentId)).orderBy(asc(incidentFollowUps.createdAt), asc(incidentFollowUps.id));

export const getFollowUp = async (db: Db, id: string): Promise<FollowUpRow | undefined> => (await db.select().from(incidentFollowUps).where(eq(incidentFollowUps.id, id)))[0];
export const getFollowUpForUpdate = async (db: Db, id: string): Promise<FollowUpRow | undefined> => (await db.select().from(incidentFollowUps).where(eq(incidentFollowUps.id, id)).for('update'))[0];

export async function saveFollowUp(tx: Db, row: typeof incidentFollowUps.$inferInsert): Promise<void> {
  const { id: _id, ...rest } = row;
  await tx.insert(incidentFollowUps).values(row).onConflictDoUpdate({ target: incidentFollowUps.id, set: rest });
}
