// Pushes a peer's queued envelopes to its inbox, in seq order, one batch at a time, under a lease so only one
// process delivers to a peer at once. A failure backs off exponentially with jitter; the reason is kept for admins.
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db.js';
import { SignatureError, verifyJson } from './crypto.js';
import { ReceiptSchema, type Receipt } from './envelope.js';
import type { ExchangeDeps } from './inbox.js';
import { PeerUnreachable, type PeerHttp } from './peer-http.js';
import * as repo from './repo.js';

export type DeliveryDeps = ExchangeDeps & { http: PeerHttp; owner: string; onGap?: (party: string) => void };
/** `more`: the batch was cut (by count or size), so more envelopes are probably waiting. */
export type DeliveryResult = { sent: number; delivered: number; failed: string | null; more: boolean };

const BASE_BACKOFF_MS = 1000;

/** Full-jitter exponential backoff: spreads retries of many nodes that failed together. */
export function backoffMs(failures: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, BASE_BACKOFF_MS * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function deliverOnce(deps: DeliveryDeps, party: string): Promise<DeliveryResult | null> {
  const now = deps.clock.now();
  const leaseMs = deps.config.exchange.timeoutMs * 2 + 5000;
  if (!(await repo.claimLease(deps.db, party, deps.owner, now, new Date(now.getTime() + leaseMs)))) return null;
  try {
    const peer = await repo.getPeer(deps.db, party);
    const pending = await repo.pendingFor(deps.db, party, deps.config.exchange.batchSize);
    const batch = repo.withinBytes(pending, repo.MAX_BATCH_BYTES);
    const more = batch.length < pending.length || pending.length >= deps.config.exchange.batchSize;
    if (!peer || batch.length === 0) return { sent: 0, delivered: 0, failed: null, more: false };
    try {
      const res = await deps.http.send('POST', new URL('/api/v1/exchange/inbox', peer.baseUrl).href, { body: { envelopes: batch.map((r) => r.jws) } });
      if (res.status !== 200) throw new PeerUnreachable(`the peer answered ${res.status}: ${problemDetail(res.body)}`);
      const body = res.body as { receipts?: unknown; gap?: { expectedSeq?: number } | null };
      const receipts = await checkReceipts(deps, party, batch, Array.isArray(body.receipts) ? body.receipts : []);
      await storeReceipts(deps, party, receipts);
      if (body.gap) deps.onGap?.(party);
      return { sent: batch.length, delivered: receipts.length, failed: null, more };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      await recordFailure(deps, party, batch.map((r) => r.id), reason, peer.failures + 1);
      return { sent: batch.length, delivered: 0, failed: reason, more };
    }
  } finally {
    await repo.releaseLease(deps.db, party, deps.owner);
  }
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

async function storeReceipts(deps: DeliveryDeps, party: string, receipts: Checked[]): Promise<void> {
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
  await repo.updatePeer(deps.db, party, { lastContactAt: now, lastDeliveredAt: receipts.length > 0 ? now : undefined, failures: 0, lastError: null, nextAttemptAt: null });
}

async function recordFailure(deps: DeliveryDeps, party: string, ids: string[], reason: string, failures: number): Promise<void> {
  const now = deps.clock.now();
  await queryRows(deps.db, sql`update exchange_outbox set attempts = attempts + 1, last_error = ${reason} where id = any(${sql.param(ids)}::uuid[])`);
  await repo.updatePeer(deps.db, party, { failures, lastError: reason, lastErrorAt: now, nextAttemptAt: new Date(now.getTime() + backoffMs(failures, deps.config.exchange.retryMaxMs)) });
}
