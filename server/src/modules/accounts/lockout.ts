// Counting wrong passwords and codes against an account, wherever they are typed (sign-in, password change,
// turning off the second factor): a stolen session must not give unlimited guesses either.
import type { Ctx } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit/index.js';
import { TooManyRequests } from '../../platform/errors.js';
import { sha256Hex } from '../../platform/ids.js';
import type { Db } from '../../platform/db.js';
import * as repo from './repo.js';

/** Adds one failure; locks the account when the limit is reached. Returns whether it locked. */
export async function countFailure(tx: Db, ctx: Ctx, userId: string, creds: Pick<repo.CredentialsRow, 'failedLogins'>, context: Record<string, unknown> = {}): Promise<boolean> {
  const now = ctx.clock.now();
  const failures = creds.failedLogins + 1;
  const locks = failures >= ctx.config.loginMaxFailures;
  await repo.updateCredentials(tx, userId, locks ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + ctx.config.lockoutMs) } : { failedLogins: failures });
  if (locks) await recordAudit(tx, ctx, { action: 'user.locked', subjectType: 'user', subjectId: userId, change: { ...context, minutes: ctx.config.lockoutMs / 60_000 } });
  return locks;
}

export function lockedError(lockedUntil: Date, now: Date): TooManyRequests {
  return new TooManyRequests('this account is locked after repeated failed sign-ins; try again later', (lockedUntil.getTime() - now.getTime()) / 1000, 'account-locked');
}

export const isLocked = (creds: Pick<repo.CredentialsRow, 'lockedUntil'>, now: Date): creds is { lockedUntil: Date } => Boolean(creds.lockedUntil && creds.lockedUntil > now);

// A username nobody has is often a password typed into the wrong box: the append-only audit log keeps only a
// digest of it, which still lets an investigator group attempts on the same name.
export const unknownUserLabel = (username: string): string => `unknown-user:${sha256Hex(username.trim().toLowerCase()).slice(0, 16)}`;
