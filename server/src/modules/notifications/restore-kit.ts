// What restoring this party's own notification records (restore.ts, restore-response.ts, restore-attachment.ts)
// shares: reading an envelope written by an older version (the exchange's restore kit), the timeline as the envelope carries it, and keeping the
// reference counter past every number a restored record holds.
import { formatInTimeZone } from 'date-fns-tz';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { REFERENCE } from './repo.js';
import { timeZoneOf } from '../calendars/index.js';
import { notificationCounters, notificationEvents } from './tables.js';
import { INTERNAL_EVENTS } from './wire.js';

export { kept, readWire, skipped } from '../exchange/index.js';

// The kinds wire.ts keeps off the wire (reminders, escalations, a preparation awaiting its second person) exist only
// on this node, so an envelope's timeline never replaces them.
const LOCAL_ONLY_EVENTS = INTERNAL_EVENTS;

type WireEvent = { id: string; kind: string; actorName: string; at: Date; note: string | null; codes?: string[] };

/** This party's shared timeline of a notification as the envelope carries it; its local-only entries stay. */
export async function restoreEvents(tx: Db, id: string, party: string, events: readonly WireEvent[]): Promise<void> {
  await tx.delete(notificationEvents).where(and(eq(notificationEvents.notificationId, id), eq(notificationEvents.party, party), notInArray(notificationEvents.kind, LOCAL_ONLY_EVENTS)));
  if (events.length === 0) return;
  // An event id already held (one of the local-only entries, in theory) is not written twice.
  await tx
    .insert(notificationEvents)
    .values(events.map((e) => ({ ...e, notificationId: id, party })))
    .onConflictDoNothing();
}

export const referenceParts = REFERENCE.parse;
export const formatReference = REFERENCE.format;

/**
 * The backup's counter may stand below a restored reference's number: it is moved past it, so the next draft does
 * not take a number the peer already holds for another notification (the reference is unique on both nodes).
 */
export async function moveCounterPast(tx: Db, reference: string): Promise<void> {
  const parts = referenceParts(reference);
  if (!parts) return;
  await tx
    .insert(notificationCounters)
    .values({ partyCode: parts.party, year: parts.year, last: parts.serial })
    .onConflictDoUpdate({ target: [notificationCounters.partyCode, notificationCounters.year], set: { last: sql`greatest(${notificationCounters.last}, excluded.last)` } });
}

/** The calendar date of `at` in `party`'s time zone: the day a screening is dated as of. */
export async function dateIn(db: Db, party: string, at: Date): Promise<string> {
  return formatInTimeZone(at, await timeZoneOf(db, party), 'yyyy-MM-dd');
}
