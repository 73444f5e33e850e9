// The importer's reply clock: the importing party's reply period (15 calendar days unless its administrators set
// another), counted on its calendar in its time zone from the moment its node received the notification.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { partyTable } from '../directory/index.js';
import { deadlineFor, loadCalendars, localTime, type Calendar, type Deadline, type ReplyPeriod } from '../calendars/index.js';
import * as repo from './repo.js';
import { eq, inArray } from 'drizzle-orm';

export const DEFAULT_REPLY_PERIOD: ReplyPeriod = { days: 15, kind: 'calendar' };

let calendars: Map<string, Calendar> | undefined;

/** A party without a calendar file has weekends only, and every year counts as "calendar unknown". */
export function calendarFor(party: string): Calendar {
  calendars ??= loadCalendars();
  return calendars.get(party) ?? { party, weekend: new Set([0, 6]), knownYears: new Set(), daysOff: new Set(), workingDays: new Set(), statutoryDaysOff: () => new Set() };
}

export async function replyPeriodFor(db: Db, party: string): Promise<ReplyPeriod & { isDefault: boolean }> {
  const set = await repo.replyPeriodOf(db, party);
  return set ? { ...set, isDefault: false } : { ...DEFAULT_REPLY_PERIOD, isDefault: true };
}

export async function timeZonesOf(db: Db, parties: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.select({ code: partyTable.code, timeZone: partyTable.timeZone }).from(partyTable).where(inArray(partyTable.code, [...new Set(parties)]));
  return new Map(rows.map((r) => [r.code, r.timeZone]));
}

export async function timeZoneOf(db: Db, party: string): Promise<string> {
  const [row] = await db.select({ timeZone: partyTable.timeZone }).from(partyTable).where(eq(partyTable.code, party));
  return row?.timeZone ?? 'UTC';
}

/** The deadline for a notification this node (the importer) received at `at`, with the zone and period it was counted in. */
export async function importerDeadline(ctx: Pick<Ctx, 'db' | 'config'>, at: Date): Promise<Deadline & { timeZone: string; period: ReplyPeriod }> {
  const party = ctx.config.party;
  const [period, timeZone] = await Promise.all([replyPeriodFor(ctx.db, party), timeZoneOf(ctx.db, party)]);
  return { ...deadlineFor(calendarFor(party), at, timeZone, period), timeZone, period: { days: period.days, kind: period.kind } };
}

/** A stored reply period, for the views and the wire (null on rows counted before periods were recorded). */
export const replyPeriodOfRow = (n: { replyPeriodDays: number | null; replyPeriodKind: string | null }): ReplyPeriod | null =>
  n.replyPeriodDays !== null && (n.replyPeriodKind === 'calendar' || n.replyPeriodKind === 'working') ? { days: n.replyPeriodDays, kind: n.replyPeriodKind } : null;

/** A reply period as the row stores it. */
export const replyPeriodColumns = (p: ReplyPeriod | null | undefined) => ({ replyPeriodDays: p?.days ?? null, replyPeriodKind: p?.kind ?? null });

/** The same instant as each side reads it. */
export const bothLocal = (at: Date, zones: { importer: string; exporter: string }) => ({ importer: `${localTime(at, zones.importer)} ${zones.importer}`, exporter: `${localTime(at, zones.exporter)} ${zones.exporter}` });
