// Strangers can reach the node-to-node endpoints: what they can make the node do is bounded. Refusals are counted
// per address in the audit log (not one row each), what they claim is cut short and stored as data, an address
// that keeps being refused is answered 429, and a signed request is accepted once.
import { createPrivateKey } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { auditLog, verifyAuditChain } from '../../platform/audit/index.js';
import { queryRows } from '../../platform/db.js';
import { createParty } from '../directory/index.js';
import { generateKeyPair, kidOf, signJson, type Signer } from './crypto.js';
import { addPeer } from './index.js';
import { closeRefusalWindows, REFUSAL_WINDOW_MS } from './refusals.js';
import { signRequest } from './signed-request.js';
import { requestNonces } from './tables.js';

const INBOX = '/api/v1/exchange/inbox';
const HEADS = '/api/v1/exchange/heads';

let node: TestNode;
/** A second process of the same node: another app over the same database. */
let other: FastifyInstance;

beforeAll(async () => {
  // Room for 50 refusals a minute from one address; the flood guard itself is tested with its default below.
  node = await makeTestNode({ COUNTERPART_EXCHANGE_MAX_REFUSALS: '1000' });
  other = await buildApp({ config: node.config, database: node.database, clock: node.clock, box: node.box, logger: false });
  afterAll(() => other.close());
});

let nextAddress = 0;
const freshAddress = () => `203.0.113.${++nextAddress}`;

const push = (app: FastifyInstance, envelopes: string[], remoteAddress: string) => app.inject({ method: 'POST', url: INBOX, payload: { envelopes }, remoteAddress });

function expectRefused(res: LightMyRequestResponse, status: number, type: string): void {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(problemType(res)).toBe(type);
}

/** Refusal rows whose first refusal came from `address`, newest first. */
const rowsFrom = (address: string) =>
  node.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'security.exchange-rejected'), sql`${auditLog.change}->>'address' = ${address}`))
    .orderBy(desc(auditLog.seq));

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Looks like a JWS and claims `from`; its header is fine or, with `brokenHeader`, not JSON at all. */
const claiming = (from: string, brokenHeader = false) => `${brokenHeader ? 'bm90LWpzb24' : b64({ alg: 'EdDSA', kid: 'k', typ: 'cp-envelope+jws' })}.${b64({ v: 1, from, to: 'US' })}.c2ln`;

const housekeeping = () => ({ db: node.database.db, clock: node.clock });

const signerOf = (key: ReturnType<typeof generateKeyPair>): Signer => ({ kid: kidOf(key.publicKey), privateKey: createPrivateKey(key.privateKeyPem) });

let nextParty = 0;
async function peer(): Promise<{ party: string; signer: Signer }> {
  const party = `G${String.fromCharCode(65 + nextParty++)}`;
  await createParty(node.ctxFor(), { code: party, nameEn: `Party ${party}`, nameZh: `缔约方 ${party}`, timeZone: 'UTC' });
  const key = generateKeyPair();
  await addPeer(node.ctxFor(), { partyCode: party, baseUrl: 'http://127.0.0.1:9', publicKey: key.publicKey });
  return { party, signer: signerOf(key) };
}

const signedHeads = (party: string, signer: Signer) => signRequest(signer, { from: party, to: 'US', method: 'GET', path: HEADS, at: node.clock.now().toISOString() });

describe('refusals in the audit log', () => {
  it('counts 50 refused pushes from one address, over two processes, in one audit row, and one more with the count when the window closes', async () => {
    const address = freshAddress();
    for (let i = 0; i < 50; i++) expectRefused(await push(i % 2 ? other : node.app, ['hello, node'], address), 422, 'unsupported-envelope');
    const open = await rowsFrom(address);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ actorLabel: 'exchange', subjectType: 'peer', subjectId: 'unknown', change: { reason: 'unsupported-envelope', address, source: address, count: 1 } });
    const window = (open[0]?.change as { window: { from: string; to: string } }).window;
    expect(new Date(window.to).getTime() - new Date(window.from).getTime()).toBe(REFUSAL_WINDOW_MS);

    // Once the window is over, the next refusal (from anyone) closes it: one row more, with the count.
    node.clock.set(new Date(window.to));
    expectRefused(await push(node.app, ['hello, node'], freshAddress()), 422, 'unsupported-envelope');
    const closed = await rowsFrom(address);
    expect(closed).toHaveLength(2);
    expect(closed[0]?.change).toMatchObject({ reason: 'unsupported-envelope', address, count: 50, window, closed: true });
    expect(await closeRefusalWindows(housekeeping())).toBe(0);
    expect(await rowsFrom(address)).toHaveLength(2);
    expect((await verifyAuditChain(node.database.db)).ok).toBe(true);
  });

  it('closes a window with a single refusal without another row, and windows that ended with the housekeeping call', async () => {
    const once = freshAddress();
    const twice = freshAddress();
    expectRefused(await push(node.app, ['x'], once), 422, 'unsupported-envelope');
    for (let i = 0; i < 2; i++) expectRefused(await push(node.app, ['x'], twice), 422, 'unsupported-envelope');
    node.clock.advance(REFUSAL_WINDOW_MS);
    expect(await closeRefusalWindows(housekeeping())).toBeGreaterThanOrEqual(2);
    expect((await rowsFrom(once)).map((r) => r.change.count)).toEqual([1]);
    expect((await rowsFrom(twice)).map((r) => r.change.count)).toEqual([2, 1]);
  });

  it('refuses an envelope claiming a sender of 9,000 characters or with a NUL byte with 403, logged with the claim cut short and made storable', async () => {
    const long = 'A'.repeat(9000);
    const cases = [
      [long, false, /^A{200}…$/],
      [long, true, /^A{200}…$/],
      ['U\u0000S', false, /^U\uFFFDS$/],
      ['U\u0000S', true, /^U\uFFFDS$/],
      ['\uD800US', false, /^\uFFFDUS$/],
    ] as const;
    for (const [claim, brokenHeader, stored] of cases) {
      const address = freshAddress();
      const res = await push(node.app, [claiming(claim, brokenHeader)], address);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json<{ detail: string }>().detail.length).toBeLessThanOrEqual(501);
      const [row] = await rowsFrom(address);
      expect(row?.subjectId).toBe('unknown');
      expect((row?.change as { claimedFrom: string }).claimedFrom).toMatch(stored);
    }
  });

  it('refuses a signed request claiming such a sender with 403 unknown-sender, logged', async () => {
    const stranger = signerOf(generateKeyPair());
    for (const from of ['B'.repeat(9000), 'C\u0000N']) {
      const address = freshAddress();
      const authorization = `Counterpart ${await signJson(stranger, 'cp-request+jws', { v: 1, type: 'request', from, to: 'US', method: 'GET', path: HEADS, at: node.clock.now().toISOString(), nonce: 'n'.repeat(16) })}`;
      expectRefused(await node.app.inject({ method: 'GET', url: HEADS, headers: { authorization }, remoteAddress: address }), 403, 'unknown-sender');
      expect((await rowsFrom(address))[0]?.change).toMatchObject({ reason: 'unknown-sender', claimedFrom: expect.stringMatching(/^(B{200}…|C\uFFFDN)$/) });
    }
  });
});

