import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, PASSWORD, problemType, type TestNode } from '../../../test/node.js';
import { totpCodeAt } from '../../platform/auth/totp.js';
import { sha256Hex } from '../../platform/ids.js';
import { IP_MAX_FAILURES } from './login.js';
import { credentials, recoveryCodes, sessions } from './tables.js';

let node: TestNode;

// Each test that fails a sign-in uses an address of its own (failures are counted per address).
let lastOctet = 0;
const freshAddress = () => `198.51.100.${++lastOctet}`;
const STEP_MS = 30_000;

beforeAll(async () => {
  node = await makeTestNode();
});

type Headers = Record<string, string>;

const post = (url: string, headers: Headers, payload?: Record<string, unknown>) => node.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
const signIn = (payload: Record<string, unknown>, remoteAddress = '127.0.0.1') =>
  node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { password: PASSWORD, ...payload }, remoteAddress });
const codeNow = (secret: string) => totpCodeAt(secret, node.clock.now());

/** A well-formed code that is none of the three an authenticator could show now (±1 step of drift). */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((k) => totpCodeAt(secret, new Date(node.clock.now().getTime() + k * STEP_MS))));
  let n = Number(codeNow(secret));
  while (valid.has(String(n).padStart(6, '0'))) n = (n + 1) % 1_000_000;
  return String(n).padStart(6, '0');
}

async function credentialsOf(userId: string) {
  const [row] = await node.database.db.select().from(credentials).where(eq(credentials.userId, userId));
  if (!row) throw new Error(`no credentials for ${userId}`);
  return row;
}

async function sessionCount(userId: string): Promise<number> {
  const [row] = await node.database.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId));
  return row?.n ?? 0;
}

/** Enrols and confirms an authenticator; the clock then moves one step on so a fresh code exists. */
async function enrol(headers: Headers): Promise<{ secret: string; recoveryCodes: string[] }> {
  const start = await post('/api/v1/me/totp', headers);
  expect(start.statusCode).toBe(200);
  const { secret } = start.json<{ secret: string }>();
  const confirm = await post('/api/v1/me/totp/confirmation', headers, { code: codeNow(secret) });
  expect(confirm.statusCode).toBe(200);
  node.clock.advance(STEP_MS);
  return { secret, recoveryCodes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

describe('TOTP enrolment', () => {
  it('starts with a secret, an otpauth URI and a QR data URL, and stores the secret sealed', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const res = await post('/api/v1/me/totp', headers);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ secret: string; otpauthUri: string; qrDataUrl: string }>();
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.otpauthUri).toMatch(new RegExp(`^otpauth://totp/Counterpart:${user.username}\\?.*secret=${body.secret}`));
    expect(body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const creds = await credentialsOf(user.id);
    expect(creds.totpSecret).toBeNull();
    expect(creds.pendingTotpSecret).not.toContain(body.secret);
    expect(node.box.open(creds.pendingTotpSecret ?? '')).toBe(body.secret);
    const me = await node.app.inject({ method: 'GET', url: '/api/v1/me', headers });
    expect(me.json<{ totpEnabled: boolean }>().totpEnabled).toBe(false);
  });

  it('confirms with the right code, returns 10 recovery codes and keeps secret and codes only sealed or hashed', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const { secret, recoveryCodes: codes } = await enrol(headers);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const creds = await credentialsOf(user.id);
    expect(creds.totpEnabledAt).not.toBeNull();
    expect(creds.pendingTotpSecret).toBeNull();
    expect(creds.totpSecret).toMatch(/^v1\./);
    expect(creds.totpSecret).not.toContain(secret);
    expect(node.box.open(creds.totpSecret ?? '')).toBe(secret);
    const stored = await node.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored.map((r) => r.codeHash).sort()).toEqual(codes.map((c) => sha256Hex(c.replace('-', ''))).sort());
    const me = await node.app.inject({ method: 'GET', url: '/api/v1/me', headers });
    expect(me.json<{ totpEnabled: boolean }>().totpEnabled).toBe(true);
  });

  it('refuses a wrong confirmation code with 400 invalid-second-factor and leaves TOTP off', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const start = await post('/api/v1/me/totp', headers);
    const wrong = wrongCode(start.json<{ secret: string }>().secret);
    const res = await post('/api/v1/me/totp/confirmation', headers, { code: wrong });
    expect(res.statusCode).toBe(400);
    expect(problemType(res)).toBe('invalid-second-factor');
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain('body/code');
    const creds = await credentialsOf(user.id);
    expect(creds.totpEnabledAt).toBeNull();
    expect(creds.totpSecret).toBeNull();
  });

  it('answers a confirmation without a started enrolment with 409 totp-not-started', async () => {
    const { headers } = await node.signedIn(['officer']);
    const res = await post('/api/v1/me/totp/confirmation', headers, { code: '123456' });
    expect(res.statusCode).toBe(409);
    expect(problemType(res)).toBe('totp-not-started');
  });
});

