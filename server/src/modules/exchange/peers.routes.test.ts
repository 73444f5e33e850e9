// Route tests for the administrators' side of the exchange: peers, their keys, this node's keys, verification, sync.
import { createPrivateKey } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { and, asc, count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { newId } from '../../platform/ids.js';
import { createContact, createParty } from '../directory/index.js';
import { fingerprintOf, GENESIS, generateKeyPair, hashOf, kidOf, signJson } from './crypto.js';
import { ENVELOPE_VERSION, type Envelope } from './envelope.js';
import { claimLease, releaseLease } from './repo.js';
import { peers } from './tables.js';

type Headers = Record<string, string>;
type PeerBody = { partyCode: string; baseUrl: string; isEnabled: boolean; keys: { kid: string; publicKey: string; fingerprint: string; source: string }[]; failures: number; lastError: string | null; queued: number };
type NodeKeyBody = { kid: string; publicKey: string; fingerprint: string; retiredAt: string | null };
type Problem = { type: string; errors?: { path: string; message: string; code?: string }[] };

let node: TestNode;
let admin: { user: { id: string }; headers: Headers };
/** A loopback port nothing listens on: connecting to it is refused at once. */
let closedUrl: string;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  node = await makeTestNode({ COUNTERPART_EXCHANGE_TIMEOUT_MS: '2000' });
  admin = await node.signedIn(['admin']);
  closedUrl = `http://127.0.0.1:${await closedPort()}`;
});

// Each test peers with parties of its own, so no test depends on another's peers.
let nextParty = 0;
async function freshParty(): Promise<string> {
  const code = `Q${String.fromCharCode(65 + nextParty++)}`;
  await createParty(node.ctxFor(), { code, nameEn: `Party ${code}`, nameZh: `缔约方 ${code}`, timeZone: 'UTC' });
  return code;
}

const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers = {}, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

async function addedPeer(): Promise<{ party: string; key: ReturnType<typeof generateKeyPair>; peer: PeerBody }> {
  const party = await freshParty();
  const key = generateKeyPair();
  const res = await inject('POST', '/peers', admin.headers, { partyCode: party, baseUrl: closedUrl, publicKey: key.publicKey });
  expect(res.statusCode).toBe(201);
  return { party, key, peer: res.json<PeerBody>() };
}

const peerCount = async () => (await node.database.db.select({ n: count() }).from(peers))[0]?.n ?? 0;
const auditOf = (subjectId: string, action: string) =>
  node.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, subjectId), eq(auditLog.action, action))).orderBy(asc(auditLog.seq));

function expectProblem(res: LightMyRequestResponse, status: number, type: string): Problem {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(problemType(res)).toBe(type);
  return res.json<Problem>();
}

