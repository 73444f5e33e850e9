// Pushes a peer's queued envelopes to its inbox, in seq order, one batch at a time at the peer (the next pipelined
// behind the last one's receipt checks), under a lease so only one process delivers to a peer at once. The lease is
// short and renewed while a pass runs, so a crashed holder holds up delivery for seconds, not for a request timeout.
// A failure backs off exponentially with jitter; the reason is kept for admins.
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db.js';
import { SignatureError, verifyJson } from './crypto.js';
import { ReceiptSchema, type Receipt } from './envelope.js';
import type { ExchangeDeps } from './inbox.js';
import { isGoneHolder } from './lease-owner.js';
import { PeerUnreachable, type PeerHttp } from './peer-http.js';
import * as repo from './repo.js';

/** `onConflict`: the peer holds other envelopes at these places in the chain (this node was restored from a backup). */
export type DeliveryDeps = ExchangeDeps & { http: PeerHttp; owner: string; onGap?: (party: string) => void; onConflict?: (party: string) => void };
/** `more`: the batch was cut (by count or size), so more envelopes are probably waiting. */
export type DeliveryResult = { sent: number; delivered: number; failed: string | null; more: boolean };

const BASE_BACKOFF_MS = 1000;

/** Full-jitter exponential backoff: spreads retries of many nodes that failed together. */
export function backoffMs(failures: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, BASE_BACKOFF_MS * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** A batch on its way: its rows, and the peer's answer once it came (or why none came). */
type Sent = { batch: repo.OutboxRow[]; answer: Promise<Answer> };
type Answer = { status: number; body: unknown } | { error: unknown };

function post(deps: DeliveryDeps, baseUrl: string, batch: repo.OutboxRow[]): Sent {
  const answer = deps.http.send('POST', new URL('/api/v1/exchange/inbox', baseUrl).href, { body: { envelopes: batch.flatMap((r) => (r.jws === null ? [] : [r.jws])) } }).catch((error: unknown) => ({ error }));
  return { batch, answer };
}

/** The next batch after `afterSeq` (null: from the oldest undelivered), cut to the byte cap; `more` if it was cut. */
async function nextBatch(deps: DeliveryDeps, party: string, afterSeq: number | null): Promise<{ batch: repo.OutboxRow[]; more: boolean }> {
  const limit = deps.config.exchange.batchSize;
  const pending = await repo.pendingFor(deps.db, party, { limit, afterSeq });
  const batch = repo.withinBytes(pending, repo.MAX_BATCH_BYTES);
  return { batch, more: batch.length < pending.length || pending.length >= limit };
}

/** Takes the right to deliver to `party` for a pass: free, run out, or held by a process of this host that is gone. */
async function takeLease(deps: DeliveryDeps, party: string): Promise<boolean> {
  const claim = { ms: deps.config.exchange.leaseMs, now: deps.clock.now() };
  if (await repo.claimLease(deps.db, party, deps.owner, claim)) return true;
  // A process that was killed left its lease behind: when it certainly is gone, its successor need not wait it out.
  const holder = await repo.leaseHolder(deps.db, party);
  if (!holder || holder.owner === deps.owner || !isGoneHolder(holder.owner)) return false;
  return repo.claimLease(deps.db, party, deps.owner, { ...claim, takeOverFrom: holder.owner });
}

/** Extends the lease before another batch goes out; false if the peer was switched off or another process has it. */
function extendLease(deps: DeliveryDeps, party: string): Promise<boolean> {
  return repo.claimLease(deps.db, party, deps.owner, { ms: deps.config.exchange.leaseMs, now: deps.clock.now() });
}

/**
 * Renews the lease every third of its length while a pass runs, also while a batch is on its way (a peer may take
 * up to the request timeout to answer): a live pass keeps it, a dead process's runs out within one lease length.
 * A renewal that fails (the database did not answer) is tried again on the next beat; one that finds the lease
 * taken stops, and the pass sends nothing more (extendLease fails).
 */
function keepLease(deps: DeliveryDeps, party: string): { stop: () => Promise<void> } {
  const ms = deps.config.exchange.leaseMs;
  let isHeld = true;
  let renewing: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (renewing || !isHeld) return;
    renewing = repo
      .renewLease(deps.db, party, deps.owner, ms)
      .then(
        (held) => {
          isHeld = held;
        },
        () => undefined,
      )
      .finally(() => {
        renewing = null;
      });
  }, Math.max(50, Math.floor(ms / 3)));
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await renewing;
    },
  };
}

