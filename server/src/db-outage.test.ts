// The database may come and go. A killed connection or a PostgreSQL restart costs the requests in flight at most
// (503 problem+json with Retry-After), never the process, and the node connects again by itself; the background
// loops (jobs, exchange) log a failed pass and go on, waiting longer after each failure in a row.
// Both backends: the loops, with a table taken away under them. PostgreSQL: the pool's connections killed under
// load in this process (an 'error' event nobody handles would fail the run), a real `counterpart serve` on a private
// cluster restarted under load, and a start with DATABASE_URL naming a database that does not exist.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { dbKind, freshDatabase } from '../test/db.js';
import { makeTestNode } from '../test/node.js';
import { freePort, startPrivatePostgres } from '../test/private-postgres.js';
import { loadConfig } from './config.js';
import { exchangeHandlers } from './exchange-kinds.js';
import { createExchangeRuntime } from './modules/exchange/index.js';
import { DEMO_PASSWORD } from './seed/demo-data.js';
import { fixedClock } from './platform/clock.js';
import { queryRows } from './platform/db.js';
import { createJobRunner, enqueue } from './platform/jobs/index.js';
import { secretBox } from './platform/secret-box.js';
import { createVault } from './platform/vault/index.js';

const bin = new URL('../../bin/counterpart.mjs', import.meta.url).pathname;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Logged = { obj: Record<string, unknown>; msg: string };
function capturingLog() {
  const lines: Logged[] = [];
  const push = (obj: object, msg?: string) => void lines.push({ obj: obj as Record<string, unknown>, msg: msg ?? '' });
  const log = { error: push, warn: push, info: push, debug: push, trace: push, fatal: push, silent: push, level: 'debug', child: () => log };
  return { lines, log };
}

const database = await freshDatabase();
afterAll(() => database.close());

describe('background loops while queries fail', () => {
  const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));

  it('the job runner logs each failed pass, waits longer after each, and runs due jobs once the database answers', async () => {
    const { db } = database;
    const { lines, log } = capturingLog();
    const ran: unknown[] = [];
    const runner = createJobRunner({ db, clock, log, pollMs: 20, handlers: { 'test.outage': async (data) => void ran.push(data) } });
    await enqueue(db, clock.now(), { queue: 'test.outage', data: { n: 1 }, runAt: clock.now() });
    await db.execute(sql`alter table jobs rename to jobs_away`);
    runner.start();
    try {
      await expect.poll(() => lines.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      expect(lines.every((l) => l.msg === 'job pass failed; trying again later')).toBe(true);
      const waits = lines.slice(0, 3).map((l) => l.obj.retryInMs);
      expect(waits).toEqual([40, 80, 160]);
      expect(ran).toEqual([]);
      await db.execute(sql`alter table jobs_away rename to jobs`);
      await expect.poll(() => ran, { timeout: 10_000 }).toEqual([{ n: 1 }]);
    } finally {
      await runner.stop();
    }
  });

  it('the exchange worker logs each failed pass, waits longer after each, and passes work again once the database answers', async () => {
    const { db } = database;
    const { lines, log } = capturingLog();
    const config = loadConfig({ COUNTERPART_DATA_DIR: '/nonexistent', COUNTERPART_EXCHANGE_POLL_MS: '20' });
    const box = secretBox(randomBytes(32));
    const runtime = createExchangeRuntime({ db, clock, config, box, vault: createVault({ db, box }), handlers: exchangeHandlers }, log as never);
    const failures = () => lines.filter((l) => l.msg === 'exchange worker pass failed; trying again later');
    await db.execute(sql`alter table exchange_peers rename to exchange_peers_away`);
    await runtime.start();
    try {
      await expect.poll(() => failures().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      expect(failures().slice(0, 3).map((l) => [l.obj.failures, l.obj.retryInMs])).toEqual([
        [1, 40],
        [2, 80],
        [3, 160],
      ]);
      await db.execute(sql`alter table exchange_peers_away rename to exchange_peers`);
      // Long enough for the wait the last failure set (it doubles; a loaded machine may have seen more than three)
      // and a pass after it: one that works sets the count back to zero.
      const lastWaitMs = Number(failures().at(-1)?.obj.retryInMs ?? 0);
      await sleep(lastWaitMs + 2_000);
      const before = failures().length;
      await db.execute(sql`alter table exchange_peers rename to exchange_peers_away`);
      await expect.poll(() => failures().length, { timeout: 10_000 }).toBeGreaterThan(before);
      expect(failures()[before]?.obj.failures).toBe(1);
    } finally {
      await db.execute(sql`alter table if exists exchange_peers_away rename to exchange_peers`);
      await runtime.stop();
    }
  });
});

type Outcome = { status: number; type?: string; retryAfter?: string | null; contentType?: string | null } | { failed: string };

