// The working group's records as each node keeps them. A meeting is its convening party's record, shared with the
// parties it names; each party's own part of it (attendance, notes per agenda item, decisions) is that party's
// record, so neither edits the other's. A commitment is its owning party's record, with its updates over time. A
// readout is its drafting party's text about a meeting, in its author's language with a translation, every version
// kept; a party's clearance of a version is its own record (a joint readout's two texts share a `joint_id`). What the
// public sees is only `readout_releases`, written by the release use case alone: a released snapshot per readout.
import { sql } from 'drizzle-orm';
import { boolean, char, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const handlingCheck = (table: string, column: unknown) => check(`${table}_handling_check`, sql`${column} in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')`);

export type MeetingAgency = { acronym: string; nameEn: string; nameZh: string };
/** Records a meeting, a commitment or a readout links, by reference, as this node holds them. */
export type MeetingLinks = { incidents: string[]; notifications: string[]; cases: string[]; requests: string[] };
/** One agenda item: a topic code (data/meetings.json) and a title in the meeting's language. */
export type AgendaItem = { id: string; topic: string; title: string };
/** Someone taking part for a party: a principal is named by title and agency; directory people by their id too. */
export type Attendee = { title: string; agency: MeetingAgency; principal: boolean; name: string | null; userId: string | null; contactId: string | null };
export type ItemNote = { itemId: string; text: string };
export type Decision = { id: string; itemId: string | null; text: string };
export type CommitmentUpdate = { at: string; byName: string; status: string; note: string; evidence: MeetingLinks };
/** A readout's text in the other language, with where it came from; stale when `sourceHash` is not the original's. */
export type ReadoutTranslation = { title: string; body: string; by: 'person' | 'machine'; byName: string; sourceHash: string; at: string };

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    originParty: char('origin_party', { length: 2 }).notNull(),
    version: integer('version').notNull(),
    level: text('level').notNull(),
    mode: text('mode').notNull(),
    title: text('title').notNull(),
    language: text('language').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    /** The zone of the place (IANA); each reader also sees the time in their own. */
    timeZone: text('time_zone').notNull(),
    place: text('place').notNull(),
    /** Every party taking part, the convening party included. */
    parties: text('parties').array().notNull().default(sql`'{}'`),
    agenda: jsonb('agenda').$type<AgendaItem[]>().notNull(),
    links: jsonb('links').$type<MeetingLinks>().notNull(),
    handling: text('handling').notNull(),
    status: text('status').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('meetings_reference_idx').on(t.reference),
    index('meetings_starts_idx').on(t.startsAt, t.id),
    index('meetings_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
    handlingCheck('meetings', t.handling),
    check('meetings_status_check', sql`${t.status} in ('scheduled', 'held', 'cancelled', 'withdrawn')`),
    check('meetings_level_check', sql`${t.level} in ('leaders', 'ministerial', 'plenary', 'senior-officials', 'working-level', 'technical')`),
    check('meetings_mode_check', sql`${t.mode} in ('virtual', 'in-person', 'hybrid')`),
  ],
);

/** A party's own part of a meeting; its id is the exchange record id. One per meeting and party. */
export const meetingParts = pgTable(
  'meeting_parts',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    party: char('party', { length: 2 }).notNull(),
    version: integer('version').notNull(),
    language: text('language').notNull(),
    attendance: jsonb('attendance').$type<Attendee[]>().notNull(),
    notes: jsonb('notes').$type<ItemNote[]>().notNull(),
    decisions: jsonb('decisions').$type<Decision[]>().notNull(),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('meeting_parts_meeting_party_idx').on(t.meetingId, t.party)],
);

export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    /** The owning party: only its node changes the commitment. */
    originParty: char('origin_party', { length: 2 }).notNull(),
    version: integer('version').notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    meetingReference: text('meeting_reference'),
    topic: text('topic').notNull(),
    text: text('text').notNull(),
    language: text('language').notNull(),
    agencyId: uuid('agency_id'),
    agency: jsonb('agency').$type<MeetingAgency>().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    /** When it was marked done or dropped (kept on time: done on or before `due_on`). */
    settledOn: date('settled_on', { mode: 'string' }),
    evidence: jsonb('evidence').$type<MeetingLinks>().notNull(),
    updates: jsonb('updates').$type<CommitmentUpdate[]>().notNull(),
    handling: text('handling').notNull(),
    /** Demo data is fictional and says so wherever it is shown. */
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('commitments_reference_idx').on(t.reference),
    index('commitments_board_idx').on(t.status, t.dueOn, t.id),
    index('commitments_due_idx').on(t.dueOn, t.id),
    index('commitments_text_trgm_idx').using('gin', sql`${t.text} gin_trgm_ops`),
    index('commitments_meeting_idx').on(t.meetingId),
    handlingCheck('commitments', t.handling),
    check('commitments_status_check', sql`${t.status} in ('open', 'in-progress', 'done', 'dropped', 'withdrawn')`),
  ],
);