/**
 * Delivers up to `maxBatches` batches to `party` under its lease. Batches are pipelined: as soon as the peer has
 * answered one (so it has committed it) and the answer looks whole, the next is sent, and the answered one's
 * receipts are verified and stored while the peer works on the next. The peer thus never sees two batches at once,
 * and the sender's own work per batch no longer adds to the time each envelope waits. `more` in the result: it
 * stopped at `maxBatches` with envelopes still queued.
 */
export async function deliverTo(deps: DeliveryDeps, party: string, maxBatches = 1): Promise<DeliveryResult | null> {
  if (!(await takeLease(deps, party))) return null;
  const heartbeat = keepLease(deps, party);
  const total: DeliveryResult = { sent: 0, delivered: 0, failed: null, more: false };
  let inFlight: Sent | null = null;
  try {
    const peer = await repo.getPeer(deps.db, party);
    if (!peer) return total;
    let failures = peer.failures;
    let next = await nextBatch(deps, party, null);
    if (next.batch.length > 0) inFlight = post(deps, peer.baseUrl, next.batch);
    for (let n = 1; inFlight; n++) {
      const current: Sent = inFlight;
      const cut = next.more;
      const answer = await current.answer;
      inFlight = null;
      if (total.failed === null && cut && n < maxBatches && looksWhole(answer, current.batch.length)) {
        next = await nextBatch(deps, party, current.batch.at(-1)?.seq ?? 0);
        if (next.batch.length > 0 && (await extendLease(deps, party))) inFlight = post(deps, peer.baseUrl, next.batch);
      }
      // After a failed batch, a batch already on its way is still settled, but the failure stays on record.
      const result = await settle(deps, { party, batch: current.batch, answer, failures, clearFailure: total.failed === null });
      if (result.failed !== null) failures += 1;
      else if (total.failed === null) failures = 0;
      total.sent += result.sent;
      total.delivered += result.delivered;
      total.failed ??= result.failed;
      total.more = total.failed === null && cut && n >= maxBatches;
    }
    return total;
  } finally {
    // A batch still on its way (something above threw) is waited for, so that nobody resends it while it runs.
    await inFlight?.answer;
    await heartbeat.stop();
    await repo.releaseLease(deps.db, party, deps.owner);
  }
}

/** An answer worth sending the next batch after: a 200 with a receipt for every envelope and no gap reported. */
function looksWhole(answer: Answer, count: number): boolean {
  if ('error' in answer || answer.status !== 200) return false;
  const body = answer.body as { receipts?: unknown; gap?: unknown } | null;
  return Array.isArray(body?.receipts) && body.receipts.length === count && !body.gap;
}

type Settling = { party: string; batch: repo.OutboxRow[]; answer: Answer; failures: number; clearFailure: boolean };

/** Checks and stores one answered batch's receipts, or records why it failed (`failures`: the count before it). */
async function settle(deps: DeliveryDeps, s: Settling): Promise<DeliveryResult> {
  const { party, batch, answer } = s;
  try {
    if ('error' in answer) throw answer.error;
    if (answer.status !== 200) {
      if (answer.status === 409 && problemSlug(answer.body) === 'chain-conflict') deps.onConflict?.(party);
      throw new PeerUnreachable(`the peer answered ${answer.status}: ${problemDetail(answer.body)}`);
    }
    const body = answer.body as { receipts?: unknown; gap?: { expectedSeq?: number } | null };
    const receipts = await checkReceipts(deps, party, batch, Array.isArray(body.receipts) ? body.receipts : []);
    await storeReceipts(deps, { party, receipts, clearFailure: s.clearFailure });
    if (body.gap) deps.onGap?.(party);
    return { sent: batch.length, delivered: receipts.length, failed: null, more: false };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    await recordFailure(deps, { party, ids: batch.map((r) => r.id), reason, failures: s.failures + 1 });
    return { sent: batch.length, delivered: 0, failed: reason, more: false };
  }
}

