// Background jobs kept in PostgreSQL: enqueued in the transaction of the change that causes them, claimed by one
// process at a time (SKIP LOCKED plus a lease), retried with backoff, and kept after they finish as a record.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    queue: text('queue').notNull(),
    /** Deduplication: a second job with the same queue and key is not enqueued. */
    key: text('key'),
    /** What the job is about (a record id), so the jobs of one thing can be cancelled together. */
    subject: text('subject'),
    data: jsonb('data').notNull(),
    runAt: ts('run_at').notNull(),
    state: text('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(8),
    lockedUntil: ts('locked_until'),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    uniqueIndex('jobs_queue_key_idx').on(t.queue, t.key),
    index('jobs_due_idx').on(t.runAt).where(sql`${t.state} = 'queued'`),
    index('jobs_subject_idx').on(t.queue, t.subject).where(sql`${t.state} = 'queued'`),
    index('jobs_finished_idx').on(t.finishedAt).where(sql`${t.state} <> 'queued'`),
    check('jobs_state', sql`${t.state} in ('queued','done','failed','cancelled')`),
    check('jobs_attempts', sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
  ],
);
