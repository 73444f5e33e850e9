// Refused envelopes and node-to-node requests are security events, but anyone can cause them: one audit row per
// refusal would let a stranger grow the append-only log without limit. So refusals are counted per (source address,
// subject, reason, window) in `exchange_refusals` — one row upserted per refusal, shared by every process on the
// database — and the audit log gets at most two rows per such key and window: one at the window's first refusal (a
// probe shows at once, with what it claimed) and, when the window has closed and more than one came, one with the
// count. Audit rows are never updated (the log is hash-chained), hence the separate counter.
import { normalizeIP } from '@fastify/rate-limit';
import { inArray, lt, sql } from 'drizzle-orm';
import { isIPv6 } from 'node:net';
import { recordAudit } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock.js';
import { systemActor } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { isPartyCode } from './envelope.js';
import type { ExchangeRejected } from './errors.js';
import * as repo from './repo.js';
import { refusals, type RefusalSample } from './tables.js';

export const REFUSAL_WINDOW_MS = 15 * 60_000;
/** Ended windows one call closes at most; the rest wait for the next call. */
const CLOSE_BATCH = 100;

type Deps = { db: Db; clock: Clock };
export type RefusalMeta = { requestId: string | null; address?: string | undefined; claimedFrom: string | null };

const actor = { ...systemActor, label: 'exchange' };
const windowStartOf = (at: Date): Date => new Date(Math.floor(at.getTime() / REFUSAL_WINDOW_MS) * REFUSAL_WINDOW_MS);
const windowOf = (start: Date) => ({ from: start.toISOString(), to: new Date(start.getTime() + REFUSAL_WINDOW_MS).toISOString() });

/**
 * Where refusals are counted from: the client address, an IPv6 one by its /64 (what one host can easily hold, so
 * hopping within it does not open new windows); `pull` for envelopes this node fetched itself from a peer.
 */
export function sourceOf(address: string | undefined): string {
  if (!address) return 'pull';
  if (address === '::1') return address;
  const normalized = normalizeIP(address, 64);
  return isIPv6(normalized) ? `${normalized}/64` : normalized;
}

/** The claimed party when this node peers with it; else `unknown`, so cycling through party codes opens no rows. */
async function subjectOf(db: Db, claimed: string | null): Promise<string> {
  return claimed && isPartyCode(claimed) && (await repo.getPeer(db, claimed)) ? claimed : 'unknown';
}

/** Counts one refusal; the first of its window also goes to the audit log. Then closes windows that have ended. */
export async function recordRejection(deps: Deps, err: ExchangeRejected, meta: RefusalMeta): Promise<void> {
  const now = deps.clock.now();
  const windowStart = windowStartOf(now);
  const source = sourceOf(meta.address);
  const sample: RefusalSample = { detail: err.message, claimedFrom: meta.claimedFrom, address: meta.address ?? null, requestId: meta.requestId };
  await withTx(deps, async (tx) => {
    const subject = await subjectOf(tx, meta.claimedFrom);
    const [counted] = await tx
      .insert(refusals)
      .values({ id: newId(), source, subject, reason: err.rejection, windowStart, count: 1, sample, firstAt: now, lastAt: now })
      .onConflictDoUpdate({ target: [refusals.source, refusals.subject, refusals.reason, refusals.windowStart], set: { count: sql`${refusals.count} + 1`, lastAt: now } })
      .returning({ count: refusals.count });
    if (counted?.count !== 1) return;
    await recordAudit(tx, { actor, clock: deps.clock, requestId: meta.requestId }, { action: 'security.exchange-rejected', subjectType: 'peer', subjectId: subject, change: { reason: err.rejection, ...sample, source, count: 1, window: windowOf(windowStart) } });
  });
  await closeRefusalWindows(deps);
}

/**
 * Closes the windows that have ended: each that counted more than one refusal gets its audit row with the count,
 * and its counter goes. Safe from any process at any time (rows are taken with SKIP LOCKED, closed in one
 * transaction); runs after each refusal and with the node's housekeeping. Returns how many windows it closed.
 */
export async function closeRefusalWindows(deps: Deps): Promise<number> {
  const current = windowStartOf(deps.clock.now());
  return withTx(deps, async (tx) => {
    const ended = await tx.select().from(refusals).where(lt(refusals.windowStart, current)).orderBy(refusals.windowStart).limit(CLOSE_BATCH).for('update', { skipLocked: true });
    for (const r of ended) {
      if (r.count < 2) continue;
      const change = { reason: r.reason, ...r.sample, source: r.source, count: r.count, window: windowOf(r.windowStart), firstAt: r.firstAt.toISOString(), lastAt: r.lastAt.toISOString(), closed: true };
      await recordAudit(tx, { actor, clock: deps.clock, requestId: null }, { action: 'security.exchange-rejected', subjectType: 'peer', subjectId: r.subject, change });
    }
    if (ended.length > 0) await tx.delete(refusals).where(inArray(refusals.id, ended.map((r) => r.id)));
    return ended.length;
  });
}
