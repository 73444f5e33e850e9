// Wire shapes of the exchange: node-to-node messages and the admin's view of peers, deliveries and proof.
import { z } from 'zod';
import { zPartyCode } from '../../platform/validation.js';
import { MAX_ENVELOPE_CHARS, RECEIPT_STATUSES } from './envelope.js';

const head = z.object({ seq: z.number(), hash: z.string() });

export const InboxRequest = z.strictObject({ envelopes: z.array(z.string().max(MAX_ENVELOPE_CHARS)).min(1).max(1000) });
export const InboxResponse = z.object({ receipts: z.array(z.string()), gap: z.object({ expectedSeq: z.number() }).nullable() });
export const OutboxQuery = z.strictObject({ after: z.coerce.number().int().min(0), limit: z.coerce.number().int().min(1).max(1000).default(200) });
export const EnvelopeList = z.object({ envelopes: z.array(z.string()), more: z.boolean().optional().describe('true when the page was cut short by size and more envelopes follow') });
export const HeadsResponse = z.object({ heads: z.string() });
/**
 * What this node accepted from the calling peer after a sequence number, for a peer restored from an older backup
 * to take back its own records (recovery.ts): each envelope as it arrived (null when its record was since withdrawn
 * and its content purged) with this node's signed receipt. The unsigned fields only say where each belongs.
 */
export const ReceivedItem = z.object({
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.string().regex(/^[a-z][a-z0-9.-]{0,63}$/),
  recordId: z.uuid(),
  recordVersion: z.number().int().positive(),
  op: z.enum(['upsert', 'withdraw']),
  envelope: z.string().max(MAX_ENVELOPE_CHARS).nullable(),
  receipt: z.string().max(10_000),
});
export type ReceivedItem = z.infer<typeof ReceivedItem>;
export const ReceivedList = z.object({ items: z.array(ReceivedItem).max(1000), more: z.boolean() });

export const NodeKey = z.object({ kid: z.string(), publicKey: z.string(), fingerprint: z.string(), createdAt: z.date(), retiredAt: z.date().nullable() });
export const NodeIdentity = z.object({ party: z.string(), current: NodeKey, keys: z.array(NodeKey) });

const baseUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
  .max(500)
  .transform((u) => u.replace(/\/+$/, ''));
const publicKey = z.string().trim().max(200);

export const AddPeer = z.strictObject({ partyCode: zPartyCode, baseUrl, publicKey });
export type AddPeer = z.infer<typeof AddPeer>;
export const UpdatePeer = z
  .strictObject({ baseUrl, isEnabled: z.boolean() })
  .partial()
  .refine((v) => v.baseUrl !== undefined || v.isEnabled !== undefined, 'give baseUrl or isEnabled');
export type UpdatePeer = z.infer<typeof UpdatePeer>;
export const AddPeerKey = z.strictObject({ publicKey });

const RECOVERY_STATUSES = ['restored', 'kept', 'skipped'] as const;
/** Why a record was not restored, for the operator in either language (the English detail goes to the log). */
export const RECOVERY_REASONS = ['key-lost', 'content-gone', 'unsupported-kind', 'failed', 'not-restored'] as const;
const RecoveredRecord = z.object({
  kind: z.string(),
  recordId: z.string(),
  recordVersion: z.number(),
  status: z.enum(RECOVERY_STATUSES),
  reason: z.enum(RECOVERY_REASONS).optional(),
  reference: z.string().optional(),
  detail: z.string().optional(),
});
export type RecoveredRecord = z.infer<typeof RecoveredRecord>;
/**
 * A recovery from a peer after this node was restored from an older backup: the envelopes taken back after `fromSeq`,
 * the own records restored from them (at most the first 200 listed; the counts are whole), and what became of the
 * envelopes this node had written since the restore (re-sent after them, or dropped for the peer's newer version).
 */
export const RecoveryReport = z.object({
  at: z.string(),
  fromSeq: z.number(),
  toSeq: z.number(),
  takenBack: z.number().describe('own envelopes the peer had accepted that this node lacked'),
  withoutContent: z.number().describe('of those, how many the peer holds only as hash and receipt (their records were withdrawn)'),
  counts: z.object({ restored: z.number(), kept: z.number(), skipped: z.number() }),
  records: z.array(RecoveredRecord),
  resent: z.number().describe('envelopes written here since the restore, signed again after the taken-back ones'),
  dropped: z.array(z.object({ kind: z.string(), recordId: z.string(), recordVersion: z.number(), reference: z.string().optional() })).describe('envelopes written here since the restore for records of which the peer held a version at least as new (restored instead)'),
});
export type RecoveryReport = z.infer<typeof RecoveryReport>;
export type RecoveredKey = Pick<RecoveredRecord, 'kind' | 'recordId' | 'recordVersion'>;
/** The same as kept on the peer row: also every record to try again after the next pull (the report lists 200). */
export type StoredRecovery = RecoveryReport & { retry?: RecoveredKey[] };
/** A recovery refused (what the peer handed back did not verify, or it cannot hand anything back), at the peer's heads then. */
export const RecoveryRefusal = z.object({ at: z.string(), reason: z.string(), head: z.object({ seq: z.number(), hash: z.string() }) });
export type RecoveryRefusal = z.infer<typeof RecoveryRefusal>;

