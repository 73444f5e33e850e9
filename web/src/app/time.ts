// Times are stored in UTC and shown in a named IANA zone with Intl in the UI language; where it matters the
// counterpart's local time is shown beside the viewer's.
import type { Locale } from './api/types';

type FormatOptions = { locale: Locale; timeZone: string };

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** Date and time in a zone, with the zone's short name (e.g. "Mar 4, 2026, 9:30 AM EST"). */
export function formatDateTime(iso: string | Date, { locale, timeZone }: FormatOptions): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: safeZone(timeZone),
  }).format(date) + ` ${zoneShortName(date, timeZone, locale)}`;
}

/** Date only, in a zone. */
export function formatDate(iso: string, { locale, timeZone }: FormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: safeZone(timeZone) }).format(date);
}

/** Weekday and time in a zone, for "it is now … there". */
export function formatWeekdayTime(date: Date, { locale, timeZone }: FormatOptions): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: safeZone(timeZone),
  }).format(date);
}

export function zoneShortName(date: Date, timeZone: string, locale: Locale): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: safeZone(timeZone), timeZoneName: 'short' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Minutes the zone is ahead of UTC at that instant (negative west of Greenwich). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: safeZone(timeZone),
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which the wall clock in `timeZone` reads `hhmm` on the calendar day (y, m, d). */
export function wallTimeToInstant(day: { y: number; m: number; d: number }, hhmm: string, timeZone: string): Date {
  const [h = 0, min = 0] = hhmm.split(':').map(Number);
  const guess = Date.UTC(day.y, day.m - 1, day.d, h, min);
  const first = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  // A second pass settles instants next to a daylight-saving change.
  return new Date(guess - zoneOffsetMinutes(new Date(first), timeZone) * 60000);
}

/** The calendar day (y, m, d) and ISO weekday (1 = Monday) it is in `timeZone` at `date`. */
export function calendarDay(date: Date, timeZone: string): { y: number; m: number; d: number; weekday: number } {
  const shifted = new Date(date.getTime() + zoneOffsetMinutes(date, timeZone) * 60000);
  const weekday = shifted.getUTCDay() === 0 ? 7 : shifted.getUTCDay();
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate(), weekday };
}

/** Localised weekday name for ISO day 1 (Monday) … 7 (Sunday). */
export function weekdayName(isoDay: number, locale: Locale, width: 'short' | 'long' = 'short'): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoDay)));
}

/** Every IANA zone this browser knows, UTC first. */
export function timeZoneList(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter((z) => z !== 'UTC')];
}

/** The browser's own zone, for defaults. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "in 5 minutes", "3小时前": an instant relative to `now`, in its largest whole unit. */
export function formatRelative(iso: string, now: Date, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const diffMs = date.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(diffMs) >= ms) return format.format(Math.trunc(diffMs / ms), unit);
  }
  return format.format(Math.trunc(diffMs / 1000), 'second');
}
