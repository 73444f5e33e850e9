// Taking back this node's own envelopes from a peer, for a node restored from an older backup (recovery.ts): the
// peer lists what it accepted from this node after a point, with its receipts, up to the head it signed. Nothing it
// says is believed on its word alone: every envelope with content must carry this node's own signature and follow
// the one before it; every receipt must be the peer's, for exactly that envelope. An envelope whose content the
// peer purged counts only if this node's own signed withdrawal of that record follows it (a withdrawal is the only
// thing that purges) — its hash is then vouched for by the next envelope's `prev`, which this node signed — and the
// list must end with content. The peer can still withhold content by calling it purged; it cannot add or reorder.
import { SignatureError, GENESIS, hashOf, kidOf, verifyJson, type PublicKeyEntry } from './crypto.js';
import { EnvelopeSchema, ReceiptSchema, type Envelope, type Receipt } from './envelope.js';
import { signedGet, type PullDeps } from './catch-up.js';
import { NODE_KEY_KIND } from './apply.js';
import { PeerUnreachable } from './peer-http.js';
import * as repo from './repo.js';
import { ReceivedList, type ReceivedItem } from './schemas.js';

/** One envelope taken back: its place in the chain, its content when the peer still holds it, and the peer's receipt. */
export type TakenBack = { seq: number; hash: string; kind: string; recordId: string; recordVersion: number; op: 'upsert' | 'withdraw'; envelope: Envelope | null; jws: string | null; receipt: Receipt; receiptJws: string };
export type Head = { seq: number; hash: string };
/** An envelope both nodes hold alike that this node had no receipt for (it was delivered after the backup). */
export type Matched = { seq: number; receipt: Receipt; receiptJws: string };

/** Why what a peer handed back cannot be used: recovery stops and nothing of it is kept. */
export class TakeBackRefused extends Error {}

/** Bounds on one take-back, which is held in memory while it is checked and applied in one transaction. */
export const MAX_TAKE_BACK_ITEMS = 100_000;
export const MAX_TAKE_BACK_CHARS = 256 * 1024 * 1024;

async function page(deps: PullDeps, party: string, after: number): Promise<ReceivedItem[]> {
  const limit = deps.config.exchange.batchSize;
  const parsed = ReceivedList.safeParse(await signedGet(deps, party, `/api/v1/exchange/received?after=${after}&limit=${limit}`));
  if (!parsed.success) throw new PeerUnreachable('the peer does not list what it received from this node (an older version?)');
  return parsed.data.items;
}

/**
 * Where the two timelines part, up to `target` (the head the peer signed as what it accepted from this node): the
 * last seq at which the peer holds the very envelope this node holds, the envelopes up to it this node lacks a
 * receipt for (`matched`), and everything the peer accepted after it (`items`). Envelopes this node holds receipts
 * for are alike on both sides (an envelope never changes once written), so the comparison starts after them.
 */
export async function fetchDivergence(deps: PullDeps, party: string, target: Head): Promise<{ ancestor: Head; matched: ReceivedItem[]; items: ReceivedItem[] }> {
  const acknowledged = await repo.acknowledgedSeq(deps.db, party);
  const own = await repo.outboxHashesFrom(deps.db, party, acknowledged);
  const ancestor = { seq: acknowledged, hash: acknowledged === 0 ? GENESIS : (own.get(acknowledged) ?? '') };
  const matched: ReceivedItem[] = [];
  const items: ReceivedItem[] = [];
  let chars = 0;
  for (let after = acknowledged; after < target.seq; ) {
    const got = await page(deps, party, after);
    if (got.length === 0) throw new TakeBackRefused(`the peer's list of what it accepted ends at ${after}, before ${target.seq}, the head it signed`);
    for (const item of got) {
      if (item.seq !== after + 1) throw new TakeBackRefused(`the peer's list skips from ${after} to ${item.seq}`);
      after = item.seq;
      if (after > target.seq) break; // accepted since it signed its heads: the next check takes it
      const isAlike = items.length === 0 && own.get(item.seq) === item.hash;
      (isAlike ? matched : items).push(item);
      if (isAlike) Object.assign(ancestor, { seq: item.seq, hash: item.hash });
      chars += (item.envelope?.length ?? 0) + item.receipt.length;
      if (matched.length + items.length > MAX_TAKE_BACK_ITEMS || chars > MAX_TAKE_BACK_CHARS) throw new TakeBackRefused(`more than ${MAX_TAKE_BACK_ITEMS} envelopes or ${MAX_TAKE_BACK_CHARS} characters to take back at once`);
    }
  }
  const last = items.at(-1) ?? matched.at(-1);
  if (target.seq > acknowledged && (last?.seq !== target.seq || last.hash !== target.hash)) throw new TakeBackRefused(`the peer's list does not end at the head it signed (${target.seq})`);
  if (ancestor.hash === '') throw new TakeBackRefused(`this node holds no envelope ${ancestor.seq} to ${party} to continue from`);
  return { ancestor, matched, items };
}

