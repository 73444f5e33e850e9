import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, PASSWORD, problemType, type TestNode } from '../../../test/node.js';
import { userTable } from '../directory/index.js';

let node: TestNode;

beforeAll(async () => {
  node = await makeTestNode();
});

const JSON_TYPE = { 'content-type': 'application/json' };
const MIB = 1024 * 1024;

type Problem = { type: string; status: number; errors?: { path: string; message: string }[] };

function expectProblem(res: LightMyRequestResponse, status: number, slug: string): Problem {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(problemType(res)).toBe(slug);
  const body = res.json<Problem>();
  expect(body.status).toBe(status);
  return body;
}

/** The node still answers normally: a real sign-in and an authenticated read both work. */
async function expectStillServing(): Promise<void> {
  const { headers } = await node.signedIn(['viewer']);
  expect((await node.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
}

describe('bad input', () => {
  it('answers malformed JSON with 400 malformed-json, then keeps serving', async () => {
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', headers: JSON_TYPE, payload: '{"username": "someone", "password": ' });
    expectProblem(res, 400, 'malformed-json');
    await expectStillServing();
  });

  it('answers an empty JSON body with 400 malformed-json, then keeps serving', async () => {
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', headers: JSON_TYPE, payload: '' });
    expectProblem(res, 400, 'malformed-json');
    await expectStillServing();
  });

  it('lists an unknown field in a 400, then keeps serving', async () => {
    const user = await node.makeUser(['viewer']);
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: user.username, password: PASSWORD, rememberMe: true } });
    const body = expectProblem(res, 400, 'validation');
    // The code and its numbers let the web UI say it in Chinese (web/src/app/api/problem.ts, VALIDATION_CODES).
    expect(body.errors).toEqual([{ path: 'body', message: expect.stringContaining('rememberMe'), code: 'unrecognized_keys', params: { keys: 'rememberMe' } }]);
    expect(res.headers['set-cookie']).toBeUndefined();
    await expectStillServing();
  });

  it('refuses an unknown field on a write and changes nothing', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const res = await node.app.inject({ method: 'PATCH', url: '/api/v1/me', headers, payload: { displayName: 'Renamed', roles: ['admin'] } });
    const body = expectProblem(res, 400, 'validation');
    expect(body.errors?.map((e) => e.message).join(' ')).toContain('roles');
    const [row] = await node.database.db.select().from(userTable).where(eq(userTable.id, user.id));
    expect(row).toMatchObject({ displayName: 'Test User', roles: ['officer'] });
  });

  it('refuses a body over 1 MiB with 413 body-too-large, then keeps serving', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const payload = JSON.stringify({ displayName: 'x'.repeat(MIB) });
    const res = await node.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { ...headers, ...JSON_TYPE }, payload });
    expectProblem(res, 413, 'body-too-large');
    const [row] = await node.database.db.select().from(userTable).where(eq(userTable.id, user.id));
    expect(row?.displayName).toBe('Test User');
    await expectStillServing();
  });

  it('accepts a body just under 1 MiB as far as the size goes (then validates it)', async () => {
    const { headers } = await node.signedIn(['officer']);
    const payload = JSON.stringify({ displayName: 'x'.repeat(MIB - 100) });
    const res = await node.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { ...headers, ...JSON_TYPE }, payload });
    const body = expectProblem(res, 400, 'validation');
    expect(body.errors?.map((e) => e.path)).toEqual(['body/displayName']);
  });

  it('refuses a body that is not JSON with 415 unsupported-media-type, then keeps serving', async () => {
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'username=a&password=b' });
    expectProblem(res, 415, 'unsupported-media-type');
    await expectStillServing();
  });
});
