// How a receiving module takes in another party's records. The exchange checks signatures, the chain and versions;
// the module's handler stores (`apply`) or deletes (`purge`) the content, inside the exchange's transaction.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { Envelope } from './envelope.js';

export type ApplyOutcome = { status: 'applied' } | { status: 'rejected'; detail: string };

export type UpsertEnvelope = Envelope & { body: { op: 'upsert' } };

export type KindHandler = {
  /** Stores the record the envelope carries (a newer version than any seen: the exchange checked). */
  apply: (tx: Db, ctx: Ctx, envelope: UpsertEnvelope) => Promise<ApplyOutcome>;
  /**
   * Optional, for throughput: stores several records at once (distinct record ids), answering in the same order.
   * If it throws, the exchange applies the same envelopes one by one with `apply`.
   */
  applyMany?: (tx: Db, ctx: Ctx, envelopes: readonly UpsertEnvelope[]) => Promise<ApplyOutcome[]>;
  /** Deletes every copy of the record's content; the exchange keeps the tombstone. */
  purge: (tx: Db, ctx: Ctx, envelope: Envelope) => Promise<void>;
};

export type Handlers = Readonly<Record<string, KindHandler>>;
