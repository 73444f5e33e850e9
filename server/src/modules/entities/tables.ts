// The correlation index: one row per mention of an entity in a record (an incident's consignee, a notification's
// exporter…), keyed by the entity's normalised (kind, key). Links between records are read from it, never stored
// pairwise, so it grows with the mentions and not with their square (MISP's correlation table grew with the square).
// The record's reference, party and handling are copied onto its mentions so that a link can be shown, counted and
// hidden by handling without reading the record itself; the record's module rewrites them with every version.
import { sql } from 'drizzle-orm';
import { boolean, char, check, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

export const entityMentions = pgTable(
  'entity_mentions',
  {
    /** The kind of record that mentions the entity: `incident`, `incident-follow-up`, `notification`… */
    recordKind: text('record_kind').notNull(),
    recordId: uuid('record_id').notNull(),
    /** The record a mentioning record belongs to and is shown in (a follow-up's incident); null for a record of its own. */
    parentId: uuid('parent_id'),
    /** Position of the mention within its record (one record may name the same entity in two roles). */
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    /** As written in the record. */
    value: text('value').notNull(),
    role: text('role').notNull(),
    /** Left out of links by rule (a free-mail domain, a carrier's switchboard, a port): stored, never matched. */
    common: boolean('common').notNull().default(false),
    details: jsonb('details').$type<Record<string, string>>(),
    reference: text('reference').notNull(),
    originParty: char('origin_party', { length: 2 }).notNull(),
    handling: text('handling').notNull(),
    /** The record's own date (an incident's day, a notification's shipment date), for ordering an entity's page. */
    recordDate: date('record_date'),
  },
  (t) => [
    primaryKey({ columns: [t.recordId, t.position] }),
    // Whole, not partial: links read it for uncommon keys, an entity's page (and its count) for any key.
    index('entity_mentions_key_idx').on(t.kind, t.key, t.recordDate),
    index('entity_mentions_parent_idx').on(t.parentId).where(sql`${t.parentId} is not null`),
    // Links are hidden by this column: a code outside TLP would hide nothing.
    check('entity_mentions_handling_check', sql`${t.handling} in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')`),
  ],
);
