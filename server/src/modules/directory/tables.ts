import { sql } from 'drizzle-orm';
import { boolean, check, char, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const parties = pgTable(
  'parties',
  {
    code: char('code', { length: 2 }).primaryKey(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    timeZone: text('time_zone').notNull(),
    isSelf: boolean('is_self').notNull().default(false),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('parties_one_self_idx').on(t.isSelf).where(sql`${t.isSelf}`),
    check('parties_code_format', sql`${t.code} ~ '^[A-Z]{2}$'`),
  ],
);

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey(),
    partyCode: char('party_code', { length: 2 }).notNull().references(() => parties.code),
    acronym: text('acronym').notNull(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    kind: text('kind').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('agencies_party_acronym_idx').on(t.partyCode, t.acronym),
    check('agencies_kind', sql`${t.kind} in ('police','customs','regulator','ministry','other')`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    // The Chinese rendering of a name not written in Chinese, as a person entered it (issue #14): Chinese readers see it first.
    displayNameZh: text('display_name_zh'),
    email: text('email'),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    roles: text('roles').array().notNull(),
    locale: text('locale').notNull().default('en'),
    timeZone: text('time_zone').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_username_idx').on(sql`lower(${t.username})`),
    check('users_locale', sql`${t.locale} in ('en','zh-CN')`),
    check('users_display_name_zh_length', sql`char_length(${t.displayNameZh}) between 1 and 120`),
    check(
      'users_roles',
      sql`cardinality(${t.roles}) > 0 and ${t.roles} <@ array['viewer','officer','supervisor','secretariat','admin','auditor']::text[]`,
    ),
  ],
);

export type ContactChannel = { kind: 'phone' | 'email' | 'secure-messaging'; value: string; label?: string | undefined };
export type ContactHours = { days: number[]; start: string; end: string; timeZone: string };

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    // As users.display_name_zh: a person-entered Chinese rendering of a name not written in Chinese.
    nameZh: text('name_zh'),
    title: text('title'),
    topics: text('topics').array().notNull(),
    coverage: text('coverage').notNull(),
    hours: jsonb('hours').$type<ContactHours>(),
    channels: jsonb('channels').$type<ContactChannel[]>().notNull(),
    languages: text('languages').array().notNull(),
    notes: text('notes'),
    language: text('language').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    verifiedAt: ts('verified_at'),
    verifiedBy: uuid('verified_by').references(() => users.id),
    // For a contact received from another party: its verifier's name as that party's node sent it.
    verifiedByName: text('verified_by_name'),
    verifiedByNameZh: text('verified_by_name_zh'),
    originParty: char('origin_party', { length: 2 }).notNull().references(() => parties.code),
    version: integer('version').notNull().default(1),
    handling: text('handling').notNull().default('TLP:GREEN'),
    releasableTo: text('releasable_to').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('contacts_agency_idx').on(t.agencyId),
    // The list's order; with LIMIT the planner walks this index instead of sorting every match.
    index('contacts_name_id_idx').on(t.name, t.id),
    // Substring search (ILIKE '%…%') over names and titles, in any script.
    index('contacts_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('contacts_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    index('contacts_name_zh_trgm_idx').using('gin', t.nameZh.op('gin_trgm_ops')),
    index('contacts_verified_idx').on(t.verifiedAt),
    index('contacts_topics_idx').using('gin', t.topics),
    index('contacts_languages_idx').using('gin', t.languages),
    check('contacts_kind', sql`${t.kind} in ('person','desk')`),
    check('contacts_coverage', sql`(${t.coverage} = '24x7' and ${t.hours} is null) or (${t.coverage} = 'hours' and ${t.hours} is not null)`),
    check('contacts_topics_nonempty', sql`cardinality(${t.topics}) > 0`),
    check('contacts_channels_nonempty', sql`jsonb_array_length(${t.channels}) > 0`),
    check('contacts_version_positive', sql`${t.version} > 0`),
    check('contacts_name_zh_length', sql`char_length(${t.nameZh}) between 1 and 200`),
  ],
);
