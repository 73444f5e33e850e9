// What restoring this party's own notification records (restore.ts, restore-response.ts, restore-attachment.ts)
// shares: reading an envelope written by an older version, the timeline as the envelope carries it, and keeping the
// reference counter past every number a restored record holds.
import { formatInTimeZone } from 'date-fns-tz';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import type { RestoreOutcome } from '../exchange/index.js';
import { REFERENCE } from './repo.js';
import { timeZoneOf } from '../calendars/index.js';
import { notificationCounters, notificationEvents } from './tables.js';
import { INTERNAL_EVENTS } from './wire.js';

export const skipped = (detail: string, reference?: string): RestoreOutcome => ({ status: 'skipped', detail, ...(reference ? { reference } : {}) });

export const kept = (reference: string, here: number, sent: number): RestoreOutcome => ({ status: 'kept', reference, detail: `version ${here} here is newer than version ${sent} the peer holds` });

/**
 * Fills what an envelope of an older version may lack (the handler must not fail on it): a missing field that may
 * be null is read as null, a missing list as empty. Present fields are left for the schema to judge.
 */
export function withDefaults(schema: z.ZodType, value: unknown): unknown {
  if (schema instanceof z.ZodNullable) return value === null ? null : withDefaults(schema.unwrap() as z.ZodType, value);
  if (schema instanceof z.ZodArray) return Array.isArray(value) ? value.map((v) => withDefaults(schema.element as z.ZodType, v)) : value;
  if (!(schema instanceof z.ZodObject) || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (out[key] !== undefined) out[key] = withDefaults(field, out[key]);
    else if (field.safeParse(null).success) out[key] = null;
    else if (field instanceof z.ZodArray) out[key] = [];
  }
  return out;
}

/** The envelope's data as `schema` reads it, or why it does not read. */
export function readWire<T>(schema: z.ZodType<T>, data: unknown): T | string {
  const r = schema.safeParse(withDefaults(schema, data));
  return r.success ? r.data : r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);
}

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
