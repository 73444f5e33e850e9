// Queries for notifications: rows in, plain objects out, no business rules.
import { and, asc, count, desc, eq, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { readableHandling } from '../../platform/handling/index.js';
import { likePattern } from '../../platform/sql.js';
import { notificationAttachments, notificationCounters, notificationEvents, notificationLines, notificationReplyPeriods, notifications, notificationSigningRules } from './tables.js';
import { CLOCK_RUNNING } from './status.js';
import { referenceForm } from '../../platform/references.js';

export type Row = typeof notifications.$inferSelect;
export type LineRow = typeof notificationLines.$inferSelect;
export type EventRow = typeof notificationEvents.$inferSelect;

/** `US-PEN-2026-000123`: party, year, serial. */
export const REFERENCE = referenceForm('PEN');

/** The next reference number of `party` in `year`; the counter row lock makes concurrent drafts take turns. */
export async function nextSerial(tx: Db, party: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(notificationCounters)
    .values({ partyCode: party, year, last: 1 })
    .onConflictDoUpdate({ target: [notificationCounters.partyCode, notificationCounters.year], set: { last: sql`${notificationCounters.last} + 1` } })
    .returning({ last: notificationCounters.last });
  if (!row) throw new Error('the reference counter returned nothing');
  return row.last;
}

export async function insert(tx: Db, row: typeof notifications.$inferInsert): Promise<void> {
  await tx.insert(notifications).values(row);
}

export async function update(tx: Db, id: string, patch: Partial<typeof notifications.$inferInsert>): Promise<void> {
  await tx.update(notifications).set(patch).where(eq(notifications.id, id));
}

export async function get(db: Db, id: string): Promise<Row | undefined> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row;
}

export async function getByReference(db: Db, reference: string): Promise<Row | undefined> {
  const [row] = await db.select().from(notifications).where(eq(notifications.reference, reference));
  return row;
}

export const getByReferences = (db: Db, references: readonly string[]): Promise<Row[]> => db.select().from(notifications).where(inArray(notifications.reference, [...references]));

export async function getForUpdate(tx: Db, id: string): Promise<Row | undefined> {
  const [row] = await tx.select().from(notifications).where(eq(notifications.id, id)).for('update');
  return row;
}

export async function getByResponse(tx: Db, responseId: string): Promise<Row | undefined> {
  const [row] = await tx.select().from(notifications).where(eq(notifications.responseId, responseId)).for('update');
  return row;
}

/** Deletes a received notification: only one `from` exported to `self` (lines and events go with it). */
export async function purgeReceived(tx: Db, id: string, from: string, self: string): Promise<void> {
  await tx.delete(notifications).where(and(eq(notifications.id, id), eq(notifications.exportingParty, from), eq(notifications.importingParty, self)));
}

export async function getByIdempotencyKey(db: Db, createdBy: string, key: string): Promise<Row | undefined> {
  const [row] = await db.select().from(notifications).where(and(eq(notifications.createdBy, createdBy), eq(notifications.idempotencyKey, key)));
  return row;
}

export async function replaceLines(tx: Db, id: string, lines: (typeof notificationLines.$inferInsert)[]): Promise<void> {
  await tx.delete(notificationLines).where(eq(notificationLines.notificationId, id));
  if (lines.length > 0) await tx.insert(notificationLines).values(lines);
}

export async function setLineScreening(tx: Db, id: string, position: number, screening: unknown, verdict: string): Promise<void> {
  await tx
    .update(notificationLines)
    .set({ screening, verdict })
    .where(and(eq(notificationLines.notificationId, id), eq(notificationLines.position, position)));
}

export async function setReceiverScreening(tx: Db, id: string, position: number, screening: unknown, verdict: string | null): Promise<void> {
  await tx
    .update(notificationLines)
    .set({ receiverScreening: screening, receiverVerdict: verdict })
    .where(and(eq(notificationLines.notificationId, id), eq(notificationLines.position, position)));
}

