// What a node adds to the shipped registry: its own entries and its national controls (added, amended or ended
// by its administrators, with effective dates). Shipped data stays in data/substances/; these rows extend it.
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const substanceEntries = pgTable(
  'substance_entries',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    synonymsEn: text('synonyms_en').array().notNull().default(sql`'{}'`),
    synonymsZh: text('synonyms_zh').array().notNull().default(sql`'{}'`),
    cas: text('cas'),
    hs: text('hs'),
    smiles: text('smiles'),
    inchiKey: text('inchi_key'),
    sources: text('sources').array().notNull().default(sql`'{}'`),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('substance_entries_cas_idx').on(t.cas),
    check('substance_entries_kind', sql`${t.kind} in ('precursor','drug')`),
    check('substance_entries_id_format', sql`${t.id} ~ '^[a-z0-9][a-z0-9-]*$'`),
  ],
);

export const substanceControls = pgTable(
  'substance_controls',
  {
    id: uuid('id').primaryKey(),
    /** A shipped entry's slug or a local entry's id: shipped entries live in files, so there is no foreign key. */
    entryId: text('entry_id').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    list: text('list').notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    until: date('until', { mode: 'string' }),
    covers: text('covers').array().notNull().default(sql`'{}'`),
    basis: text('basis').notNull(),
    sources: text('sources').array().notNull().default(sql`'{}'`),
    /** A shipped control this one takes the place of (the national authority's own, later reading). */
    replaces: text('replaces'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('substance_controls_entry_idx').on(t.entryId),
    uniqueIndex('substance_controls_replaces_idx').on(t.replaces),
    check('substance_controls_dates', sql`${t.until} is null or ${t.until} > ${t.since}`),
    check('substance_controls_jurisdiction', sql`${t.jurisdiction} ~ '^([A-Z]{2}|UN)$'`),
  ],
);

/** One row: bumped by every change above, so each process knows when to rebuild its screener. */
export const substanceRegistryState = pgTable(
  'substance_registry_state',
  {
    id: smallint('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('substance_registry_state_one_row', sql`${t.id} = 1`)],
);
