// Queries only: translations of one record, upserting the current one per translator kind, the machine cache, and
// the machine translation jobs of a record (their state is the job queue's own).
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { newId } from '../ids.js';
import { jobs } from '../jobs/index.js';
import { textTranslations, translationCache, translationCacheUses } from './tables.js';

export type TranslationRow = typeof textTranslations.$inferSelect;
export type NewTranslation = Omit<typeof textTranslations.$inferInsert, 'id'>;

export const MACHINE_QUEUE = 'translation.machine';
/** What a machine translation job carries: no text, only where to read it (the record may change or go meanwhile). */
export type MachineJob = { kind: string; recordId: string; field: string; targetLang: string; sourceHash: string };

export const translationsOf = (db: Db, kind: string, recordId: string): Promise<TranslationRow[]> =>
  db.select().from(textTranslations).where(and(eq(textTranslations.recordKind, kind), eq(textTranslations.recordId, recordId)));

/** The current translation of its (record, field, target language, translator kind), replacing the one before. */
export async function upsertTranslation(tx: Db, row: NewTranslation): Promise<{ replaced: TranslationRow | undefined }> {
  const key = and(eq(textTranslations.recordKind, row.recordKind), eq(textTranslations.recordId, row.recordId), eq(textTranslations.field, row.field), eq(textTranslations.targetLang, row.targetLang), eq(textTranslations.byKind, row.byKind));
  const [replaced] = await tx.select().from(textTranslations).where(key).for('update');
  // On conflict: a concurrent first translation of the same key committed meanwhile; this one replaces it.
  await tx
    .insert(textTranslations)
    .values({ id: newId(), ...row })
    .onConflictDoUpdate({ target: [textTranslations.recordKind, textTranslations.recordId, textTranslations.field, textTranslations.targetLang, textTranslations.byKind], set: row });
  return { replaced };
}

type CacheKey = { textHash: string; sourceLang: string; targetLang: string; service: string };

export async function cached(db: Db, k: CacheKey): Promise<string | undefined> {
  const [row] = await db
    .select({ translated: translationCache.translated })
    .from(translationCache)
    .where(and(eq(translationCache.textHash, k.textHash), eq(translationCache.sourceLang, k.sourceLang), eq(translationCache.targetLang, k.targetLang), eq(translationCache.service, k.service)));
  return row?.translated;
}

export async function putCache(tx: Db, k: CacheKey & { translated: string; createdAt: Date }): Promise<void> {
  await tx.insert(translationCache).values(k).onConflictDoNothing();
}

/** Remembers that the record's text went through the service as this cache entry (kept until the record is purged). */
export async function noteCacheUse(tx: Db, use: CacheKey & { recordKind: string; recordId: string }): Promise<void> {
  await tx.insert(translationCacheUses).values(use).onConflictDoNothing();
}

const dropCache = (tx: Db, k: CacheKey) =>
  tx.delete(translationCache).where(and(eq(translationCache.textHash, k.textHash), eq(translationCache.sourceLang, k.sourceLang), eq(translationCache.targetLang, k.targetLang), eq(translationCache.service, k.service)));

export const subjectOf = (kind: string, recordId: string): string => `${kind}:${recordId}`;

/** The record's machine translation jobs, newest first (bounded: a record has a few hundred fields at most). */
export function machineJobsOf(db: Db, kind: string, recordId: string) {
  return db
    .select({ id: jobs.id, state: jobs.state, data: jobs.data, attempts: jobs.attempts, maxAttempts: jobs.maxAttempts, lastError: jobs.lastError, runAt: jobs.runAt, createdAt: jobs.createdAt })
    .from(jobs)
    .where(and(eq(jobs.queue, MACHINE_QUEUE), eq(jobs.subject, subjectOf(kind, recordId))))
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(2000);
}

/**
 * Deletes the translations and cache uses `where` picks, and the cached texts they leave behind: what the cache
 * holds of every version of the text that went through the service (its uses, and the texts the deleted machine
 * translations translated).
 */
async function forget(tx: Db, where: { translations: SQL | undefined; uses: SQL | undefined }): Promise<number> {
  const gone = await tx
    .delete(textTranslations)
    .where(where.translations)
    .returning({ byKind: textTranslations.byKind, sourceHash: textTranslations.sourceHash, sourceLang: textTranslations.sourceLang, targetLang: textTranslations.targetLang, service: textTranslations.service });
  const used = await tx
    .delete(translationCacheUses)
    .where(where.uses)
    .returning({ textHash: translationCacheUses.textHash, sourceLang: translationCacheUses.sourceLang, targetLang: translationCacheUses.targetLang, service: translationCacheUses.service });
  for (const k of used) await dropCache(tx, k);
  for (const t of gone) {
    if (t.byKind === 'machine' && t.service) await dropCache(tx, { textHash: t.sourceHash, sourceLang: t.sourceLang, targetLang: t.targetLang, service: t.service });
  }
  return gone.length;
}

/** One field's translations (`followUps.<id>.note`) and its text's cache, when that part of a record is gone but the record stays. */
export function deleteFieldTranslations(tx: Db, at: { kind: string; recordId: string; field: string; textHash: string }): Promise<number> {
  const { kind, recordId, field, textHash } = at;
  return forget(tx, {
    translations: and(eq(textTranslations.recordKind, kind), eq(textTranslations.recordId, recordId), eq(textTranslations.field, field)),
    uses: and(eq(translationCacheUses.recordKind, kind), eq(translationCacheUses.recordId, recordId), eq(translationCacheUses.textHash, textHash)),
  });
}

/** A record's translations and its texts' cache, when the record is gone. */
export function deleteTranslationsOf(tx: Db, kind: string, recordId: string): Promise<number> {
  return forget(tx, {
    translations: and(eq(textTranslations.recordKind, kind), eq(textTranslations.recordId, recordId)),
    uses: and(eq(translationCacheUses.recordKind, kind), eq(translationCacheUses.recordId, recordId)),
  });
}
