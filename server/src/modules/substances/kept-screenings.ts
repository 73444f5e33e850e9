// Screening results kept once, by content (see `screeningResults`): a record stores the hash, readers fetch the
// distinct results of what they show. A kept result leaves out the caller's line reference and quantity, which the
// record holding it has, so the same line screened on the same day with the same registry is one result however
// many records hold it.
import { inArray, sql } from 'drizzle-orm';
import { canonicalJson } from '../../platform/canonical-json.js';
import type { Db } from '../../platform/db.js';
import { sha256Hex } from '../../platform/ids.js';
import { insertRowsAsJson } from '../../platform/sql.js';
import { storedResult } from './identified.js';
import type { ScreeningResult } from './screening-schemas.js';
import { screeningResults } from './tables.js';

export type KeptScreening = { hash: string; result: ScreeningResult };

/** The result as kept, named by the hash of its canonical JSON. */
export function keptScreening(result: ScreeningResult): KeptScreening {
  const { ref: _ref, quantity: _quantity, ...kept } = result;
  return { hash: sha256Hex(canonicalJson(kept)), result: kept };
}

/**
 * Stores the results not kept yet (in the caller's transaction, before the rows that point at them). A result
 * already kept is locked, as the insert would have locked a new one: a concurrent `forgetScreenings` waits for this
 * transaction and then finds the result in use, rather than deleting it under the rows about to point at it.
 */
export async function keepScreenings(tx: Db, kept: readonly KeptScreening[]): Promise<void> {
  const distinct = [...new Map(kept.map((k) => [k.hash, { hash: k.hash, result: k.result }])).values()];
  if (distinct.length === 0) return;
  await tx.execute(sql`${insertRowsAsJson(screeningResults, distinct)} on conflict (hash) do update set kept_at = ${screeningResults}.kept_at`);
}

/**
 * Forgets kept results that the caller's records no longer point at (`unused`: the caller has removed its rows and
 * checked that none of its rows points at these): a purged record's declared chemicals leave this node with it.
 * The records' foreign key refuses the delete, and so the caller's transaction, if another row points at one.
 */
export async function forgetScreenings(tx: Db, unused: readonly string[]): Promise<void> {
  if (unused.length === 0) return;
  await tx.delete(screeningResults).where(inArray(screeningResults.hash, [...unused]));
}

/** The kept results of these hashes, in today's shape; a hash not kept is left out. */
export async function keptScreenings(db: Db, hashes: readonly (string | null)[]): Promise<Map<string, ScreeningResult>> {
  const wanted = [...new Set(hashes.filter((h): h is string => h !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select().from(screeningResults).where(inArray(screeningResults.hash, wanted));
  return new Map(rows.flatMap((r) => {
    const result = storedResult(r.result);
    return result ? [[r.hash, result] as const] : [];
  }));
}
