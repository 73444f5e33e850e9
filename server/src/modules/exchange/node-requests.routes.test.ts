// Route tests for what one node asks another: signed GETs (catch-up, chain heads) and pushes to the inbox.
// No session here: a request is trusted only for its signature by a peer's key, for this method and path, now.
import { createPrivateKey } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { createContact, createParty } from '../directory/index.js';
import { GENESIS, generateKeyPair, kidOf, verifyJson, type Signer } from './crypto.js';
import { EnvelopeSchema, HeadsSchema } from './envelope.js';
import { addPeer, listNodeKeys, updatePeer } from './index.js';
import { signRequest } from './signed-request.js';
import { outbox } from './tables.js';

const OUTBOX = '/api/v1/exchange/outbox?after=0';
const HEADS = '/api/v1/exchange/heads';
const SKEW_MS = 5 * 60_000;

let node: TestNode;

beforeAll(async () => {
  node = await makeTestNode();
});

const signerOf = (key: ReturnType<typeof generateKeyPair>): Signer => ({ kid: kidOf(key.publicKey), privateKey: createPrivateKey(key.privateKeyPem) });

// Each test peers with parties of its own, so no test depends on another's chains or audit rows.
let nextParty = 0;
async function freshParty(): Promise<string> {
  const code = `R${String.fromCharCode(65 + nextParty++)}`;
  await createParty(node.ctxFor(), { code, nameEn: `Party ${code}`, nameZh: `缔约方 ${code}`, timeZone: 'UTC' });
  return code;
}

/** A party peered with this node, and the signer its node would use. */
async function peer(): Promise<{ party: string; signer: Signer }> {
  const party = await freshParty();
  const key = generateKeyPair();
  await addPeer(node.ctxFor(), { partyCode: party, baseUrl: 'http://127.0.0.1:9', publicKey: key.publicKey });
  return { party, signer: signerOf(key) };
}

type Claim = { from: string; to?: string; method?: string; path?: string; at?: Date };

/** GETs `url` with a request signature; by default one that is right in every respect. */
async function signedGet(url: string, signer: Signer, claim: Claim): Promise<LightMyRequestResponse> {
  const authorization = await signRequest(signer, { from: claim.from, to: claim.to ?? 'US', method: claim.method ?? 'GET', path: claim.path ?? url, at: (claim.at ?? node.clock.now()).toISOString() });
  return node.app.inject({ method: 'GET', url, headers: { authorization } });
}

function expectRefused(res: LightMyRequestResponse, status: number, type: string): void {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(problemType(res)).toBe(type);
}

const rejections = (subjectId: string) =>
  node.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'security.exchange-rejected'), eq(auditLog.subjectId, subjectId))).orderBy(desc(auditLog.seq));
const allRejections = async () => (await node.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'security.exchange-rejected')))[0]?.n ?? 0;

async function contactFor(releasableTo: string[]) {
  const agency = await node.makeAgency();
  return createContact(node.ctxFor(), { agencyId: agency.id, kind: 'desk', name: node.unique('Desk '), topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', releasableTo });
}

const nodeKeys = async () => (await listNodeKeys(node.database.db)).map((k) => ({ kid: k.kid, publicKey: k.publicKey }));

describe('refused node requests', () => {
  it('refuses a request without a Counterpart signature with 401 bad-signature, a security event counted per address', async () => {
    const remoteAddress = '198.51.100.7';
    const before = await rejections('unknown');
    for (const url of [OUTBOX, HEADS]) {
      expectRefused(await node.app.inject({ method: 'GET', url, remoteAddress }), 401, 'bad-signature');
      expectRefused(await node.app.inject({ method: 'GET', url, remoteAddress, headers: { authorization: 'Counterpart not-a-jws' } }), 401, 'bad-signature');
    }
    // Four refusals, one row: the window's first (refusals.ts); its count follows when the window closes.
    const after = await rejections('unknown');
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ actorLabel: 'exchange', subjectType: 'peer', change: { reason: 'bad-signature', address: remoteAddress, count: 1 } });
  });

  it('refuses a request signed by a key that is not the peer\'s with 401 bad-signature', async () => {
    const { party } = await peer();
    const impostor = signerOf(generateKeyPair());
    for (const url of [OUTBOX, HEADS]) expectRefused(await signedGet(url, impostor, { from: party }), 401, 'bad-signature');
    expect((await rejections(party)).map((r) => r.change.reason)).toEqual(['bad-signature']);
  });

  it('refuses a signed request replayed onto another URL or method with 401 bad-signature', async () => {
    const { party, signer } = await peer();
    expectRefused(await signedGet(OUTBOX, signer, { from: party, path: HEADS }), 401, 'bad-signature');
    expectRefused(await signedGet(HEADS, signer, { from: party, path: OUTBOX }), 401, 'bad-signature');
    // The query string is signed too: a catch-up from 0 cannot be turned into one from elsewhere.
    expectRefused(await signedGet('/api/v1/exchange/outbox?after=5', signer, { from: party, path: OUTBOX }), 401, 'bad-signature');
    expectRefused(await signedGet(HEADS, signer, { from: party, method: 'POST' }), 401, 'bad-signature');
    expect((await rejections(party)).map((r) => r.change.reason)).toEqual(['bad-signature']);
    expect((await signedGet(HEADS, signer, { from: party })).statusCode).toBe(200);
  });

  it('refuses a request signed more than five minutes from this node\'s clock with 401 stale-request', async () => {
    const { party, signer } = await peer();
    const now = node.clock.now().getTime();
    for (const url of [OUTBOX, HEADS]) {
      expectRefused(await signedGet(url, signer, { from: party, at: new Date(now - SKEW_MS - 1000) }), 401, 'stale-request');
      expectRefused(await signedGet(url, signer, { from: party, at: new Date(now + SKEW_MS + 1000) }), 401, 'stale-request');
      // Clocks a few minutes apart are normal between two ministries' servers.
      expect((await signedGet(url, signer, { from: party, at: new Date(now - SKEW_MS + 1000) })).statusCode).toBe(200);
    }
    expect((await rejections(party)).map((r) => r.change.reason)).toEqual(['stale-request']);
  });

  it('refuses a request from a party with no peer on this node with 403 unknown-sender', async () => {
    const stranger = signerOf(generateKeyPair());
    const party = await freshParty();
    for (const url of [OUTBOX, HEADS]) expectRefused(await signedGet(url, stranger, { from: party }), 403, 'unknown-sender');
    // Not a peer, so not the subject: a stranger cycling through party codes fills no more rows.
    expect(await rejections(party)).toEqual([]);
    expect((await rejections('unknown')).filter((r) => r.change.claimedFrom === party).map((r) => r.change.reason)).toEqual(['unknown-sender']);
  });

  it('refuses a disabled peer with 403 peer-disabled, and a request meant for another node with 422 wrong-recipient', async () => {
    const { party, signer } = await peer();
    expectRefused(await signedGet(HEADS, signer, { from: party, to: 'CN' }), 422, 'wrong-recipient');
    await updatePeer(node.ctxFor(), party, { isEnabled: false });
    expectRefused(await signedGet(HEADS, signer, { from: party }), 403, 'peer-disabled');
    expect((await rejections(party)).map((r) => r.change.reason)).toEqual(['peer-disabled', 'wrong-recipient']);
  });
});