export const linesOf = (db: Db, id: string): Promise<LineRow[]> =>
  db.select().from(notificationLines).where(eq(notificationLines.notificationId, id)).orderBy(asc(notificationLines.position));

export async function addEvent(tx: Db, event: typeof notificationEvents.$inferInsert): Promise<void> {
  await tx.insert(notificationEvents).values(event);
}

/** For a job run again after a crash: an event whose id is the job's is written once. */
export async function addEventOnce(tx: Db, event: typeof notificationEvents.$inferInsert): Promise<void> {
  await tx.insert(notificationEvents).values(event).onConflictDoNothing();
}

/** One side's events as that side's latest record carries them (idempotent: the whole set is replaced). */
export async function replaceEvents(tx: Db, id: string, party: string, events: (typeof notificationEvents.$inferInsert)[]): Promise<void> {
  await tx.delete(notificationEvents).where(and(eq(notificationEvents.notificationId, id), eq(notificationEvents.party, party)));
  if (events.length > 0) await tx.insert(notificationEvents).values(events);
}

export const eventsOf = (db: Db, id: string, party?: string): Promise<EventRow[]> =>
  db
    .select()
    .from(notificationEvents)
    .where(party ? and(eq(notificationEvents.notificationId, id), eq(notificationEvents.party, party)) : eq(notificationEvents.notificationId, id))
    .orderBy(asc(notificationEvents.at), asc(notificationEvents.id));

export type ListFilter = {
  self: string;
  box: 'inbox' | 'outbox' | 'all';
  status?: string | undefined;
  party?: string | undefined;
  chemical?: string | undefined;
  dueSoon?: boolean | undefined;
  overdue?: boolean | undefined;
  /** Only what this reader may read under the handling policy (platform/handling: no TLP:RED for a viewer). */
  reader: Actor;
  now: Date;
};

const running = inArray(notifications.status, [...CLOCK_RUNNING]);

/** The list's conditions, handling included: the list and its CSV export (list-export.ts) read through these. */
export function where(f: ListFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  // Drafts are the exporter's own business: they never show in an inbox.
  if (f.box === 'inbox') parts.push(eq(notifications.importingParty, f.self), sql`${notifications.status} <> 'draft'`);
  if (f.box === 'outbox') parts.push(eq(notifications.exportingParty, f.self));
  if (f.status) parts.push(eq(notifications.status, f.status));
  parts.push(readableHandling(f.reader, notifications.handling));
  // The other party: for a box the direction is known, so the condition stays on one indexed column.
  if (f.party && f.box === 'inbox') parts.push(eq(notifications.exportingParty, f.party));
  if (f.party && f.box === 'outbox') parts.push(eq(notifications.importingParty, f.party));
  if (f.party && f.box === 'all') parts.push(or(and(eq(notifications.exportingParty, f.self), eq(notifications.importingParty, f.party)), and(eq(notifications.importingParty, f.self), eq(notifications.exportingParty, f.party))));
  if (f.chemical) {
    // A line whose declared name contains the text (trigram index) or whose CAS is exactly it.
    const matching = sql`(select l.notification_id from notification_lines l where l.declared_name ilike ${likePattern(f.chemical)} or l.cas = ${f.chemical})`;
    parts.push(sql`${notifications.id} in ${matching}`);
  }
  if (f.overdue === true) parts.push(running, lte(notifications.dueAt, f.now));
  if (f.overdue === false) parts.push(or(sql`not (${running})`, sql`${notifications.dueAt} is null`, sql`${notifications.dueAt} > ${f.now}`));
  if (f.dueSoon) parts.push(running, sql`${notifications.dueAt} > ${f.now}`, lte(notifications.dueAt, new Date(f.now.getTime() + 3 * 86_400_000)));
  return and(...parts);
}

