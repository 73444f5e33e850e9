import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTestNode, PASSWORD, type TestNode } from '../../../test/node.js';
import { buildApp } from '../../app.js';
import { auditLog, verifyAuditChain } from '../../platform/audit/index.js';
import { totpCodeAt } from '../../platform/auth/totp.js';
import { queryRows } from '../../platform/db.js';

let node: TestNode;
// A second app on the same database that logs like production (pino to stdout, level trace), captured here.
let logging: FastifyInstance;
const logLines: string[] = [];

beforeAll(async () => {
  node = await makeTestNode({ LOG_LEVEL: 'trace' });
  // pino writes through process.stdout.write once it has been replaced, so this sees every log line.
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    logLines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write);
  logging = await buildApp({ config: node.config, database: node.database, clock: node.clock, box: node.box });
});

afterAll(async () => {
  await logging.close();
  vi.restoreAllMocks();
});

let lastOctet = 0;
const freshAddress = () => `100.64.0.${++lastOctet}`;
const WRONG = 'wrong-password-never-logged';

type Headers = Record<string, string>;

async function auditOf(subjectId: string, action?: string) {
  const where = action ? and(eq(auditLog.subjectId, subjectId), eq(auditLog.action, action)) : eq(auditLog.subjectId, subjectId);
  return node.database.db.select().from(auditLog).where(where).orderBy(asc(auditLog.seq));
}

