// The job queue on a real database: due-ness by the injected clock, deduplication, retries with backoff, permanent
// failures, one runner per job, and a job whose process died taken up again when its lease ends.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/db.js';
import { fixedClock } from '../clock.js';
import { cancelJobs, createJobRunner, enqueue, purgeFinishedJobs, type JobHandler } from './index.js';
import { jobs } from './tables.js';

const database = await freshDatabase();
afterAll(() => database.close());
const db = database.db;
const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
const quiet = { warn: () => undefined, error: () => undefined };
const runner = (handlers: Record<string, JobHandler>, leaseMs?: number) => createJobRunner({ db, clock, handlers, log: quiet, leaseMs });
let n = 0;
const queue = () => `test.q${++n}`;
const stateOf = async (q: string) => db.select().from(jobs).where(eq(jobs.queue, q));

describe('job queue', () => {
  it('runs a job only once it is due by the clock, then keeps it as done', async () => {
    const q = queue();
    const seen: unknown[] = [];
    await enqueue(db, clock.now(), { queue: q, data: { x: 1 }, runAt: new Date(clock.now().getTime() + 60_000) });
    const r = runner({ [q]: async (data) => void seen.push(data) });
    expect(await r.runDue()).toBe(0);
    clock.advance(60_000);
    expect(await r.runDue()).toBe(1);
    expect(seen).toEqual([{ x: 1 }]);
    expect(await r.runDue()).toBe(0);
    expect((await stateOf(q))[0]).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('enqueues a keyed job once', async () => {
    const q = queue();
    expect(await enqueue(db, clock.now(), { queue: q, key: 'k', data: 1, runAt: clock.now() })).toBe(true);
    expect(await enqueue(db, clock.now(), { queue: q, key: 'k', data: 2, runAt: clock.now() })).toBe(false);
    expect((await stateOf(q)).map((j) => j.data)).toEqual([1]);
  });

  it('retries a transient failure later with backoff, and fails it for good after its last attempt', async () => {
    const q = queue();
    await enqueue(db, clock.now(), { queue: q, data: null, runAt: clock.now(), maxAttempts: 2 });
    const r = runner({ [q]: () => Promise.reject(new Error('connection refused')) });
    expect(await r.runDue()).toBe(1);
    const [first] = await stateOf(q);
    expect(first).toMatchObject({ state: 'queued', attempts: 1, lastError: 'connection refused' });
    const wait = (first?.runAt.getTime() ?? 0) - clock.now().getTime();
    expect(wait).toBeGreaterThanOrEqual(22_500);
    expect(wait).toBeLessThanOrEqual(37_500);
    expect(await r.runDue()).toBe(0);
    clock.advance(wait);
    expect(await r.runDue()).toBe(1);
    expect((await stateOf(q))[0]).toMatchObject({ state: 'failed', attempts: 2 });
  });

  it('fails a job at once on a permanent error', async () => {
    const q = queue();
    await enqueue(db, clock.now(), { queue: q, data: null, runAt: clock.now() });
    await runner({ [q]: () => Promise.reject(Object.assign(new Error('550 no such user'), { transient: false })) }).runDue();
    expect((await stateOf(q))[0]).toMatchObject({ state: 'failed', attempts: 1, lastError: '550 no such user' });
  });

  it('gives each job to one runner, however many run at once', async () => {
    const q = queue();
    for (let i = 0; i < 20; i++) await enqueue(db, clock.now(), { queue: q, data: i, runAt: clock.now() });
    const ran: number[] = [];
    const handler: JobHandler = async (data) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      ran.push(data as number);
    };
    const counts = await Promise.all([runner({ [q]: handler }).runDue(8), runner({ [q]: handler }).runDue(8), runner({ [q]: handler }).runDue(8)]);
    await runner({ [q]: handler }).runDue(20);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20);
    expect(ran.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('takes up a job whose runner died once its lease has ended', async () => {
    const q = queue();
    await enqueue(db, clock.now(), { queue: q, data: null, runAt: clock.now() });
    // A runner claims the job and dies before finishing: the row stays queued with a lease.
    await db.update(jobs).set({ lockedUntil: new Date(clock.now().getTime() + 60_000), attempts: 1 }).where(eq(jobs.queue, q));
    const r = runner({ [q]: async () => undefined });
    expect(await r.runDue()).toBe(0);
    clock.advance(60_000);
    expect(await r.runDue()).toBe(1);
    expect((await stateOf(q))[0]).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('cancels the queued jobs about one subject and leaves the others', async () => {
    const q = queue();
    await enqueue(db, clock.now(), { queue: q, subject: 'a', key: 'a:1', data: null, runAt: clock.now() });
    await enqueue(db, clock.now(), { queue: q, subject: 'a', key: 'a:2', data: null, runAt: clock.now() });
    await enqueue(db, clock.now(), { queue: q, subject: 'b', key: 'b:1', data: null, runAt: clock.now() });
    expect(await cancelJobs(db, clock.now(), q, 'a')).toBe(2);
    expect((await stateOf(q)).map((j) => `${j.key}=${j.state}`).sort()).toEqual(['a:1=cancelled', 'a:2=cancelled', 'b:1=queued']);
  });

  it('does not finish a job whose lease ran out while it ran: another runner may hold it now', async () => {
    const q = queue();
    await enqueue(db, clock.now(), { queue: q, data: null, runAt: clock.now() });
    let second: Promise<number> | undefined;
    const slow: JobHandler = async () => {
      // While the first runner works, its lease ends and a second runner claims the same job.
      clock.advance(10_000);
      second = runner({ [q]: async () => undefined }, 60_000).runDue();
      await second;
      throw new Error('the first runner fails late'); // its retry must not undo the second runner's success
    };
    await runner({ [q]: slow }, 5_000).runDue();
    expect(await second).toBe(1);
    expect((await stateOf(q))[0]).toMatchObject({ state: 'done', attempts: 2, lastError: null });
  });

  it('leaves a job of a batch whose lease ended before its turn for a fresh claim', async () => {
    const q = queue();
    const ran: number[] = [];
    for (let i = 0; i < 2; i++) await enqueue(db, clock.now(), { queue: q, data: i, runAt: clock.now() });
    await runner({ [q]: async (d) => void (ran.push(d as number), clock.advance(6_000)) }, 5_000).runDue();
    expect(ran).toHaveLength(1);
    expect((await stateOf(q)).map((j) => j.state).sort()).toEqual(['done', 'queued']);
  });

  it('purges finished jobs older than the cutoff and keeps queued ones', async () => {
    const q = queue();
    await enqueue(db, clock.now(), { queue: q, key: 'old', data: null, runAt: clock.now() });
    await runner({ [q]: async () => undefined }).runDue();
    await enqueue(db, clock.now(), { queue: q, key: 'waiting', data: null, runAt: new Date(clock.now().getTime() + 86_400_000) });
    clock.advance(1_000);
    expect(await purgeFinishedJobs(db, clock.now())).toBeGreaterThanOrEqual(1);
    expect((await stateOf(q)).map((j) => j.key)).toEqual(['waiting']);
  });
});
