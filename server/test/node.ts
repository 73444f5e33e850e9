// A whole node for route and service tests: fresh database, parties seeded, app built (not listening).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { fixedClock } from '../src/platform/clock.js';
import { systemActor, type Actor, type Ctx, type Role } from '../src/platform/context.js';
import type { Database } from '../src/platform/db.js';
import { secretBox } from '../src/platform/secret-box.js';
import { createUser } from '../src/modules/accounts/index.js';
import { createAgency } from '../src/modules/directory/index.js';
import { ensureNodeKey } from '../src/modules/exchange/index.js';
import { seedParties } from '../src/seed/seed.js';
import { freshDatabase } from './db.js';

export const PASSWORD = 'correct horse battery';

export type TestNode = Awaited<ReturnType<typeof makeTestNode>>;

/** Builds a node; closes it after the file's tests. `env` overrides configuration like the real environment would. */
export async function makeTestNode(env: Record<string, string> = {}) {
  const config: Config = loadConfig({ COUNTERPART_DATA_DIR: '/nonexistent', COUNTERPART_SEED_DEMO: 'false', ...env });
  const database: Database = await freshDatabase();
  const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
  const box = secretBox(randomBytes(32));
  const app: FastifyInstance = await buildApp({ config, database, clock, box, logger: false });
  await app.vault.ensureKeys(); // as the node does at start (node.ts)
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  const ctxFor = (actor: Actor = systemActor): Ctx => ({ db: database.db, clock, config, box, vault: app.vault, actor, requestId: 'test' });
  await seedParties({ db: database.db, clock, config, box });
  await ensureNodeKey({ db: database.db, box, clock });

  let n = 0;
  const unique = (prefix: string) => `${prefix}${++n}${randomBytes(2).toString('hex')}`;

  async function makeAgency(over: Partial<{ partyCode: string; acronym: string; kind: 'police' | 'customs' | 'regulator' | 'ministry' | 'other' }> = {}) {
    return createAgency(ctxFor(), { partyCode: 'US', acronym: unique('AG'), nameEn: 'Test agency', nameZh: '测试机构', kind: 'police', ...over });
  }

  async function makeUser(roles: Role[], over: { agencyId?: string; username?: string; locale?: 'en' | 'zh-CN' } = {}) {
    const agencyId = over.agencyId ?? (await makeAgency()).id;
    return createUser(ctxFor(), { username: over.username ?? unique('user.'), displayName: 'Test User', agencyId, roles, locale: over.locale ?? 'en', timeZone: 'America/New_York', password: PASSWORD });
  }

  /** Signs in through the API; returns headers that carry the session cookie and CSRF token. */
  async function login(username: string, password = PASSWORD, extra: Record<string, string> = {}) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password, ...extra } });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'cp_session');
    const body = res.json<{ csrfToken: string }>();
    return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': body.csrfToken };
  }

  /** A user with `roles` who is signed in; `as.headers` go on every request. */
  async function signedIn(roles: Role[], over: { agencyId?: string; locale?: 'en' | 'zh-CN' } = {}) {
    const user = await makeUser(roles, over);
    return { user, headers: await login(user.username) };
  }

  return { app, database, config, clock, box, ctxFor, makeAgency, makeUser, login, signedIn, unique };
}

export const problemType = (res: LightMyRequestResponse): string => (res.json<{ type: string }>().type ?? '').split('/').pop() ?? '';
