// Translations of records' free text, kept beside the records (which live in modules this platform does not know,
// hence no foreign key): one current translation per record, field, target language and kind of translator; and the
// machine translations already made, by text, language pair and service, so the same text is sent only once.
import { sql } from 'drizzle-orm';
import { char, check, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const textTranslations = pgTable(
  'text_translations',
  {
    id: uuid('id').primaryKey(),
    /** The record's kind as its module registered it (`notification`, `contact`). */
    recordKind: text('record_kind').notNull(),
    recordId: uuid('record_id').notNull(),
    /** The field within the record: `intendedUse`, `events.<id>.note`. */
    field: text('field').notNull(),
    sourceLang: text('source_lang').notNull(),
    /** sha256 of the original text this translates: when the original's hash differs, the translation is stale. */
    sourceHash: char('source_hash', { length: 64 }).notNull(),
    targetLang: text('target_lang').notNull(),
    text: text('text').notNull(),
    /** `person` (who, by user id and the name they had then) or `machine` (which service). */
    byKind: text('by_kind').notNull(),
    byUserId: uuid('by_user_id'),
    byName: text('by_name'),
    service: text('service'),
    at: ts('at').notNull(),
  },
  (t) => [
    uniqueIndex('text_translations_current_idx').on(t.recordKind, t.recordId, t.field, t.targetLang, t.byKind),
    check('text_translations_langs', sql`${t.sourceLang} in ('en','zh') and ${t.targetLang} in ('en','zh') and ${t.sourceLang} <> ${t.targetLang}`),
    check('text_translations_by', sql`(${t.byKind} = 'person' and ${t.byName} is not null and ${t.service} is null) or (${t.byKind} = 'machine' and ${t.service} is not null and ${t.byUserId} is null)`),
    check('text_translations_field', sql`char_length(${t.field}) between 1 and 200`),
    check('text_translations_text', sql`char_length(${t.text}) between 1 and 20000`),
    check('text_translations_hash', sql`${t.sourceHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

export const translationCache = pgTable(
  'translation_cache',
  {
    /** sha256 of the text that was sent. */
    textHash: char('text_hash', { length: 64 }).notNull(),
    sourceLang: text('source_lang').notNull(),
    targetLang: text('target_lang').notNull(),
    /** The service with its address (`LibreTranslate (http://…)`): another server's translations are other rows. */
    service: text('service').notNull(),
    translated: text('translated').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.textHash, t.sourceLang, t.targetLang, t.service] }),
    check('translation_cache_text', sql`char_length(${t.translated}) between 1 and 20000`),
  ],
);

/**
 * Which record's text each cache entry translated. A record's later text overwrites its translation row, so only
 * this remembers that its earlier versions went through the service: a purge forgets the cache entries of them all.
 */
export const translationCacheUses = pgTable(
  'translation_cache_uses',
  {
    recordKind: text('record_kind').notNull(),
    recordId: uuid('record_id').notNull(),
    textHash: char('text_hash', { length: 64 }).notNull(),
    sourceLang: text('source_lang').notNull(),
    targetLang: text('target_lang').notNull(),
    service: text('service').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordKind, t.recordId, t.textHash, t.sourceLang, t.targetLang, t.service] })],
);