export const readouts = pgTable(
  'readouts',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    originParty: char('origin_party', { length: 2 }).notNull(),
    version: integer('version').notNull(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** A joint readout's texts (one per party, each its party's record) share this id. */
    jointId: uuid('joint_id'),
    language: text('language').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    translation: jsonb('translation').$type<ReadoutTranslation>(),
    links: jsonb('links').$type<MeetingLinks>().notNull(),
    /** draft → cleared (this party's clearance of this version) → released; withdrawn ends it. */
    status: text('status').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    /** Everyone who wrote a version (four eyes: none of them clears it). */
    editors: text('editors').array().notNull().default(sql`'{}'`),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('readouts_reference_idx').on(t.reference),
    index('readouts_meeting_idx').on(t.meetingId),
    index('readouts_joint_idx').on(t.jointId),
    // One live text per party under a joint id: a second one could be released without its own clearance.
    uniqueIndex('readouts_joint_party_idx').on(t.jointId, t.originParty).where(sql`${t.jointId} is not null and ${t.status} <> 'withdrawn'`),
    check('readouts_kind_check', sql`${t.kind} in ('own', 'joint')`),
    check('readouts_status_check', sql`${t.status} in ('draft', 'cleared', 'released', 'withdrawn')`),
  ],
);

/** Every version of a readout as it was saved, for its history and diffs. */
export const readoutVersions = pgTable(
  'readout_versions',
  {
    readoutId: uuid('readout_id').notNull().references(() => readouts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    translation: jsonb('translation').$type<ReadoutTranslation>(),
    byName: text('by_name').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.readoutId, t.version] })],
);

/** A party's clearance of one version of a readout (its own, or for a joint readout the other party's, received). */
export const readoutClearances = pgTable(
  'readout_clearances',
  {
    id: uuid('id').primaryKey(),
    readoutId: uuid('readout_id').notNull().references(() => readouts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    party: char('party', { length: 2 }).notNull(),
    clearedBy: uuid('cleared_by'),
    clearedByName: text('cleared_by_name').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [uniqueIndex('readout_clearances_version_idx').on(t.readoutId, t.version, t.party)],
);

/**
 * What the public surface reads, and all it reads: one row per released readout (a joint one holds both parties'
 * cleared texts), written only by the release use case, deleted on withdrawal. `slug` is the stable URL.
 */
export const readoutReleases = pgTable(
  'readout_releases',
  {
    readoutId: uuid('readout_id').primaryKey().references(() => readouts.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    meetingTitle: text('meeting_title').notNull(),
    meetingStartsAt: ts('meeting_starts_at').notNull(),
    meetingTimeZone: text('meeting_time_zone').notNull(),
    place: text('place').notNull(),
    party: char('party', { length: 2 }).notNull(),
    kind: text('kind').notNull(),
    /** The texts as cleared: `[{ party, language, title, body, translation }]`, the releasing party's first. */
    texts: jsonb('texts').$type<ReleasedText[]>().notNull(),
    releasedAt: ts('released_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('readout_releases_slug_idx').on(t.slug), index('readout_releases_at_idx').on(t.releasedAt, t.readoutId)],
);
export type ReleasedText = { party: string; language: 'en' | 'zh'; title: string; body: string; translation: { title: string; body: string; by: 'person' | 'machine' } | null };

/** Reference counters per series, party and year (MTG, CMT, RO). */
export const meetingSerials = pgTable(
  'meeting_serials',
  { kind: text('kind').notNull(), party: char('party', { length: 2 }).notNull(), year: integer('year').notNull(), last: integer('last').notNull() },
  (t) => [primaryKey({ columns: [t.kind, t.party, t.year] })],
);
