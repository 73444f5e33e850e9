// The importer's clock as jobs (platform/jobs/clock.ts): a reminder before the deadline and an escalation when it
// passes, enqueued with the change that set the deadline. A job whose deadline has since moved, or whose
// notification was answered, does nothing.
import type { Db } from '../../platform/db.js';
import { cancelClock as cancel, scheduleClock as schedule, type ClockQueues } from '../../platform/jobs/index.js';

export const REMINDER_QUEUE = 'notifications.reminder';
export const ESCALATION_QUEUE = 'notifications.escalation';
const QUEUES: ClockQueues = { reminder: REMINDER_QUEUE, escalation: ESCALATION_QUEUE };
/** Reminders go this long before the deadline (or at once, when less time is left). */
export const REMIND_BEFORE_MS = 2 * 86_400_000;

/** What a clock job carries; `notificationId` is kept for jobs enqueued before the clock moved to platform/jobs. */
export type ClockJob = { notificationId?: string; subject?: string; dueAt: string };

export const scheduleClock = (tx: Db, now: Date, id: string, dueAt: Date): Promise<void> => schedule(tx, now, QUEUES, id, dueAt, REMIND_BEFORE_MS, { notificationId: id });
export const cancelClock = (tx: Db, now: Date, id: string): Promise<void> => cancel(tx, now, QUEUES, id);
