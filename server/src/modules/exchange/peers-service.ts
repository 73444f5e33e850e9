// Use cases for peers and this node's keys: who this node exchanges with, at which address, trusting which keys.
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/index.js';
import { hasRole, type Ctx } from '../../platform/context.js';
import { queryRows, type Db } from '../../platform/db.js';
import { Conflict, Forbidden, NotFound, Unprocessable } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { isUniqueViolation } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { NODE_KEY_KIND } from './apply.js';
import { headOf } from './catch-up.js';
import { fingerprintOf, generateKeyPair, kidOf, parsePublicKey, peekPayload, signJson } from './crypto.js';
import { currentSigner, insertNodeKey, listNodeKeys, type NodeKey } from './keys.js';
import { shownRecovery } from './recovery.js';
import * as repo from './repo.js';
import { share } from './share.js';
import { nodeKeys, outbox, peerKeys, peers } from './tables.js';
import type { ExchangeRuntime } from './runtime.js';
import type { AddPeer, Peer, SyncOutcome, UpdatePeer } from './schemas.js';
import { eq, isNull } from 'drizzle-orm';

/** Peers decide where this party's records go: only an administrator in person (never an API token) changes them. */
function requirePeerAdmin(ctx: Ctx): void {
  if (ctx.actor.kind === 'token' || !hasRole(ctx.actor, 'admin')) throw new Forbidden('only an administrator, signed in in person, manages peers and node keys');
}

function requirePeerReader(ctx: Ctx): void {
  if (!hasRole(ctx.actor, 'admin', 'auditor')) throw new Forbidden('only administrators and auditors see the exchange with peers');
}

function validKey(publicKey: string, path: string): string {
  if (!parsePublicKey(publicKey)) throw new Unprocessable('not an Ed25519 public key in the form ed25519:<base64url>', [{ path, message: 'expected ed25519: followed by 43 base64url characters', code: 'public-key-format' }]);
  return publicKey.trim();
}


export async function listPeers(ctx: Ctx): Promise<Peer[]> {
  requirePeerReader(ctx);
  const stats = await repo.queueStats(ctx.db);
  const rows = await repo.listPeers(ctx.db);
  return Promise.all(rows.map((p) => presentPeer(ctx, p, stats.get(p.partyCode))));
}

export async function getPeer(ctx: Ctx, party: string): Promise<Peer> {
  requirePeerReader(ctx);
  const row = await repo.getPeer(ctx.db, party);
  if (!row) throw new NotFound(`no peer for party ${party}`);
  return presentPeer(ctx, row, (await repo.queueStats(ctx.db)).get(party));
}

async function presentPeer(ctx: Ctx, p: repo.PeerRow, queue: { queued: number; oldestAt: Date | null } | undefined): Promise<Peer> {
  const keys = await repo.keysOf(ctx.db, p.partyCode);
  const received = await headOf(ctx.db, 'in', p.partyCode);
  const queued = queue?.queued ?? 0;
  return {
    partyCode: p.partyCode,
    baseUrl: p.baseUrl,
    isEnabled: p.isEnabled,
    keys: keys.map((k) => ({ ...k, fingerprint: fingerprintOf(k.publicKey), source: k.source as 'admin' | 'rotation' })),
    lastContactAt: p.lastContactAt,
    lastDeliveredAt: p.lastDeliveredAt,
    lastSyncAt: p.lastSyncAt,
    failures: p.failures,
    lastError: p.lastError,
    lastErrorAt: p.lastErrorAt,
    nextAttemptAt: p.nextAttemptAt,
    queued,
    oldestQueuedAt: queue?.oldestAt ?? null,
    // Receipts prove what the peer accepted; what it sent is known from its last signed statement of its heads, so a
    // peer never heard from is not called in step.
    inStep: queued === 0 && p.remoteHeads !== null && p.remoteHeads.sent.seq <= received.seq,
    chains: { sent: await headOf(ctx.db, 'out', p.partyCode), acknowledgedSeq: await repo.acknowledgedSeq(ctx.db, p.partyCode), received, peer: p.remoteHeads ?? null },
    lastRecovery: p.lastRecovery ? shownRecovery(p.lastRecovery) : null,
    recoveryRefusal: p.recoveryRefusal ?? null,
  };
}

export async function addPeer(ctx: Ctx, input: AddPeer): Promise<Peer> {
  requirePeerAdmin(ctx);
  if (input.partyCode === ctx.config.party) throw new Unprocessable('a node does not peer with itself', [{ path: 'body/partyCode', message: 'this node\'s own party' }]);
  const publicKey = validKey(input.publicKey, 'body/publicKey');
  await withTx(ctx, async (tx) => {
    // Parties belong to the directory; this module reads the one fact it needs (the party exists) in SQL.
    const [party] = await queryRows(tx, sql`select 1 from parties where code = ${input.partyCode}`);
    if (!party) throw new Unprocessable(`no party ${input.partyCode} in the directory`, [{ path: 'body/partyCode', message: 'unknown party' }]);
    const now = ctx.clock.now();
    try {
      await tx.insert(peers).values({ partyCode: input.partyCode, baseUrl: input.baseUrl, createdAt: now, updatedAt: now });
      await tx.insert(peerKeys).values({ kid: kidOf(publicKey), partyCode: input.partyCode, publicKey, source: 'admin', addedAt: now });
    } catch (err) {
      if (isUniqueViolation(err)) throw new Conflict(`a peer for party ${input.partyCode}, or a peer with this key, exists already`, 'peer-exists');
      throw err;
    }
    await recordAudit(tx, ctx, { action: 'peer.added', subjectType: 'peer', subjectId: input.partyCode, change: { baseUrl: input.baseUrl, fingerprint: fingerprintOf(publicKey) } });
  });
  return getPeer(ctx, input.partyCode);
}

