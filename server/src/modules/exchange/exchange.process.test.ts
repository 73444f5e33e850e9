// The sender killed with SIGKILL in the middle of a delivery, then restarted: delivery resumes within seconds,
// nothing is lost, nothing is applied twice.
// The US node is a real `counterpart serve` process on its own data folder; the CN node runs in this process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import { auditLog } from '../../platform/audit/tables.js';
import { pgliteExtensions } from '../../platform/db.js';
import { startNode } from '../../../test/pair.js';
import { listContacts } from '../directory/index.js';
import { addPeer } from './index.js';
import { inbox } from './tables.js';

const bin = new URL('../../../../bin/counterpart.mjs', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'counterpart-sigkill-'));
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
const usPort = await freePort();
const env = { ...process.env, COUNTERPART_DATA_DIR: dataDir, COUNTERPART_PARTY: 'US', PORT: String(usPort), LOG_LEVEL: 'silent', TEST_DB_KIND: '', COUNTERPART_EXCHANGE_BATCH: '1', COUNTERPART_EXCHANGE_POLL_MS: '50', COUNTERPART_EXCHANGE_SYNC_SECONDS: '3600', COUNTERPART_EXCHANGE_TIMEOUT_MS: '120000' };
const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 90_000 });
/** Every sender started; one still running when the file ends (a failed or timed-out test) is killed then. */
const senders = new Set<ChildProcess>();
const serve = (): ChildProcess => {
  const child = spawn(process.execPath, [bin, 'serve'], { env, stdio: 'ignore' });
  senders.add(child);
  return child;
};
const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** Reads the sender's own database while it is stopped. */
async function usOutbox(query: string): Promise<number> {
  const db = await PGlite.create({ dataDir: join(dataDir, 'pgdata'), extensions: pgliteExtensions });
  try {
    return (await db.query<{ n: number }>(query)).rows[0]?.n ?? -1;
  } finally {
    await db.close();
  }
}

const cn = await startNode('CN', fixedClock(new Date('2026-03-02T09:00:00Z')), {});
afterAll(async () => {
  for (const child of senders) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.kill('SIGKILL');
    await exited(child);
  }
  await cn.app.close();
  await cn.database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a sender killed mid-batch', () => {
  it('resumes delivery within 5 s of its restart, loses nothing and applies nothing twice', async () => {
    expect(cli('seed', '--demo').status).toBe(0); // seven US contacts, six of them releasable to CN
    const usKey = (JSON.parse(cli('keys', 'show', '--json').stdout) as { publicKey: string }).publicKey;
    expect(cli('peers', 'add', '--party', 'CN', '--url', cn.url, '--public-key', cn.key.publicKey).status).toBe(0);
    await addPeer(cn.ctx(), { partyCode: 'US', baseUrl: `http://127.0.0.1:${usPort}`, publicKey: usKey });
    const queued = await usOutbox(`select count(*)::int as n from exchange_outbox where to_party = 'CN'`);
    expect(queued).toBeGreaterThan(5); // the contacts, then their verifications

    // The third delivery reaches CN, and the sender dies before the answer: CN applies it, the sender never knows.
    let sender = serve();
    let requests = 0;
    await cn.down();
    await cn.up((app) =>
      app.addHook('preHandler', async (req) => {
        if (req.url !== '/api/v1/exchange/inbox' || ++requests !== 3) return;
        sender.kill('SIGKILL');
        await exited(sender);
      }),
    );
    await exited(sender);
    expect(sender.signalCode).toBe('SIGKILL');
    await expect.poll(async () => (await cn.database.db.select().from(inbox)).length, { timeout: 10_000 }).toBe(3);

    sender = serve();
    const spawnedAt = Date.now();
    try {
      // Delivery resumes within seconds of the restart: the dead process's lease is recognised (or runs out, being
      // short), not waited out. A lease of two request timeouts (as before: 35 s by default) would hold it up here
      // for four minutes, however long the restart itself takes.
      await expect.poll(() => fetch(`http://127.0.0.1:${usPort}/api/v1/health`).then((r) => r.ok, () => false), { timeout: 60_000, interval: 50 }).toBe(true);
      const upAt = Date.now();
      await expect.poll(async () => (await cn.database.db.select().from(inbox)).length, { timeout: 5_000, interval: 50 }).toBeGreaterThan(3);
      const resumedMs = Date.now() - upAt;
      console.info(`sender restarted: answering after ${upAt - spawnedAt} ms, next envelope delivered ${resumedMs} ms later`);
      expect(resumedMs).toBeLessThan(5_000);
      await expect.poll(async () => (await cn.database.db.select().from(inbox)).length, { timeout: 60_000, interval: 200 }).toBe(queued);
      // Give a duplicate a moment to show itself, if the restarted sender were to send anything twice.
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      sender.kill('SIGTERM');
      await exited(sender);
    }

    const rows = await cn.database.db.select().from(inbox).orderBy(inbox.seq);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: queued }, (_, i) => i + 1));
    expect(rows.every((r) => r.status === 'applied')).toBe(true);
    expect((await listContacts(cn.ctx(), { party: 'US' })).total).toBe(6);
    // The envelope whose answer was lost came again and was acknowledged as a duplicate, not applied again.
    const received = await cn.database.db.select().from(auditLog).where(eq(auditLog.action, 'exchange.received'));
    expect(received.some((r) => (r.change as { statuses?: { duplicate?: number } }).statuses?.duplicate === 1)).toBe(true);

    expect(await usOutbox(`select count(*)::int as n from exchange_outbox where delivered_at is null`)).toBe(0);
  }, 300_000);
});