/** A contact released to `party`: one envelope queued for it. */
async function queueFor(party: string): Promise<void> {
  const agency = await node.makeAgency();
  await createContact(node.ctxFor(), { agencyId: agency.id, kind: 'desk', name: 'Sync desk', topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', releasableTo: [party] });
}

/** An envelope from `party` to this node, signed with that party's key, as its node would push it. */
async function envelopeFrom(party: string, key: ReturnType<typeof generateKeyPair>, seq: number, prev: string): Promise<{ jws: string; hash: string }> {
  const env: Envelope = { v: ENVELOPE_VERSION, id: newId(), from: party, to: 'US', seq, prev, kind: 'contact', recordId: newId(), recordVersion: 1, sentAt: node.clock.now().toISOString(), body: { op: 'upsert', data: {} } };
  const jws = await signJson({ kid: kidOf(key.publicKey), privateKey: createPrivateKey(key.privateKeyPem) }, 'cp-envelope+jws', env);
  return { jws, hash: hashOf(env) };
}

describe('adding peers', () => {
  it('lets an administrator add a peer: 201 with the key and its fingerprint, readable by list and by party, audited as peer.added', async () => {
    const party = await freshParty();
    const key = generateKeyPair();
    const res = await inject('POST', '/peers', admin.headers, { partyCode: party, baseUrl: `${closedUrl}/`, publicKey: key.publicKey });
    expect(res.statusCode).toBe(201);
    const peer = res.json<PeerBody>();
    expect(peer).toMatchObject({ partyCode: party, baseUrl: closedUrl, isEnabled: true, failures: 0, queued: 0, chains: { sent: { seq: 0, hash: GENESIS }, acknowledgedSeq: 0, received: { seq: 0, hash: GENESIS } } });
    expect(peer.keys).toEqual([expect.objectContaining({ kid: kidOf(key.publicKey), publicKey: key.publicKey, fingerprint: fingerprintOf(key.publicKey), source: 'admin' })]);
    expect(peer.keys[0]?.fingerprint).toMatch(/^[0-9a-f]{64}$/);

    const list = await inject('GET', '/peers', admin.headers);
    expect(list.json<{ items: PeerBody[] }>().items.map((p) => p.partyCode)).toContain(party);
    expect((await inject('GET', `/peers/${party}`, admin.headers)).json<PeerBody>().keys[0]?.kid).toBe(kidOf(key.publicKey));
    const audit = await auditOf(party, 'peer.added');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.user.id, subjectType: 'peer', change: { baseUrl: closedUrl, fingerprint: fingerprintOf(key.publicKey) } });
  });

  it('refuses a public key that is not ed25519:<43 base64url characters> with 422 naming body/publicKey, and adds nothing', async () => {
    const party = await freshParty();
    for (const publicKey of ['ed25519:abc', `ssh-ed25519 ${'A'.repeat(43)}`, `ed25519:${'*'.repeat(43)}`]) {
      const body = expectProblem(await inject('POST', '/peers', admin.headers, { partyCode: party, baseUrl: closedUrl, publicKey }), 422, 'unprocessable');
      expect(body.errors?.map((e) => [e.path, e.code])).toEqual([['body/publicKey', 'public-key-format']]);
    }
    expectProblem(await inject('GET', `/peers/${party}`, admin.headers), 404, 'not-found');
  });

  it('refuses a baseUrl that is not an http(s) address with 400 listing every validation issue', async () => {
    const before = await peerCount();
    const res = await inject('POST', '/peers', admin.headers, { partyCode: 'cn', baseUrl: 'not a url', publicKey: 'k'.repeat(201) });
    const paths = expectProblem(res, 400, 'validation').errors?.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body/partyCode', 'body/baseUrl', 'body/publicKey']));
    expect(paths).toHaveLength(3);
    const ftp = await inject('POST', '/peers', admin.headers, { partyCode: 'CN', baseUrl: 'ftp://cn.example', publicKey: generateKeyPair().publicKey });
    expect(expectProblem(ftp, 400, 'validation').errors?.map((e) => e.path)).toEqual(['body/baseUrl']);
    expect(await peerCount()).toBe(before);
  });

  it('refuses a party the directory does not know, and this node\'s own party, with 422 naming body/partyCode', async () => {
    for (const partyCode of ['ZZ', 'US']) {
      const res = await inject('POST', '/peers', admin.headers, { partyCode, baseUrl: closedUrl, publicKey: generateKeyPair().publicKey });
      expect(expectProblem(res, 422, 'unprocessable').errors?.map((e) => e.path)).toEqual(['body/partyCode']);
      expectProblem(await inject('GET', `/peers/${partyCode}`, admin.headers), 404, 'not-found');
    }
  });

  it('refuses a second peer for a party, or another party with a key already in use, with 409 peer-exists', async () => {
    const { party, key } = await addedPeer();
    expectProblem(await inject('POST', '/peers', admin.headers, { partyCode: party, baseUrl: closedUrl, publicKey: generateKeyPair().publicKey }), 409, 'peer-exists');
    const other = await freshParty();
    expectProblem(await inject('POST', '/peers', admin.headers, { partyCode: other, baseUrl: closedUrl, publicKey: key.publicKey }), 409, 'peer-exists');
    // The peer row and its key are one transaction: the refused key leaves no keyless peer behind.
    expectProblem(await inject('GET', `/peers/${other}`, admin.headers), 404, 'not-found');
    expect((await inject('GET', `/peers/${party}`, admin.headers)).json<PeerBody>().keys).toHaveLength(1);
    expect(await auditOf(party, 'peer.added')).toHaveLength(1);
  });

  it('refuses an unknown field with 400 naming it, on adding and on changing a peer', async () => {
    const party = await freshParty();
    const add = await inject('POST', '/peers', admin.headers, { partyCode: party, baseUrl: closedUrl, publicKey: generateKeyPair().publicKey, isTrusted: true });
    const issues = expectProblem(add, 400, 'validation').errors ?? [];
    expect(issues).toEqual([expect.objectContaining({ path: 'body', message: expect.stringContaining('isTrusted') })]);
    expectProblem(await inject('GET', `/peers/${party}`, admin.headers), 404, 'not-found');
    const { party: peered } = await addedPeer();
    expectProblem(await inject('PATCH', `/peers/${peered}`, admin.headers, { failures: 0 }), 400, 'validation');
  });
});

