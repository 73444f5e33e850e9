// Instants and deadlines in a sentence of either language, written as the web app writes them (web/src/app/time.ts,
// deadline.ts): "22 Dec 2026, 11:00 Beijing time" / "北京时间2026年12月22日 11:00", and a reply period's end as
// "by the end of 22 Dec 2026, Beijing time" / "北京时间2026年12月22日24时前" — never "2026-12-23 00:00
// Asia/Shanghai", which reads as the next day. Zones are named from data/time-zones.json, shared with the web app.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dayText, type DayText } from './day-text.js';
import { fromRoot } from './paths.js';

const ZoneWords = z.object({ en: z.string(), zh: z.string(), cityEn: z.string(), cityZh: z.string() });
const ZoneTable = z.object({ zones: z.record(z.string(), ZoneWords), aliases: z.record(z.string(), z.string()) });
const table = ZoneTable.parse(JSON.parse(readFileSync(fromRoot('data', 'time-zones.json'), 'utf8')));

const known = (timeZone: string) => table.zones[table.aliases[timeZone] ?? timeZone];

/** The city of a zone id without a name of its own: "Europe/Moscow" → "Moscow". */
const cityOfId = (timeZone: string): string => (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

/** "Beijing time" / "北京时间"; a zone outside the table by the city of its id: "Moscow time" / "Moscow时间". */
export function zoneText(timeZone: string): DayText {
  const words = known(timeZone);
  if (words) return { en: words.en, zh: words.zh };
  const city = cityOfId(timeZone);
  return { en: `${city} time`, zh: `${city}时间` };
}

/** The city whose clock a zone is, for "11:00 in Washington" ("UTC" has none). */
function cityText(timeZone: string): DayText | null {
  const words = known(timeZone);
  if (!words) return timeZone.includes('/') ? { en: cityOfId(timeZone), zh: cityOfId(timeZone) } : null;
  return words.cityEn === 'UTC' ? null : { en: words.cityEn, zh: words.cityZh };
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The wall clock of `timeZone` at `at`: its day as YYYY-MM-DD and its time as HH:mm (24-hour). */
export function wallClock(at: Date, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: safeZone(timeZone), hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** "22 Dec 2026, 11:00 Beijing time" / "北京时间2026年12月22日 11:00". */
export function instantText(at: Date, timeZone: string): DayText {
  const wall = wallClock(at, timeZone);
  const day = dayText(wall.day);
  const zone = zoneText(timeZone);
  return { en: `${day.en}, ${wall.time} ${zone.en}`, zh: `${zone.zh}${day.zh} ${wall.time}` };
}

export type DeadlineInput = { dueAt: Date; dueDate: string | null; dueTimeZone: string; readerZone?: string };

/**
 * A reply period's end — the end of `dueDate` on the clock of `dueTimeZone` — and, when the reader's clock reads
 * differently, the same instant there: "by the end of 22 Dec 2026, Beijing time (11:00 on 22 Dec 2026 in
 * Washington)" / "北京时间2026年12月22日24时前（华盛顿时间2026年12月22日 11:00）". `short` leaves the reader's clock out.
 */
export function deadlineText(input: DeadlineInput): { full: DayText; short: DayText } {
  // Rows from before the last day was stored: the instant is the midnight that starts the next day.
  const lastDay = input.dueDate ?? wallClock(new Date(input.dueAt.getTime() - 1), input.dueTimeZone).day;
  const day = dayText(lastDay);
  const zone = zoneText(input.dueTimeZone);
  const short = { en: `by the end of ${day.en}, ${zone.en}`, zh: `${zone.zh}${day.zh}24时前` };
  const reader = input.readerZone ? readerText(input.dueAt, input.dueTimeZone, input.readerZone) : null;
  return { short, full: reader ? { en: `${short.en} (${reader.en})`, zh: `${short.zh}（${reader.zh}）` } : short };
}

function readerText(at: Date, dueZone: string, readerZone: string): DayText | null {
  const there = wallClock(at, dueZone);
  const here = wallClock(at, readerZone);
  if (here.time === there.time && here.day === there.day) return null; // the same clock at that instant
  // Midnight is the end of the day before, as in the deadline itself.
  const wall = here.time === '00:00' ? { day: wallClock(new Date(at.getTime() - 1), readerZone).day, time: '24:00' } : here;
  const day = dayText(wall.day);
  const city = cityText(readerZone);
  if (city) return { en: `${wall.time} on ${day.en} in ${city.en}`, zh: `${city.zh}时间${day.zh} ${wall.time}` };
  const zone = zoneText(readerZone);
  return { en: `${wall.time} on ${day.en}, ${zone.en}`, zh: `${zone.zh}${day.zh} ${wall.time}` };
}
