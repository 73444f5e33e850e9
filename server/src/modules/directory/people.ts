// The acting person and their agency as another party reads them, for every module that writes a record that
// travels: a display name (never a sign-in name) and an agency's acronym and both names.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { agencies, users } from './tables.js';

/** The acting person as the other party reads them: their display name, not their sign-in name. */
export async function actorName(db: Db, ctx: Ctx): Promise<string> {
  if (ctx.actor.kind !== 'user' || !ctx.actor.id) return ctx.actor.label;
  const [user] = await db.select({ displayName: users.displayName }).from(users).where(eq(users.id, ctx.actor.id));
  return user?.displayName ?? ctx.actor.label;
}

/** An agency of this node as the other party reads it (acronym and both names), or null when there is none. */
export async function agencyRef(db: Db, agencyId: string | null): Promise<{ acronym: string; nameEn: string; nameZh: string } | null> {
  if (!agencyId) return null;
  const [a] = await db.select({ acronym: agencies.acronym, nameEn: agencies.nameEn, nameZh: agencies.nameZh }).from(agencies).where(eq(agencies.id, agencyId));
  return a ?? null;
}