async function verified<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof SignatureError) throw new TakeBackRefused(`${what} does not verify: ${err.message}`);
    throw err;
  }
}

/** The peer's signed receipt for exactly the envelope `item` names. */
export async function checkReceipt(deps: PullDeps, party: string, peerKeys: readonly PublicKeyEntry[], item: { seq: number; hash: string; receipt: string }): Promise<Receipt> {
  const receipt = ReceiptSchema.parse((await verified(`the peer's receipt for envelope ${item.seq}`, () => verifyJson(item.receipt, 'cp-receipt+jws', peerKeys))).payload);
  if (receipt.seq !== item.seq || receipt.hash !== item.hash || receipt.from !== party || receipt.to !== deps.config.party) throw new TakeBackRefused(`the peer's receipt for envelope ${item.seq} is for another envelope`);
  return receipt;
}

/** This node's envelope, as the peer handed it back: signed by this node, next in the chain after `prev`. */
async function ownEnvelope(deps: PullDeps, party: string, keys: PublicKeyEntry[], item: ReceivedItem & { envelope: string }, prev: Head, receipt: Receipt): Promise<Envelope> {
  const envelope = EnvelopeSchema.parse((await verified(`envelope ${item.seq}`, () => verifyJson(item.envelope, 'cp-envelope+jws', keys))).payload);
  if (envelope.from !== deps.config.party || envelope.to !== party || envelope.seq !== item.seq || envelope.prev !== prev.hash || hashOf(envelope) !== item.hash || envelope.id !== receipt.envelopeId) {
    throw new TakeBackRefused(`envelope ${item.seq} is not this node's next envelope to ${party}`);
  }
  // A key this node announced after the backup signs what follows it (it may have rotated since).
  if (envelope.kind === NODE_KEY_KIND && envelope.body.op === 'upsert' && typeof envelope.body.data.publicKey === 'string') keys.push({ kid: kidOf(envelope.body.data.publicKey), publicKey: envelope.body.data.publicKey });
  return envelope;
}

/**
 * Checks the items the peer handed back, in chain order from `ancestor` (see the header). A purged item's kind and
 * record are the peer's word: it is kept only as a delivered place in the chain, never restored from.
 */
export async function verifyTakenBack(deps: PullDeps, party: string, ancestor: Head, items: readonly ReceivedItem[]): Promise<TakenBack[]> {
  const keys: PublicKeyEntry[] = await repo.ownPublicKeys(deps.db);
  const peerKeys = await repo.keysOf(deps.db, party);
  const out: TakenBack[] = [];
  let prev = ancestor;
  for (const item of items) {
    if (item.seq !== prev.seq + 1) throw new TakeBackRefused(`the peer's list skips from ${prev.seq} to ${item.seq}`);
    const receipt = await checkReceipt(deps, party, peerKeys, item);
    const jws = item.envelope;
    const envelope = jws === null ? null : await ownEnvelope(deps, party, keys, { ...item, envelope: jws }, prev, receipt);
    const base = envelope ?? item;
    out.push({ seq: item.seq, hash: item.hash, kind: base.kind, recordId: base.recordId, recordVersion: base.recordVersion, op: envelope?.body.op ?? item.op, envelope, jws, receipt, receiptJws: item.receipt });
    prev = { seq: item.seq, hash: item.hash };
  }
  checkPurged(out);
  return out;
}

/** Every purged item must be followed by this node's own signed withdrawal of that record, of a version at least its. */
function checkPurged(taken: readonly TakenBack[]): void {
  const withdrawals = new Map<string, number>();
  for (const t of [...taken].reverse()) {
    if (t.envelope?.body.op === 'withdraw') withdrawals.set(t.recordId, Math.max(withdrawals.get(t.recordId) ?? 0, t.recordVersion));
    if (t.envelope) continue;
    const version = withdrawals.get(t.recordId);
    if (version === undefined || t.recordVersion > version) throw new TakeBackRefused(`envelope ${t.seq} comes without content, and no withdrawal of its record by this node follows it`);
  }
}
