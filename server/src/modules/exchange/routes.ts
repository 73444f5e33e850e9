// HTTP for the exchange: the node-to-node endpoints (authenticated by signature, never by session) and the
// administrators' endpoints for peers and keys.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireRole } from '../../platform/http/guards.js';
import { zPartyCode } from '../../platform/validation.js';
import { signedHeads, pullFrom } from './catch-up.js';
import { ExchangeRejected } from './errors.js';
import { receiveEnvelopes, recordRejection } from './inbox.js';
import { ensureNodeKey } from './keys.js';
import * as peersService from './peers-service.js';
import * as repo from './repo.js';
import type { ExchangeRuntime } from './runtime.js';
import * as S from './schemas.js';
import { verifyRequest } from './signed-request.js';
import { verifyPeer } from './verify-peer.js';

const tags = ['exchange'];
const PartyParams = z.strictObject({ party: zPartyCode });
const Empty = z.strictObject({}).nullish();

export const exchangeRoutes: FastifyPluginAsyncZod<{ runtime: ExchangeRuntime }> = async (app, { runtime }) => {
  const deps = runtime.deps;

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
    { bodyLimit: 16 * 1024 * 1024, schema: { tags, summary: 'Receive signed envelopes from a peer node (authenticated by their signatures)', body: S.InboxRequest, response: { 200: S.InboxResponse } } },
    async (req) => {
      const got = await receiveEnvelopes(deps, req.body.envelopes, { via: 'push', requestId: req.id, address: req.ip });
      if (got.gap) runtime.requestPull(got.from);
      return got;
    },
  );
  app.get('/exchange/outbox', { schema: { tags, summary: 'Catch-up: envelopes for the calling peer after a sequence number (signed request)', querystring: S.OutboxQuery, response: { 200: S.EnvelopeList } } }, async (req) => {
    const party = await peerOf(req);
    const rows = await repo.outboxAfter(deps.db, party, req.query.after, req.query.limit);
    const page = repo.withinBytes(rows, repo.MAX_BATCH_BYTES);
    return { envelopes: page.map((r) => r.jws), more: page.length < rows.length };
  });
  app.get('/exchange/heads', { schema: { tags, summary: 'This node\'s signed statement of its chains with the calling peer (signed request)', response: { 200: S.HeadsResponse } } }, async (req) => {
    const party = await peerOf(req);
    // The peer is up and says so with its key: deliver to it now rather than after the backoff runs out.
    await repo.updatePeer(deps.db, party, { nextAttemptAt: null, lastContactAt: deps.clock.now() });
    return { heads: await signedHeads(deps, party) };
  });

  app.get('/exchange/node', { schema: { tags, summary: 'This node\'s party and public keys, for peering', response: { 200: S.NodeIdentity } } }, async () => {
    const current = await ensureNodeKey(deps);
    return { party: deps.config.party, current, keys: await peersService.nodeKeysOf(deps) };
  });
  app.post('/exchange/node-keys', { schema: { tags, summary: 'Rotate this node\'s signing key (peers are told, signed with the old key)', body: Empty, response: { 201: S.NodeKey } } }, async (req, reply) =>
    reply.status(201).send(await peersService.rotateNodeKey(req.ctx())),
  );

  app.get('/peers', { schema: { tags, response: { 200: z.object({ items: z.array(S.Peer) }) } } }, async (req) => ({ items: await peersService.listPeers(req.ctx()) }));
  app.post('/peers', { schema: { tags, body: S.AddPeer, response: { 201: S.Peer } } }, async (req, reply) => reply.status(201).send(await peersService.addPeer(req.ctx(), req.body)));
  app.get('/peers/:party', { schema: { tags, params: PartyParams, response: { 200: S.Peer } } }, async (req) => peersService.getPeer(req.ctx(), req.params.party));
  app.patch('/peers/:party', { schema: { tags, params: PartyParams, body: S.UpdatePeer, response: { 200: S.Peer } } }, async (req) => peersService.updatePeer(req.ctx(), req.params.party, req.body));
  app.post('/peers/:party/keys', { schema: { tags, params: PartyParams, body: S.AddPeerKey, response: { 201: S.Peer } } }, async (req, reply) =>
    reply.status(201).send(await peersService.addPeerKey(req.ctx(), req.params.party, req.body)),
  );
  app.get('/peers/:party/verification', { schema: { tags, summary: 'Compare both chains and every receipt with the peer', params: PartyParams, response: { 200: S.PeerVerification } } }, async (req) =>
    verifyPeer(deps, req.ctx(), req.params.party),
  );
  app.post('/peers/:party/sync', { schema: { tags, summary: 'Deliver and catch up with the peer now', params: PartyParams, body: Empty, response: { 200: S.Peer } } }, async (req) => {
    requireRole(req, 'admin');
    await peersService.getPeer(req.ctx(), req.params.party);
    // "Now" means now: the backoff after earlier failures does not apply to an administrator's request.
    await repo.updatePeer(deps.db, req.params.party, { nextAttemptAt: null });
    await runtime.deliverAll();
    await pullFrom(deps, req.params.party).catch(() => 0);
    return peersService.getPeer(req.ctx(), req.params.party);
  });
};
