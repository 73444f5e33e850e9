// Reply clocks: a period of calendar or working days after receipt, counted in the receiving authority's time zone
// on its own calendar. The deadline is the end of the last day, local time. A period that runs through a year
// whose schedule is not known yet counts only the statutory holidays there, and says so: never an invented date.
import { addDays, format, getDay, parseISO } from 'date-fns';
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { Calendar } from './calendar-data.js';

export type ReplyPeriod = { days: number; kind: 'calendar' | 'working' };
export type Deadline = {
  /** The instant the period ends: midnight at the end of the last day, in the receiver's time zone. */
  dueAt: Date;
  /** The last day, as a local date of the receiver. */
  dueDate: string;
  /** Years the count crossed whose official schedule is not known: only statutory holidays were skipped there. */
  calendarUnknown: number[];
};

export type DayInfo = { isWorking: boolean; isKnown: boolean };

export function dayInfo(cal: Calendar, date: string): DayInfo {
  const year = Number(date.slice(0, 4));
  const isKnown = cal.knownYears.has(year);
  if (cal.workingDays.has(date)) return { isWorking: true, isKnown };
  const weekend = cal.weekend.has(getDay(parseISO(date)));
  const off = isKnown ? cal.daysOff.has(date) : cal.statutoryDaysOff(year).has(date) || cal.daysOff.has(date);
  return { isWorking: !weekend && !off, isKnown };
}

/** Day 1 is the receiver's first whole day after receipt; a period of working days counts only working days. */
export function deadlineFor(cal: Calendar, receivedAt: Date, timeZone: string, period: ReplyPeriod): Deadline {
  if (!Number.isInteger(period.days) || period.days < 1) throw new RangeError('a reply period is a whole number of days, at least 1');
  let day = parseISO(formatInTimeZone(receivedAt, timeZone, 'yyyy-MM-dd'));
  const unknown = new Set<number>();
  for (let counted = 0; counted < period.days; ) {
    day = addDays(day, 1);
    const date = format(day, 'yyyy-MM-dd');
    const info = dayInfo(cal, date);
    if (!info.isKnown && period.kind === 'working') unknown.add(day.getFullYear());
    if (period.kind === 'calendar' || info.isWorking) counted++;
  }
  const dueDate = format(day, 'yyyy-MM-dd');
  return { dueAt: fromZonedTime(`${format(addDays(day, 1), 'yyyy-MM-dd')}T00:00:00`, timeZone), dueDate, calendarUnknown: [...unknown].sort() };
}

/** The same instant as both sides read it, for showing a deadline to each ("2026-05-16 00:00 in Beijing"). */
export const localTime = (at: Date, timeZone: string): string => formatInTimeZone(at, timeZone, 'yyyy-MM-dd HH:mm');

/** A period as an agreement states it: hours (counted as hours, whatever the day), or calendar or working days. */
export type Period = { amount: number; unit: 'hours' | 'calendar-days' | 'working-days' };

/** The deadline of a period that starts at `from`: hours end to the minute; days end at the receiver's local midnight. */
export function periodDeadline(cal: Calendar, from: Date, timeZone: string, period: Period): Deadline {
  if (!Number.isInteger(period.amount) || period.amount < 1) throw new RangeError('a period is a whole number, at least 1');
  if (period.unit !== 'hours') return deadlineFor(cal, from, timeZone, { days: period.amount, kind: period.unit === 'working-days' ? 'working' : 'calendar' });
  const dueAt = new Date(from.getTime() + period.amount * 3_600_000);
  return { dueAt, dueDate: formatInTimeZone(dueAt, timeZone, 'yyyy-MM-dd'), calendarUnknown: [] };
}