describe('who may manage peers', () => {
  it('refuses officers, supervisors and viewers with a problem+json 403 on every peer and node-key endpoint', async () => {
    const { party } = await addedPeer();
    const before = await peerCount();
    for (const role of ['officer', 'supervisor', 'viewer'] as const) {
      const { headers } = await node.signedIn([role]);
      const calls: [method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown][] = [
        ['GET', '/peers'],
        ['GET', `/peers/${party}`],
        ['POST', '/peers', { partyCode: await freshParty(), baseUrl: closedUrl, publicKey: generateKeyPair().publicKey }],
        ['PATCH', `/peers/${party}`, { isEnabled: false }],
        ['POST', `/peers/${party}/keys`, { publicKey: generateKeyPair().publicKey }],
        ['GET', `/peers/${party}/verification`],
        ['POST', `/peers/${party}/sync`],
        ['POST', '/exchange/node-keys'],
      ];
      for (const [method, url, payload] of calls) expectProblem(await inject(method, url, headers, payload), 403, 'role-required');
    }
    expect(await peerCount()).toBe(before);
    const peer = (await inject('GET', `/peers/${party}`, admin.headers)).json<PeerBody>();
    expect(peer).toMatchObject({ isEnabled: true });
    expect(peer.keys).toHaveLength(1);
  });

  it('lets an auditor list and read peers but not add, change or rotate keys', async () => {
    const { party } = await addedPeer();
    const auditor = await node.signedIn(['auditor']);
    const list = await inject('GET', '/peers', auditor.headers);
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: PeerBody[] }>().items.map((p) => p.partyCode)).toContain(party);
    expect((await inject('GET', `/peers/${party}`, auditor.headers)).json<PeerBody>().partyCode).toBe(party);
    const other = await freshParty();
    expectProblem(await inject('POST', '/peers', auditor.headers, { partyCode: other, baseUrl: closedUrl, publicKey: generateKeyPair().publicKey }), 403, 'role-required');
    expectProblem(await inject('PATCH', `/peers/${party}`, auditor.headers, { isEnabled: false }), 403, 'role-required');
    expectProblem(await inject('POST', '/exchange/node-keys', auditor.headers), 403, 'role-required');
    expectProblem(await inject('GET', `/peers/${other}`, admin.headers), 404, 'not-found');
  });

  it('refuses an API token, even one with the admin role, with 403: only a person changes peers and node keys', async () => {
    const { party } = await addedPeer();
    const made = await inject('POST', '/tokens', admin.headers, { name: 'automation', role: 'admin' });
    expect(made.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${made.json<{ secret: string }>().secret}` };
    const other = await freshParty();
    expectProblem(await inject('POST', '/peers', bearer, { partyCode: other, baseUrl: closedUrl, publicKey: generateKeyPair().publicKey }), 403, 'forbidden');
    expectProblem(await inject('PATCH', `/peers/${party}`, bearer, { isEnabled: false }), 403, 'forbidden');
    expectProblem(await inject('POST', `/peers/${party}/keys`, bearer, { publicKey: generateKeyPair().publicKey }), 403, 'forbidden');
    expectProblem(await inject('POST', '/exchange/node-keys', bearer), 403, 'forbidden');
    expectProblem(await inject('GET', `/peers/${other}`, admin.headers), 404, 'not-found');
    expect((await inject('GET', `/peers/${party}`, admin.headers)).json<PeerBody>().isEnabled).toBe(true);
  });

  it('answers 401 problem+json to callers who are not signed in', async () => {
    const calls: [method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown][] = [
      ['GET', '/peers'],
      ['GET', '/peers/CN'],
      ['POST', '/peers', { partyCode: 'CN', baseUrl: closedUrl, publicKey: generateKeyPair().publicKey }],
      ['PATCH', '/peers/CN', { isEnabled: false }],
      ['POST', '/peers/CN/keys', { publicKey: generateKeyPair().publicKey }],
      ['GET', '/peers/CN/verification'],
      ['POST', '/peers/CN/sync'],
      ['POST', '/exchange/node-keys'],
    ];
    for (const [method, url, payload] of calls) expectProblem(await inject(method, url, {}, payload), 401, 'unauthenticated');
  });
});

describe('changing peers', () => {
  it('disables a peer with PATCH (audited as peer.updated); the inbox then refuses its envelopes with 403 peer-disabled', async () => {
    const { party, key } = await addedPeer();
    const first = await envelopeFrom(party, key, 1, GENESIS);
    expect((await inject('POST', '/exchange/inbox', {}, { envelopes: [first.jws] })).statusCode).toBe(200);

    const patched = await inject('PATCH', `/peers/${party}`, admin.headers, { isEnabled: false });
    expect(patched.statusCode).toBe(200);
    expect(patched.json<PeerBody>().isEnabled).toBe(false);
    expect((await auditOf(party, 'peer.updated')).map((r) => [r.actorId, r.change])).toEqual([[admin.user.id, { isEnabled: false }]]);

    const second = await envelopeFrom(party, key, 2, first.hash);
    expectProblem(await inject('POST', '/exchange/inbox', {}, { envelopes: [second.jws] }), 403, 'peer-disabled');
    expect((await auditOf(party, 'security.exchange-rejected')).map((r) => r.change.reason)).toEqual(['peer-disabled']);

    expect((await inject('PATCH', `/peers/${party}`, admin.headers, { isEnabled: true })).statusCode).toBe(200);
    expect((await inject('POST', '/exchange/inbox', {}, { envelopes: [second.jws] })).statusCode).toBe(200);
  });

  it('changes a peer\'s address with PATCH, without a trailing slash, and answers 404 for a party that is not a peer', async () => {
    const { party } = await addedPeer();
    // Still a closed port: a later sync in this file must not wait on a name lookup.
    const res = await inject('PATCH', `/peers/${party}`, admin.headers, { baseUrl: `${closedUrl}/node//` });
    expect(res.statusCode).toBe(200);
    expect(res.json<PeerBody>()).toMatchObject({ baseUrl: `${closedUrl}/node`, isEnabled: true });
    expect((await auditOf(party, 'peer.updated')).at(-1)?.change).toEqual({ baseUrl: `${closedUrl}/node` });
    expectProblem(await inject('PATCH', `/peers/${await freshParty()}`, admin.headers, { isEnabled: false }), 404, 'not-found');
  });

  it('adds a second key to a peer with 201 (audited as peer.key-added); a known key is 409, a malformed one 422', async () => {
    const { party, key } = await addedPeer();
    const next = generateKeyPair();
    const res = await inject('POST', `/peers/${party}/keys`, admin.headers, { publicKey: next.publicKey });
    expect(res.statusCode).toBe(201);
    expect(res.json<PeerBody>().keys.map((k) => [k.kid, k.fingerprint, k.source]).sort()).toEqual(
      [[kidOf(key.publicKey), fingerprintOf(key.publicKey), 'admin'], [kidOf(next.publicKey), fingerprintOf(next.publicKey), 'admin']].sort(),
    );
    expect((await auditOf(party, 'peer.key-added')).map((r) => r.change)).toEqual([{ fingerprint: fingerprintOf(next.publicKey) }]);
    expectProblem(await inject('POST', `/peers/${party}/keys`, admin.headers, { publicKey: next.publicKey }), 409, 'peer-key-exists');
    const bad = expectProblem(await inject('POST', `/peers/${party}/keys`, admin.headers, { publicKey: 'ed25519:short' }), 422, 'unprocessable');
    expect(bad.errors?.map((e) => e.path)).toEqual(['body/publicKey']);
    expectProblem(await inject('POST', `/peers/${await freshParty()}/keys`, admin.headers, { publicKey: generateKeyPair().publicKey }), 404, 'not-found');
    expect(await auditOf(party, 'peer.key-added')).toHaveLength(1);
  });
});

