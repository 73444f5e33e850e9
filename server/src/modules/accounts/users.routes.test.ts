import { count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, PASSWORD, problemType, type TestNode } from '../../../test/node.js';
import { userTable } from '../directory/index.js';
import { credentials, sessions } from './tables.js';

let node: TestNode;

beforeAll(async () => {
  node = await makeTestNode();
});

type Headers = Record<string, string>;
const NEW_PASSWORD = 'a different long passphrase';

const newUser = (agencyId: string, over: Record<string, unknown> = {}) => ({
  username: node.unique('made.'),
  displayName: 'Made Here',
  agencyId,
  roles: ['officer'],
  timeZone: 'Asia/Shanghai',
  password: PASSWORD,
  ...over,
});

const createUser = (headers: Headers, payload: Record<string, unknown>) => node.app.inject({ method: 'POST', url: '/api/v1/users', headers, payload });
// Sign-ins that are meant to fail come from addresses of their own, so the per-address limit never builds up here.
let lastOctet = 0;
const signIn = (username: string, password: string) =>
  node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password }, remoteAddress: `192.0.2.${++lastOctet}` });
const me = (headers: Headers) => node.app.inject({ method: 'GET', url: '/api/v1/me', headers });
const paths = (res: { json: <T>() => T }) => res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);

async function usersNamed(username: string): Promise<number> {
  const [row] = await node.database.db.select({ n: count() }).from(userTable).where(sql`lower(${userTable.username}) = lower(${username})`);
  return row?.n ?? 0;
}

async function sessionCount(userId: string): Promise<number> {
  const [row] = await node.database.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId));
  return row?.n ?? 0;
}

