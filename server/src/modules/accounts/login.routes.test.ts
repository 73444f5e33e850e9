import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, PASSWORD, problemType, type TestNode } from '../../../test/node.js';
import { sha256Hex } from '../../platform/ids.js';
import { userTable } from '../directory/index.js';
import { IP_MAX_FAILURES } from './login.js';
import { credentials, loginAttempts, sessions } from './tables.js';

let node: TestNode;

// Failures are counted per client address, and every test here shares one database: each test that fails a
// sign-in does so from an address of its own, so no test can push another over the address limit.
let lastOctet = 0;
const freshAddress = () => `203.0.113.${++lastOctet}`;

const MINUTE = 60_000;
const WRONG = 'not the password at all';

const signIn = (payload: Record<string, unknown>, remoteAddress = '127.0.0.1') =>
  node.app.inject({ method: 'POST', url: '/api/v1/session', payload, remoteAddress });

async function sessionCount(userId: string): Promise<number> {
  const [row] = await node.database.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId));
  return row?.n ?? 0;
}

async function credentialsOf(userId: string) {
  const [row] = await node.database.db.select().from(credentials).where(eq(credentials.userId, userId));
  if (!row) throw new Error(`no credentials for ${userId}`);
  return row;
}

beforeAll(async () => {
  node = await makeTestNode();
});

describe('sign-in', () => {
  it('sets an httpOnly SameSite=Strict session cookie, returns a CSRF token and stores only the token hash', async () => {
    const user = await node.makeUser(['officer']);
    const res = await signIn({ username: user.username, password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'cp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value).toMatch(/^cps_[A-Za-z0-9_-]{43}$/);
    expect(cookie?.expires?.getTime()).toBe(node.clock.now().getTime() + node.config.sessionMaxMs);
    const body = res.json<{ csrfToken: string; user: { id: string; username: string; totpEnabled: boolean } }>();
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(body.user).toMatchObject({ id: user.id, username: user.username, totpEnabled: false });
    const [row] = await node.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row?.tokenHash).toBe(sha256Hex(cookie?.value ?? ''));
    expect(JSON.stringify(row)).not.toContain(cookie?.value);
    expect((await credentialsOf(user.id)).lastLoginAt).toEqual(node.clock.now());
  });

  it('finds the username whatever its case', async () => {
    const user = await node.makeUser(['viewer'], { username: node.unique('Mixed.Case.') });
    const res = await signIn({ username: user.username.toUpperCase(), password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ user: { id: string } }>().user.id).toBe(user.id);
  });

  it('lets the session cookie answer GET /api/v1/session with the same user and CSRF token', async () => {
    const user = await node.makeUser(['viewer']);
    const headers = await node.login(user.username);
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: headers.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: user.id }, csrfToken: headers['x-csrf-token'] });
  });

  it('answers a wrong password and an unknown user alike: 401 invalid-credentials, same body, no cookie', async () => {
    const user = await node.makeUser(['officer']);
    const address = freshAddress();
    const wrong = await signIn({ username: user.username, password: WRONG }, address);
    const unknown = await signIn({ username: node.unique('nobody.'), password: WRONG }, address);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(problemType(res)).toBe('invalid-credentials');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const { requestId: _a, ...wrongBody } = wrong.json<Record<string, unknown>>();
    const { requestId: _b, ...unknownBody } = unknown.json<Record<string, unknown>>();
    expect(unknownBody).toEqual(wrongBody);
    expect(await sessionCount(user.id)).toBe(0);
  });

  it('refuses an inactive user exactly as it refuses a wrong password', async () => {
    const user = await node.makeUser(['officer']);
    await node.database.db.update(userTable).set({ isActive: false }).where(eq(userTable.id, user.id));
    const res = await signIn({ username: user.username, password: PASSWORD }, freshAddress());
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('invalid-credentials');
    expect(await sessionCount(user.id)).toBe(0);
  });

  it('ends the session on DELETE /api/v1/session; the old cookie then gets 401', async () => {
    const user = await node.makeUser(['officer']);
    const headers = await node.login(user.username);
    const out = await node.app.inject({ method: 'DELETE', url: '/api/v1/session', headers });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'cp_session');
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await sessionCount(user.id)).toBe(0);
    const after = await node.app.inject({ method: 'GET', url: '/api/v1/session', headers });
    expect(after.statusCode).toBe(401);
    expect(problemType(after)).toBe('unauthenticated');
  });

  it('ends only the session signed out of, not the same user’s other sessions', async () => {
    const user = await node.makeUser(['officer']);
    const first = await node.login(user.username);
    const second = await node.login(user.username);
    expect((await node.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: first })).statusCode).toBe(204);
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/me', headers: second })).statusCode).toBe(200);
  });
});

