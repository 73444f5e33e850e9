// Sign-in: password (argon2id), then the second factor when enrolled. Failures are counted per account (temporary
// lockout) and per client address (rate limit) in the database, so every process of the node sees the same counts.
import type { Ctx } from '../../platform/context.js';
import { recordAudit, type AuditAction } from '../../platform/audit/index.js';
import { burnPasswordCheck, verifyPassword } from '../../platform/auth/passwords.js';
import { checkTotp } from '../../platform/auth/totp.js';
import { AppError, TooManyRequests, Unauthorized } from '../../platform/errors.js';
import { countFailure, isLocked, lockedError, unknownUserLabel } from './lockout.js';
import { newId, newSecret, sha256Hex } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { directoryRepo, type UserRow } from '../directory/index.js';
import * as repo from './repo.js';
import type { Login } from './schemas.js';

// Per client address: this many failures in the window and further attempts wait (slows password spraying).
export const IP_WINDOW_MS = 15 * 60_000;
export const IP_MAX_FAILURES = 20;

export type LoginResult = { token: string; csrfToken: string; userId: string; expiresAt: Date };

type Outcome = { ok: true; result: LoginResult } | { ok: false; error: AppError };

const invalid = () => new Unauthorized('the username or password is wrong', 'invalid-credentials');

async function checkAddress(ctx: Ctx, ip: string): Promise<void> {
  const since = new Date(ctx.clock.now().getTime() - IP_WINDOW_MS);
  const { n, oldest } = await repo.countFailedAttempts(ctx.db, ip, since);
  if (n >= IP_MAX_FAILURES) {
    const retry = oldest ? (oldest.getTime() + IP_WINDOW_MS - ctx.clock.now().getTime()) / 1000 : IP_WINDOW_MS / 1000;
    throw new TooManyRequests('too many failed sign-ins from this address; wait and try again', retry);
  }
}

type Factor = { method: 'password' | 'totp' | 'recovery-code'; totpStep?: number };

async function secondFactor(ctx: Ctx, user: UserRow, creds: repo.CredentialsRow, input: Login): Promise<AppError | Factor> {
  if (!creds.totpSecret || !creds.totpEnabledAt) return { method: 'password' };
  if (input.recoveryCode) {
    const used = await repo.useRecoveryCode(ctx.db, user.id, sha256Hex(input.recoveryCode.replace(/[\s-]/g, '').toLowerCase()), ctx.clock.now());
    return used ? { method: 'recovery-code' } : new Unauthorized('the recovery code is wrong or already used', 'invalid-second-factor');
  }
  if (!input.totpCode) return new Unauthorized('enter the code from your authenticator app', 'mfa-required');
  const step = checkTotp(ctx.box.open(creds.totpSecret), input.totpCode, ctx.clock.now(), creds.totpLastStep);
  return step === null ? new Unauthorized('the code is wrong or was already used', 'invalid-second-factor') : { method: 'totp', totpStep: step };
}

type Attempt = { input: Login; ip: string; userAgent: string | null; passwordOk: boolean };

async function attempt(ctx: Ctx, { input, ip, userAgent, passwordOk }: Attempt): Promise<Outcome> {
  const now = ctx.clock.now();
  const user = await directoryRepo.getUserByUsername(ctx.db, input.username);
  const creds = user && (await repo.getCredentials(ctx.db, user.id, { forUpdate: true }));
  const label = user ? user.username : unknownUserLabel(input.username);
  const actx = { ...ctx, actor: { ...ctx.actor, id: user?.id ?? null, label } };
  const audit = (action: AuditAction, change: Record<string, unknown> = {}) =>
    recordAudit(ctx.db, actx, { action, subjectType: 'user', subjectId: user?.id ?? label, change: { ip, ...change } });
  const fail = async (error: AppError, countsAsFailure = true): Promise<Outcome> => {
    await repo.insertLoginAttempt(ctx.db, { id: newId(), ip, username: label, at: now, succeeded: false });
    if (user && creds && countsAsFailure) await countFailure(ctx.db, actx, user.id, creds, { ip });
    await audit('session.login-failed', { reason: error.type });
    return { ok: false, error };
  };

  if (!user || !creds || !user.isActive) return fail(invalid());
  if (isLocked(creds, now)) return fail(lockedError(creds.lockedUntil, now), false);
  if (!passwordOk) return fail(invalid());
  const second = await secondFactor(ctx, user, creds, input);
  // The right password awaiting its code is the first step of every two-step sign-in, not a failure.
  if (second instanceof AppError && second.type === 'mfa-required') return { ok: false, error: second };
  if (second instanceof AppError) return fail(second);

  const token = newSecret('cps_');
  const csrfToken = newSecret('', 24);
  const expiresAt = new Date(now.getTime() + ctx.config.sessionMaxMs);
  const sessionId = newId();
  await repo.insertSession(ctx.db, { id: sessionId, tokenHash: sha256Hex(token), userId: user.id, csrfToken, createdAt: now, lastSeenAt: now, expiresAt, ip, userAgent: userAgent?.slice(0, 300) ?? null });
  await repo.updateCredentials(ctx.db, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now, ...(second.totpStep ? { totpLastStep: second.totpStep } : {}) });
  await repo.insertLoginAttempt(ctx.db, { id: newId(), ip, username: user.username, at: now, succeeded: true });
  // Using a recovery code spends a credential: the audit trail says so.
  await audit('session.created', { sessionId, method: second.method });
  return { ok: true, result: { token, csrfToken, userId: user.id, expiresAt } };
}

// argon2 runs before the transaction opens: a deliberately slow hash must not hold a connection or a row lock.
async function passwordMatches(ctx: Ctx, input: Login): Promise<boolean> {
  const user = await directoryRepo.getUserByUsername(ctx.db, input.username);
  const creds = user && (await repo.getCredentials(ctx.db, user.id));
  if (!creds) {
    await burnPasswordCheck(input.password);
    return false;
  }
  return verifyPassword(creds.passwordHash, input.password);
}

/** Signs in; failure bookkeeping commits even though the caller then receives an error. */
export async function login(ctx: Ctx, input: Login, client: { ip: string; userAgent: string | null }): Promise<LoginResult> {
  await checkAddress(ctx, client.ip);
  const passwordOk = await passwordMatches(ctx, input);
  const outcome = await withTx(ctx, (tx) => attempt({ ...ctx, db: tx }, { input, ip: client.ip, userAgent: client.userAgent, passwordOk }));
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
