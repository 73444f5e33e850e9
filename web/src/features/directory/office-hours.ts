// Office hours are kept as wall-clock times in the contact's own zone; these helpers show them in another zone
// (the viewer's) and tell whether the desk is open now. Pure functions, tested in office-hours.test.ts.
import type { ContactHours, Locale } from '../../app/api/types';
import { calendarDay, wallTimeToInstant, weekdayName, zoneOffsetMinutes } from '../../app/time';

const DAY_MS = 86_400_000;

function minutesOf(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function hhmmIn(date: Date, timeZone: string): string {
  const local = new Date(date.getTime() + zoneOffsetMinutes(date, timeZone) * 60000);
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}

function dayIndex(day: { y: number; m: number; d: number }): number {
  return Date.UTC(day.y, day.m - 1, day.d) / DAY_MS;
}

/** ISO weekday shifted by whole days, staying in 1..7. */
export function shiftDay(isoDay: number, shift: number): number {
  return ((((isoDay - 1 + shift) % 7) + 7) % 7) + 1;
}

export type ConvertedHours = {
  days: number[];
  start: string;
  end: string;
  /** The end falls on the day after the start, in the target zone. */
  endsNextDay: boolean;
};

/** The contact's hours as seen from `targetZone`, using the offsets in force on the contact's day `now`. */
export function convertHours(hours: ContactHours, targetZone: string, now: Date): ConvertedHours {
  const today = calendarDay(now, hours.timeZone);
  const startAt = wallTimeToInstant(today, hours.start, hours.timeZone);
  const overnight = minutesOf(hours.end) <= minutesOf(hours.start);
  const endDay = overnight ? calendarDay(new Date(startAt.getTime() + DAY_MS), hours.timeZone) : today;
  const endAt = wallTimeToInstant(endDay, hours.end, hours.timeZone);
  const startShift = dayIndex(calendarDay(startAt, targetZone)) - dayIndex(today);
  const endShift = dayIndex(calendarDay(endAt, targetZone)) - dayIndex(today);
  return {
    days: [...new Set(hours.days.map((d) => shiftDay(d, startShift)))].sort((a, b) => a - b),
    start: hhmmIn(startAt, targetZone),
    end: hhmmIn(endAt, targetZone),
    endsNextDay: endShift > startShift,
  };
}

/** Whether the contact is within its office hours at `now`. */
export function isOpenAt(hours: ContactHours, now: Date): boolean {
  const day = calendarDay(now, hours.timeZone);
  const minute = minutesOf(hhmmIn(now, hours.timeZone));
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  if (end > start) return hours.days.includes(day.weekday) && minute >= start && minute < end;
  const openedToday = hours.days.includes(day.weekday) && minute >= start;
  const openedYesterday = hours.days.includes(shiftDay(day.weekday, -1)) && minute < end;
  return openedToday || openedYesterday;
}

/**
 * "Mon–Fri", "Mon, Wed, Sat, Sun", "Sun–Thu": runs of ISO weekdays, read round the week so that hours shifted
 * across Sunday night still read as one run.
 */
export function formatDays(days: readonly number[], locale: Locale): string {
  const included = new Set(days.filter((d) => d >= 1 && d <= 7));
  if (included.size === 0) return '';
  // Start the week after a day that is not included (Monday when every day is).
  const first = [1, 2, 3, 4, 5, 6, 7].find((d) => included.has(d) && !included.has(shiftDay(d, -1))) ?? 1;
  const runs: number[][] = [];
  for (let i = 0; i < 7; i++) {
    const d = shiftDay(first, i);
    if (!included.has(d)) continue;
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === shiftDay(d, -1)) run.push(d);
    else runs.push([d]);
  }
  const separator = locale === 'zh-CN' ? '、' : ', ';
  return runs
    .map((run) => {
      const start = run[0] ?? first;
      const end = run[run.length - 1] ?? start;
      if (run.length === 1) return weekdayName(start, locale);
      if (run.length === 2) return `${weekdayName(start, locale)}${separator}${weekdayName(end, locale)}`;
      return `${weekdayName(start, locale)}–${weekdayName(end, locale)}`;
    })
    .join(separator);
}
