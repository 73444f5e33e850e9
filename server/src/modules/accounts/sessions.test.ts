import { count, eq } from 'drizzle-orm';
import { newId } from '../../platform/ids.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, PASSWORD, problemType, type TestNode } from '../../../test/node.js';
import { purgeExpired } from './index.js';
import { loginAttempts, sessions } from './tables.js';

// Short, explicit limits so the numbers in the tests read directly: 30 minutes idle, 2 hours absolute.
const IDLE_MINUTES = 30;
const MAX_HOURS = 2;
const MINUTE = 60_000;

let node: TestNode;

beforeAll(async () => {
  node = await makeTestNode({
    COUNTERPART_SESSION_IDLE_MINUTES: String(IDLE_MINUTES),
    COUNTERPART_SESSION_MAX_HOURS: String(MAX_HOURS),
    COUNTERPART_COOKIE_SECURE: 'true',
  });
});

const me = (headers: Record<string, string>) => node.app.inject({ method: 'GET', url: '/api/v1/me', headers });

async function sessionRows(userId: string) {
  return node.database.db.select().from(sessions).where(eq(sessions.userId, userId));
}

describe('sessions', () => {
  it('gives the cookie the session’s absolute expiry and marks it Secure when configured', async () => {
    const user = await node.makeUser(['viewer']);
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: user.username, password: PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'cp_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    expect(cookie?.expires?.getTime()).toBe(node.clock.now().getTime() + MAX_HOURS * 60 * MINUTE);
  });

  it('ends a session left idle for longer than the idle timeout, and deletes it', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    node.clock.advance(IDLE_MINUTES * MINUTE + 1000);
    const res = await me(headers);
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('unauthenticated');
    expect(await sessionRows(user.id)).toHaveLength(0);
  });

  it('keeps a session alive while it is used within the idle window', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    for (let i = 0; i < 3; i++) {
      node.clock.advance((IDLE_MINUTES - 5) * MINUTE);
      expect((await me(headers)).statusCode).toBe(200);
    }
    const [row] = await sessionRows(user.id);
    expect(row?.lastSeenAt).toEqual(node.clock.now());
    // 75 minutes in, but last used just now: alive right up to the idle limit from here (105 < 120 minutes).
    node.clock.advance(IDLE_MINUTES * MINUTE);
    expect((await me(headers)).statusCode).toBe(200);
  });

  it('ends a session at its absolute expiry even while it is in use', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const maxMs = MAX_HOURS * 60 * MINUTE;
    let elapsed = 0;
    while (elapsed + 20 * MINUTE < maxMs) {
      node.clock.advance(20 * MINUTE);
      elapsed += 20 * MINUTE;
      expect((await me(headers)).statusCode).toBe(200);
    }
    node.clock.advance(maxMs - elapsed - 1000);
    expect((await me(headers)).statusCode).toBe(200);
    node.clock.advance(1000);
    const res = await me(headers);
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('unauthenticated');
    expect(await sessionRows(user.id)).toHaveLength(0);
  });

  it('writes lastSeenAt at most once a minute, so reads do not all become writes', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const [before] = await sessionRows(user.id);
    node.clock.advance(30_000);
    expect((await me(headers)).statusCode).toBe(200);
    const [after] = await sessionRows(user.id);
    expect(after?.lastSeenAt).toEqual(before?.lastSeenAt);
  });

  it('treats an unknown or altered cookie as signed out', async () => {
    const { headers } = await node.signedIn(['officer']);
    const flipped = headers.cookie.endsWith('A') ? 'B' : 'A';
    const altered = { ...headers, cookie: `${headers.cookie.slice(0, -1)}${flipped}` };
    const res = await me(altered);
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('unauthenticated');
    expect((await me({ cookie: 'cp_session=cps_nonsense' })).statusCode).toBe(401);
  });

  it('keeps each sign-in a separate session row', async () => {
    const user = await node.makeUser(['viewer']);
    await node.login(user.username);
    await node.login(user.username);
    const [row] = await node.database.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, user.id));
    expect(row?.n).toBe(2);
  });

  it('purges ended sessions and day-old sign-in attempts, and leaves live sessions and recent attempts alone', async () => {
    const idle = await node.signedIn(['officer']);
    node.clock.advance(IDLE_MINUTES * MINUTE + 1000);
    const live = await node.signedIn(['officer']);
    const now = node.clock.now().getTime();
    const old = { id: newId(), ip: '192.0.2.200', username: 'old', at: new Date(now - 24 * 60 * MINUTE - 1000), succeeded: false };
    const recent = { ...old, id: newId(), at: new Date(now - MINUTE) };
    await node.database.db.insert(loginAttempts).values([old, recent]);
    const result = await purgeExpired({ db: node.database.db, clock: node.clock, config: node.config });
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(await sessionRows(idle.user.id)).toHaveLength(0);
    expect(await sessionRows(live.user.id)).toHaveLength(1);
    expect((await me(live.headers)).statusCode).toBe(200);
    const left = await node.database.db.select().from(loginAttempts).where(eq(loginAttempts.ip, old.ip));
    expect(left.map((r) => r.id)).toEqual([recent.id]);
  });
});