describe('the flood guard', () => {
  let guarded: FastifyInstance;
  beforeAll(async () => {
    // This node's default: 30 refusals a minute from one address.
    guarded = await buildApp({ config: loadConfig({ COUNTERPART_DATA_DIR: '/nonexistent' }), database: node.database, clock: node.clock, box: node.box, logger: false });
    afterAll(() => guarded.close());
  });

  it('answers 429 problem+json to an address after 30 refusals in a minute, before reading its body, and only to that address', async () => {
    const address = freshAddress();
    for (let i = 0; i < 30; i++) expectRefused(await push(guarded, ['x'], address), 422, 'unsupported-envelope');
    const before = await queryRows<{ n: number }>(node.database.db, sql`select count(*)::int as n from exchange_refusals`);
    const blocked = await guarded.inject({ method: 'POST', url: INBOX, headers: { 'content-type': 'application/json' }, payload: '{not json', remoteAddress: address });
    expectRefused(blocked, 429, 'rate-limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expectRefused(await guarded.inject({ method: 'GET', url: HEADS, remoteAddress: address }), 429, 'rate-limited');
    // A 429 costs no database write: nothing more is counted.
    expect(await queryRows<{ n: number }>(node.database.db, sql`select count(*)::int as n from exchange_refusals`)).toEqual(before);
    expectRefused(await push(guarded, ['x'], freshAddress()), 422, 'unsupported-envelope');
  });

  it('never slows a peer whose requests are accepted, however many it makes', async () => {
    const { party, signer } = await peer();
    const address = freshAddress();
    for (let i = 0; i < 40; i++) expect((await guarded.inject({ method: 'GET', url: HEADS, headers: { authorization: await signedHeads(party, signer) }, remoteAddress: address })).statusCode).toBe(200);
  });
});

describe('signed requests are accepted once', () => {
  it('refuses a replayed signed request with 401 replayed-request, in this process and another, while a fresh one passes', async () => {
    const { party, signer } = await peer();
    const authorization = await signedHeads(party, signer);
    const get = (app: FastifyInstance, auth: string) => app.inject({ method: 'GET', url: HEADS, headers: { authorization: auth } });
    expect((await get(node.app, authorization)).statusCode).toBe(200);
    expectRefused(await get(node.app, authorization), 401, 'replayed-request');
    expectRefused(await get(other, authorization), 401, 'replayed-request');
    expect((await get(other, await signedHeads(party, signer))).statusCode).toBe(200);
    const rows = await node.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'security.exchange-rejected'), eq(auditLog.subjectId, party)));
    expect(rows.map((r) => r.change)).toEqual([expect.objectContaining({ reason: 'replayed-request', count: 1 })]);
  });

  it('forgets a nonce once its request is past the clock allowance, when the time check alone refuses a replay', async () => {
    const { party, signer } = await peer();
    const first = await signedHeads(party, signer);
    expect((await node.app.inject({ method: 'GET', url: HEADS, headers: { authorization: first } })).statusCode).toBe(200);
    const nonces = () => node.database.db.select().from(requestNonces).where(eq(requestNonces.partyCode, party));
    expect(await nonces()).toHaveLength(1);
    node.clock.advance(7 * 60_000);
    expectRefused(await node.app.inject({ method: 'GET', url: HEADS, headers: { authorization: first } }), 401, 'stale-request');
    expect((await node.app.inject({ method: 'GET', url: HEADS, headers: { authorization: await signedHeads(party, signer) } })).statusCode).toBe(200);
    expect(await nonces()).toHaveLength(1);
  });
});