/** A line's declared name and the identifying parts of the hits of this node's own screening of it. */
export type LineHits = { declaredName: string; hits: { basis: string; subject: { kind: 'entry' | 'class'; id: string; names: { en: string; zh: string } }; derivation?: string[] | null }[] };
export type SummaryRow = Row & { chemicals: string[]; lineHits: LineHits[] };

export async function list(db: Db, f: ListFilter, page: { limit: number; offset: number }): Promise<{ items: SummaryRow[]; total: number }> {
  const cond = where(f);
  // The chemicals' names in line order, for the list; a correlated subquery keeps the page query one statement.
  const chemicals = sql<string[]>`array(select l.declared_name from notification_lines l where l.notification_id = notifications.id order by l.position)`;
  // Each line's hits as this node screened it (the importer's own screening on the importing node), cut down in the
  // database to what names the substance: the full results, with bilingual explanations, stay where they are.
  const lineHits = sql<LineHits[]>`coalesce((
    select jsonb_agg(jsonb_build_object('declaredName', l.declared_name, 'hits', coalesce((
      select jsonb_agg(jsonb_build_object('basis', h->'basis', 'subject', h->'subject', 'derivation', h->'derivation'))
      from jsonb_array_elements(case when notifications.importing_party = ${f.self} then coalesce(l.receiver_screening, l.screening) else coalesce(l.screening, l.receiver_screening) end -> 'hits') h
    ), '[]'::jsonb)) order by l.position)
    from notification_lines l where l.notification_id = notifications.id), '[]'::jsonb)`;
  const [items, [totalRow]] = await Promise.all([
    db
      .select({ row: notifications, chemicals, lineHits })
      .from(notifications)
      .where(cond)
      .orderBy(f.box === 'inbox' ? sql`${notifications.dueAt} asc nulls last` : desc(notifications.createdAt), desc(notifications.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(notifications).where(cond),
  ]);
  return { items: items.map((r) => ({ ...r.row, chemicals: r.chemicals, lineHits: r.lineHits })), total: totalRow?.n ?? 0 };
}

export async function replyPeriodOf(db: Db, party: string): Promise<{ days: number; kind: 'calendar' | 'working' } | undefined> {
  const [row] = await db.select().from(notificationReplyPeriods).where(eq(notificationReplyPeriods.partyCode, party));
  return row ? { days: row.days, kind: row.kind === 'working' ? 'working' : 'calendar' } : undefined;
}

export async function setReplyPeriod(tx: Db, row: typeof notificationReplyPeriods.$inferInsert): Promise<void> {
  await tx.insert(notificationReplyPeriods).values(row).onConflictDoUpdate({ target: notificationReplyPeriods.partyCode, set: { days: row.days, kind: row.kind, updatedBy: row.updatedBy, updatedAt: row.updatedAt } });
}

export async function signingRuleOf(db: Db, party: string): Promise<boolean | undefined> {
  const [row] = await db.select({ secondPerson: notificationSigningRules.secondPerson }).from(notificationSigningRules).where(eq(notificationSigningRules.partyCode, party));
  return row?.secondPerson;
}

export async function setSigningRule(tx: Db, row: typeof notificationSigningRules.$inferInsert): Promise<void> {
  await tx.insert(notificationSigningRules).values(row).onConflictDoUpdate({ target: notificationSigningRules.partyCode, set: { secondPerson: row.secondPerson, updatedBy: row.updatedBy, updatedAt: row.updatedAt } });
}

export async function attachment(db: Db, notificationId: string, id: string): Promise<{ filename: string; mediaType: string; content: Buffer } | undefined> {
  const [row] = await db
    .select({ filename: notificationAttachments.filename, mediaType: notificationAttachments.mediaType, content: notificationAttachments.content })
    .from(notificationAttachments)
    .where(and(eq(notificationAttachments.id, id), eq(notificationAttachments.notificationId, notificationId)));
  return row;
}
