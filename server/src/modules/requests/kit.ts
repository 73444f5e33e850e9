// What the request use cases share: the acting person's name and agency as the other party reads them, the audit
// entries, the party's reply period and four-eyes rule, and the clock's jobs.
import { recordAudit, recordAuditMany, type AuditVerb } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { cancelClock, enqueue, scheduleClock, type ClockQueues } from '../../platform/jobs/index.js';
import { calendarFor, periodDeadline, timeZoneOf, type Deadline, type Period } from '../calendars/index.js';
import * as repo from './repo.js';
import { DEFAULT_PERIODS, type Priority } from './schemas.js';

/** An administrator acting for another agency: the audit entry says so. */
export type OverrideMark = { administratorOverride?: { agency: string; actorAgencyId: string | null } };



export const auditCase = (tx: Db, ctx: Ctx, action: AuditVerb<'case'>, id: string, change: Record<string, unknown> = {}) =>
  recordAudit(tx, ctx, { action: `case.${action}`, subjectType: 'case', subjectId: id, change });
export const auditRequest = (tx: Db, ctx: Ctx, action: AuditVerb<'request'>, id: string, change: Record<string, unknown> = {}) =>
  recordAudit(tx, ctx, { action: `request.${action}`, subjectType: 'request', subjectId: id, change });

/** One audit entry of a request's change, for `auditRequestMany`. */
export type RequestAudit = { action: AuditVerb<'request'>; change: Record<string, unknown> };

/** Several entries for one request, in order, chained as that many `auditRequest` calls would chain them: one lock. */
export const auditRequestMany = (tx: Db, ctx: Ctx, id: string, entries: readonly RequestAudit[]) =>
  recordAuditMany(tx, ctx, entries.map((e) => ({ action: `request.${e.action}` as const, subjectType: 'request' as const, subjectId: id, change: e.change })));

/** The reply period this party (as the receiver) gives a request of this type and priority; null: no answer expected. */
export async function periodFor(db: Db, party: string, type: string, priority: Priority): Promise<Period | null> {
  if (type === 'spontaneous') return null;
  const { periods } = await repo.profileOf(db, party);
  const set = periods.find((p) => p.type === type && p.priority === priority);
  return set ? { amount: set.amount, unit: set.unit as Period['unit'] } : DEFAULT_PERIODS[priority];
}

/** The deadline of a request this node received at `at`: the period counted on this party's calendar, in its zone. */
export async function receiverDeadline(ctx: Pick<Ctx, 'db' | 'config'>, at: Date, period: Period): Promise<Deadline & { timeZone: string }> {
  const party = ctx.config.party;
  const timeZone = await timeZoneOf(ctx.db, party);
  return { ...periodDeadline(calendarFor(party), at, timeZone, period), timeZone };
}

export const REMINDER_QUEUE = 'requests.reminder';
export const ESCALATION_QUEUE = 'requests.escalation';
const QUEUES: ClockQueues = { reminder: REMINDER_QUEUE, escalation: ESCALATION_QUEUE };

/** Reminders go a quarter of the period before the deadline, at most a day (2 hours before an 8-hour deadline). */
export const remindBefore = (period: Period | null): number => {
  if (!period) return 0;
  const ms = period.unit === 'hours' ? period.amount * 3_600_000 : period.amount * 86_400_000;
  return Math.min(86_400_000, Math.round(ms / 4));
};

export const scheduleRequestClock = (tx: Db, now: Date, id: string, dueAt: Date, period: Period | null): Promise<void> => scheduleClock(tx, now, QUEUES, id, dueAt, remindBefore(period));
export const cancelRequestClock = (tx: Db, now: Date, id: string): Promise<void> => cancelClock(tx, now, QUEUES, id);

/** The clock of a request restored stopped though its clarification was given: restarted after the recovery (clock-handlers.ts). */
export const RESTART_QUEUE = 'requests.restart-clock';
export const scheduleClockRestart = (tx: Db, now: Date, id: string, pausedAt: Date): Promise<boolean> =>
  enqueue(tx, now, { queue: RESTART_QUEUE, key: `${id}:${pausedAt.toISOString()}`, subject: id, data: { subject: id }, runAt: now });

export { actorName, agencyRef } from '../directory/index.js';
