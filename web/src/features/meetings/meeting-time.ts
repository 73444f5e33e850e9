// When a meeting is, as people say it: on the clock of its place ("10 Mar 2026, 10:00–12:00 US Eastern Time",
// "北京时间2024年1月30日 09:00至31日…") and, when the reader's clock reads differently, on theirs too — the way the
// request pages give a deadline in both zones. A meeting over several days names both days.
import type { Locale } from '../../app/api/types';
import { formatDate, formatTime, zoneName, zoneOffsetMinutes } from '../../app/time';
import { wallOf } from './meeting-draft';

export type MeetingSpan = { startsAt: string; endsAt: string; timeZone: string };
export type MeetingTimes = { place: string; reader: string | null };

/** The span on one clock, its zone named. */
export function spanText(m: Pick<MeetingSpan, 'startsAt' | 'endsAt'>, timeZone: string, locale: Locale): string {
  const opts = { locale, timeZone };
  const [d1, d2] = [formatDate(m.startsAt, opts), formatDate(m.endsAt, opts)];
  const [t1, t2] = [formatTime(m.startsAt, opts), formatTime(m.endsAt, opts)];
  const zone = zoneName(timeZone, locale);
  const isOneDay = wallOf(m.startsAt, timeZone).day === wallOf(m.endsAt, timeZone).day;
  if (locale === 'zh-CN') return isOneDay ? `${zone}${d1} ${t1}至${t2}` : `${zone}${d1} ${t1}至${d2} ${t2}`;
  return isOneDay ? `${d1}, ${t1}–${t2} ${zone}` : `${d1}, ${t1} – ${d2}, ${t2} ${zone}`;
}

/** The meeting on the clock of its place, and on the reader's when that reads differently at its start. */
export function meetingTimes(m: MeetingSpan, readerZone: string, locale: Locale): MeetingTimes {
  const start = new Date(m.startsAt);
  const isSameClock = zoneOffsetMinutes(start, readerZone) === zoneOffsetMinutes(start, m.timeZone);
  return { place: spanText(m, m.timeZone, locale), reader: isSameClock ? null : spanText(m, readerZone, locale) };
}

/** "10:00" on the reader's clock, for a meeting shown on a calendar day. */
export const startTimeOn = (m: Pick<MeetingSpan, 'startsAt'>, timeZone: string, locale: Locale): string => formatTime(m.startsAt, { locale, timeZone });