describe('answered node requests', () => {
  it('answers a signed catch-up with the envelopes queued for the calling party only, after the sequence number given', async () => {
    const { party, signer } = await peer();
    const other = await freshParty();
    const first = await contactFor([party]);
    await contactFor([other]);
    const second = await contactFor([party, other]);
    const before = await allRejections();

    const res = await signedGet(OUTBOX, signer, { from: party });
    expect(res.statusCode).toBe(200);
    const { envelopes } = res.json<{ envelopes: string[] }>();
    expect(envelopes).toHaveLength(2);
    const keys = await nodeKeys();
    const payloads = await Promise.all(envelopes.map(async (jws) => EnvelopeSchema.parse((await verifyJson(jws, 'cp-envelope+jws', keys)).payload)));
    expect(payloads.map((e) => [e.from, e.to, e.seq, e.kind, e.recordId, e.body.op])).toEqual([
      ['US', party, 1, 'contact', first.id, 'upsert'],
      ['US', party, 2, 'contact', second.id, 'upsert'],
    ]);
    expect(payloads[0]?.prev).toBe(GENESIS);

    const later = await signedGet('/api/v1/exchange/outbox?after=1', signer, { from: party });
    expect(later.json<{ envelopes: string[] }>().envelopes).toEqual([envelopes[1]]);
    const paged = await signedGet('/api/v1/exchange/outbox?after=0&limit=1', signer, { from: party });
    expect(paged.json<{ envelopes: string[] }>().envelopes).toEqual([envelopes[0]]);
    expect(await allRejections()).toBe(before);
  });

  it('answers a signed heads request with this node\'s signed statement of its two chains with the caller', async () => {
    const { party, signer } = await peer();
    await contactFor([party]);
    const res = await signedGet(HEADS, signer, { from: party });
    expect(res.statusCode).toBe(200);
    const { payload } = await verifyJson(res.json<{ heads: string }>().heads, 'cp-heads+jws', await nodeKeys());
    const heads = HeadsSchema.parse(payload);
    const [sent] = await node.database.db.select({ seq: outbox.seq, hash: outbox.hash }).from(outbox).where(eq(outbox.toParty, party));
    expect(heads).toMatchObject({ type: 'heads', from: 'US', to: party, at: node.clock.now().toISOString(), sent: { seq: 1, hash: sent?.hash }, received: { seq: 0, hash: GENESIS } });
  });
});

describe('pushes to the inbox', () => {
  it('refuses an empty list of envelopes with 400 naming body/envelopes', async () => {
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/exchange/inbox', payload: { envelopes: [] } });
    expectRefused(res, 400, 'validation');
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['body/envelopes']);
  });

  it('refuses a string that is not a compact JWS with 422 unsupported-envelope, as a security event', async () => {
    const before = await rejections('unknown');
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/exchange/inbox', payload: { envelopes: ['hello, node'] } });
    expectRefused(res, 422, 'unsupported-envelope');
    const after = await rejections('unknown');
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]?.change).toMatchObject({ reason: 'unsupported-envelope' });
  });
});