describe('user administration', () => {
  it('creates a user (201) who can sign in, storing an argon2id hash and returning no secret', async () => {
    const admin = await node.signedIn(['admin']);
    const body = newUser(admin.user.agencyId);
    const res = await createUser(admin.headers, body);
    expect(res.statusCode).toBe(201);
    const created = res.json<{ id: string }>();
    expect(created).toMatchObject({ username: body.username, roles: ['officer'], isActive: true, totpEnabled: false, lockedUntil: null, lastLoginAt: null });
    expect(res.body).not.toContain(PASSWORD);
    expect(res.body).not.toMatch(/password/i);
    const [creds] = await node.database.db.select().from(credentials).where(eq(credentials.userId, created.id));
    expect(creds?.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await signIn(body.username, PASSWORD)).statusCode).toBe(200);
  });

  it("keeps a display name's Chinese rendering, shows it in /me and in the audit log's Chinese, and clears it", async () => {
    const admin = await node.signedIn(['admin']);
    const body = newUser(admin.user.agencyId, { displayName: 'John Smith', displayNameZh: '约翰·史密斯' });
    const res = await createUser(admin.headers, body);
    expect(res.json()).toMatchObject({ displayName: 'John Smith', displayNameZh: '约翰·史密斯' });
    const id = res.json<{ id: string }>().id;
    const session = await signIn(body.username, PASSWORD);
    const cookie = session.cookies.find((c) => c.name === 'cp_session');
    expect((await me({ cookie: `cp_session=${cookie?.value ?? ''}` })).json()).toMatchObject({ displayNameZh: '约翰·史密斯' });
    const audit = await node.app.inject({ method: 'GET', url: `/api/v1/audit?subjectId=${id}&lang=zh-CN`, headers: admin.headers });
    expect(audit.json<{ items: { subjectLabel: string | null }[] }>().items[0]?.subjectLabel).toBe(`约翰·史密斯 (John Smith) · ${body.username}`);
    const refused = await node.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: admin.headers, payload: { displayNameZh: 'Smith' } });
    expect(refused.statusCode).toBe(400);
    expect(paths(refused)).toEqual(['body/displayNameZh']);
    const cleared = await node.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: admin.headers, payload: { displayNameZh: null } });
    expect(cleared.json()).toMatchObject({ displayName: 'John Smith', displayNameZh: null });
  });

  it('refuses a taken username, whatever its case, with 409 duplicate and adds no row', async () => {
    const admin = await node.signedIn(['admin']);
    const body = newUser(admin.user.agencyId);
    expect((await createUser(admin.headers, body)).statusCode).toBe(201);
    const res = await createUser(admin.headers, { ...body, username: body.username.toUpperCase() });
    expect(res.statusCode).toBe(409);
    expect(problemType(res)).toBe('duplicate');
    expect(await usersNamed(body.username)).toBe(1);
  });

  it('refuses a weak password with 400 listing body/password, and creates nobody', async () => {
    const admin = await node.signedIn(['admin']);
    const body = newUser(admin.user.agencyId, { password: 'short' });
    const res = await createUser(admin.headers, body);
    expect(res.statusCode).toBe(400);
    expect(problemType(res)).toBe('validation');
    expect(paths(res)).toEqual(['body/password']);
    expect(await usersNamed(body.username)).toBe(0);
  });

  it('lists every invalid field at once', async () => {
    const admin = await node.signedIn(['admin']);
    const res = await createUser(admin.headers, newUser(admin.user.agencyId, { username: 'x', roles: [], timeZone: 'Mars/Olympus', password: 'short' }));
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(expect.arrayContaining(['body/username', 'body/roles', 'body/timeZone', 'body/password']));
  });

  it('refuses an unknown agency with 422 naming body/agencyId', async () => {
    const admin = await node.signedIn(['admin']);
    const body = newUser('0190c0de-0000-7000-8000-000000000000');
    const res = await createUser(admin.headers, body);
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['body/agencyId']);
    expect(await usersNamed(body.username)).toBe(0);
  });

  it('refuses non-administrators with 403', async () => {
    const supervisor = await node.signedIn(['supervisor', 'officer']);
    const body = newUser(supervisor.user.agencyId);
    const res = await createUser(supervisor.headers, body);
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('role-required');
    expect(await usersNamed(body.username)).toBe(0);
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/users', headers: supervisor.headers })).statusCode).toBe(403);
    const patch = await node.app.inject({ method: 'PATCH', url: `/api/v1/users/${supervisor.user.id}`, headers: supervisor.headers, payload: { roles: ['admin'] } });
    expect(patch.statusCode).toBe(403);
    const [row] = await node.database.db.select().from(userTable).where(eq(userTable.id, supervisor.user.id));
    expect(row?.roles).toEqual(['supervisor', 'officer']);
  });

  it('does not let an administrator remove their own admin role or deactivate themselves (409 self-lockout)', async () => {
    const admin = await node.signedIn(['admin']);
    const url = `/api/v1/users/${admin.user.id}`;
    const demote = await node.app.inject({ method: 'PATCH', url, headers: admin.headers, payload: { roles: ['officer'] } });
    expect(demote.statusCode).toBe(409);
    expect(problemType(demote)).toBe('self-lockout');
    const deactivate = await node.app.inject({ method: 'PATCH', url, headers: admin.headers, payload: { isActive: false } });
    expect(deactivate.statusCode).toBe(409);
    expect(problemType(deactivate)).toBe('self-lockout');
    const [row] = await node.database.db.select().from(userTable).where(eq(userTable.id, admin.user.id));
    expect(row).toMatchObject({ roles: ['admin'], isActive: true });
  });

  it('lets another administrator demote an administrator', async () => {
    const admin = await node.signedIn(['admin']);
    const other = await node.makeUser(['admin']);
    const res = await node.app.inject({ method: 'PATCH', url: `/api/v1/users/${other.id}`, headers: admin.headers, payload: { roles: ['officer'] } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ roles: ['officer'] });
  });

  it('ends every session of a user it deactivates, and the user can no longer sign in', async () => {
    const admin = await node.signedIn(['admin']);
    const target = await node.signedIn(['officer']);
    await node.login(target.user.username);
    expect(await sessionCount(target.user.id)).toBe(2);
    const res = await node.app.inject({ method: 'PATCH', url: `/api/v1/users/${target.user.id}`, headers: admin.headers, payload: { isActive: false } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isActive: false });
    expect(await sessionCount(target.user.id)).toBe(0);
    const after = await me(target.headers);
    expect(after.statusCode).toBe(401);
    expect(problemType(await signIn(target.user.username, PASSWORD))).toBe('invalid-credentials');
  });

  it('resets a locked-out user’s password: the lock lifts and old sessions end', async () => {
    const admin = await node.signedIn(['admin']);
    const target = await node.signedIn(['officer']);
    await node.database.db.update(credentials).set({ lockedUntil: new Date(node.clock.now().getTime() + 600_000), failedLogins: 0 }).where(eq(credentials.userId, target.user.id));
    const res = await node.app.inject({ method: 'PUT', url: `/api/v1/users/${target.user.id}/password`, headers: admin.headers, payload: { password: NEW_PASSWORD } });
    expect(res.statusCode).toBe(204);
    expect((await me(target.headers)).statusCode).toBe(401);
    expect((await signIn(target.user.username, PASSWORD)).statusCode).toBe(401);
    expect((await signIn(target.user.username, NEW_PASSWORD)).statusCode).toBe(200);
  });
});

describe('changing one’s own password', () => {
  const change = (headers: Headers, payload: Record<string, unknown>) => node.app.inject({ method: 'PUT', url: '/api/v1/me/password', headers, payload });

  it('requires the current password; a wrong one changes nothing and ends no session', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const other = await node.login(user.username);
    const [before] = await node.database.db.select().from(credentials).where(eq(credentials.userId, user.id));
    const res = await change(headers, { currentPassword: 'not the password at all', newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('invalid-credentials');
    const [after] = await node.database.db.select().from(credentials).where(eq(credentials.userId, user.id));
    expect(after?.passwordHash).toBe(before?.passwordHash);
    expect((await me(other)).statusCode).toBe(200);
    expect((await me(headers)).statusCode).toBe(200);
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const other = await node.login(user.username);
    const res = await change(headers, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(204);
    expect((await me(headers)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect(await sessionCount(user.id)).toBe(1);
    expect(problemType(await signIn(user.username, PASSWORD))).toBe('invalid-credentials');
    expect((await signIn(user.username, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a new password that is too short or the same as the current one', async () => {
    const { headers } = await node.signedIn(['officer']);
    const short = await change(headers, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(paths(short)).toEqual(['body/newPassword']);
    const same = await change(headers, { currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.statusCode).toBe(400);
    expect(paths(same)).toEqual(['body/newPassword']);
  });
});
