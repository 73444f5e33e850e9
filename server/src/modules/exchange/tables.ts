import { sql } from 'drizzle-orm';
import type { RecoveryRefusal, StoredRecovery } from './schemas.js';
import { bigint, boolean, char, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** This node's signing keys. The private half is sealed with the node secret; retired keys stay to verify old envelopes. */
export const nodeKeys = pgTable(
  'exchange_node_keys',
  {
    kid: text('kid').primaryKey(),
    publicKey: text('public_key').notNull(),
    // Null for a key this node announced after the backup it was restored from: its public half came back with the
    // envelopes the peer held (recovery.ts), its private half is lost; it stays, retired, to verify what it signed.
    privateKeySealed: text('private_key_sealed'),
    createdAt: ts('created_at').notNull(),
    retiredAt: ts('retired_at'),
  },
  (t) => [uniqueIndex('exchange_node_keys_one_current_idx').on(sql`(${t.retiredAt} is null)`).where(sql`${t.retiredAt} is null`)],
);

/** A counterpart node this one exchanges with; one per party. The lease lets one process at a time deliver to it. */
export const peers = pgTable(
  'exchange_peers',
  {
    partyCode: char('party_code', { length: 2 }).primaryKey(),
    baseUrl: text('base_url').notNull(),
    isEnabled: boolean('is_enabled').notNull().default(true),
    lastContactAt: ts('last_contact_at'),
    lastDeliveredAt: ts('last_delivered_at'),
    failures: integer('failures').notNull().default(0),
    lastError: text('last_error'),
    lastErrorAt: ts('last_error_at'),
    nextAttemptAt: ts('next_attempt_at'),
    leaseOwner: text('lease_owner'),
    leaseUntil: ts('lease_until'),
    lastSyncAt: ts('last_sync_at'),
    // The peer's own signed statement of both chains, as last fetched: "both sides' heads" on the Peers page.
    remoteHeads: jsonb('remote_heads').$type<{ sent: { seq: number; hash: string }; received: { seq: number; hash: string }; at: string }>(),
    // What the last recovery from this peer took back (recovery.ts), for the operator: null if there never was one.
    lastRecovery: jsonb('last_recovery').$type<StoredRecovery>(),
    // Why the last recovery from this peer was refused, and at which of the peer's heads: not tried again until the
    // peer's heads move (or an operator runs it by hand).
    recoveryRefusal: jsonb('recovery_refusal').$type<RecoveryRefusal>(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [check('exchange_peers_url', sql`${t.baseUrl} ~ '^https?://'`)],
);

/** Public keys a peer signs with. A rotation announced by the peer (signed with its old key) adds a row here. */
export const peerKeys = pgTable(
  'exchange_peer_keys',
  {
    kid: text('kid').primaryKey(),
    partyCode: char('party_code', { length: 2 })
      .notNull()
      .references(() => peers.partyCode, { onDelete: 'cascade' }),
    publicKey: text('public_key').notNull(),
    source: text('source').notNull(),
    addedAt: ts('added_at').notNull(),
  },
  (t) => [index('exchange_peer_keys_party_idx').on(t.partyCode), check('exchange_peer_keys_source', sql`${t.source} in ('admin','rotation')`)],
);

/** The head of each hash chain: `out` = envelopes this node wrote to a party, `in` = what it accepted from one. */
export const chainHeads = pgTable(
  'exchange_chain_heads',
  {
    direction: text('direction').notNull(),
    partyCode: char('party_code', { length: 2 }).notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.direction, t.partyCode] }), check('exchange_chain_heads_direction', sql`${t.direction} in ('in','out')`)],
);