describe('this node\'s keys', () => {
  it('rotates the signing key: 201 with the new key; /exchange/node then shows it current and the old one retired', async () => {
    await addedPeer();
    const before = (await inject('GET', '/exchange/node', admin.headers)).json<{ party: string; current: NodeKeyBody; keys: NodeKeyBody[] }>();
    const peered = (await inject('GET', '/peers', admin.headers)).json<{ items: PeerBody[] }>().items.map((p) => p.partyCode);
    const res = await inject('POST', '/exchange/node-keys', admin.headers);
    expect(res.statusCode).toBe(201);
    const made = res.json<NodeKeyBody>();
    expect(made).toMatchObject({ retiredAt: null, fingerprint: fingerprintOf(made.publicKey), kid: kidOf(made.publicKey) });
    expect(made.kid).not.toBe(before.current.kid);

    const after = (await inject('GET', '/exchange/node', admin.headers)).json<{ party: string; current: NodeKeyBody; keys: NodeKeyBody[] }>();
    expect(after.party).toBe('US');
    expect(after.current.kid).toBe(made.kid);
    expect(after.keys).toHaveLength(before.keys.length + 1);
    expect(after.keys.filter((k) => k.retiredAt === null).map((k) => k.kid)).toEqual([made.kid]);
    expect(after.keys.find((k) => k.kid === before.current.kid)?.retiredAt).toBe(node.clock.now().toISOString());

    const [audit] = await auditOf(made.kid, 'exchange.key-rotated');
    expect(audit).toMatchObject({ actorId: admin.user.id, subjectType: 'node-key' });
    expect(audit?.change).toEqual({ fingerprint: made.fingerprint, announcedTo: peered, resigned: 0 });
    // Every peer is told of the new key in an envelope queued for it.
    const now = (await inject('GET', '/peers', admin.headers)).json<{ items: PeerBody[] }>().items;
    for (const p of now) expect(p.queued).toBeGreaterThanOrEqual(1);
  });
});

