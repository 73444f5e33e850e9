// A reply clock as jobs, for any module that holds someone to a deadline: a reminder some time before it and an
// escalation when it passes, enqueued in the transaction that set the deadline. Moving the deadline cancels both and
// enqueues them again; each job carries the deadline it was set for, so a handler can tell a stale one and do nothing.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db.js';
import { cancelJobs, enqueue, type NewJob } from './queue.js';
import { jobs } from './tables.js';

export type ClockQueues = { reminder: string; escalation: string };
/** What each clock job carries: the subject (a record id) and the deadline it was enqueued for. */
export type ClockJobData = { subject: string; dueAt: string };

/** Replaces the subject's clock jobs with a reminder `remindBeforeMs` before `dueAt` (or now, when less is left) and an escalation at it. */
export async function scheduleClock(tx: Db, now: Date, queues: ClockQueues, subject: string, dueAt: Date, remindBeforeMs: number, data: Record<string, unknown> = {}): Promise<void> {
  await cancelClock(tx, now, queues, subject);
  const due = dueAt.toISOString();
  const key = `${subject}:${due}`;
  const payload = { ...data, subject, dueAt: due };
  const remindAt = new Date(Math.max(now.getTime(), dueAt.getTime() - remindBeforeMs));
  await enqueueOrRevive(tx, now, { queue: queues.reminder, key, subject, data: payload, runAt: remindAt });
  await enqueueOrRevive(tx, now, { queue: queues.escalation, key, subject, data: payload, runAt: dueAt });
}

/**
 * A deadline moved back to one it had before finds its old jobs cancelled under the same key (the key is unique per
 * queue): they are queued again rather than silently not enqueued. A job that already ran for that deadline stays done.
 */
async function enqueueOrRevive(tx: Db, now: Date, job: NewJob & { key: string }): Promise<void> {
  if (await enqueue(tx, now, job)) return;
  await tx
    .update(jobs)
    .set({ state: 'queued', runAt: job.runAt, attempts: 0, finishedAt: null, data: job.data ?? {} })
    .where(and(eq(jobs.queue, job.queue), eq(jobs.key, job.key), eq(jobs.state, 'cancelled')));
}

export async function cancelClock(tx: Db, now: Date, queues: ClockQueues, subject: string): Promise<void> {
  await cancelJobs(tx, now, queues.reminder, subject);
  await cancelJobs(tx, now, queues.escalation, subject);
}
