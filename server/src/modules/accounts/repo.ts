// Queries for credentials, sessions, API tokens, recovery codes and login attempts. No business ifs.
import { and, asc, count, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { agencyTable, userTable } from '../directory/index.js';
import { apiTokens, credentials, loginAttempts, recoveryCodes, sessions } from './tables.js';

export type CredentialsRow = typeof credentials.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type TokenRow = typeof apiTokens.$inferSelect;

export async function getCredentials(db: Db, userId: string, opts: { forUpdate?: boolean } = {}): Promise<CredentialsRow | undefined> {
  const q = db.select().from(credentials).where(eq(credentials.userId, userId));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function insertCredentials(db: Db, row: typeof credentials.$inferInsert): Promise<void> {
  await db.insert(credentials).values(row);
}

export async function updateCredentials(db: Db, userId: string, patch: Partial<typeof credentials.$inferInsert>): Promise<void> {
  await db.update(credentials).set(patch).where(eq(credentials.userId, userId));
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The session with its user and the user's party, in one query per request. */
export async function findSession(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ session: sessions, user: userTable, partyCode: agencyTable.partyCode, totpEnabledAt: credentials.totpEnabledAt })
    .from(sessions)
    .innerJoin(userTable, eq(userTable.id, sessions.userId))
    .innerJoin(agencyTable, eq(agencyTable.id, userTable.agencyId))
    .leftJoin(credentials, eq(credentials.userId, userTable.id))
    .where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function touchSession(db: Db, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteUserSessions(db: Db, userId: string, exceptId?: string): Promise<void> {
  const mine = eq(sessions.userId, userId);
  await db.delete(sessions).where(exceptId ? and(mine, sql`${sessions.id} <> ${exceptId}`) : mine);
}

export async function deleteExpiredSessions(db: Db, now: Date, idleBefore: Date): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(sql`${sessions.expiresAt} <= ${now} or ${sessions.lastSeenAt} < ${idleBefore}`)
    .returning({ id: sessions.id });
  return gone.length;
}

export async function insertToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<TokenRow> {
  const [inserted] = await db.insert(apiTokens).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function getToken(db: Db, id: string): Promise<TokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

export const listTokens = (db: Db) => db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt));

export async function findToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ token: apiTokens, partyCode: agencyTable.partyCode, agencyActive: agencyTable.isActive, creatorActive: userTable.isActive })
    .from(apiTokens)
    .innerJoin(agencyTable, eq(agencyTable.id, apiTokens.agencyId))
    .innerJoin(userTable, eq(userTable.id, apiTokens.createdBy))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

export async function updateToken(db: Db, id: string, patch: Partial<typeof apiTokens.$inferInsert>): Promise<TokenRow | undefined> {
  const [row] = await db.update(apiTokens).set(patch).where(eq(apiTokens.id, id)).returning();
  return row;
}

export async function replaceRecoveryCodes(db: Db, userId: string, rows: (typeof recoveryCodes.$inferInsert)[]): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (rows.length) await db.insert(recoveryCodes).values(rows);
}

/** Marks an unused recovery code used; true when one matched. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

export async function insertLoginAttempt(db: Db, row: typeof loginAttempts.$inferInsert): Promise<void> {
  await db.insert(loginAttempts).values(row);
}

export async function countFailedAttempts(db: Db, ip: string, since: Date): Promise<{ n: number; oldest: Date | null }> {
  const [row] = await db
    .select({ n: count(), oldest: sql<Date | null>`min(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return { n: row?.n ?? 0, oldest };
}

export async function deleteLoginAttemptsBefore(db: Db, before: Date): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, before));
}

export const listUsersWithCredentials = (db: Db, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ userId: credentials.userId, totpEnabledAt: credentials.totpEnabledAt, lockedUntil: credentials.lockedUntil, lastLoginAt: credentials.lastLoginAt })
        .from(credentials)
        .where(sql`${credentials.userId} in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`)
        .orderBy(asc(credentials.userId));
