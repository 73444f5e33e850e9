// A small job queue in PostgreSQL. Chosen over pg-boss (DESIGN §7) because deadlines are tested with an injected
// clock: a job is due when `run_at <= clock.now()`, so a test moves the clock instead of sleeping, and the same
// code runs on PGlite's single connection without a second schema or a maintenance loop. README, design notes.
import { and, eq, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { newId } from '../ids.js';
import { withTx } from '../tx.js';
import { jobs } from './tables.js';

export type NewJob = { queue: string; data: unknown; runAt: Date; key?: string | undefined; subject?: string | undefined; maxAttempts?: number | undefined };

/** Inside the caller's transaction: the job commits with the change that causes it. False when the key exists. */
export async function enqueue(tx: Db, now: Date, job: NewJob): Promise<boolean> {
  const rows = await tx
    .insert(jobs)
    .values({ id: newId(), queue: job.queue, key: job.key ?? null, subject: job.subject ?? null, data: job.data ?? {}, runAt: job.runAt, maxAttempts: job.maxAttempts ?? 8, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Cancels the queued jobs of a queue about `subject` (a reminder no longer needed). */
export async function cancelJobs(tx: Db, now: Date, queue: string, subject: string): Promise<number> {
  const rows = await tx
    .update(jobs)
    .set({ state: 'cancelled', finishedAt: now })
    .where(and(eq(jobs.queue, queue), eq(jobs.state, 'queued'), eq(jobs.subject, subject)))
    .returning({ id: jobs.id });
  return rows.length;
}

/** Forgets finished jobs (done, failed, cancelled) that finished before `before`; housekeeping. */
export async function purgeFinishedJobs(db: Db, before: Date): Promise<number> {
  const rows = await db.delete(jobs).where(and(ne(jobs.state, 'queued'), lt(jobs.finishedAt, before))).returning({ id: jobs.id });
  return rows.length;
}

export type JobInfo = { id: string; queue: string; key: string | null; attempts: number };
export type JobHandler = (data: unknown, job: JobInfo) => Promise<void>;

/** An error that retrying will not cure (a permanent SMTP rejection, a record that is gone): the job fails now. */
export const isPermanent = (err: unknown): boolean => typeof err === 'object' && err !== null && (err as { transient?: unknown }).transient === false;

type Log = { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
export type JobRunnerDeps = { db: Db; clock: Clock; handlers: Readonly<Record<string, JobHandler>>; log: Log; pollMs?: number; leaseMs?: number };

export type JobRunner = {
  /** Claims and runs the jobs due now, up to `limit`; returns how many ran. Tests call this with a moved clock. */
  runDue: (limit?: number) => Promise<number>;
  start: () => void;
  stop: () => Promise<void>;
};

const backoffMs = (attempts: number): number => Math.min(60 * 60_000, 30_000 * 2 ** (attempts - 1)) * (0.75 + Math.random() * 0.5);

export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  const leaseMs = deps.leaseMs ?? 5 * 60_000;
  const queues = Object.keys(deps.handlers);

  /** Takes due jobs for this process: SKIP LOCKED so two processes never take the same job, the lease for a crash. */
  async function claim(limit: number): Promise<(typeof jobs.$inferSelect)[]> {
    if (queues.length === 0) return [];
    const now = deps.clock.now();
    return withTx(deps, async (tx) => {
      const due = await tx
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.state, 'queued'), inArray(jobs.queue, queues), lte(jobs.runAt, now), or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now))))
        .orderBy(jobs.runAt)
        .limit(limit)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      return tx
        .update(jobs)
        .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${jobs.attempts} + 1` })
        .where(inArray(jobs.id, due.map((d) => d.id)))
        .returning();
    });
  }

  // Every update after the claim is conditional on the lease this runner holds: a job whose lease ran out meanwhile
  // may already be another runner's, and must not be finished (or retried) twice.
  const ours = (job: typeof jobs.$inferSelect) => and(eq(jobs.id, job.id), job.lockedUntil ? eq(jobs.lockedUntil, job.lockedUntil) : isNull(jobs.lockedUntil));

  async function runOne(job: typeof jobs.$inferSelect): Promise<void> {
    // Claimed in a batch and run in turn: one whose lease ended while others ran is left for a fresh claim.
    if (!job.lockedUntil || job.lockedUntil.getTime() <= deps.clock.now().getTime()) return;
    const handler = deps.handlers[job.queue];
    try {
      if (!handler) throw Object.assign(new Error(`no handler for queue ${job.queue}`), { transient: false });
      await handler(job.data, { id: job.id, queue: job.queue, key: job.key, attempts: job.attempts });
      await deps.db.update(jobs).set({ state: 'done', finishedAt: deps.clock.now(), lockedUntil: null }).where(ours(job));
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      const now = deps.clock.now();
      const finished = isPermanent(err) || job.attempts >= job.maxAttempts;
      if (finished) deps.log.error({ err, jobId: job.id, queue: job.queue }, 'job failed for good');
      else deps.log.warn({ err, jobId: job.id, queue: job.queue, attempts: job.attempts }, 'job failed; will retry');
      await deps.db
        .update(jobs)
        .set(finished ? { state: 'failed', finishedAt: now, lockedUntil: null, lastError: message } : { runAt: new Date(now.getTime() + backoffMs(job.attempts)), lockedUntil: null, lastError: message })
        .where(ours(job));
    }
  }

  async function runDue(limit = 20): Promise<number> {
    const claimed = await claim(limit);
    for (const job of claimed) await runOne(job);
    return claimed.length;
  }

  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  // A pass that fails (the database away) is logged and the loop goes on, waiting longer after each failure in a
  // row (up to a minute) so an outage is not a flood of log lines; the first pass that works resets the wait.
  let failures = 0;
  const pollMs = deps.pollMs ?? 5_000;
  const nextInMs = () => Math.min(Math.max(pollMs, 60_000), pollMs * 2 ** failures);
  function schedule(): void {
    if (!running) return;
    timer = setTimeout(() => {
      current = runDue()
        .then(() => void (failures = 0))
        .catch((err: unknown) => {
          failures++;
          deps.log.error({ err, failures, retryInMs: nextInMs() }, 'job pass failed; trying again later');
        })
        .finally(schedule);
    }, nextInMs());
    timer.unref();
  }
  return {
    runDue,
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
    },
  };
}