/** A request's outcome is fine when it succeeded or is the database-unavailable problem, with its Retry-After. */
function isAcceptable(o: Outcome): boolean {
  if ('failed' in o) return false;
  if (o.status === 200 || o.status === 201) return true;
  return o.status === 503 && o.type === 'database-unavailable' && o.retryAfter === '5' && (o.contentType ?? '').startsWith('application/problem+json');
}

const problemOf = (body: string): string => {
  try {
    return String((JSON.parse(body) as { type?: string }).type ?? '')
      .split('/')
      .pop() as string;
  } catch {
    return '';
  }
};

// Only PostgreSQL has connections to lose and a server to restart.
if (dbKind() === 'postgres') {
  describe('PostgreSQL connections killed under load (pg_terminate_backend on every pooled connection)', () => {
    it('costs the requests in flight a 503 problem+json at most; the process stays up, nothing leaks, later requests succeed', async () => {
      const escaped: unknown[] = [];
      const onEscape = (err: unknown) => void escaped.push(err);
      process.on('uncaughtException', onEscape);
      process.on('unhandledRejection', onEscape);
      const node = await makeTestNode();
      const { app, database } = node;
      app.get('/test/slow', async () => ({ slept: (await queryRows<{ s: string }>(database.db, sql`select pg_sleep(3)::text as s`)).length }));
      const admin = await node.signedIn(['admin']);
      const [{ name }] = (await queryRows<{ name: string }>(database.db, sql`select current_database() as name`)) as [{ name: string }];
      const killerUrl = new URL(inject('postgresUrl'));
      killerUrl.pathname = `/${name}`;
      const killer = new pg.Client({ connectionString: killerUrl.toString() });
      await killer.connect();
      const killAll = async () => (await killer.query<{ n: number }>(`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`)).rows[0]?.n ?? 0;

      const send = async (i: number): Promise<Outcome> => {
        const req =
          i % 3 === 0
            ? { method: 'GET' as const, url: '/api/v1/health' }
            : i % 3 === 1
              ? { method: 'GET' as const, url: '/api/v1/agencies', headers: admin.headers }
              : { method: 'POST' as const, url: '/api/v1/agencies', headers: admin.headers, payload: { partyCode: 'US', acronym: node.unique('OUT'), nameEn: 'Outage test', nameZh: '中断测试', kind: 'other' } };
        try {
          const res = await app.inject(req);
          return { status: res.statusCode, type: problemOf(res.body), retryAfter: res.headers['retry-after'] as string | undefined, contentType: res.headers['content-type'] as string | undefined };
        } catch (err) {
          return { failed: String(err) };
        }
      };
      let isLoading = true;
      const outcomes: Outcome[] = [];
      const worker = async (w: number) => {
        for (let i = w; isLoading; i++) outcomes.push(await send(i));
      };
      try {
        const workers = Array.from({ length: 12 }, (_, w) => worker(w));
        const slow = app.inject({ method: 'GET', url: '/test/slow' });
        await expect.poll(async () => (await killer.query(`select 1 from pg_stat_activity where query like 'select pg_sleep(3)%' and state = 'active'`)).rowCount, { timeout: 5_000 }).toBe(1);
        let killed = 0;
        for (let round = 0; round < 4; round++) {
          killed += await killAll();
          await sleep(150);
        }
        const slowRes = await slow;
        await sleep(300);
        isLoading = false;
        await Promise.all(workers);

        expect(killed).toBeGreaterThan(4);
        // The request whose query was running when its connection was killed.
        expect(slowRes.statusCode).toBe(503);
        expect(slowRes.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(slowRes.headers['retry-after']).toBe('5');
        expect(slowRes.json()).toMatchObject({ type: 'https://counterpart.dev/problems/database-unavailable', status: 503 });
        expect(outcomes.length).toBeGreaterThan(20);
        expect(outcomes.filter((o) => !isAcceptable(o))).toEqual([]);

        // Later requests all succeed, on connections the pool opened afresh.
        const after: Outcome[] = [];
        for (let i = 0; i < 30; i++) after.push(await send(i));
        expect(after.map((o) => ('status' in o ? o.status : o.failed))).toEqual(after.map((_, i) => (i % 3 === 2 ? 201 : 200)));
        // No connection is still lent out to a request that ended (one whose transaction failed at `begin`).
        await expect.poll(() => database.poolStats?.()).toMatchObject({ waiting: 0 });
        const stats = database.poolStats?.();
        expect(stats?.idle).toBe(stats?.total);
        expect(escaped).toEqual([]);
      } finally {
        isLoading = false;
        process.off('uncaughtException', onEscape);
        process.off('unhandledRejection', onEscape);
        await killer.end();
      }
    }, 60_000);
  });

  describe('a node process on a private PostgreSQL cluster restarted under load (pg_ctl restart -m fast)', () => {
    it('never exits: requests in flight get 503 problem+json, the node reconnects by itself and requests after get 200', async () => {
      const cluster = await startPrivatePostgres();
      const dataDir = mkdtempSync(join(tmpdir(), 'counterpart-restart-'));
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const env = { ...process.env, DATABASE_URL: cluster.url, COUNTERPART_DATA_DIR: dataDir, COUNTERPART_SECRET_KEY: randomBytes(32).toString('base64'), COUNTERPART_PARTY: 'US', PORT: String(port), LOG_LEVEL: 'warn', TEST_DB_KIND: '' };
      let child: ChildProcess | undefined;
      let log = '';
      let exit: string | null = null;
      try {
        child = spawn(process.execPath, [bin, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
        child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
        child.once('exit', (code, signal) => (exit = `exited with ${code ?? signal}`));
        await expect
          .poll(async () => (await fetch(`${base}/api/v1/health`).catch(() => null))?.status, { timeout: 90_000, interval: 250 })
          .toBe(200);

        const login = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin.us', password: DEMO_PASSWORD }) });
        expect(login.status).toBe(200);
        const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('cp_session=')) ?? '').split(';')[0] as string;
        const headers = { cookie, 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken, 'content-type': 'application/json' };
        let n = 0;
        const send = async (i: number): Promise<Outcome & { at: number }> => {
          const at = Date.now();
          const init: RequestInit =
            i % 3 === 0
              ? {}
              : i % 3 === 1
                ? { headers }
                : { method: 'POST', headers, body: JSON.stringify({ partyCode: 'US', acronym: `RST${++n}${randomBytes(2).toString('hex')}`, nameEn: 'Restart test', nameZh: '重启测试', kind: 'other' }) };
          const url = `${base}/api/v1/${i % 3 === 0 ? 'health' : 'agencies'}`;
          try {
            const res = await fetch(url, init);
            return { at, status: res.status, type: problemOf(await res.text()), retryAfter: res.headers.get('retry-after'), contentType: res.headers.get('content-type') };
          } catch (err) {
            return { at, failed: `${String(err)} ${String((err as { cause?: unknown }).cause)}` };
          }
        };

        let isLoading = true;
        const outcomes: (Outcome & { at: number })[] = [];
        const workers = Array.from({ length: 8 }, async (_, w) => {
          for (let i = w; isLoading; i++) outcomes.push(await send(i));
        });
        await sleep(1_000);
        const restartAt = Date.now();
        await cluster.restart();
        const upAt = Date.now();
        await sleep(4_000);
        isLoading = false;
        await Promise.all(workers);

        expect(exit).toBeNull();
        const during = outcomes.filter((o) => o.at >= restartAt);
        expect(outcomes.filter((o) => o.at < restartAt).length).toBeGreaterThan(10);
        expect(during.length).toBeGreaterThan(10);
        // Nothing but successes and the database-unavailable problem; connection refused from the node would mean it died.
        expect(outcomes.filter((o) => !isAcceptable(o))).toEqual([]);
        expect(during.filter((o) => 'status' in o && o.status === 503).length).toBeGreaterThan(0);
        // Within a couple of seconds of the server being back, every request succeeds again.
        const settled = outcomes.filter((o) => o.at > upAt + 2_000);
        expect(settled.length).toBeGreaterThan(5);
        expect(settled.filter((o) => !('status' in o) || o.status >= 300)).toEqual([]);
        for (let i = 0; i < 9; i++) expect(await send(i)).toMatchObject({ status: i % 3 === 2 ? 201 : 200 });

        expect(exit).toBeNull();
        expect(log).toContain('database connection lost');
        expect(log).not.toMatch(/uncaughtException|unhandledRejection/);
      } finally {
        child?.kill('SIGTERM');
        if (child && child.exitCode === null && child.signalCode === null) await new Promise((r) => child?.once('exit', r));
        cluster.destroy();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 180_000);
  });

  describe('start-up with DATABASE_URL naming a database that does not exist', () => {
    it('exits 1 with one line naming the database and the cause, and no stack trace', () => {
      const url = new URL(inject('postgresUrl'));
      const name = `cp_missing_${randomBytes(4).toString('hex')}`;
      url.pathname = `/${name}`;
      const dataDir = mkdtempSync(join(tmpdir(), 'counterpart-missing-db-'));
      try {
        const res = spawnSync(process.execPath, [bin, 'serve'], { env: { ...process.env, DATABASE_URL: url.toString(), COUNTERPART_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', TEST_DB_KIND: '' }, encoding: 'utf8', timeout: 60_000 });
        expect(res.status).toBe(1);
        const lines = res.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(`cannot use the PostgreSQL database "${name}" on ${url.hostname}:${url.port || '5432'}: the database does not exist`);
        expect(res.stderr).not.toContain('    at ');
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 60_000);
  });
}
