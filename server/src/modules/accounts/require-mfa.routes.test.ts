import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, PASSWORD, problemType, type TestNode } from '../../../test/node.js';
import { totpCodeAt } from '../../platform/auth/totp.js';
import { userTable } from '../directory/index.js';
import { credentials } from './tables.js';

let node: TestNode;

beforeAll(async () => {
  node = await makeTestNode({ COUNTERPART_REQUIRE_MFA: 'true' });
});

type Headers = Record<string, string>;
const get = (url: string, headers: Headers) => node.app.inject({ method: 'GET', url, headers });

async function enrol(headers: Headers): Promise<string> {
  const start = await node.app.inject({ method: 'POST', url: '/api/v1/me/totp', headers });
  expect(start.statusCode).toBe(200);
  const { secret } = start.json<{ secret: string }>();
  const confirm = await node.app.inject({ method: 'POST', url: '/api/v1/me/totp/confirmation', headers, payload: { code: totpCodeAt(secret, node.clock.now()) } });
  expect(confirm.statusCode).toBe(200);
  return secret;
}

describe('COUNTERPART_REQUIRE_MFA=true', () => {
  it('lets an officer without TOTP sign in, flagged as needing enrolment', async () => {
    const user = await node.makeUser(['officer']);
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: user.username, password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { mfaRequired: true, totpEnabled: false } });
  });

  it('holds that officer at 403 mfa-enrolment-required outside the account pages, which stay open', async () => {
    const { headers } = await node.signedIn(['officer']);
    const contacts = await get('/api/v1/contacts', headers);
    expect(contacts.statusCode).toBe(403);
    expect(problemType(contacts)).toBe('mfa-enrolment-required');
    expect((await get('/api/v1/agencies', headers)).statusCode).toBe(403);
    expect((await get('/api/v1/me', headers)).statusCode).toBe(200);
    expect((await get('/api/v1/session', headers)).statusCode).toBe(200);
    expect((await node.app.inject({ method: 'PATCH', url: '/api/v1/me', headers, payload: { displayName: 'Still Enrolling' } })).statusCode).toBe(200);
    expect((await node.app.inject({ method: 'POST', url: '/api/v1/me/totp', headers })).statusCode).toBe(200);
  });

  it('opens the same session once the officer has enrolled', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    await enrol(headers);
    expect((await get('/api/v1/contacts', headers)).statusCode).toBe(200);
    expect((await get('/api/v1/me', headers)).json()).toMatchObject({ id: user.id, mfaRequired: false, totpEnabled: true });
  });

  it('does not require a viewer to enrol', async () => {
    const { headers } = await node.signedIn(['viewer']);
    expect((await get('/api/v1/contacts', headers)).statusCode).toBe(200);
    expect((await get('/api/v1/me', headers)).json()).toMatchObject({ mfaRequired: false });
  });

  it('requires a viewer who also holds another role to enrol', async () => {
    const { headers } = await node.signedIn(['viewer', 'auditor']);
    const res = await get('/api/v1/contacts', headers);
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('mfa-enrolment-required');
  });

  it('keeps an administrator without TOTP from administering users', async () => {
    const admin = await node.signedIn(['admin']);
    const username = node.unique('pending.admin.made.');
    const res = await node.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { username, displayName: 'Someone', agencyId: admin.user.agencyId, roles: ['viewer'], timeZone: 'UTC', password: PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('mfa-enrolment-required');
    const [row] = await node.database.db.select({ n: count() }).from(userTable).where(eq(userTable.username, username));
    expect(row?.n).toBe(0);
  });

  it('refuses to switch the second factor off with 409 mfa-required-by-policy', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    await enrol(headers);
    const res = await node.app.inject({ method: 'DELETE', url: '/api/v1/me/totp', headers, payload: { password: PASSWORD } });
    expect(res.statusCode).toBe(409);
    expect(problemType(res)).toBe('mfa-required-by-policy');
    const [creds] = await node.database.db.select().from(credentials).where(eq(credentials.userId, user.id));
    expect(creds?.totpEnabledAt).not.toBeNull();
  });
});