describe('audit of account events', () => {
  it('records a sign-in, failed sign-ins and the lockout they cause', async () => {
    const user = await node.makeUser(['officer']);
    await node.login(user.username);
    const [created] = await auditOf(user.id, 'session.created');
    expect(created).toMatchObject({ actorId: user.id, actorLabel: user.username, subjectType: 'user' });
    expect(created?.change).toMatchObject({ ip: '127.0.0.1', sessionId: expect.any(String) });

    const address = freshAddress();
    const attempt = (password: string) => node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: user.username, password }, remoteAddress: address });
    for (let i = 0; i < node.config.loginMaxFailures; i++) await attempt(WRONG);
    await attempt(PASSWORD);
    const failed = await auditOf(user.id, 'session.login-failed');
    expect(failed.map((r) => r.change)).toEqual([
      ...Array.from({ length: node.config.loginMaxFailures }, () => ({ ip: address, reason: 'invalid-credentials' })),
      { ip: address, reason: 'account-locked' },
    ]);
    const locked = await auditOf(user.id, 'user.locked');
    expect(locked).toHaveLength(1);
    expect(locked[0]?.change).toEqual({ ip: address, minutes: node.config.lockoutMs / 60_000 });
  });

  it('records a failed sign-in for an unknown username under a digest of the name typed, never the name itself', async () => {
    // Often a password typed into the username box: the append-only log must not keep it.
    const typed = node.unique('ghost.');
    await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: typed, password: WRONG }, remoteAddress: freshAddress() });
    const label = `unknown-user:${createHash('sha256').update(typed.toLowerCase()).digest('hex').slice(0, 16)}`;
    const [row] = await auditOf(label, 'session.login-failed');
    expect(row).toMatchObject({ actorId: null, actorLabel: label, subjectType: 'user' });
    const everywhere = await queryRows<{ n: number }>(node.database.db, sql`select count(*)::int as n from audit_log where audit_log::text like ${`%${typed}%`}`);
    expect(everywhere[0]?.n).toBe(0);
  });

  it('records user creation, token creation and revocation, TOTP enabling, password change and sign-out', async () => {
    const admin = await node.signedIn(['admin']);
    const made = await node.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { username: node.unique('audited.'), displayName: 'Audited', agencyId: admin.user.agencyId, roles: ['viewer'], timeZone: 'UTC', password: PASSWORD },
    });
    const userId = made.json<{ id: string }>().id;
    const [userCreated] = await auditOf(userId, 'user.created');
    expect(userCreated).toMatchObject({ actorId: admin.user.id, subjectType: 'user' });
    expect(userCreated?.change).not.toHaveProperty('password');

    const token = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: admin.headers, payload: { name: 'audited token', role: 'viewer' } });
    const tokenId = token.json<{ token: { id: string } }>().token.id;
    await node.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${tokenId}`, headers: admin.headers });
    expect((await auditOf(tokenId)).map((r) => [r.action, r.subjectType, r.actorId])).toEqual([
      ['token.created', 'api-token', admin.user.id],
      ['token.revoked', 'api-token', admin.user.id],
    ]);

    const start = await node.app.inject({ method: 'POST', url: '/api/v1/me/totp', headers: admin.headers });
    const code = totpCodeAt(start.json<{ secret: string }>().secret, node.clock.now());
    await node.app.inject({ method: 'POST', url: '/api/v1/me/totp/confirmation', headers: admin.headers, payload: { code } });
    await node.app.inject({ method: 'PUT', url: '/api/v1/me/password', headers: admin.headers, payload: { currentPassword: PASSWORD, newPassword: 'another long passphrase' } });
    await node.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: admin.headers });
    const own = (await auditOf(admin.user.id)).map((r) => r.action);
    expect(own).toEqual(['user.created', 'session.created', 'user.totp-enrolment-started', 'user.totp-enabled', 'user.password-changed', 'session.ended']);
  });
});

describe('secrets stay out of the audit log and the logs', () => {
  const call = async (opts: InjectOptions) => logging.inject(opts);

  async function signIn(payload: Record<string, unknown>, remoteAddress = freshAddress()) {
    const res = await call({ method: 'POST', url: '/api/v1/session', payload, remoteAddress });
    const cookie = res.cookies.find((c) => c.name === 'cp_session')?.value ?? '';
    const csrf = res.statusCode === 200 ? res.json<{ csrfToken: string }>().csrfToken : '';
    return { res, cookie, csrf, headers: { cookie: `cp_session=${cookie}`, 'x-csrf-token': csrf } as Headers };
  }

  it('writes no password, token secret, TOTP secret, recovery code, session token or CSRF token anywhere', async () => {
    const secrets: string[] = [PASSWORD, WRONG];
    const adminUser = await node.makeUser(['admin']);
    const admin = await signIn({ username: adminUser.username, password: PASSWORD });
    secrets.push(admin.cookie, admin.csrf);

    const userPassword = 'brand-new-user-passphrase';
    const username = node.unique('secretive.');
    secrets.push(userPassword);
    const made = await call({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: { username, displayName: 'Secretive', agencyId: adminUser.agencyId, roles: ['officer'], timeZone: 'UTC', password: userPassword } });
    expect(made.statusCode).toBe(201);
    expect((await signIn({ username, password: WRONG })).res.statusCode).toBe(401);
    const user = await signIn({ username, password: userPassword });
    secrets.push(user.cookie, user.csrf);

    const start = await call({ method: 'POST', url: '/api/v1/me/totp', headers: user.headers });
    const totpSecret = start.json<{ secret: string }>().secret;
    secrets.push(totpSecret);
    const confirm = await call({ method: 'POST', url: '/api/v1/me/totp/confirmation', headers: user.headers, payload: { code: totpCodeAt(totpSecret, node.clock.now()) } });
    const codes = confirm.json<{ recoveryCodes: string[] }>().recoveryCodes;
    secrets.push(...codes, ...codes.map((c) => c.replace('-', '')));
    node.clock.advance(30_000);
    const withCode = await signIn({ username, password: userPassword, totpCode: totpCodeAt(totpSecret, node.clock.now()) });
    const withRecovery = await signIn({ username, password: userPassword, recoveryCode: codes[0] });
    expect([withCode.res.statusCode, withRecovery.res.statusCode]).toEqual([200, 200]);
    secrets.push(withCode.cookie, withRecovery.cookie);

    const token = await call({ method: 'POST', url: '/api/v1/tokens', headers: admin.headers, payload: { name: 'logged token', role: 'viewer' } });
    const { secret: tokenSecret, token: tokenRow } = token.json<{ secret: string; token: { id: string } }>();
    secrets.push(tokenSecret);
    expect((await call({ method: 'GET', url: '/api/v1/contacts', headers: { authorization: `Bearer ${tokenSecret}` } })).statusCode).toBe(200);
    await call({ method: 'DELETE', url: `/api/v1/tokens/${tokenRow.id}`, headers: admin.headers });

    const newPassword = 'changed-passphrase-for-logs';
    secrets.push(newPassword);
    expect((await call({ method: 'PUT', url: '/api/v1/me/password', headers: user.headers, payload: { currentPassword: userPassword, newPassword } })).statusCode).toBe(204);

    const logs = logLines.join('');
    expect(logs).toContain('/api/v1/me/password'); // the capture works: requests were logged
    const audit = JSON.stringify(await node.database.db.select().from(auditLog));
    expect(audit).toContain(username);
    for (const secret of secrets.filter((s) => s.length >= 8)) {
      expect(logs, 'a secret reached the logs').not.toContain(secret);
      expect(audit, 'a secret reached the audit log').not.toContain(secret);
    }
    expect(await verifyAuditChain(node.database.db)).toMatchObject({ ok: true });
  });
});
