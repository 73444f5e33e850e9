// The importer's clock as jobs: a reminder before the deadline and an escalation when it passes, enqueued with the
// change that set the deadline. A job whose deadline has since moved, or whose notification was answered, does nothing.
import type { Db } from '../../platform/db.js';
import { cancelJobs, enqueue } from '../../platform/jobs/index.js';

export const REMINDER_QUEUE = 'notifications.reminder';
export const ESCALATION_QUEUE = 'notifications.escalation';
/** Reminders go this long before the deadline (or at once, when less time is left). */
export const REMIND_BEFORE_MS = 2 * 86_400_000;

export type ClockJob = { notificationId: string; dueAt: string };

export async function scheduleClock(tx: Db, now: Date, id: string, dueAt: Date): Promise<void> {
  await cancelClock(tx, now, id);
  const data: ClockJob = { notificationId: id, dueAt: dueAt.toISOString() };
  const key = `${id}:${data.dueAt}`;
  const remindAt = new Date(Math.max(now.getTime(), dueAt.getTime() - REMIND_BEFORE_MS));
  await enqueue(tx, now, { queue: REMINDER_QUEUE, key, subject: id, data, runAt: remindAt });
  await enqueue(tx, now, { queue: ESCALATION_QUEUE, key, subject: id, data, runAt: dueAt });
}

export async function cancelClock(tx: Db, now: Date, id: string): Promise<void> {
  await cancelJobs(tx, now, REMINDER_QUEUE, id);
  await cancelJobs(tx, now, ESCALATION_QUEUE, id);
}
