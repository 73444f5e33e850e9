// API tokens for machine clients: created by an administrator, shown once, stored as a SHA-256 hash (the secret has
// 256 bits, so a fast hash is enough), scoped to one role and agency, revocable.
import type { Ctx } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit/index.js';
import { BadRequest, NotFound } from '../../platform/errors.js';
import { newId, newSecret, sha256Hex } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { agencyOf } from '../directory/index.js';
import { requireAdminPerson } from './guards.js';
import * as repo from './repo.js';
import type { CreateToken, Token } from './schemas.js';

const present = (t: repo.TokenRow): Token => {
  const { tokenHash: _h, ...rest } = t;
  return { ...rest, role: t.role as Token['role'] };
};


export async function listTokens(ctx: Ctx): Promise<Token[]> {
  requireAdminPerson(ctx);
  return (await repo.listTokens(ctx.db)).map(present);
}

export async function createToken(ctx: Ctx, input: CreateToken): Promise<{ token: Token; secret: string }> {
  const userId = requireAdminPerson(ctx);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= ctx.clock.now()) throw new BadRequest('the expiry must be in the future', [{ path: 'body/expiresAt', message: 'in the past', code: 'date-in-past' }]);
  const agencyId = input.agencyId ?? ctx.actor.agencyId;
  if (!agencyId) throw new BadRequest('name the agency the token acts for', [{ path: 'body/agencyId', message: 'required', code: 'required' }]);
  return withTx(ctx, async (tx) => {
    await agencyOf({ ...ctx, db: tx }, agencyId, { ownPartyOnly: true });
    const secret = newSecret('cpt_');
    const row = await repo.insertToken(tx, {
      id: newId(),
      name: input.name,
      tokenHash: sha256Hex(secret),
      prefix: secret.slice(0, 12),
      role: input.role,
      agencyId,
      createdBy: userId,
      createdAt: ctx.clock.now(),
      expiresAt,
    });
    await recordAudit(tx, ctx, { action: 'token.created', subjectType: 'api-token', subjectId: row.id, change: { name: input.name, role: input.role, agencyId, expiresAt } });
    return { token: present(row), secret };
  });
}

export async function revokeToken(ctx: Ctx, id: string): Promise<void> {
  requireAdminPerson(ctx);
  await withTx(ctx, async (tx) => {
    const existing = await repo.getToken(tx, id);
    if (!existing) throw new NotFound(`no API token ${id}`);
    if (existing.revokedAt) return; // revoking twice changes nothing and records nothing
    await repo.updateToken(tx, id, { revokedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, { action: 'token.revoked', subjectType: 'api-token', subjectId: id });
  });
}