function problemSlug(body: unknown): string {
  const type = body && typeof body === 'object' ? (body as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? (type.split('/').pop() ?? '') : '';
}

function problemDetail(body: unknown): string {
  if (body && typeof body === 'object') {
    const p = body as { type?: unknown; detail?: unknown };
    return `${String(p.type ?? '').split('/').pop() ?? ''}: ${String(p.detail ?? '')}`;
  }
  return String(body).slice(0, 200);
}

type Checked = { id: string; jws: string; receipt: Receipt };

/** Keeps only receipts signed by the peer for an envelope in this batch with the very hash that was sent. */
async function checkReceipts(deps: DeliveryDeps, party: string, batch: repo.OutboxRow[], given: unknown[]): Promise<Checked[]> {
  const keys = await repo.keysOf(deps.db, party);
  const byId = new Map(batch.map((r) => [r.id, r]));
  const out: Checked[] = [];
  for (const jws of given) {
    if (typeof jws !== 'string') throw new PeerUnreachable('the peer answered with a malformed receipt');
    let payload: unknown;
    try {
      ({ payload } = await verifyJson(jws, 'cp-receipt+jws', keys));
    } catch (err) {
      if (err instanceof SignatureError) throw new PeerUnreachable(`a receipt from the peer does not verify: ${err.message}`);
      throw err;
    }
    const receipt = ReceiptSchema.parse(payload);
    const row = byId.get(receipt.envelopeId);
    if (!row || row.hash !== receipt.hash || receipt.from !== party || receipt.to !== deps.config.party) throw new PeerUnreachable(`the peer sent a receipt for an envelope it was not sent (${receipt.envelopeId})`);
    out.push({ id: row.id, jws, receipt });
  }
  return out;
}

async function storeReceipts(deps: DeliveryDeps, { party, receipts, clearFailure }: { party: string; receipts: Checked[]; clearFailure: boolean }): Promise<void> {
  const now = deps.clock.now();
  if (receipts.length > 0) {
    // One statement for the whole batch: rows are matched through unnest() of parallel arrays.
    await queryRows(
      deps.db,
      sql`update exchange_outbox o set delivered_at = ${now}, receipt_jws = v.jws, receipt_status = v.status, attempts = o.attempts + 1, last_error = null
          from unnest(${sql.param(receipts.map((r) => r.id))}::uuid[], ${sql.param(receipts.map((r) => r.jws))}::text[], ${sql.param(receipts.map((r) => r.receipt.status))}::text[]) as v(id, jws, status)
          where o.id = v.id`,
    );
  }
  await repo.updatePeer(deps.db, party, { lastContactAt: now, lastDeliveredAt: receipts.length > 0 ? now : undefined, ...(clearFailure ? { failures: 0, lastError: null, nextAttemptAt: null } : {}) });
}

async function recordFailure(deps: DeliveryDeps, { party, ids, reason, failures }: { party: string; ids: string[]; reason: string; failures: number }): Promise<void> {
  const now = deps.clock.now();
  await queryRows(deps.db, sql`update exchange_outbox set attempts = attempts + 1, last_error = ${reason} where id = any(${sql.param(ids)}::uuid[])`);
  await repo.updatePeer(deps.db, party, { failures, lastError: reason, lastErrorAt: now, nextAttemptAt: new Date(now.getTime() + backoffMs(failures, deps.config.exchange.retryMaxMs)) });
}
