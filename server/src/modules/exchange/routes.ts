// HTTP for the exchange: the node-to-node endpoints (authenticated by signature, never by session) and the
// administrators' endpoints for peers and keys.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NODE_SIGNED, PUBLIC } from '../../platform/http/openapi.js';
import { requireRole } from '../../platform/http/guards.js';
import { zPartyCode } from '../../platform/validation.js';
import { signedHeads } from './catch-up.js';
import { ExchangeRejected } from './errors.js';
import { floodGuard } from './flood-guard.js';
import { receiveEnvelopes } from './inbox.js';
import { ensureNodeKey } from './keys.js';
import * as peersService from './peers-service.js';
import { recordRejection } from './refusals.js';
import * as repo from './repo.js';
import type { ExchangeRuntime } from './runtime.js';
import * as S from './schemas.js';
import { verifyRequest } from './signed-request.js';
import { verifyPeer } from './verify-peer.js';

const tags = ['exchange'];
const PartyParams = z.strictObject({ party: zPartyCode });
const Empty = z.strictObject({}).nullish();
const ADMIN = ['admin'] as const;
const PEER_READERS = ['admin', 'auditor'] as const;

export const exchangeRoutes: FastifyPluginAsyncZod<{ runtime: ExchangeRuntime }> = async (app, { runtime }) => {
  const deps = runtime.deps;
  // Anyone can call the node-to-node endpoints: an address they keep refusing is answered 429 for a while.
  const guard = await floodGuard(app, deps.config.exchange.maxRefusalsPerMinute);
  const stranger = { onRequest: guard.check, onResponse: guard.count, config: { problems: [401, 403, 429] as const } };

  /** The calling peer's party, from the request signature; a refusal is also a security event. */
  async function peerOf(req: FastifyRequest): Promise<string> {
    try {
      return await verifyRequest(deps, req.headers.authorization, { method: req.method, path: req.url });
    } catch (err) {
      if (err instanceof ExchangeRejected) await recordRejection(deps, err, { requestId: req.id, address: req.ip, claimedFrom: err.claimedFrom });
      throw err;
    }
  }

  app.post(
    '/exchange/inbox',
    { ...stranger, config: { problems: [401, 403, 409, 422, 429] }, bodyLimit: 16 * 1024 * 1024, schema: { tags, security: PUBLIC, operationId: 'receiveEnvelopes', summary: 'Receive signed envelopes from a peer node (authenticated by their signatures)', body: S.InboxRequest, response: { 200: S.InboxResponse } } },
    async (req) => {
      const got = await receiveEnvelopes(deps, req.body.envelopes, { via: 'push', requestId: req.id, address: req.ip });
      if (got.gap) runtime.requestPull(got.from);
      return got;
    },
  );
  app.get('/exchange/outbox', { ...stranger, schema: { tags, security: NODE_SIGNED, summary: 'Catch-up: envelopes for the calling peer after a sequence number (signed request)', querystring: S.OutboxQuery, response: { 200: S.EnvelopeList } } }, async (req) => {
    const party = await peerOf(req);
    const rows = await repo.outboxAfter(deps.db, party, req.query.after, req.query.limit);
    // An envelope taken back without content (recovery.ts) cannot be served: the page stops before it.
    const whole = rows.findIndex((r) => r.jws === null);
    const page = repo.withinBytes(whole === -1 ? rows : rows.slice(0, whole), repo.MAX_BATCH_BYTES);
    return { envelopes: page.flatMap((r) => (r.jws === null ? [] : [r.jws])), more: page.length < rows.length };
  });
  app.get('/exchange/received', { ...stranger, schema: { tags, security: NODE_SIGNED, summary: 'What this node accepted from the calling peer after a sequence number, with its receipts: a peer restored from an old backup takes back its own records (signed request)', querystring: S.OutboxQuery, response: { 200: S.ReceivedList } } }, async (req) => {
    const party = await peerOf(req);
    const rows = await repo.inboxAfter(deps.db, party, req.query.after, req.query.limit);
    const page = repo.withinBytes(rows, repo.MAX_BATCH_BYTES);
    const items = page.map((r) => ({ seq: r.seq, hash: r.hash, kind: r.kind, recordId: r.recordId, recordVersion: r.recordVersion, op: r.op as 'upsert' | 'withdraw', envelope: r.jws, receipt: r.receiptJws }));
    return { items, more: page.length < rows.length || rows.length === req.query.limit };
  });
  app.get('/exchange/heads', { ...stranger, schema: { tags, security: NODE_SIGNED, summary: 'This node\'s signed statement of its chains with the calling peer (signed request)', response: { 200: S.HeadsResponse } } }, async (req) => {
    const party = await peerOf(req);
    // The peer is up and says so with its key: deliver to it now rather than after the backoff runs out.
    await repo.updatePeer(deps.db, party, { nextAttemptAt: null, lastContactAt: deps.clock.now() });
    return { heads: await signedHeads(deps, party) };
  });

  app.get('/exchange/node', { schema: { tags, security: PUBLIC, summary: 'This node\'s party and public keys, for peering', response: { 200: S.NodeIdentity } } }, async () => {
    const current = await ensureNodeKey(deps);
    return { party: deps.config.party, current, keys: await peersService.nodeKeysOf(deps) };
  });
  app.post('/exchange/node-keys', { config: { roles: ADMIN }, schema: { tags, summary: 'Rotate this node\'s signing key (peers are told, signed with the old key)', body: Empty, response: { 201: S.NodeKey } } }, async (req, reply) =>
    reply.status(201).send(await peersService.rotateNodeKey(req.ctx())),
  );

  app.get('/peers', { config: { roles: PEER_READERS }, schema: { tags, summary: 'Peer nodes this node exchanges with', response: { 200: z.object({ items: z.array(S.Peer) }) } } }, async (req) => ({ items: await peersService.listPeers(req.ctx()) }));
  app.post('/peers', { config: { roles: ADMIN }, schema: { tags, summary: 'Add a peer node with its public key', body: S.AddPeer, response: { 201: S.Peer } } }, async (req, reply) => reply.status(201).send(await peersService.addPeer(req.ctx(), req.body)));
  app.get('/peers/:party', { config: { roles: PEER_READERS }, schema: { tags, summary: 'One peer node', params: PartyParams, response: { 200: S.Peer } } }, async (req) => peersService.getPeer(req.ctx(), req.params.party));
  app.patch('/peers/:party', { config: { roles: ADMIN }, schema: { tags, summary: 'Change a peer node’s address, or turn it on or off', params: PartyParams, body: S.UpdatePeer, response: { 200: S.Peer } } }, async (req) => peersService.updatePeer(req.ctx(), req.params.party, req.body));
  app.post('/peers/:party/keys', { config: { roles: ADMIN }, schema: { tags, summary: 'Add a public key of a peer node', params: PartyParams, body: S.AddPeerKey, response: { 201: S.Peer } } }, async (req, reply) =>
    reply.status(201).send(await peersService.addPeerKey(req.ctx(), req.params.party, req.body)),
  );
  app.get('/peers/:party/verification', { config: { roles: PEER_READERS }, schema: { tags, summary: 'Compare both chains and every receipt with the peer', params: PartyParams, response: { 200: S.PeerVerification } } }, async (req) =>
    verifyPeer(deps, req.ctx(), req.params.party),
  );
  app.post(
    '/peers/:party/sync',
    { config: { roles: ADMIN }, schema: { tags, summary: 'Deliver to the peer now and catch up from it; answers 202 while the pass goes on or another process delivers', params: PartyParams, body: Empty, response: { 200: S.SyncOutcome, 202: S.SyncOutcome } } },
    async (req, reply) => {
      requireRole(req, 'admin');
      const outcome = await peersService.syncPeer(req.ctx(), runtime, req.params.party);
      return reply.status(outcome.state === 'running' || outcome.state === 'elsewhere' ? 202 : 200).send(outcome);
    },
  );
};