export async function updatePeer(ctx: Ctx, party: string, input: UpdatePeer): Promise<Peer> {
  requirePeerAdmin(ctx);
  await withTx(ctx, async (tx) => {
    if (!(await repo.getPeer(tx, party))) throw new NotFound(`no peer for party ${party}`);
    // Re-enabling, or a new address, deserves an attempt now rather than after the last backoff.
    await repo.updatePeer(tx, party, { ...input, updatedAt: ctx.clock.now(), nextAttemptAt: null });
    await recordAudit(tx, ctx, { action: 'peer.updated', subjectType: 'peer', subjectId: party, change: input });
  });
  return getPeer(ctx, party);
}

/**
 * "Sync now": an administrator's "now" is not held back by the backoff of earlier failures. The runtime runs the
 * pass and answers promptly, whether the pass ended, goes on, or is another process's (see `syncNow`).
 */
export async function syncPeer(ctx: Ctx, runtime: Pick<ExchangeRuntime, 'syncNow'>, party: string): Promise<SyncOutcome> {
  await getPeer(ctx, party);
  await repo.updatePeer(ctx.db, party, { nextAttemptAt: null });
  const state = await runtime.syncNow(party);
  return { state, peer: await getPeer(ctx, party) };
}

export async function addPeerKey(ctx: Ctx, party: string, input: { publicKey: string }): Promise<Peer> {
  requirePeerAdmin(ctx);
  const publicKey = validKey(input.publicKey, 'body/publicKey');
  await withTx(ctx, async (tx) => {
    if (!(await repo.getPeer(tx, party))) throw new NotFound(`no peer for party ${party}`);
    try {
      await tx.insert(peerKeys).values({ kid: kidOf(publicKey), partyCode: party, publicKey, source: 'admin', addedAt: ctx.clock.now() });
    } catch (err) {
      if (isUniqueViolation(err)) throw new Conflict('this key is known already', 'peer-key-exists');
      throw err;
    }
    await recordAudit(tx, ctx, { action: 'peer.key-added', subjectType: 'peer', subjectId: party, change: { fingerprint: fingerprintOf(publicKey) } });
  });
  return getPeer(ctx, party);
}

export async function nodeKeysOf(ctx: Pick<Ctx, 'db'>): Promise<NodeKey[]> {
  return listNodeKeys(ctx.db);
}

/**
 * A new signing key. Every peer is told in an envelope signed with the old key, so it trusts the new one without a
 * phone call; the old key is retired but kept, so everything it signed still verifies.
 */
export async function rotateNodeKey(ctx: Ctx): Promise<NodeKey> {
  requirePeerAdmin(ctx);
  return withTx(ctx, async (tx) => {
    const next = generateKeyPair();
    const parties = (await repo.listPeers(tx)).map((p) => p.partyCode);
    await share(tx, ctx, { kind: NODE_KEY_KIND, recordId: newId(), recordVersion: 1, originParty: ctx.config.party, body: { op: 'upsert', data: { publicKey: next.publicKey } } }, parties);
    await tx.update(nodeKeys).set({ retiredAt: ctx.clock.now() }).where(isNull(nodeKeys.retiredAt));
    const key = await insertNodeKey(tx, ctx.box, ctx.clock.now(), next);
    const resigned = await resignQueuedForUnpeered(tx, ctx);
    await recordAudit(tx, ctx, { action: 'exchange.key-rotated', subjectType: 'node-key', subjectId: key.kid, change: { fingerprint: key.fingerprint, announcedTo: parties, resigned } });
    return key;
  });
}

/**
 * Envelopes still queued for a party this node has no peer for yet are signed again with the new key: that party's
 * administrator will be given the current key, and could not check the old one. The chain is unchanged (it hashes
 * the content, not the signature). Peers already known hold the old key and get the announcement instead.
 */
async function resignQueuedForUnpeered(tx: Db, ctx: Ctx): Promise<number> {
  const signer = await currentSigner(tx, ctx.box);
  const queued = await queryRows<{ id: string; jws: string }>(tx, sql`select id, jws from exchange_outbox where delivered_at is null and to_party not in (select party_code from exchange_peers)`);
  for (const row of queued) {
    await tx.update(outbox).set({ jws: await signJson(signer, 'cp-envelope+jws', peekPayload(row.jws)) }).where(eq(outbox.id, row.id));
  }
  return queued.length;
}
