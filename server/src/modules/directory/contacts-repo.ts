// Queries for operational points of contact. Stale = never verified, or verified before `staleBefore`.
import { and, asc, count, eq, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { readableHandling } from '../../platform/handling/index.js';
import { likePattern } from '../../platform/sql.js';
import { agencies, contacts, users } from './tables.js';

export type ContactRow = typeof contacts.$inferSelect;

export type ContactFilter = {
  party?: string | undefined;
  agencyId?: string | undefined;
  topic?: string | undefined;
  language?: string | undefined;
  coverage?: string | undefined;
  stale?: boolean | undefined;
  q?: string | undefined;
  includeInactive?: boolean | undefined;
  staleBefore: Date;
  /** Only what this reader may read under the handling policy (platform/handling: no TLP:RED for a viewer). */
  reader: Actor;
};

const verifier = alias(users, 'verifier');

const contactColumns = {
  contact: contacts,
  agency: { acronym: agencies.acronym, nameEn: agencies.nameEn, nameZh: agencies.nameZh, partyCode: agencies.partyCode },
  verifier: { id: verifier.id, displayName: verifier.displayName, displayNameZh: verifier.displayNameZh },
};

export type ContactJoined = { contact: ContactRow; agency: { acronym: string; nameEn: string; nameZh: string; partyCode: string }; verifier: { id: string; displayName: string; displayNameZh: string | null } | null };

function stale(before: Date): SQL {
  return or(isNull(contacts.verifiedAt), lt(contacts.verifiedAt, before)) ?? sql`false`;
}

function contactWhere(f: ContactFilter): SQL | undefined {
  const where: SQL[] = [readableHandling(f.reader, contacts.handling)];
  if (f.party) where.push(eq(agencies.partyCode, f.party));
  if (f.agencyId) where.push(eq(contacts.agencyId, f.agencyId));
  // Array containment uses the GIN indexes on topics and languages.
  if (f.topic) where.push(sql`${contacts.topics} @> array[${f.topic}]::text[]`);
  if (f.language) where.push(sql`${contacts.languages} @> array[${f.language}]::text[]`);
  if (f.coverage) where.push(eq(contacts.coverage, f.coverage));
  if (f.stale === true) where.push(stale(f.staleBefore));
  if (f.stale === false) where.push(sql`not (${stale(f.staleBefore)})`);
  if (!f.includeInactive) where.push(eq(contacts.isActive, true));
  if (f.q) {
    const p = likePattern(f.q);
    // Agencies are few: matching them first lets the planner combine the contact indexes (trigram, agency).
    const agencyMatch = sql`${contacts.agencyId} in (select ${agencies.id} from ${agencies} where ${agencies.acronym} ilike ${p} or ${agencies.nameEn} ilike ${p} or ${agencies.nameZh} ilike ${p})`;
    const match = or(ilike(contacts.name, p), ilike(contacts.nameZh, p), ilike(contacts.title, p), agencyMatch);
    if (match) where.push(match);
  }
  return and(...where);
}

export async function listContacts(db: Db, f: ContactFilter, page: { limit: number; offset: number }): Promise<{ items: ContactJoined[]; total: number }> {
  const where = contactWhere(f);
  // The page and the total are independent: on a pool they run on two connections at once.
  const itemsQuery = db
    .select(contactColumns)
    .from(contacts)
    .innerJoin(agencies, eq(agencies.id, contacts.agencyId))
    .leftJoin(verifier, eq(verifier.id, contacts.verifiedBy))
    .where(where)
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(page.limit)
    .offset(page.offset);
  const totalQuery = db.select({ n: count() }).from(contacts).innerJoin(agencies, eq(agencies.id, contacts.agencyId)).where(where);
  const [items, [total]] = await Promise.all([itemsQuery, totalQuery]);
  return { items, total: total?.n ?? 0 };
}

export async function getContact(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<ContactJoined | undefined> {
  const q = db
    .select(contactColumns)
    .from(contacts)
    .innerJoin(agencies, eq(agencies.id, contacts.agencyId))
    .leftJoin(verifier, eq(verifier.id, contacts.verifiedBy))
    .where(eq(contacts.id, id));
  const [row] = opts.forUpdate ? await q.for('update', { of: contacts }) : await q;
  return row;
}

export async function insertContact(db: Db, row: typeof contacts.$inferInsert): Promise<void> {
  await db.insert(contacts).values(row);
}

export async function updateContact(db: Db, id: string, patch: Partial<typeof contacts.$inferInsert>): Promise<void> {
  await db.update(contacts).set(patch).where(eq(contacts.id, id));
}
