// The importer's reply clock: the importing party's reply period (15 calendar days unless its administrators set
// another), counted on its calendar in its time zone from the moment its node received the notification.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { calendarFor, deadlineFor, localTime, timeZoneOf, type Deadline, type ReplyPeriod } from '../calendars/index.js';
import * as repo from './repo.js';

export const DEFAULT_REPLY_PERIOD: ReplyPeriod = { days: 15, kind: 'calendar' };

export async function replyPeriodFor(db: Db, party: string): Promise<ReplyPeriod & { isDefault: boolean }> {
  const set = await repo.replyPeriodOf(db, party);
  return set ? { ...set, isDefault: false } : { ...DEFAULT_REPLY_PERIOD, isDefault: true };
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
