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
  queued: z.number(),
  oldestQueuedAt: z.date().nullable(),
  /** This node's heads, and the peer's own signed statement of them as last fetched (null before the first check). */
  chains: z.object({ sent: head, acknowledgedSeq: z.number(), received: head, peer: z.object({ sent: head, received: head, at: z.string() }).nullable() }),
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
export const PeerVerification = z.object({
  party: z.string(),
  ok: z.boolean(),
  checkedAt: z.date(),
  sent: z.object({ ours: head, theirs: head }),
  received: z.object({ ours: head, theirs: head }),
  receiptsChecked: z.number(),
  problems: z.array(z.object({ code: z.enum(PROBLEM_CODES), detail: z.string() })),
});
export type PeerVerification = z.infer<typeof PeerVerification>;
