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
  /**
   * This node's own record, as it last sent it, taken back from a peer after the node was restored from an older
   * backup (recovery.ts): the envelope is this party's own (`from` is this node's party), its signature checked with
   * this node's keys. For an upsert, bring the record to the envelope's version and content when the local version is
   * lower or equal (equal: the two timelines of one version differ, and the version the peer holds wins), creating it
   * if the backup lacks it; for a withdrawal, mark the record withdrawn (`withdrawn`) or no longer releasable to the
   * envelope's recipient (`narrowed`). Answer `kept` when the local version is higher (nothing done). Must not share
   * or publish anything (the exchange puts the chain in order itself), and must not fail on missing optional fields.
   */
  restore?: (tx: Db, ctx: Ctx, envelope: Envelope) => Promise<RestoreOutcome>;
};

/** What restoring one own record did; `reference`: how an operator finds it (a contact's name, a notification's reference). */
export type RestoreOutcome = { status: 'restored' | 'kept' | 'skipped'; detail?: string; reference?: string };

export type Handlers = Readonly<Record<string, KindHandler>>;
