import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, PASSWORD, problemType, type TestNode } from '../../../test/node.js';
import { sha256Hex } from '../../platform/ids.js';
import { userTable } from '../directory/index.js';
import { apiTokens } from './tables.js';

let node: TestNode;

beforeAll(async () => {
  node = await makeTestNode();
});

type Headers = Record<string, string>;
type Created = { token: { id: string; prefix: string; role: string; agencyId: string; createdBy: string; expiresAt: string | null }; secret: string };

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

async function createToken(headers: Headers, payload: Record<string, unknown>): Promise<Created> {
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload });
  expect(res.statusCode).toBe(201);
  return res.json<Created>();
}

async function tokenCount(): Promise<number> {
  const [row] = await node.database.db.select({ n: count() }).from(apiTokens);
  return row?.n ?? 0;
}

const newUserBody = (agencyId: string) => ({ username: node.unique('by.token.'), displayName: 'Made by token', agencyId, roles: ['viewer'], timeZone: 'UTC', password: PASSWORD });

describe('API tokens', () => {
  it('lets an administrator signed in as a person create one; the secret is returned once and stored only as its SHA-256', async () => {
    const admin = await node.signedIn(['admin']);
    const { token, secret } = await createToken(admin.headers, { name: 'case system', role: 'officer' });
    expect(secret).toMatch(/^cpt_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ role: 'officer', agencyId: admin.user.agencyId, createdBy: admin.user.id, prefix: secret.slice(0, 12) });
    expect(token).not.toHaveProperty('tokenHash');
    const [row] = await node.database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row?.tokenHash).toBe(sha256Hex(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const list = await node.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: admin.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { id: string }[] }>().items.map((t) => t.id)).toContain(token.id);
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain(sha256Hex(secret));
    expect(list.body).not.toContain('tokenHash');
  });

  it('refuses an officer with 403 and writes nothing', async () => {
    const officer = await node.signedIn(['officer']);
    const before = await tokenCount();
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: officer.headers, payload: { name: 'mine', role: 'officer' } });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('role-required');
    expect(await tokenCount()).toBe(before);
  });

  it('refuses a token, even one with the admin role, with 403: tokens cannot mint or list tokens', async () => {
    const admin = await node.signedIn(['admin']);
    const { secret } = await createToken(admin.headers, { name: 'automation', role: 'admin' });
    const before = await tokenCount();
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: bearer(secret), payload: { name: 'child', role: 'admin' } });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('forbidden');
    expect(await tokenCount()).toBe(before);
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: bearer(secret) })).statusCode).toBe(403);
  });

  it('authenticates `Authorization: Bearer` with the token’s role: an officer token reads contacts but cannot create users', async () => {
    const admin = await node.signedIn(['admin']);
    const { token, secret } = await createToken(admin.headers, { name: 'reader', role: 'officer' });
    const read = await node.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(secret) });
    expect(read.statusCode).toBe(200);
    const body = newUserBody(admin.user.agencyId);
    const write = await node.app.inject({ method: 'POST', url: '/api/v1/users', headers: bearer(secret), payload: body });
    expect(write.statusCode).toBe(403);
    const [made] = await node.database.db.select({ n: count() }).from(userTable).where(eq(userTable.username, body.username));
    expect(made?.n).toBe(0);
    const [row] = await node.database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row?.lastUsedAt).toEqual(node.clock.now());
  });

  it('refuses account administration to an admin-role token, so it cannot turn itself into a person', async () => {
    const admin = await node.signedIn(['admin']);
    const { secret } = await createToken(admin.headers, { name: 'provisioning', role: 'admin' });
    const body = newUserBody(admin.user.agencyId);
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/users', headers: bearer(secret), payload: body });
    expect(res.statusCode).toBe(403);
    const list = await node.app.inject({ method: 'GET', url: `/api/v1/users?q=${body.username}`, headers: admin.headers });
    expect(list.json<{ total: number }>().total).toBe(0);
    const reset = await node.app.inject({ method: 'PUT', url: `/api/v1/users/${admin.user.id}/password`, headers: bearer(secret), payload: { password: 'a brand new password' } });
    expect(reset.statusCode).toBe(403);
  });

  it('lets an admin-role token maintain the registry of agencies', async () => {
    const admin = await node.signedIn(['admin']);
    const { secret } = await createToken(admin.headers, { name: 'registry sync', role: 'admin' });
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/agencies', headers: bearer(secret), payload: { partyCode: 'US', acronym: node.unique('SYNC'), nameEn: 'Synced', nameZh: '同步', kind: 'other' } });
    expect(res.statusCode).toBe(201);
  });

  it('stops working when its creator is deactivated', async () => {
    const admin = await node.signedIn(['admin']);
    const creator = await node.signedIn(['admin']);
    const { secret } = await createToken(creator.headers, { name: 'orphaned', role: 'viewer' });
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(secret) })).statusCode).toBe(200);
    await node.app.inject({ method: 'PATCH', url: `/api/v1/users/${creator.user.id}`, headers: admin.headers, payload: { isActive: false } });
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(secret) })).statusCode).toBe(401);
  });

  it('gives a token no browser session or account page', async () => {
    const admin = await node.signedIn(['admin']);
    const { secret } = await createToken(admin.headers, { name: 'no session', role: 'viewer' });
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/session', headers: bearer(secret) })).statusCode).toBe(401);
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(secret) })).statusCode).toBe(403);
  });

  it('answers 401 for a revoked token', async () => {
    const admin = await node.signedIn(['admin']);
    const { token, secret } = await createToken(admin.headers, { name: 'to revoke', role: 'viewer' });
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(secret) })).statusCode).toBe(200);
    const revoke = await node.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.id}`, headers: admin.headers });
    expect(revoke.statusCode).toBe(204);
    const [row] = await node.database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row?.revokedAt).toEqual(node.clock.now());
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(secret) });
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('unauthenticated');
  });

  it('answers 401 for a token past its expiry', async () => {
    const admin = await node.signedIn(['admin']);
    const expiresAt = new Date(node.clock.now().getTime() + 3_600_000);
    const { token, secret } = await createToken(admin.headers, { name: 'short lived', role: 'viewer', expiresAt: expiresAt.toISOString() });
    expect(token.expiresAt).toBe(expiresAt.toISOString());
    node.clock.advance(3_599_000);
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(secret) })).statusCode).toBe(200);
    node.clock.advance(1_000);
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(secret) });
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('unauthenticated');
  });

  it('refuses an expiry in the past with 400 naming body/expiresAt', async () => {
    const admin = await node.signedIn(['admin']);
    const before = await tokenCount();
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: admin.headers, payload: { name: 'stale', role: 'viewer', expiresAt: new Date(node.clock.now().getTime() - 1000).toISOString() } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['body/expiresAt']);
    expect(await tokenCount()).toBe(before);
  });

  it('answers 401 for an unknown bearer secret and 404 for revoking an unknown token', async () => {
    const admin = await node.signedIn(['admin']);
    const unknown = await node.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer('cpt_not-a-real-token') });
    expect(unknown.statusCode).toBe(401);
    const res = await node.app.inject({ method: 'DELETE', url: '/api/v1/tokens/0190c0de-0000-7000-8000-000000000000', headers: admin.headers });
    expect(res.statusCode).toBe(404);
  });
});
