// A reply clock of days stopped for a clarification and run again (issue 16). An hour period keeps its milliseconds
// (state.restartedDue); a period of calendar or working days ends at the end of a local day of the receiver, so what
// is left is counted in whole days on its calendar and in its zone: the days of the period after the day the clock
// stopped (that day too if it stopped at its midnight), up to the deadline's last day — the rest of the day it stopped
// is not counted, as the day a request arrives is not. On restart that many days are counted again after the day it
// restarts (that day too if it restarts at its midnight, as a stop then counts it: a stop and a restart at one
// instant move nothing), and none left ends the period at the end of that day. A clock stopped once its deadline had
// passed restarts overdue, as one of hours.
// Only the receiver counts: the requester takes the deadline from the `clock-restarted` step.
import { addDays, format, parseISO } from 'date-fns';
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { Db } from '../../platform/db.js';
import { calendarFor, dayInfo, periodDeadline, timeZoneOf, type Calendar } from '../calendars/index.js';
import type * as repo from './repo.js';
import { restartedDue } from './state.js';

export type DayUnit = 'calendar-days' | 'working-days';
type Clock = Pick<repo.Row, 'toParty' | 'periodUnit' | 'dueAt' | 'pausedAt' | 'remainingMs' | 'remainingDays'>;

const localDay = (at: Date, timeZone: string): string => formatInTimeZone(at, timeZone, 'yyyy-MM-dd');
const nextDay = (day: string): string => format(addDays(parseISO(day), 1), 'yyyy-MM-dd');
const dayUnitOf = (unit: string | null): DayUnit | null => (unit === 'calendar-days' || unit === 'working-days' ? unit : null);

/** Whether `at` is the midnight that starts a local day of `timeZone`. */
const isMidnight = (at: Date, timeZone: string): boolean => fromZonedTime(`${localDay(at, timeZone)}T00:00:00`, timeZone).getTime() === at.getTime();

/** The days of `unit` whole after `at` (from the next local day, or this one at its midnight) to the last day of the period. */
export function wholeDaysLeft(cal: Calendar, timeZone: string, unit: DayUnit, dueAt: Date, at: Date): number {
  const last = localDay(new Date(dueAt.getTime() - 1), timeZone); // dueAt is the midnight that ends the last day
  const today = localDay(at, timeZone);
  let left = 0;
  for (let day = isMidnight(at, timeZone) ? today : nextDay(today); day <= last; day = nextDay(day)) {
    if (unit === 'calendar-days' || dayInfo(cal, day).isWorking) left++;
  }
  return left;
}

/**
 * The end of the local day `days` days of `unit` after the day of `from` (counting that day too when `from` is its
 * midnight, as wholeDaysLeft does); with none, the end of the day of `from` itself.
 */
export function daysDeadline(cal: Calendar, timeZone: string, unit: DayUnit, from: Date, days: number): Date {
  // periodDeadline counts the days after the day of its start: a midnight counts as the end of the day before.
  const start = days >= 1 && isMidnight(from, timeZone) ? new Date(from.getTime() - 1) : from;
  if (days >= 1) return periodDeadline(cal, start, timeZone, { amount: days, unit }).dueAt;
  return fromZonedTime(`${nextDay(localDay(from, timeZone))}T00:00:00`, timeZone);
}

/** The deadline of a stopped clock run again at `at`, on the receiver's calendar `cal` and zone. */
export function restartDeadline(cal: Calendar, timeZone: string, r: Omit<Clock, 'toParty'>, at: Date): Date | null {
  const unit = dayUnitOf(r.periodUnit);
  if (!unit || r.remainingMs === null || r.remainingMs <= 0) return restartedDue(r, at);
  // A clock stopped before its days were counted (none kept) counts them now, from when it stopped.
  const days = r.remainingDays ?? (r.dueAt && r.pausedAt ? wholeDaysLeft(cal, timeZone, unit, r.dueAt, r.pausedAt) : null);
  return days === null ? restartedDue(r, at) : daysDeadline(cal, timeZone, unit, at, days);
}

/** For either side's reader: the whole days left of a stopped period of days, as the receiver counted or would count them. */
export function stoppedDaysLeft(r: Pick<Clock, 'toParty' | 'periodUnit' | 'dueAt' | 'pausedAt' | 'remainingDays'>, receiverZone: string): number | null {
  const unit = dayUnitOf(r.periodUnit);
  if (!unit || !r.pausedAt || !r.dueAt) return null;
  return r.remainingDays ?? wholeDaysLeft(calendarFor(r.toParty), receiverZone, unit, r.dueAt, r.pausedAt);
}

/** On the receiver, as its clock stops at `at`: the whole days left of a period of days; null for hours or no deadline. */
export async function daysLeftAt(db: Db, r: Pick<Clock, 'toParty' | 'periodUnit' | 'dueAt'>, at: Date): Promise<number | null> {
  const unit = dayUnitOf(r.periodUnit);
  if (!unit || !r.dueAt) return null;
  return wholeDaysLeft(calendarFor(r.toParty), await timeZoneOf(db, r.toParty), unit, r.dueAt, at);
}

/** On the receiver: the deadline when the clarification it asked for restarts its clock at `at`. */
export async function restartDue(db: Db, r: Clock, at: Date): Promise<Date | null> {
  if (!dayUnitOf(r.periodUnit)) return restartedDue(r, at);
  return restartDeadline(calendarFor(r.toParty), await timeZoneOf(db, r.toParty), r, at);
}
