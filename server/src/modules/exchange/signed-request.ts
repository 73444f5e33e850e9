// Node-to-node GETs (catch-up, chain heads) carry `Authorization: Counterpart <JWS>`: the caller's party, the method
// and path, a time within five minutes and a random nonce, signed with the caller's node key. No session, no
// password. A nonce is accepted once: the receiver keeps those it saw (in the database, so every process of the node
// knows them) until the request's time is past the clock allowance, when the time check alone refuses a replay.
import { randomBytes } from 'node:crypto';
import { lt } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { peekPayload, SignatureError, signJson, verifyJson, type Signer } from './crypto.js';
import { ENVELOPE_VERSION, isPartyCode, RequestClaimSchema, type RequestClaim } from './envelope.js';
import { ExchangeRejected } from './errors.js';
import type { ExchangeDeps } from './inbox.js';
import * as repo from './repo.js';
import { requestNonces } from './tables.js';

const MAX_SKEW_MS = 5 * 60_000;
/** Nonces are kept this long past the request's own time: the allowance, and a margin for a clock stepping back. */
const NONCE_KEEP_MS = MAX_SKEW_MS + 60_000;
const SCHEME = /^Counterpart\s+(\S+)$/i; // auth scheme names are case-insensitive (RFC 9110 §11.1)

export async function signRequest(signer: Signer, claim: Omit<RequestClaim, 'v' | 'type' | 'nonce'>): Promise<string> {
  return `Counterpart ${await signJson(signer, 'cp-request+jws', { v: ENVELOPE_VERSION, type: 'request', nonce: randomBytes(12).toString('base64url'), ...claim })}`;
}

/** Returns the calling peer's party, or throws an ExchangeRejected naming what was wrong. */
export async function verifyRequest(deps: Pick<ExchangeDeps, 'db' | 'clock' | 'config'>, authorization: string | undefined, req: { method: string; path: string }): Promise<string> {
  const jws = authorization?.match(SCHEME)?.[1];
  if (!jws) throw new ExchangeRejected('bad-signature', 'node requests must carry Authorization: Counterpart <signed request>', null);
  let from: string | null = null;
  try {
    const claimed = peekPayload(jws) as { from?: unknown } | null;
    from = typeof claimed?.from === 'string' ? claimed.from : null;
  } catch {
    throw new ExchangeRejected('bad-signature', 'the request signature is not a compact JWS', null);
  }
  // Only a party code is looked up: what a stranger claims (any length, any characters) never reaches a query.
  const peer = from && isPartyCode(from) ? await repo.getPeer(deps.db, from) : undefined;
  if (!from || !peer) throw new ExchangeRejected('unknown-sender', `no peer is configured for party ${from ?? '?'}`, from);
  if (!peer.isEnabled) throw new ExchangeRejected('peer-disabled', `the peer for party ${from} is disabled here`, from);
  let payload: unknown;
  try {
    ({ payload } = await verifyJson(jws, 'cp-request+jws', await repo.keysOf(deps.db, from)));
  } catch (err) {
    if (err instanceof SignatureError) throw new ExchangeRejected('bad-signature', err.message, from);
    throw err;
  }
  const claim = RequestClaimSchema.safeParse(payload);
  if (!claim.success) throw new ExchangeRejected('bad-signature', 'the signed request is not in the expected form', from);
  const c = claim.data;
  if (c.to !== deps.config.party) throw new ExchangeRejected('wrong-recipient', `the request is for party ${c.to}`, from);
  if (c.method !== req.method || c.path !== req.path) throw new ExchangeRejected('bad-signature', 'the signature is for another request', from);
  if (Math.abs(deps.clock.now().getTime() - new Date(c.at).getTime()) > MAX_SKEW_MS) throw new ExchangeRejected('stale-request', 'the signed request is more than five minutes from this node\'s clock', from);
  if (!(await useNonce(deps.db, from, c, deps.clock.now()))) throw new ExchangeRejected('replayed-request', 'this signed request was already used: each is accepted once', from);
  return from;
}

/** Records the request's nonce; false when it was seen before. Forgets nonces whose requests are stale by now. */
async function useNonce(db: Db, party: string, claim: RequestClaim, now: Date): Promise<boolean> {
  await db.delete(requestNonces).where(lt(requestNonces.expiresAt, now));
  const expiresAt = new Date(new Date(claim.at).getTime() + NONCE_KEEP_MS);
  const fresh = await db.insert(requestNonces).values({ partyCode: party, nonce: claim.nonce, seenAt: now, expiresAt }).onConflictDoNothing().returning({ nonce: requestNonces.nonce });
  return fresh.length > 0;
}
