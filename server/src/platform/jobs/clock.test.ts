// A reply clock as jobs on a real database: a reminder and an escalation per deadline, replaced when the deadline
// moves — including back to a deadline it had before, whose cancelled jobs are queued again, not lost.
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/db.js';
import { fixedClock } from '../clock.js';
import { cancelClock, scheduleClock } from './index.js';
import { jobs } from './tables.js';

const database = await freshDatabase();
afterAll(() => database.close());
const db = database.db;
const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
const queues = { reminder: 'test.reminder', escalation: 'test.escalation' };
const HOUR = 3_600_000;
const queued = async (subject: string) =>
  (await db.select().from(jobs).where(and(eq(jobs.subject, subject), eq(jobs.state, 'queued')))).map((j) => `${j.queue}@${j.runAt.toISOString()}`).sort();

describe('clock jobs', () => {
  it('reminds before the deadline and escalates at it, and moves both with the deadline', async () => {
    const due = new Date(clock.now().getTime() + 8 * HOUR);
    await scheduleClock(db, clock.now(), queues, 's1', due, 2 * HOUR);
    expect(await queued('s1')).toEqual(['test.escalation@2026-03-02T17:00:00.000Z', 'test.reminder@2026-03-02T15:00:00.000Z']);
    await scheduleClock(db, clock.now(), queues, 's1', new Date(due.getTime() + 24 * HOUR), 2 * HOUR);
    expect(await queued('s1')).toEqual(['test.escalation@2026-03-03T17:00:00.000Z', 'test.reminder@2026-03-03T15:00:00.000Z']);
  });

  it('queues again the jobs of a deadline it had before', async () => {
    const due = new Date(clock.now().getTime() + 8 * HOUR);
    await scheduleClock(db, clock.now(), queues, 's2', due, 2 * HOUR);
    await cancelClock(db, clock.now(), queues, 's2');
    expect(await queued('s2')).toEqual([]);
    await scheduleClock(db, clock.now(), queues, 's2', due, 2 * HOUR);
    expect(await queued('s2')).toEqual(['test.escalation@2026-03-02T17:00:00.000Z', 'test.reminder@2026-03-02T15:00:00.000Z']);
  });

  it('reminds at once when less time is left than the reminder lead', async () => {
    await scheduleClock(db, clock.now(), queues, 's3', new Date(clock.now().getTime() + HOUR), 2 * HOUR);
    expect(await queued('s3')).toEqual(['test.escalation@2026-03-02T10:00:00.000Z', 'test.reminder@2026-03-02T09:00:00.000Z']);
  });
});
