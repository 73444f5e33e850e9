// Idempotency-Key on writes: a retry gets the first answer, a different request under the same key is refused,
// a refused write frees its key, keys belong to one caller, and a claim whose answer was never recorded says so.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { idempotencyKeys } from './tables.js';

let node: TestNode;
let admin: Awaited<ReturnType<TestNode['signedIn']>>;

beforeAll(async () => {
  node = await makeTestNode();
  admin = await node.signedIn(['admin']);
});

const agency = (acronym: string, extra: Record<string, unknown> = {}) => ({ partyCode: 'US', acronym, nameEn: 'Test agency', nameZh: '测试机构', kind: 'police', ...extra });

async function post(payload: unknown, key: string | undefined, headers = admin.headers) {
  return node.app.inject({ method: 'POST', url: '/api/v1/agencies', headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) }, payload: payload as Record<string, unknown> });
}

async function agenciesNamed(acronym: string): Promise<number> {
  const res = await node.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: admin.headers });
  return res.json<{ items: { acronym: string }[] }>().items.filter((a) => a.acronym === acronym).length;
}

describe('Idempotency-Key', () => {
  it('answers a retry with the first answer and writes once', async () => {
    const acronym = node.unique('IDA');
    const first = await post(agency(acronym), 'retry-key-0001');
    const again = await post(agency(acronym), 'retry-key-0001');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.json()).toEqual(first.json());
    expect(await agenciesNamed(acronym)).toBe(1);
  });

  it('without a key, the same request twice is two requests', async () => {
    const acronym = node.unique('IDB');
    expect((await post(agency(acronym), undefined)).statusCode).toBe(201);
    expect((await post(agency(acronym), undefined)).statusCode).toBe(409);
  });

  it('refuses the same key for a different request with 422 and writes nothing', async () => {
    const acronym = node.unique('IDC');
    expect((await post(agency(acronym), 'reused-key-0001')).statusCode).toBe(201);
    const other = await post(agency(node.unique('IDD')), 'reused-key-0001');
    expect(other.statusCode).toBe(422);
    expect(problemType(other)).toBe('idempotency-key-reused');
  });

  it('frees the key of a refused write, so the corrected request may use it', async () => {
    const acronym = node.unique('IDE');
    const refused = await post(agency(acronym, { kind: 'spaceship' }), 'fixed-key-00001');
    expect(refused.statusCode).toBe(400);
    expect((await post(agency(acronym), 'fixed-key-00001')).statusCode).toBe(201);
  });

  it('keeps one caller\'s key apart from another\'s', async () => {
    const other = await node.signedIn(['admin']);
    const a = node.unique('IDF');
    const b = node.unique('IDG');
    expect((await post(agency(a), 'shared-key-0001')).statusCode).toBe(201);
    const theirs = await post(agency(b), 'shared-key-0001', other.headers);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(await agenciesNamed(b)).toBe(1);
  });

  it('lets only one of two simultaneous requests with one key write', async () => {
    const acronym = node.unique('IDH');
    const answers = await Promise.all([post(agency(acronym), 'race-key-000001'), post(agency(acronym), 'race-key-000001')]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual(expect.arrayContaining([201]));
    for (const r of answers) expect([201, 409]).toContain(r.statusCode);
    expect(await agenciesNamed(acronym)).toBe(1);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    const res = await post(agency(node.unique('IDI')), 'short');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('headers/idempotency-key');
  });

  it('says the outcome is unknown when the first request never recorded its answer', async () => {
    const caller = `user:${admin.user.id}`;
    const payload = agency(node.unique('IDJ'));
    // A first request that claimed the key and died: its hash must match the retry's, so claim through HTTP first.
    expect((await post(payload, 'dead-key-000001')).statusCode).toBe(201);
    await node.database.db.update(idempotencyKeys).set({ statusCode: null, body: null, createdAt: new Date(node.clock.now().getTime() - 10 * 60_000) }).where(sql`${idempotencyKeys.caller} = ${caller} and ${idempotencyKeys.key} = 'dead-key-000001'`);
    const retry = await post(payload, 'dead-key-000001');
    expect(retry.statusCode).toBe(409);
    expect(problemType(retry)).toBe('idempotency-outcome-unknown');
  });

  it('keeps a secret answer sealed at rest and replays it to the same caller', async () => {
    const headers = { ...admin.headers, 'idempotency-key': 'token-key-00001' };
    const first = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: { name: 'replayed token', role: 'viewer' } });
    expect(first.statusCode).toBe(201);
    const { secret } = first.json<{ secret: string }>();
    const again = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: { name: 'replayed token', role: 'viewer' } });
    expect(again.json<{ secret: string }>().secret).toBe(secret);
    const rows = await node.database.db.select().from(idempotencyKeys);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.body ?? '').not.toContain(secret);
      expect(row.requestHash).not.toMatch(/^[0-9a-f]{64}$/); // a keyed digest, not a bare SHA-256 of the request
    }
  });

  it('says the outcome is unknown at once when the first request finished without an answer kept (a 5xx)', async () => {
    const caller = `user:${admin.user.id}`;
    const payload = agency(node.unique('IDK'));
    expect((await post(payload, 'five-key-000001')).statusCode).toBe(201);
    await node.database.db.update(idempotencyKeys).set({ statusCode: null, body: null }).where(sql`${idempotencyKeys.caller} = ${caller} and ${idempotencyKeys.key} = 'five-key-000001'`);
    const retry = await post(payload, 'five-key-000001');
    expect(retry.statusCode).toBe(409);
    expect(problemType(retry)).toBe('idempotency-outcome-unknown');
  });
});
