// A record this node must no longer hold (its party withdrew it, and the exchange purged it) takes its translations
// with it, and what the machine translation cache keeps of its text: translations are this node's own records, but
// about content that is gone.
import { systemActor, type Ctx } from '../context.js';
import type { Db } from '../db.js';
import { AppError } from '../errors.js';
import * as repo from './repo.js';
import { sourceOf, type TextSources } from './sources.js';
import { textHash } from './texts.js';

/** After a purge, inside its transaction: forgets the record's translations when its source no longer finds it. */
export async function forgetTranslationsIfGone(tx: Db, ctx: Ctx, what: { sources: TextSources; kind: string; recordId: string }): Promise<boolean> {
  const source = sourceOf(what.sources, what.kind);
  if (!source) return false;
  const found = await source.read({ ...ctx, db: tx, actor: systemActor }, what.recordId).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  });
  if (found) return false;
  await repo.deleteTranslationsOf(tx, what.kind, what.recordId);
  return true;
}

/**
 * A part of a record is gone and the record stays (a follow-up purged from under its incident): that field's
 * translations and the cached machine translations of its text go, in the caller's transaction.
 */
export async function forgetFieldTranslations(tx: Db, at: { kind: string; recordId: string; field: string; text: string }): Promise<void> {
  await repo.deleteFieldTranslations(tx, { kind: at.kind, recordId: at.recordId, field: at.field, textHash: textHash(at.text) });
}
