// Each party's calendar and time zone, as the reply clocks of every module need them: the calendar from the shipped
// data (calendar-data.ts), the zone from the directory's party record.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { partyTable } from '../directory/index.js';
import { loadCalendars, type Calendar } from './calendar-data.js';

let calendars: Map<string, Calendar> | undefined;

/** A party without a calendar file has weekends only, and every year counts as "calendar unknown". */
export function calendarFor(party: string): Calendar {
  calendars ??= loadCalendars();
  return calendars.get(party) ?? { party, weekend: new Set([0, 6]), knownYears: new Set(), daysOff: new Set(), workingDays: new Set(), statutoryDaysOff: () => new Set() };
}

export async function timeZonesOf(db: Db, parties: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.select({ code: partyTable.code, timeZone: partyTable.timeZone }).from(partyTable).where(inArray(partyTable.code, [...new Set(parties)]));
  return new Map(rows.map((r) => [r.code, r.timeZone]));
}

export async function timeZoneOf(db: Db, party: string): Promise<string> {
  const [row] = await db.select({ timeZone: partyTable.timeZone }).from(partyTable).where(eq(partyTable.code, party));
  return row?.timeZone ?? 'UTC';
}