/** What both stores know of an envelope without opening it: its place in the chain and the record it carries. */
const envelopeColumns = () => ({
  id: uuid('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  kind: text('kind').notNull(),
  recordId: uuid('record_id').notNull(),
  recordVersion: integer('record_version').notNull(),
  op: text('op').notNull(),
});

/** Signed envelopes for other parties, written in the same transaction as the change that caused them. */
export const outbox = pgTable(
  'exchange_outbox',
  {
    ...envelopeColumns(),
    toParty: char('to_party', { length: 2 }).notNull(),
    // Null only for an envelope taken back from the peer whose content the peer purged (its record was withdrawn):
    // its hash and the peer's receipt remain as proof (recovery.ts).
    jws: text('jws'),
    createdAt: ts('created_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    deliveredAt: ts('delivered_at'),
    receiptJws: text('receipt_jws'),
    receiptStatus: text('receipt_status'),
  },
  (t) => [
    uniqueIndex('exchange_outbox_pair_seq_idx').on(t.toParty, t.seq),
    index('exchange_outbox_pending_idx').on(t.toParty, t.seq).where(sql`${t.deliveredAt} is null`),
    index('exchange_outbox_record_idx').on(t.recordId),
  ],
);

/** Envelopes accepted from other parties, raw, as evidence. A withdrawal blanks `jws` of the record's earlier ones. */
export const inbox = pgTable(
  'exchange_inbox',
  {
    ...envelopeColumns(),
    fromParty: char('from_party', { length: 2 }).notNull(),
    jws: text('jws'),
    status: text('status').notNull(),
    detail: text('detail'),
    receivedAt: ts('received_at').notNull(),
    receiptJws: text('receipt_jws').notNull(),
    purgedAt: ts('purged_at'),
  },
  (t) => [
    uniqueIndex('exchange_inbox_pair_seq_idx').on(t.fromParty, t.seq),
    index('exchange_inbox_record_idx').on(t.recordId),
    check('exchange_inbox_status', sql`${t.status} in ('applied','superseded','purged','rejected')`),
  ],
);

/** What is left of a record its originator withdrew (or stopped releasing to this party): who, when and why. */
export const tombstones = pgTable('exchange_tombstones', {
  recordId: uuid('record_id').primaryKey(),
  kind: text('kind').notNull(),
  originParty: char('origin_party', { length: 2 }).notNull(),
  recordVersion: integer('record_version').notNull(),
  reason: text('reason').notNull(),
  note: text('note'),
  withdrawnBy: text('withdrawn_by').notNull(),
  withdrawnAt: ts('withdrawn_at').notNull(),
  envelopeId: uuid('envelope_id').notNull(),
});

/** The first refusal of a window, as the caller gave it (its text bounded): what the audit rows of the window quote. */
export type RefusalSample = { detail: string; claimedFrom: string | null; address: string | null; requestId: string | null };

/**
 * Refused node-to-node requests, counted per source address, subject, reason and window while the window is open
 * (refusals.ts): the audit log, append-only, gets one row when a window opens and one with its count when it closes.
 */
export const refusals = pgTable(
  'exchange_refusals',
  {
    id: uuid('id').primaryKey(),
    source: text('source').notNull(),
    subject: text('subject').notNull(),
    reason: text('reason').notNull(),
    windowStart: ts('window_start').notNull(),
    count: integer('count').notNull(),
    sample: jsonb('sample').$type<RefusalSample>().notNull(),
    firstAt: ts('first_at').notNull(),
    lastAt: ts('last_at').notNull(),
  },
  (t) => [uniqueIndex('exchange_refusals_key_idx').on(t.source, t.subject, t.reason, t.windowStart), index('exchange_refusals_window_idx').on(t.windowStart), check('exchange_refusals_count', sql`${t.count} >= 1`)],
);

/** Nonces of accepted signed node-to-node requests, kept until the request's time is past the clock allowance. */
export const requestNonces = pgTable(
  'exchange_request_nonces',
  {
    partyCode: char('party_code', { length: 2 }).notNull(),
    nonce: text('nonce').notNull(),
    seenAt: ts('seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partyCode, t.nonce] }), index('exchange_request_nonces_expires_idx').on(t.expiresAt)],
);