describe('verification and sync', () => {
  it('reports a peer whose address refuses connections as not ok, with an unreachable problem, in a 200', async () => {
    const { party } = await addedPeer();
    const auditor = await node.signedIn(['auditor']);
    for (const who of [admin, auditor]) {
      const res = await inject('GET', `/peers/${party}/verification`, who.headers);
      expect(res.statusCode).toBe(200);
      const body = res.json<{ party: string; ok: boolean; problems: { code: string; detail: string }[]; sent: { ours: { seq: number }; theirs: { seq: number } } }>();
      expect(body).toMatchObject({ party, ok: false, sent: { ours: { seq: 0 }, theirs: { seq: -1 } } });
      expect(body.problems).toEqual([{ code: 'unreachable', detail: expect.stringMatching(/ECONNREFUSED/) }]);
    }
    expectProblem(await inject('GET', `/peers/${await freshParty()}/verification`, admin.headers), 404, 'not-found');
  });

  it('syncs now on request: a peer that cannot be reached answers 200 done, showing the failed delivery', async () => {
    const { party } = await addedPeer();
    await queueFor(party);
    const res = await inject('POST', `/peers/${party}/sync`, admin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ state: string; peer: PeerBody }>()).toMatchObject({ state: 'done', peer: { partyCode: party, failures: 1, queued: 1, inStep: false, lastError: expect.stringMatching(/ECONNREFUSED/) } });
    // An administrator's "now" is not held back by the backoff the first failure started.
    const again = await inject('POST', `/peers/${party}/sync`, admin.headers);
    expect(again.json<{ peer: PeerBody }>().peer).toMatchObject({ failures: 2, queued: 1 });
    expectProblem(await inject('POST', `/peers/${await freshParty()}/sync`, admin.headers), 404, 'not-found');
  });

  it('answers 202 elsewhere at once while another process holds the peer\'s delivery lease, attempting nothing', async () => {
    const { party } = await addedPeer();
    await queueFor(party);
    const holder = 'other-host.example:4242:0badf00d:-';
    expect(await claimLease(node.database.db, party, holder, { ms: 60_000, now: node.clock.now() })).toBe(true);
    try {
      const startedAt = Date.now();
      const res = await inject('POST', `/peers/${party}/sync`, admin.headers);
      expect(Date.now() - startedAt).toBeLessThan(1500);
      expect(res.statusCode).toBe(202);
      expect(res.json<{ state: string; peer: PeerBody }>()).toMatchObject({ state: 'elsewhere', peer: { failures: 0, queued: 1, lastError: null } });
    } finally {
      await releaseLease(node.database.db, party, holder);
    }
  });
});
