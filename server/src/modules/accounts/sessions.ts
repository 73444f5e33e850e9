// Who is calling: a session cookie (browser) or a bearer API token (machines). Sessions expire absolutely and
// after idling; `lastSeenAt` is written at most once a minute so reads do not turn into writes.
import type { Config } from '../../config.js';
import type { Actor, Ctx, Locale, Role } from '../../platform/context.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { recordAudit } from '../../platform/audit/index.js';
import { sha256Hex } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { mustUseMfa } from './present.js';
import * as repo from './repo.js';

export const SESSION_COOKIE = 'cp_session';
const TOUCH_EVERY_MS = 60_000;

export type Resolved = { actor: Actor; csrfToken: string | null };
type Deps = { db: Db; clock: Clock; config: Config };

async function fromSession(deps: Deps, token: string): Promise<Resolved | null> {
  const row = await repo.findSession(deps.db, sha256Hex(token));
  if (!row) return null;
  const now = deps.clock.now();
  const { session, user } = row;
  const idle = now.getTime() - session.lastSeenAt.getTime() > deps.config.sessionIdleMs;
  if (session.expiresAt <= now || idle || !user.isActive) {
    await repo.deleteSession(deps.db, session.id);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(deps.db, session.id, now);
  const actor: Actor = {
    kind: 'user',
    id: user.id,
    label: user.username,
    roles: user.roles as Role[],
    agencyId: user.agencyId,
    partyCode: row.partyCode,
    locale: user.locale as Locale,
    timeZone: user.timeZone,
    mfaSatisfied: !mustUseMfa(deps.config, user.roles) || Boolean(row.totpEnabledAt),
    sessionId: session.id,
  };
  return { actor, csrfToken: session.csrfToken };
}

async function fromToken(deps: Deps, secret: string): Promise<Resolved | null> {
  const row = await repo.findToken(deps.db, sha256Hex(secret));
  const now = deps.clock.now();
  // A token dies with its revocation, its expiry, its agency's deactivation or its creator's.
  if (!row || row.token.revokedAt || (row.token.expiresAt && row.token.expiresAt <= now) || !row.agencyActive || !row.creatorActive) return null;
  const { token } = row;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) await repo.updateToken(deps.db, token.id, { lastUsedAt: now });
  const actor: Actor = {
    kind: 'token',
    id: token.id,
    label: `token:${token.name}`,
    roles: [token.role as Role],
    agencyId: token.agencyId,
    partyCode: row.partyCode,
    locale: 'en',
    timeZone: 'UTC',
    mfaSatisfied: true,
    sessionId: null,
  };
  return { actor, csrfToken: null };
}

/** Resolves the caller from the request's cookie or `Authorization: Bearer` header; null when anonymous. */
export async function resolveCaller(deps: Deps, creds: { cookie: string | undefined; authorization: string | undefined }): Promise<Resolved | null> {
  const bearer = creds.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return fromToken(deps, bearer);
  if (creds.cookie) return fromSession(deps, creds.cookie);
  return null;
}

export async function logout(ctx: Ctx): Promise<void> {
  const sessionId = ctx.actor.sessionId;
  if (!sessionId || !ctx.actor.id) return;
  const userId = ctx.actor.id;
  await withTx(ctx, async (tx) => {
    await repo.deleteSession(tx, sessionId);
    await recordAudit(tx, ctx, { action: 'session.ended', subjectType: 'user', subjectId: userId, change: { sessionId } });
  });
}

/** Removes ended sessions and sign-in attempts older than the rate-limit window; safe to run from any process. */
export async function purgeExpired(deps: Deps): Promise<{ sessions: number }> {
  const now = deps.clock.now();
  const sessions = await repo.deleteExpiredSessions(deps.db, now, new Date(now.getTime() - deps.config.sessionIdleMs));
  await repo.deleteLoginAttemptsBefore(deps.db, new Date(now.getTime() - 24 * 3_600_000));
  return { sessions };
}
