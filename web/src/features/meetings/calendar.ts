// The month calendar's arithmetic, kept pure: the weeks of a month (Monday first, as both parties' calendars
// print them) with the days of the months either side that fill them, and each meeting placed on every day it
// spans on the reader's clock (a plenary over two days shows on both; a virtual meeting at 22:00 in Washington
// shows on the next day in Beijing).
import { wallOf } from './meeting-draft';
import { addDays, monthBounds } from './meeting-query';

export type CalendarDay = { day: string; isInMonth: boolean; isToday: boolean };

/** No meeting is drawn on more days than this, whatever its end says. */
export const MAX_SPAN_DAYS = 14;

/** ISO weekday (1 = Monday … 7 = Sunday) of a day. */
export function weekdayOf(day: string): number {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The weeks that show `month` ("2026-03"), each seven days from Monday. */
export function monthGrid(month: string, today: string): CalendarDay[][] {
  const { first, last } = monthBounds(month);
  let day = addDays(first, 1 - weekdayOf(first));
  const end = addDays(last, 7 - weekdayOf(last));
  const weeks: CalendarDay[][] = [];
  while (day <= end) {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ day, isInMonth: day.startsWith(month), isToday: day === today });
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The days a meeting spans on a clock, first to last (at most MAX_SPAN_DAYS). */
export function daysOf(m: { startsAt: string; endsAt: string }, timeZone: string): string[] {
  const first = wallOf(m.startsAt, timeZone).day;
  const endsAt = new Date(m.endsAt);
  // A meeting ending at midnight ends on the day before.
  const lastAt = endsAt.getTime() > new Date(m.startsAt).getTime() ? new Date(endsAt.getTime() - 1) : endsAt;
  const last = wallOf(lastAt, timeZone).day;
  const days: string[] = [];
  for (let day = first; day <= last && days.length < MAX_SPAN_DAYS; day = addDays(day, 1)) days.push(day);
  return days.length > 0 ? days : [first];
}

/** Every meeting on each day it spans on the reader's clock, earliest first. */
export function meetingsByDay<T extends { startsAt: string; endsAt: string }>(items: readonly T[], timeZone: string): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
  for (const m of sorted) {
    for (const day of daysOf(m, timeZone)) byDay.set(day, [...(byDay.get(day) ?? []), m]);
  }
  return byDay;
}