export const Peer = z.object({
  partyCode: z.string(),
  baseUrl: z.string(),
  isEnabled: z.boolean(),
  keys: z.array(z.object({ kid: z.string(), publicKey: z.string(), fingerprint: z.string(), source: z.enum(['admin', 'rotation']), addedAt: z.date() })),
  lastContactAt: z.date().nullable(),
  lastDeliveredAt: z.date().nullable(),
  lastSyncAt: z.date().nullable(),
  failures: z.number(),
  lastError: z.string().nullable(),
  lastErrorAt: z.date().nullable(),
  nextAttemptAt: z.date().nullable(),
  queued: z.number().describe('envelopes for the peer without its receipt yet: how far the peer is behind'),
  oldestQueuedAt: z.date().nullable(),
  inStep: z.boolean().describe('nothing is queued for the peer, and this node holds everything the peer last said it sent'),
  /** This node's heads, and the peer's own signed statement of them as last fetched (null before the first check). */
  chains: z.object({ sent: head, acknowledgedSeq: z.number(), received: head, peer: z.object({ sent: head, received: head, at: z.string() }).nullable() }),
  lastRecovery: RecoveryReport.nullable().describe('the last time this node, restored from an older backup, took back its own records from the peer; null if it never had to'),
  recoveryRefusal: RecoveryRefusal.nullable().describe('why the last attempt to take back own records from the peer was refused (English, for the operator); tried again when the peer\'s heads move'),
});
export type Peer = z.infer<typeof Peer>;

export const DELIVERY_STATES = ['queued', 'delivered', 'failed'] as const;
export const Delivery = z.object({
  party: z.string(),
  recordVersion: z.number(),
  op: z.enum(['upsert', 'withdraw']),
  state: z.enum(DELIVERY_STATES),
  queuedAt: z.date(),
  deliveredAt: z.date().nullable(),
  receiptStatus: z.enum(RECEIPT_STATUSES).nullable(),
  attempts: z.number(),
  lastError: z.string().nullable(),
});
export type Delivery = z.infer<typeof Delivery>;

export const Reception = z.object({ fromParty: z.string(), seq: z.number(), recordVersion: z.number(), receivedAt: z.date(), status: z.enum(['applied', 'superseded', 'purged', 'rejected']) });
export type Reception = z.infer<typeof Reception>;
/** Where a record stands in the exchange: sent to whom and with what receipt, or received from whom. */
export const Withdrawn = z.object({ reason: z.enum(['withdrawn', 'narrowed']), note: z.string().nullable(), withdrawnBy: z.string(), withdrawnAt: z.date(), originParty: z.string() });
export const ExchangeState = z.object({ deliveries: z.array(Delivery), received: Reception.nullable(), withdrawn: Withdrawn.nullable() });
export type ExchangeState = z.infer<typeof ExchangeState>;

export const PROBLEM_CODES = ['peer-ahead', 'behind', 'diverged', 'bad-receipt', 'unreachable'] as const;
/** The findings that mean the two nodes disagree (one of them lost or altered data), not merely that one lags. */
export const DIVERGENCE_CODES: readonly (typeof PROBLEM_CODES)[number][] = ['peer-ahead', 'diverged', 'bad-receipt'];
export const PeerVerification = z.object({
  party: z.string(),
  ok: z.boolean().describe('no divergence was found (the peer lagging behind is not one); false too when the peer could not be reached'),
  inStep: z.boolean().describe('both chains are whole and equal on both nodes: the peer answered, nothing differs, and nothing is outstanding either way'),
  diverged: z.boolean().describe('the chains or receipts disagree (peer-ahead, diverged or bad-receipt): one of the nodes lost or altered data'),
  behindBy: z.number().describe('envelopes for the peer it has not yet accepted: queued here without a receipt, or past what the peer says it accepted'),
  oldestQueuedAt: z.date().nullable().describe('when the oldest of those was queued; null when there are none'),
  toReceive: z.number().describe('envelopes the peer says it sent that this node has not yet accepted (0 when the peer did not answer)'),
  checkedAt: z.date(),
  sent: z.object({ ours: head, theirs: head }),
  received: z.object({ ours: head, theirs: head }),
  receiptsChecked: z.number(),
  problems: z.array(z.object({ code: z.enum(PROBLEM_CODES), detail: z.string() })),
});
export type PeerVerification = z.infer<typeof PeerVerification>;

export const SYNC_STATES = ['done', 'running', 'elsewhere', 'disabled'] as const;
export const SyncOutcome = z.object({
  state: z
    .enum(SYNC_STATES)
    .describe(
      'done: a delivery pass to the peer ran to its end (see the peer for its outcome); running: it goes on in the background; elsewhere: another process of this node holds the peer\'s delivery lease and is delivering; disabled: the exchange with the peer is switched off, nothing was sent',
    ),
  peer: Peer,
});
export type SyncOutcome = z.infer<typeof SyncOutcome>;
