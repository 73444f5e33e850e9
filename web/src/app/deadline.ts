// A deadline as people say it: "By the end of 22 Dec 2026, Beijing time (11:00 on 22 Dec in Washington)",
// "北京时间2026年12月22日24时前（华盛顿时间12月22日11:00）". Reply periods end at local midnight, stored as the
// instant that starts the next day: that instant is the end of the last day, never the first minute of the next.
// The reader's own clock is added when it reads differently from the deadline's zone.
import type { TFunction } from 'i18next';
import type { Locale } from './api/types';
import { calendarDay, formatDate, formatDayMonth, formatTime, zoneCity, zoneName, zoneOffsetMinutes } from './time';

const DAY_MS = 86_400_000;

export type DeadlineInput = { dueAt: string | Date; dueZone: string; readerZone: string; locale: Locale };
export type DeadlineText = { main: string; reader: string | null };

/** Whether the instant is midnight on the wall clock of `zone`: the end of the day before. */
export function endsDay(at: Date, zone: string): boolean {
  const local = at.getTime() + zoneOffsetMinutes(at, zone) * 60_000;
  return ((local % DAY_MS) + DAY_MS) % DAY_MS === 0;
}

/** The day a deadline falls on in a zone (the day it ends, for midnight) and its wall time ("24:00" for midnight). */
export function deadlineWall(at: Date, zone: string, locale: Locale): { day: Date; time: string; isEndOfDay: boolean } {
  if (endsDay(at, zone)) return { day: new Date(at.getTime() - 1), time: '24:00', isEndOfDay: true };
  return { day: at, time: formatTime(at, { locale, timeZone: zone }), isEndOfDay: false };
}

function readerText(t: TFunction, at: Date, { dueZone, readerZone, locale }: DeadlineInput): string | null {
  if (zoneOffsetMinutes(at, readerZone) === zoneOffsetMinutes(at, dueZone)) return null;
  const wall = deadlineWall(at, readerZone, locale);
  const main = deadlineWall(at, dueZone, locale);
  const sameYear = calendarDay(wall.day, readerZone).y === calendarDay(main.day, dueZone).y;
  const opts = { locale, timeZone: readerZone };
  const date = sameYear ? formatDayMonth(wall.day, opts) : formatDate(wall.day, opts);
  const city = zoneCity(readerZone, locale);
  return city ? t('time.dueReaderCity', { time: wall.time, date, city }) : t('time.dueReaderZone', { time: wall.time, date, zone: zoneName(readerZone, locale) });
}

/** The deadline in its own zone, and in the reader's when that clock reads differently (else `reader` is null). */
export function describeDeadline(t: TFunction, input: DeadlineInput): DeadlineText {
  const at = typeof input.dueAt === 'string' ? new Date(input.dueAt) : input.dueAt;
  if (Number.isNaN(at.getTime())) return { main: '', reader: null };
  const { locale, dueZone } = input;
  const wall = deadlineWall(at, dueZone, locale);
  const date = formatDate(wall.day, { locale, timeZone: dueZone });
  const zone = zoneName(dueZone, locale);
  const main = wall.isEndOfDay ? t('time.dueByEndOf', { date, zone }) : t('time.dueBy', { date, zone, time: wall.time });
  return { main, reader: readerText(t, at, input) };
}
