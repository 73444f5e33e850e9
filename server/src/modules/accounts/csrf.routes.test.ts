import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, PASSWORD, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { userTable } from '../directory/index.js';
import { credentials, sessions } from './tables.js';

let node: TestNode;

beforeAll(async () => {
  node = await makeTestNode();
});

const withoutCsrf = (headers: Record<string, string>) => ({ cookie: headers.cookie ?? '' });

async function auditCount(action: string, subjectId: string): Promise<number> {
  const [row] = await node.database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId)));
  return row?.n ?? 0;
}

async function usernameTaken(username: string): Promise<boolean> {
  const [row] = await node.database.db.select({ n: count() }).from(userTable).where(eq(userTable.username, username));
  return (row?.n ?? 0) > 0;
}

const newUserBody = (agencyId: string, username: string) => ({ username, displayName: 'New Person', agencyId, roles: ['viewer'], timeZone: 'UTC', password: PASSWORD });

describe('CSRF protection of cookie sessions', () => {
  it('refuses a cookie-authenticated POST without x-csrf-token with 403 csrf, and writes nothing', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/me/totp', headers: withoutCsrf(headers) });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemType(res)).toBe('csrf');
    const [creds] = await node.database.db.select().from(credentials).where(eq(credentials.userId, user.id));
    expect(creds?.pendingTotpSecret).toBeNull();
    expect(await auditCount('user.totp-enrolment-started', user.id)).toBe(0);
  });

  it('refuses a PATCH with a wrong token and leaves the profile unchanged', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const res = await node.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { ...headers, 'x-csrf-token': 'A'.repeat(32) }, payload: { displayName: 'Changed' } });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('csrf');
    const [row] = await node.database.db.select().from(userTable).where(eq(userTable.id, user.id));
    expect(row?.displayName).toBe('Test User');
    expect(await auditCount('user.profile-updated', user.id)).toBe(0);
  });

  it('refuses the CSRF token of another session', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const other = await node.signedIn(['officer']);
    const res = await node.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: headers.cookie, 'x-csrf-token': other.headers['x-csrf-token'] }, payload: { displayName: 'Changed' } });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('csrf');
    expect(await auditCount('user.profile-updated', user.id)).toBe(0);
  });

  it('refuses a sign-out (DELETE) without the token and the session lives on', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const res = await node.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: withoutCsrf(headers) });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('csrf');
    expect(await node.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
  });

  it('refuses an administrator’s POST /api/v1/users without the token and creates no user', async () => {
    const admin = await node.signedIn(['admin']);
    const username = node.unique('csrf.victim.');
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/users', headers: withoutCsrf(admin.headers), payload: newUserBody(admin.user.agencyId, username) });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('csrf');
    expect(await usernameTaken(username)).toBe(false);
  });

  it('accepts the same writes with the session’s token', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const res = await node.app.inject({ method: 'PATCH', url: '/api/v1/me', headers, payload: { displayName: 'Changed' } });
    expect(res.statusCode).toBe(200);
    expect(await auditCount('user.profile-updated', user.id)).toBe(1);
  });

  it('needs no token for a GET', async () => {
    const { headers } = await node.signedIn(['officer']);
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/me', headers: withoutCsrf(headers) })).statusCode).toBe(200);
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: withoutCsrf(headers) })).statusCode).toBe(200);
  });

  it('needs no token for a bearer API token', async () => {
    const admin = await node.signedIn(['admin']);
    const created = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: admin.headers, payload: { name: 'provisioning', role: 'admin' } });
    expect(created.statusCode).toBe(201);
    const { secret } = created.json<{ secret: string }>();
    const acronym = node.unique('TOK');
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/agencies', headers: { authorization: `Bearer ${secret}` }, payload: { partyCode: 'US', acronym, nameEn: 'Via token', nameZh: '令牌创建', kind: 'other' } });
    expect(res.statusCode).toBe(201);
    const listed = await node.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: admin.headers });
    expect(listed.json<{ items: { acronym: string }[] }>().items.map((a) => a.acronym)).toContain(acronym);
  });

  it('does not exempt sign-in paths other than POST /api/v1/session', async () => {
    const { headers } = await node.signedIn(['officer']);
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/me/totp?/api/v1/session', headers: withoutCsrf(headers) });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('csrf');
  });

  // A header of the right length in characters but not in bytes made timingSafeEqual throw: a 500, not a 403.
  it('answers a non-ASCII token with 403 csrf, not a server error', async () => {
    const { headers } = await node.signedIn(['officer']);
    const token = headers['x-csrf-token'];
    const res = await node.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: headers.cookie, 'x-csrf-token': `\u00e9${token.slice(1)}` }, payload: { displayName: 'Changed' } });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('csrf');
  });
});
