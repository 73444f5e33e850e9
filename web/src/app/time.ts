// Every date and time the app shows goes through here: stored in UTC, shown with Intl in the UI language in a zone
// named as people say it (time-zones.ts), one way per language. Day-valued fields ("2026-12-22") are written the
// same way and never shifted by a zone.
import type { Locale } from './api/types';
import { zoneName } from './time-zones';

export { zoneCity, zoneName, zoneOptions } from './time-zones';

export type FormatOptions = { locale: Locale; timeZone: string };

/**
 * One way to write a date per language: "22 Dec 2026" and "2026年12月22日", times on the 24-hour clock. English
 * takes the day-month-year order of en-GB: unambiguous for both parties' readers.
 */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function toDate(iso: string | Date): Date | null {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? null : date;
}

function format(date: Date, locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const parts = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: safeZone(timeZone) }).formatToParts(date);
  // Newer ICU writes September "Sept" in en-GB; the server (platform/day-text.ts) and the date picker write "Sep".
  return parts.map((p) => (p.type === 'month' && p.value === 'Sept' ? 'Sep' : p.value)).join('');
}

/** "22 Dec 2026, 11:00 US Eastern Time" / "北京时间2026年12月22日 11:00": an instant, with its zone named. */
export function formatDateTime(iso: string | Date, { locale, timeZone }: FormatOptions): string {
  const date = toDate(iso);
  if (!date) return '';
  const text = format(date, locale, timeZone, { ...DATE, ...TIME });
  const zone = zoneName(timeZone, locale);
  return locale === 'zh-CN' ? `${zone}${text}` : `${text} ${zone}`;
}

/** "22 Dec 2026" / "2026年12月22日": the day an instant falls on in a zone. */
export function formatDate(iso: string | Date, { locale, timeZone }: FormatOptions): string {
  const date = toDate(iso);
  return date ? format(date, locale, timeZone, DATE) : '';
}

/** "22 Dec" / "12月22日": the day without its year, where the year goes without saying. */
export function formatDayMonth(iso: string | Date, { locale, timeZone }: FormatOptions): string {
  const date = toDate(iso);
  return date ? format(date, locale, timeZone, DAY_MONTH) : '';
}

/** "11:00": the wall-clock time of an instant in a zone, 24-hour. */
export function formatTime(iso: string | Date, { locale, timeZone }: FormatOptions): string {
  const date = toDate(iso);
  return date ? format(date, locale, timeZone, TIME) : '';
}

/**
 * A day-valued field ("2026-12-22", or "2017-10" / "2017" when a source gives no more) written like every other
 * date: "22 Dec 2026", "Oct 2017", "2017" / "2026年12月22日", "2017年10月", "2017年". Other text is left as it is.
 */
export function formatDay(value: string, locale: Locale): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)));
  const options: Intl.DateTimeFormatOptions = d ? DATE : m ? { year: 'numeric', month: 'short' } : { year: 'numeric' };
  return format(date, locale, 'UTC', options);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A typed day ("2026-12-22", "2026/12/22", "2026年12月22日", "22 Dec 2026", "22 December 2026") as YYYY-MM-DD. */
export function parseDay(text: string): string | null {
  const s = text.trim();
  const ymd = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (ymd) return isoDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(s);
  const month = dmy ? MONTHS.indexOf((dmy[2] ?? '').slice(0, 3).toLowerCase()) : -1;
  return dmy && month >= 0 ? isoDay(Number(dmy[3]), month + 1, Number(dmy[1])) : null;
}

/** The first and last instants of a calendar day ("2026-12-22") on the clock of `timeZone`. */
export function dayBoundsIn(day: string, timeZone: string): { start: Date; end: Date } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const start = wallTimeToInstant({ y, m, d }, '00:00', timeZone);
  const nextStart = wallTimeToInstant({ y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() }, '00:00', timeZone);
  return { start, end: new Date(nextStart.getTime() - 1) };
}

/** Weekday and time in a zone, for "it is now … there". */
export function formatWeekdayTime(date: Date, { locale, timeZone }: FormatOptions): string {
  return format(date, locale, timeZone, { weekday: 'short', ...TIME });
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
