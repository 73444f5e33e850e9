// Envelope format v1 (DESIGN §5) and the signed documents around it: receipts, request signatures, chain heads.
import { z } from 'zod';

export const ENVELOPE_VERSION = 1;
/** The largest signed envelope a node sends or accepts (a 4 MiB document is about 7.1 million characters signed). */
export const MAX_ENVELOPE_CHARS = 8_000_000;
const PARTY_CODE = /^[A-Z]{2}$/;
const party = z.string().regex(PARTY_CODE);
/** Whether what a caller claims is a party code at all: only then is it looked up (any other text is a stranger's). */
export const isPartyCode = (text: string): boolean => PARTY_CODE.test(text);
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const instant = z.iso.datetime({ offset: true });

/**
 * `upsert` carries the record as its originator now releases it; `withdraw` tells the receiver to purge it, because
 * the originator withdrew the record (`withdrawn`) or no longer releases it to this party (`narrowed`).
 */
export const WITHDRAWAL_REASONS = ['withdrawn', 'narrowed'] as const;
export const EnvelopeBodySchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('upsert'), data: z.record(z.string(), z.unknown()) }),
  z.object({ op: z.literal('withdraw'), reason: z.enum(WITHDRAWAL_REASONS), note: z.string().max(2000).optional(), withdrawnBy: z.string().min(1).max(200) }),
]);
export type EnvelopeBody = z.infer<typeof EnvelopeBodySchema>;

export const EnvelopeSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  id: z.uuid(),
  from: party,
  to: party,
  seq: z.number().int().positive(),
  prev: hash,
  kind: z.string().regex(/^[a-z][a-z0-9.-]{0,63}$/),
  recordId: z.uuid(),
  recordVersion: z.number().int().positive(),
  sentAt: instant,
  body: EnvelopeBodySchema,
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

/**
 * What the receiver did with an envelope. `applied`: stored; `duplicate`: already had it; `superseded`: it held a
 * newer version; `purged`: a withdrawal, content deleted; `rejected`: a valid envelope whose body it could not use.
 */
export const RECEIPT_STATUSES = ['applied', 'duplicate', 'superseded', 'purged', 'rejected'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

export const ReceiptSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  type: z.literal('receipt'),
  envelopeId: z.uuid(),
  from: party,
  to: party,
  seq: z.number().int().positive(),
  hash,
  status: z.enum(RECEIPT_STATUSES),
  receivedAt: instant,
});
export type Receipt = z.infer<typeof ReceiptSchema>;

/** Signs a GET between nodes (catch-up, chain heads): method and path bound, fresh within a few minutes, used once. */
export const RequestClaimSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  type: z.literal('request'),
  from: party,
  to: party,
  method: z.string(),
  path: z.string(),
  at: instant,
  // At least 96 random bits in base64url (the sender makes 12 bytes): the receiver stores it, so no other characters.
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
});
export type RequestClaim = z.infer<typeof RequestClaimSchema>;

const head = z.object({ seq: z.number().int().nonnegative(), hash });
/** A node's signed statement of both chains it shares with one peer: what it sent it and what it accepted from it. */
export const HeadsSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  type: z.literal('heads'),
  from: party,
  to: party,
  at: instant,
  sent: head,
  /** The highest of `sent` whose receipt it holds: above the receiver's own head means the receiver lost data. */
  acknowledged: z.number().int().nonnegative(),
  received: head,
});
export type Heads = z.infer<typeof HeadsSchema>;
