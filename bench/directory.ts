// Contacts list with 10,000 contacts on PostgreSQL, filtered and paged (target p95 < 50 ms), and a burst of 50
// concurrent logins while other requests continue (target: their p95 < 100 ms). The node runs in its own
// process, started as `npm start` starts it; this process is only the client. Real HTTP on loopback.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/src/config.js';
import { systemClock } from '../server/src/platform/clock.js';
import { systemActor } from '../server/src/platform/context.js';
import { connectPostgres } from '../server/src/platform/db.js';
import { newId } from '../server/src/platform/ids.js';
import { secretBox } from '../server/src/platform/secret-box.js';
import { createVault } from '../server/src/platform/vault/index.js';
import { createUser } from '../server/src/modules/accounts/index.js';
import { contactTable, createAgency } from '../server/src/modules/directory/index.js';
import { seedParties } from '../server/src/seed/seed.js';
import { startNodeProcess, stopNodeProcess, summary, throwawayDatabase, timed } from './lib.js';

const TOPICS = ['synthetic-drugs', 'precursor-chemicals', 'chemical-export-control', 'traveller-notices', 'wildlife-trafficking', 'illicit-finance', 'general-liaison'];
const LANGS = ['en', 'zh', 'es', 'fr', 'ru'];
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length] as T;

export async function seedContacts(deps: Parameters<typeof seedParties>[0], n: number): Promise<string> {
  const ctx = { ...deps, vault: createVault(deps), actor: systemActor, requestId: 'bench' };
  const agencies: string[] = [];
  for (let i = 0; i < 40; i++) agencies.push((await createAgency(ctx, { partyCode: i % 2 ? 'CN' : 'US', acronym: `AG${i}`, nameEn: `Agency ${i}`, nameZh: `机构${i}`, kind: 'police' })).id);
  const now = Date.now();
  for (let start = 0; start < n; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - start) }, (_, k) => {
      const i = start + k;
      return {
        id: newId(),
        agencyId: pick(agencies, i),
        kind: i % 3 ? 'person' : 'desk',
        name: `Contact ${i} ${randomBytes(3).toString('hex')}`,
        topics: [pick(TOPICS, i), pick(TOPICS, i * 7 + 3)],
        coverage: i % 4 ? 'hours' : '24x7',
        hours: i % 4 ? { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Asia/Shanghai' } : null,
        channels: [{ kind: 'phone' as const, value: `+1 202 555 ${String(i % 10000).padStart(4, '0')}` }],
        languages: [pick(LANGS, i), pick(LANGS, i + 2)],
        language: 'en',
        originParty: 'US',
        verifiedAt: i % 5 ? new Date(now - (i % 200) * 86_400_000) : null,
        createdAt: new Date(now),
        updatedAt: new Date(now),
      };
    });
    await deps.db.insert(contactTable).values(rows);
  }
  return agencies[0] ?? '';
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'bench-password-123' }) });
  if (res.status !== 200) throw new Error(`login ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function load(base: string, cookie: string, urls: string[], concurrency: number): Promise<number[]> {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++] ?? '';
      const [res, ms] = await timed(() => fetch(`${base}${url}`, { headers: { cookie } }));
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
      samples.push(ms);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return samples;
}

export async function benchDirectory(): Promise<string[]> {
  const tmp = await throwawayDatabase();
  const database = connectPostgres(tmp.url, 4);
  const config = loadConfig({ COUNTERPART_SEED_DEMO: 'false' });
  const deps = { db: database.db, clock: systemClock, config, box: secretBox(randomBytes(32)) };
  let node: ChildProcess | undefined;
  try {
    await database.migrate();
    await seedParties(deps);
    const agencyId = await seedContacts(deps, 10_000);
    const ctx = { ...deps, vault: createVault(deps), actor: systemActor, requestId: 'bench' };
    for (let i = 0; i < 50; i++) await createUser(ctx, { username: `burst${i}`, displayName: 'Bench', agencyId, roles: ['officer'], locale: 'en', timeZone: 'UTC', password: 'bench-password-123' });
    await database.db.execute(sql`analyze`);
    node = await startNodeProcess({ DATABASE_URL: tmp.url, COUNTERPART_SECRET_KEY: randomBytes(32).toString('base64') }, 18_301);
    const base = 'http://127.0.0.1:18301';
    const cookie = await login(base, 'burst0');
    const filters = ['', 'party=CN', 'topic=precursor-chemicals', 'language=zh&coverage=hours', 'stale=true', 'q=Contact%2012', 'party=US&topic=wildlife-trafficking&stale=false'];
    const urls = Array.from({ length: 700 }, (_, i) => `/api/v1/contacts?${pick(filters, i)}&page=${(i % 5) + 1}&pageSize=50`);
    await load(base, cookie, urls.slice(0, 50), 4);
    const single = await load(base, cookie, urls, 1);
    const list = await load(base, cookie, urls, 4);

    const during: number[] = [];
    let bursting = true;
    const background = (async () => {
      while (bursting) during.push(...(await load(base, cookie, urls.slice(0, 8), 4)));
    })();
    const [, burstMs] = await timed(() => Promise.all(Array.from({ length: 50 }, (_, i) => login(base, `burst${i}`))));
    bursting = false;
    await background;
    return [
      summary('contacts list, 10,000 contacts on PostgreSQL, filtered + paged, 1 client (target p95 < 50 ms)', single),
      summary('contacts list, same, 4 concurrent clients', list),
      `login burst: 50 concurrent logins took ${burstMs.toFixed(0)} ms in all`,
      summary('other requests during the login burst (target p95 < 100 ms)', during),
    ];
  } finally {
    await stopNodeProcess(node);
    await database.close();
    await tmp.drop();
  }
}
