// Catch-up: a node that lacks envelopes (restored from backup, a gap in the chain, a long outage) pulls them from
// the sender's outbox with a signed request, and applies them exactly as if they had been pushed.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { GENESIS, SignatureError, signJson, verifyJson } from './crypto.js';
import { ENVELOPE_VERSION, HeadsSchema, type Heads } from './envelope.js';
import { receiveEnvelopes, type ExchangeDeps } from './inbox.js';
import { currentSigner } from './keys.js';
import { PeerUnreachable, type PeerHttp } from './peer-http.js';
import * as repo from './repo.js';
import { signRequest } from './signed-request.js';
import { chainHeads } from './tables.js';

export type PullDeps = ExchangeDeps & { http: PeerHttp };

export async function headOf(db: Db, direction: 'in' | 'out', party: string): Promise<{ seq: number; hash: string }> {
  const [row] = await db.select({ seq: chainHeads.seq, hash: chainHeads.hash }).from(chainHeads).where(and(eq(chainHeads.direction, direction), eq(chainHeads.partyCode, party)));
  return row ?? { seq: 0, hash: GENESIS };
}

/** This node's signed statement of its two chains with `party`. */
export async function signedHeads(deps: Pick<ExchangeDeps, 'db' | 'box' | 'clock' | 'config'>, party: string): Promise<string> {
  const heads: Heads = { v: ENVELOPE_VERSION, type: 'heads', from: deps.config.party, to: party, at: deps.clock.now().toISOString(), sent: await headOf(deps.db, 'out', party), acknowledged: await repo.acknowledgedSeq(deps.db, party), received: await headOf(deps.db, 'in', party) };
  return signJson(await currentSigner(deps.db, deps.box), 'cp-heads+jws', heads);
}

export async function signedGet(deps: PullDeps, party: string, path: string): Promise<unknown> {
  const peer = await repo.getPeer(deps.db, party);
  if (!peer) throw new PeerUnreachable(`no peer for party ${party}`);
  const url = new URL(path, peer.baseUrl);
  const authorization = await signRequest(await currentSigner(deps.db, deps.box), { from: deps.config.party, to: party, method: 'GET', path: url.pathname + url.search, at: deps.clock.now().toISOString() });
  const res = await deps.http.send('GET', url.href, { headers: { authorization } });
  if (res.status !== 200) throw new PeerUnreachable(`the peer answered ${res.status} to ${url.pathname}`);
  return res.body;
}

/** The peer's own signed view of both chains, verified against its keys. */
export async function fetchPeerHeads(deps: PullDeps, party: string): Promise<{ heads: Heads; jws: string }> {
  const body = (await signedGet(deps, party, '/api/v1/exchange/heads')) as { heads?: unknown };
  if (typeof body.heads !== 'string') throw new PeerUnreachable('the peer sent no signed heads');
  try {
    const { payload } = await verifyJson(body.heads, 'cp-heads+jws', await repo.keysOf(deps.db, party));
    const heads = HeadsSchema.parse(payload);
    if (heads.from !== party || heads.to !== deps.config.party) throw new PeerUnreachable('the peer\'s heads name other parties');
    return { heads, jws: body.heads };
  } catch (err) {
    if (err instanceof SignatureError) throw new PeerUnreachable(`the peer's heads do not verify: ${err.message}`);
    throw err;
  }
}

/** Pulls and applies everything after this node's head of `party`'s chain; returns how many envelopes it took in. */
export async function pullFrom(deps: PullDeps, party: string): Promise<number> {
  let taken = 0;
  const limit = deps.config.exchange.batchSize;
  for (;;) {
    const head = await headOf(deps.db, 'in', party);
    const body = (await signedGet(deps, party, `/api/v1/exchange/outbox?after=${head.seq}&limit=${limit}`)) as { envelopes?: unknown; more?: unknown };
    const envelopes = Array.isArray(body.envelopes) ? body.envelopes.filter((e): e is string => typeof e === 'string') : [];
    if (envelopes.length === 0) return taken;
    const got = await receiveEnvelopes(deps, envelopes, { via: 'pull', requestId: null });
    taken += envelopes.length;
    if (got.gap || (envelopes.length < limit && body.more !== true)) return taken;
  }
}

/**
 * Asks the peer how far its chain to us runs (`beforePull`: what to do with its heads known, before pulling). Envelopes it has not delivered yet it will push (answering this
 * request told it we are up); envelopes it holds receipts for but this node lacks (restored from a backup) are pulled.
 */
export async function syncWith(deps: PullDeps, party: string, beforePull?: () => Promise<unknown>): Promise<number> {
  const { heads } = await fetchPeerHeads(deps, party);
  await repo.updatePeer(deps.db, party, { lastSyncAt: deps.clock.now(), lastContactAt: deps.clock.now(), remoteHeads: { sent: heads.sent, received: heads.received, at: heads.at } });
  // With the peer's heads stored: a node restored from a backup takes its own records back first (recovery.ts),
  // so that the peer's answers to them, pulled next, find them here.
  await beforePull?.();
  const mine = await headOf(deps.db, 'in', party);
  return heads.acknowledged > mine.seq ? pullFrom(deps, party) : 0;
}