describe('account lockout', () => {
  async function failTimes(username: string, times: number, address: string): Promise<void> {
    for (let i = 0; i < times; i++) {
      const res = await signIn({ username, password: WRONG }, address);
      expect(res.statusCode).toBe(401);
    }
  }

  it('locks the account after 5 failed passwords: 429 account-locked with Retry-After even for the right password', async () => {
    const user = await node.makeUser(['officer']);
    const address = freshAddress();
    await failTimes(user.username, node.config.loginMaxFailures, address);
    const res = await signIn({ username: user.username, password: PASSWORD }, address);
    expect(res.statusCode).toBe(429);
    expect(problemType(res)).toBe('account-locked');
    expect(res.headers['retry-after']).toBe(String(node.config.lockoutMs / 1000));
    expect(await sessionCount(user.id)).toBe(0);
    expect((await credentialsOf(user.id)).lockedUntil).toEqual(new Date(node.clock.now().getTime() + node.config.lockoutMs));
  });

  it('does not lock after one failure fewer than the limit', async () => {
    const user = await node.makeUser(['officer']);
    const address = freshAddress();
    await failTimes(user.username, node.config.loginMaxFailures - 1, address);
    expect((await signIn({ username: user.username, password: PASSWORD }, address)).statusCode).toBe(200);
  });

  it('opens again once the clock passes the lockout, and counts down Retry-After until then', async () => {
    const user = await node.makeUser(['officer']);
    const address = freshAddress();
    await failTimes(user.username, node.config.loginMaxFailures, address);
    node.clock.advance(node.config.lockoutMs - MINUTE);
    const still = await signIn({ username: user.username, password: PASSWORD }, address);
    expect(still.statusCode).toBe(429);
    expect(still.headers['retry-after']).toBe('60');
    node.clock.advance(MINUTE);
    const res = await signIn({ username: user.username, password: PASSWORD }, address);
    expect(res.statusCode).toBe(200);
    expect((await credentialsOf(user.id)).lockedUntil).toBeNull();
  });

  it('does not extend the lockout for wrong passwords tried while locked', async () => {
    const user = await node.makeUser(['officer']);
    const address = freshAddress();
    await failTimes(user.username, node.config.loginMaxFailures, address);
    const lockedUntil = (await credentialsOf(user.id)).lockedUntil;
    node.clock.advance(MINUTE);
    for (let i = 0; i < 3; i++) expect((await signIn({ username: user.username, password: WRONG }, address)).statusCode).toBe(429);
    expect((await credentialsOf(user.id)).lockedUntil).toEqual(lockedUntil);
    node.clock.advance(node.config.lockoutMs);
    expect((await signIn({ username: user.username, password: PASSWORD }, address)).statusCode).toBe(200);
  });

  it('resets the failure count on a successful sign-in', async () => {
    const user = await node.makeUser(['officer']);
    const address = freshAddress();
    const almost = node.config.loginMaxFailures - 1;
    await failTimes(user.username, almost, address);
    expect((await credentialsOf(user.id)).failedLogins).toBe(almost);
    expect((await signIn({ username: user.username, password: PASSWORD }, address)).statusCode).toBe(200);
    expect((await credentialsOf(user.id)).failedLogins).toBe(0);
    await failTimes(user.username, almost, address);
    expect((await signIn({ username: user.username, password: PASSWORD }, address)).statusCode).toBe(200);
  });
});

describe('per-address rate limit', () => {
  async function failFrom(address: string, times: number): Promise<void> {
    for (let i = 0; i < times; i++) {
      const res = await signIn({ username: node.unique('sprayed.'), password: WRONG }, address);
      expect(res.statusCode).toBe(401);
    }
  }

  it('answers 429 rate-limited to an address after 20 failures in 15 minutes, while another address gets through', async () => {
    const user = await node.makeUser(['officer']);
    const busy = freshAddress();
    await failFrom(busy, IP_MAX_FAILURES);
    const blocked = await signIn({ username: user.username, password: PASSWORD }, busy);
    expect(blocked.statusCode).toBe(429);
    expect(problemType(blocked)).toBe('rate-limited');
    expect(blocked.headers['retry-after']).toBe('900');
    expect(await sessionCount(user.id)).toBe(0);
    // The refused attempt itself is not counted (the address does not dig itself deeper).
    const [attempts] = await node.database.db.select({ n: count() }).from(loginAttempts).where(eq(loginAttempts.ip, busy));
    expect(attempts?.n).toBe(IP_MAX_FAILURES);
    // The account itself was never tried, so it is not locked and works from elsewhere.
    expect((await signIn({ username: user.username, password: PASSWORD }, freshAddress())).statusCode).toBe(200);
  });

  it('lets the address in again as its oldest failures leave the 15-minute window', async () => {
    const user = await node.makeUser(['officer']);
    const busy = freshAddress();
    await failFrom(busy, IP_MAX_FAILURES / 2);
    node.clock.advance(10 * MINUTE);
    await failFrom(busy, IP_MAX_FAILURES / 2);
    const blocked = await signIn({ username: user.username, password: PASSWORD }, busy);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('300');
    node.clock.advance(5 * MINUTE);
    expect((await signIn({ username: user.username, password: PASSWORD }, busy)).statusCode).toBe(200);
  });
});
