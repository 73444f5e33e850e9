// One inbound batch, envelope by envelope, in chain order: consecutive upserts of a kind whose handler can store
// many at once are applied together (the receiver's throughput); anything else is applied on its own, in order.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { signJson, type Signer } from './crypto.js';
import { applyEnvelope, applyUpserts, NODE_KEY_KIND, type Outcome } from './apply.js';
import { ENVELOPE_VERSION, type Envelope, type Receipt, type ReceiptStatus } from './envelope.js';
import type { Handlers, UpsertEnvelope } from './handlers.js';
import type { inbox } from './tables.js';

type Item = { env: Envelope; jws: string; hash: string };
export type BatchDeps = { tx: Db; ctx: Ctx; handlers: Handlers; signer: Signer; self: string; from: string; newest: Map<string, number> };

export function receiveBatch(d: BatchDeps) {
  const receipts: string[] = [];
  const statuses: Partial<Record<ReceiptStatus, number>> = {};
  const stored: (typeof inbox.$inferInsert)[] = [];
  let pending: (Item & { env: UpsertEnvelope })[] = [];

  async function record({ env, jws, hash }: Item, outcome: Outcome): Promise<void> {
    const now = d.ctx.clock.now();
    if (outcome.status === 'applied' || outcome.status === 'purged') d.newest.set(env.recordId, env.recordVersion);
    // A withdrawal purges the record's earlier envelopes, including those earlier in this very batch.
    if (outcome.status === 'purged') for (const row of stored) if (row.recordId === env.recordId) Object.assign(row, { jws: null, purgedAt: now });
    const receipt: Receipt = { v: ENVELOPE_VERSION, type: 'receipt', envelopeId: env.id, from: d.self, to: d.from, seq: env.seq, hash, status: outcome.status, receivedAt: now.toISOString() };
    const receiptJws = await signJson(d.signer, 'cp-receipt+jws', receipt);
    stored.push({ id: env.id, fromParty: d.from, seq: env.seq, hash, kind: env.kind, recordId: env.recordId, recordVersion: env.recordVersion, op: env.body.op, jws, status: outcome.status, detail: outcome.detail ?? null, receivedAt: now, receiptJws, purgedAt: null });
    receipts.push(receiptJws);
    statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
  }

  async function flush(): Promise<void> {
    const run = pending;
    pending = [];
    const handler = run[0] && d.handlers[run[0].env.kind];
    if (!handler) return;
    const outcomes = await applyUpserts(d.tx, d.ctx, handler, run.map((i) => i.env), d.newest);
    for (const [i, item] of run.entries()) await record(item, outcomes[i] ?? { status: 'rejected', detail: 'not applied' });
  }

  const batchable = (item: Item): item is Item & { env: UpsertEnvelope } =>
    item.env.body.op === 'upsert' && item.env.kind !== NODE_KEY_KIND && Boolean(d.handlers[item.env.kind]?.applyMany);

  return {
    /** Takes the next envelope of the chain (already verified and in order). */
    async accept(item: Item): Promise<void> {
      if (batchable(item)) {
        const joins = pending.length === 0 || (pending[0]?.env.kind === item.env.kind && !pending.some((p) => p.env.recordId === item.env.recordId));
        if (!joins) await flush();
        pending.push(item);
        return;
      }
      await flush();
      await record(item, await applyEnvelope(d.tx, d.ctx, d.handlers, item.env, d.newest.get(item.env.recordId) ?? 0));
    },
    /** A receipt given before (a repeated envelope): kept in order with the others. */
    async repeat(receiptJws: string): Promise<void> {
      await flush();
      receipts.push(receiptJws);
      statuses.duplicate = (statuses.duplicate ?? 0) + 1;
    },
    async finish() {
      await flush();
      return { receipts, statuses, stored };
    },
  };
}