describe('signing in with a second factor', () => {
  it('answers 401 mfa-required without a code, invalid-second-factor with a wrong one, 200 with the right one', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const { secret } = await enrol(headers);
    const before = await sessionCount(user.id);
    const address = freshAddress();
    const bare = await signIn({ username: user.username }, address);
    expect(bare.statusCode).toBe(401);
    expect(problemType(bare)).toBe('mfa-required');
    const wrong = await signIn({ username: user.username, totpCode: wrongCode(secret) }, address);
    expect(wrong.statusCode).toBe(401);
    expect(problemType(wrong)).toBe('invalid-second-factor');
    expect(await sessionCount(user.id)).toBe(before);
    const right = await signIn({ username: user.username, totpCode: codeNow(secret) }, address);
    expect(right.statusCode).toBe(200);
    expect(right.json<{ user: { totpEnabled: boolean } }>().user.totpEnabled).toBe(true);
    expect(await sessionCount(user.id)).toBe(before + 1);
  });

  it('never needs the code when the password is wrong, and says so as invalid-credentials', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const { secret } = await enrol(headers);
    const res = await signIn({ username: user.username, password: 'not the password at all', totpCode: codeNow(secret) }, freshAddress());
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('invalid-credentials');
  });

  it('refuses a code that was already used (replay), even within its 30 seconds', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const { secret } = await enrol(headers);
    const code = codeNow(secret);
    const address = freshAddress();
    expect((await signIn({ username: user.username, totpCode: code }, address)).statusCode).toBe(200);
    node.clock.advance(5_000);
    const replay = await signIn({ username: user.username, totpCode: code }, address);
    expect(replay.statusCode).toBe(401);
    expect(problemType(replay)).toBe('invalid-second-factor');
    node.clock.advance(STEP_MS);
    expect((await signIn({ username: user.username, totpCode: codeNow(secret) }, address)).statusCode).toBe(200);
  });

  it('refuses the code used to confirm the enrolment', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const start = await post('/api/v1/me/totp', headers);
    const code = codeNow(start.json<{ secret: string }>().secret);
    expect((await post('/api/v1/me/totp/confirmation', headers, { code })).statusCode).toBe(200);
    const res = await signIn({ username: user.username, totpCode: code }, freshAddress());
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('invalid-second-factor');
  });

  it('accepts a recovery code once only, in any case and without its dash', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const { recoveryCodes: codes } = await enrol(headers);
    const [first = '', second = ''] = codes;
    const address = freshAddress();
    expect((await signIn({ username: user.username, recoveryCode: first }, address)).statusCode).toBe(200);
    const again = await signIn({ username: user.username, recoveryCode: first }, address);
    expect(again.statusCode).toBe(401);
    expect(problemType(again)).toBe('invalid-second-factor');
    expect((await signIn({ username: user.username, recoveryCode: second.toUpperCase().replace('-', '') }, address)).statusCode).toBe(200);
    const used = await node.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(used.filter((r) => r.usedAt !== null)).toHaveLength(2);
  });

  it('counts wrong codes towards the account lockout', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const { secret } = await enrol(headers);
    const address = freshAddress();
    const wrong = wrongCode(secret);
    for (let i = 0; i < node.config.loginMaxFailures; i++) {
      expect(problemType(await signIn({ username: user.username, totpCode: wrong }, address))).toBe('invalid-second-factor');
    }
    const res = await signIn({ username: user.username, totpCode: codeNow(secret) }, address);
    expect(res.statusCode).toBe(429);
    expect(problemType(res)).toBe('account-locked');
  });

  it('does not count the password step of an enrolled user towards the account lockout', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const { secret } = await enrol(headers);
    const address = freshAddress();
    for (let i = 0; i < node.config.loginMaxFailures + 1; i++) {
      expect(problemType(await signIn({ username: user.username }, address))).toBe('mfa-required');
    }
    expect((await credentialsOf(user.id)).failedLogins).toBe(0);
    expect((await signIn({ username: user.username, totpCode: codeNow(secret) }, address)).statusCode).toBe(200);
  });

  // The web app signs in in two steps: the password alone (answered `mfa-required`), then password and code. A
  // right password is not a failed guess; counting it shuts out an office behind one NAT address after 20 sign-ins.
  it('does not count a right password awaiting its code against the address limit', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const { secret } = await enrol(headers);
    const office = freshAddress();
    for (let i = 0; i < IP_MAX_FAILURES; i++) {
      expect(problemType(await signIn({ username: user.username }, office))).toBe('mfa-required');
    }
    const res = await signIn({ username: user.username, totpCode: codeNow(secret) }, office);
    expect(res.statusCode).toBe(200);
  });
});

describe('changing the second factor', () => {
  it('disables TOTP only with the password', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    await enrol(headers);
    const wrong = await node.app.inject({ method: 'DELETE', url: '/api/v1/me/totp', headers, payload: { password: 'not the password at all' } });
    expect(wrong.statusCode).toBe(401);
    expect(problemType(wrong)).toBe('invalid-credentials');
    expect((await credentialsOf(user.id)).totpEnabledAt).not.toBeNull();
    const missing = await node.app.inject({ method: 'DELETE', url: '/api/v1/me/totp', headers, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect((await credentialsOf(user.id)).totpEnabledAt).not.toBeNull();
    const res = await node.app.inject({ method: 'DELETE', url: '/api/v1/me/totp', headers, payload: { password: PASSWORD } });
    expect(res.statusCode).toBe(204);
    const creds = await credentialsOf(user.id);
    expect(creds).toMatchObject({ totpSecret: null, totpEnabledAt: null, pendingTotpSecret: null });
    expect(await node.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toHaveLength(0);
    expect((await signIn({ username: user.username })).statusCode).toBe(200);
  });

  // Disabling needs the password so that a stolen session cannot remove the factor. Re-enrolling must not be a way
  // round that: it would swap in the thief's authenticator and lock the owner's phone out, with the session alone.
  it('does not let a session alone replace an enrolled authenticator', async () => {
    const { user, headers } = await node.signedIn(['officer']);
    const { secret: original } = await enrol(headers);
    const restart = await post('/api/v1/me/totp', headers);
    if (restart.statusCode === 200) {
      const intruder = restart.json<{ secret: string }>().secret;
      await post('/api/v1/me/totp/confirmation', headers, { code: codeNow(intruder) });
    }
    node.clock.advance(STEP_MS);
    const res = await signIn({ username: user.username, totpCode: codeNow(original) }, freshAddress());
    expect(res.statusCode).toBe(200);
  });
});
