// Administration of user accounts: who may sign in, in which agency, with which roles.
import type { Ctx } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit/index.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { isUniqueViolation, pageOf } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { agencyOf, directoryRepo } from '../directory/index.js';
import { requireAccountAdmin } from './guards.js';
import { presentUser } from './present.js';
import * as repo from './repo.js';
import type { CreateUser, UpdateUser, User } from './schemas.js';

const requireAdmin = requireAccountAdmin;
const checkAgency = (ctx: Ctx, agencyId: string) => agencyOf(ctx, agencyId, { ownPartyOnly: true });

export async function listUsers(ctx: Ctx, q: { q?: string | undefined; agencyId?: string | undefined; role?: string | undefined; includeInactive?: boolean | undefined; page: number; pageSize: number }) {
  requireAdmin(ctx);
  const { items, total } = await directoryRepo.listUsers(ctx.db, q, pageOf(q));
  const creds = new Map((await repo.listUsersWithCredentials(ctx.db, items.map((u) => u.id))).map((c) => [c.userId, c]));
  return { items: items.map((u) => presentUser(u, creds.get(u.id), ctx.clock.now())), total, page: q.page, pageSize: q.pageSize };
}

async function getUser(ctx: Ctx, id: string): Promise<User> {
  const user = await directoryRepo.getUser(ctx.db, id);
  if (!user) throw new NotFound(`no user ${id}`);
  return presentUser(user, await repo.getCredentials(ctx.db, id), ctx.clock.now());
}

export async function createUser(ctx: Ctx, input: CreateUser): Promise<User> {
  requireAdmin(ctx);
  const passwordHash = await hashPassword(input.password);
  return withTx(ctx, async (tx) => {
    const tctx = { ...ctx, db: tx };
    await checkAgency(tctx, input.agencyId);
    const now = ctx.clock.now();
    const id = newId();
    const { password: _pw, ...profile } = input;
    try {
      await directoryRepo.insertUser(tx, { id, ...profile, email: profile.email ?? null, createdAt: now, updatedAt: now });
    } catch (err) {
      if (isUniqueViolation(err)) throw new Conflict(`the username ${input.username} is taken`, 'duplicate');
      throw err;
    }
    await repo.insertCredentials(tx, { userId: id, passwordHash, passwordChangedAt: now });
    await recordAudit(tx, ctx, { action: 'user.created', subjectType: 'user', subjectId: id, change: profile });
    return getUser(tctx, id);
  });
}

export async function updateUser(ctx: Ctx, id: string, input: UpdateUser): Promise<User> {
  requireAdmin(ctx);
  // An administrator cannot lock themselves out of administration.
  if (id === ctx.actor.id && (input.isActive === false || (input.roles && !input.roles.includes('admin')))) {
    throw new Conflict('you cannot remove your own administrator role or deactivate yourself', 'self-lockout');
  }
  return withTx(ctx, async (tx) => {
    const tctx = { ...ctx, db: tx };
    if (input.agencyId) await checkAgency(tctx, input.agencyId);
    const row = await directoryRepo.updateUser(tx, id, { ...input, updatedAt: ctx.clock.now() });
    if (!row) throw new NotFound(`no user ${id}`);
    // A deactivated user, or one whose roles changed, signs in again; an admin editing themselves keeps this session.
    if (input.isActive === false || input.roles) await repo.deleteUserSessions(tx, id, id === ctx.actor.id ? (ctx.actor.sessionId ?? undefined) : undefined);
    await recordAudit(tx, ctx, { action: 'user.updated', subjectType: 'user', subjectId: id, change: input });
    return getUser(tctx, id);
  });
}

export async function resetPassword(ctx: Ctx, id: string, password: string): Promise<void> {
  requireAdmin(ctx);
  const passwordHash = await hashPassword(password);
  await withTx(ctx, async (tx) => {
    if (!(await directoryRepo.getUser(tx, id))) throw new NotFound(`no user ${id}`);
    await repo.updateCredentials(tx, id, { passwordHash, passwordChangedAt: ctx.clock.now(), failedLogins: 0, lockedUntil: null });
    await repo.deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, { action: 'user.password-reset', subjectType: 'user', subjectId: id });
  });
}
