// Queries for parties, agencies and users. First argument is the db handle (pool or transaction); no business ifs.
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { likePattern } from '../../platform/sql.js';
import { agencies, parties, users } from './tables.js';

export type PartyRow = typeof parties.$inferSelect;
export type AgencyRow = typeof agencies.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export const listParties = (db: Db) => db.select().from(parties).orderBy(asc(parties.code));

export async function getParty(db: Db, code: string): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(parties).where(eq(parties.code, code));
  return row;
}

export async function insertParty(db: Db, row: typeof parties.$inferInsert): Promise<PartyRow> {
  const [inserted] = await db.insert(parties).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updateParty(db: Db, code: string, patch: Partial<typeof parties.$inferInsert>): Promise<PartyRow | undefined> {
  const [row] = await db.update(parties).set(patch).where(eq(parties.code, code)).returning();
  return row;
}

export function listAgencies(db: Db, f: { party?: string | undefined; includeInactive?: boolean | undefined }) {
  const where: SQL[] = [];
  if (f.party) where.push(eq(agencies.partyCode, f.party));
  if (!f.includeInactive) where.push(eq(agencies.isActive, true));
  return db
    .select()
    .from(agencies)
    .where(and(...where))
    .orderBy(asc(agencies.partyCode), asc(agencies.acronym));
}

export async function getAgency(db: Db, id: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

export async function insertAgency(db: Db, row: typeof agencies.$inferInsert): Promise<AgencyRow> {
  const [inserted] = await db.insert(agencies).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updateAgency(db: Db, id: string, patch: Partial<typeof agencies.$inferInsert>): Promise<AgencyRow | undefined> {
  const [row] = await db.update(agencies).set(patch).where(eq(agencies.id, id)).returning();
  return row;
}

export async function getUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function getUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return row;
}

export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  const [inserted] = await db.insert(users).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updateUser(db: Db, id: string, patch: Partial<typeof users.$inferInsert>): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}

export type UserFilter = { q?: string | undefined; agencyId?: string | undefined; role?: string | undefined; includeInactive?: boolean | undefined };

function userWhere(f: UserFilter): SQL | undefined {
  const where: SQL[] = [];
  if (f.agencyId) where.push(eq(users.agencyId, f.agencyId));
  if (f.role) where.push(sql`${f.role} = any(${users.roles})`);
  if (!f.includeInactive) where.push(eq(users.isActive, true));
  if (f.q) {
    const p = likePattern(f.q);
    const match = or(ilike(users.username, p), ilike(users.displayName, p), ilike(users.displayNameZh, p));
    if (match) where.push(match);
  }
  return and(...where);
}

export async function listUsers(db: Db, f: UserFilter, page: { limit: number; offset: number }) {
  const where = userWhere(f);
  const items = await db.select().from(users).where(where).orderBy(asc(users.username)).limit(page.limit).offset(page.offset);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { items, total: total?.n ?? 0 };
}
