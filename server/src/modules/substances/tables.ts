// What a node adds to the shipped registry: its own entries and its national controls (added, amended or ended
// by its administrators, with effective dates). Shipped data stays in data/substances/; these rows extend it.
import { sql } from 'drizzle-orm';
import { bigint, check, customType, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({ dataType: () => 'bytea', fromDriver: (v) => Buffer.from(v) });

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

/**
 * Bulk screenings: the uploaded manifest is kept until the job is done, so a job interrupted by a restart runs
 * again from the start; results are stored as gzip-compressed JSON lines in chunks, in line order.
 */
export const screeningJobs = pgTable(
  'screening_jobs',
  {
    id: uuid('id').primaryKey(),
    createdBy: uuid('created_by'),
    filename: text('filename').notNull(),
    format: text('format').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    input: bytea('input'),
    inputBytes: integer('input_bytes').notNull(),
    totalLines: integer('total_lines'),
    doneLines: integer('done_lines').notNull().default(0),
    counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
    encoding: text('encoding'),
    registryVersion: text('registry_version'),
    error: text('error'),
    /** The problem slug of a manifest refused as a whole (manifest-columns…), for the reader's language. */
    errorType: text('error_type'),
    /** The process running the job holds it until then and extends it as it goes; a crashed holder's runs out. */
    leaseUntil: ts('lease_until'),
    createdAt: ts('created_at').notNull(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    index('screening_jobs_created_by_idx').on(t.createdBy, t.createdAt),
    index('screening_jobs_status_idx').on(t.status),
    check('screening_jobs_status', sql`${t.status} in ('queued','running','done','failed')`),
    check('screening_jobs_format', sql`${t.format} in ('csv','xlsx','jsonl')`),
  ],
);

export const screeningJobChunks = pgTable(
  'screening_job_chunks',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => screeningJobs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    lines: integer('lines').notNull(),
    body: bytea('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.seq] })],
);

/**
 * Screening results kept once by their content's hash: records that hold a line's screening (an incident's chemical
 * items) point at it by `hash`, so 100,000 imported seizures of the same precursor keep its few kilobytes once.
 * A kept result never changes (its hash is its content) and is never deleted: distinct results are bounded by
 * distinct lines × registry versions × days screened.
 */
export const screeningResults = pgTable('screening_results', {
  hash: text('hash').primaryKey(),
  result: jsonb('result').notNull(),
  keptAt: ts('kept_at').notNull().defaultNow(),
});
