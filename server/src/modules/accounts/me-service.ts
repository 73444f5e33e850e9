// The signed-in user's own account: profile, password, second factor.
import { randomBytes } from 'node:crypto';
import type { Ctx } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit/index.js';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import { checkTotp, newTotpSecret, totpEnrolment } from '../../platform/auth/totp.js';
import { BadRequest, Conflict, Forbidden, NotFound, Unauthorized } from '../../platform/errors.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { directoryRepo } from '../directory/index.js';
import { mustUseMfa, presentMe } from './present.js';
import { countFailure, isLocked, lockedError } from './lockout.js';
import * as repo from './repo.js';
import type { Me } from './schemas.js';

function userIdOf(ctx: Ctx): string {
  if (ctx.actor.kind !== 'user' || !ctx.actor.id) throw new Forbidden('only a signed-in person has an account page');
  return ctx.actor.id;
}

export const getMe = (ctx: Ctx): Promise<Me> => meOf(ctx, userIdOf(ctx));

/** The account view of user `id` (also used right after sign-in, before the request has an actor). */
export async function meOf(ctx: Ctx, id: string): Promise<Me> {
  const user = await directoryRepo.getUser(ctx.db, id);
  const agency = user && (await directoryRepo.getAgency(ctx.db, user.agencyId));
  if (!user || !agency) throw new NotFound('your account no longer exists');
  const creds = await repo.getCredentials(ctx.db, id);
  return presentMe(ctx.config, user, agency, Boolean(creds?.totpEnabledAt));
}

export async function updateMe(ctx: Ctx, patch: { displayName?: string | undefined; displayNameZh?: string | null | undefined; locale?: Me['locale'] | undefined; timeZone?: string | undefined }): Promise<Me> {
  const id = userIdOf(ctx);
  await withTx(ctx, async (tx) => {
    await directoryRepo.updateUser(tx, id, { ...patch, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, { action: 'user.profile-updated', subjectType: 'user', subjectId: id, change: patch });
  });
  return getMe(ctx);
}

/** Re-checks the signed-in user's password; a wrong one counts toward the account's lockout like at sign-in. */
async function checkOwnPassword(ctx: Ctx, id: string, password: string): Promise<repo.CredentialsRow> {
  const creds = await repo.getCredentials(ctx.db, id);
  if (!creds) throw new NotFound('your account has no password');
  if (isLocked(creds, ctx.clock.now())) throw lockedError(creds.lockedUntil, ctx.clock.now());
  if (await verifyPassword(creds.passwordHash, password)) return creds;
  await withTx(ctx, async (tx) => {
    const fresh = await repo.getCredentials(tx, id, { forUpdate: true });
    if (fresh) await countFailure(tx, ctx, id, fresh);
    await recordAudit(tx, ctx, { action: 'user.password-check-failed', subjectType: 'user', subjectId: id });
  });
  throw new Unauthorized('the password is wrong', 'invalid-credentials');
}

export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const id = userIdOf(ctx);
  await checkOwnPassword(ctx, id, input.currentPassword);
  if (input.currentPassword === input.newPassword) throw new BadRequest('choose a password you have not used here', [{ path: 'body/newPassword', message: 'same as the current password', code: 'password-unchanged' }]);
  const passwordHash = await hashPassword(input.newPassword);
  await withTx(ctx, async (tx) => {
    await repo.updateCredentials(tx, id, { passwordHash, passwordChangedAt: ctx.clock.now() });
    // Anyone who knew the old password loses their sessions; this one stays.
    await repo.deleteUserSessions(tx, id, ctx.actor.sessionId ?? undefined);
    await recordAudit(tx, ctx, { action: 'user.password-changed', subjectType: 'user', subjectId: id });
  });
}

export async function startTotpEnrolment(ctx: Ctx) {
  const id = userIdOf(ctx);
  const secret = newTotpSecret();
  await withTx(ctx, async (tx) => {
    await repo.updateCredentials(tx, id, { pendingTotpSecret: ctx.box.seal(secret) });
    await recordAudit(tx, ctx, { action: 'user.totp-enrolment-started', subjectType: 'user', subjectId: id });
  });
  return totpEnrolment(secret, ctx.actor.label);
}

// Ten single-use codes of 10 base32 characters (50 bits each), stored hashed.
function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => {
    const raw = [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

/** Turns on the authenticator being enrolled. Replacing one already in use also needs the password, so a stolen
 * session alone cannot swap in the thief's authenticator. */
export async function confirmTotp(ctx: Ctx, input: { code: string; password?: string | undefined }): Promise<{ recoveryCodes: string[] }> {
  const id = userIdOf(ctx);
  const { code } = input;
  const current = await repo.getCredentials(ctx.db, id);
  if (current?.totpEnabledAt) {
    if (!input.password) throw new Unauthorized('confirm your password to replace your authenticator', 'invalid-credentials');
    await checkOwnPassword(ctx, id, input.password);
  }
  return withTx(ctx, async (tx) => {
    const creds = await repo.getCredentials(tx, id, { forUpdate: true });
    if (!creds?.pendingTotpSecret) throw new Conflict('start the enrolment first', 'totp-not-started');
    const step = checkTotp(ctx.box.open(creds.pendingTotpSecret), code, ctx.clock.now(), null);
    if (step === null) throw new BadRequest('the code does not match; check the time on your phone', [{ path: 'body/code', message: 'wrong code', code: 'wrong-code' }], 'invalid-second-factor');
    const codes = newRecoveryCodes();
    await repo.updateCredentials(tx, id, { totpSecret: creds.pendingTotpSecret, pendingTotpSecret: null, totpEnabledAt: ctx.clock.now(), totpLastStep: step });
    await repo.replaceRecoveryCodes(tx, id, codes.map((c) => ({ id: newId(), userId: id, codeHash: sha256Hex(c.replace('-', '')) })));
    await recordAudit(tx, ctx, { action: 'user.totp-enabled', subjectType: 'user', subjectId: id });
    return { recoveryCodes: codes };
  });
}

export async function disableTotp(ctx: Ctx, password: string): Promise<void> {
  const id = userIdOf(ctx);
  if (mustUseMfa(ctx.config, ctx.actor.roles)) throw new Conflict('this node requires a second factor for your role', 'mfa-required-by-policy');
  await checkOwnPassword(ctx, id, password);
  await withTx(ctx, async (tx) => {
    await repo.updateCredentials(tx, id, { totpSecret: null, totpEnabledAt: null, pendingTotpSecret: null, totpLastStep: null });
    await repo.replaceRecoveryCodes(tx, id, []);
    await recordAudit(tx, ctx, { action: 'user.totp-disabled', subjectType: 'user', subjectId: id });
  });
}
