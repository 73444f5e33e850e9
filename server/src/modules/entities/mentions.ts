// Writing the correlation index: a record's entities, normalised and stored as mentions with the record's reference,
// party and handling, replaced whole with each version of the record and removed with it. The record's module calls
// these inside the transaction that changes the record, so the index never disagrees with what is stored.
import { eq, or, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db.js';
import type { FieldIssue } from '../../platform/errors.js';
import { insertRowsAsJson } from '../../platform/sql.js';
import { isCommonValue, normaliseEntity, type EntityKind } from './normalise/index.js';
import { entityMentions } from './tables.js';

/** An entity as a record names it, before normalisation. */
export type MentionInput = { kind: EntityKind; value: string; role: string; country?: string | null; uscc?: string | null; bankCode?: string | null };

/** A mention with its key (`normaliseEntity`) and whether the key is too common to link by rule. */
export type KeyedMention = { kind: EntityKind; key: string; value: string; role: string; common: boolean; details: Record<string, string> | null };

/** The record mentioning the entities, as the index copies it onto each mention. */
export type MentionedIn = { recordKind: string; recordId: string; parentId?: string | null; reference: string; originParty: string; handling: string; recordDate: string | null };

const opt = (v: string | null | undefined): string | undefined => (v == null || v.trim() === '' ? undefined : v);

/**
 * Normalises every mention; a value that cannot be keyed is an issue at `path.i.value` with the normaliser's reason
 * slug as its code, so that the whole record is refused rather than stored with an entity that links nothing.
 */
export function keyMentions(inputs: readonly MentionInput[], path = 'body/entities'): { keyed: KeyedMention[]; issues: FieldIssue[] } {
  const keyed: KeyedMention[] = [];
  const issues: FieldIssue[] = [];
  inputs.forEach((m, i) => {
    const n = normaliseEntity(m.kind, m.value, { country: opt(m.country), uscc: opt(m.uscc), bankCode: opt(m.bankCode) });
    if (!n.ok) {
      issues.push({ path: `${path}/${i}/value`, message: `cannot be read as a ${m.kind}: ${n.reason}`, code: `entity-${n.reason}` });
      return;
    }
    const details = { ...(n.details ?? {}), ...(opt(m.country) ? { country: m.country as string } : {}) };
    keyed.push({ kind: m.kind, key: n.key, value: n.display, role: m.role, common: isCommonValue(m.kind, n.key).common, details: Object.keys(details).length > 0 ? details : null });
  });
  return { keyed, issues };
}

// jsonb_populate_recordset takes the rows as one parameter; chunks keep a record with 80,000 entities from building
// one very large JSON text (and PGlite's message buffer) at once.
const CHUNK = 5_000;

/** Replaces the record's mentions with these (a new version of the record, or a received one). */
export async function indexMentions(tx: Db, record: MentionedIn, all: readonly KeyedMention[]): Promise<void> {
  await forgetMentions(tx, record.recordId);
  const mentions = onePerKey(all);
  for (let start = 0; start < mentions.length; start += CHUNK) {
    const rows = mentions.slice(start, start + CHUNK).map((m, i) => ({ ...record, position: start + i, kind: m.kind, key: m.key, value: m.value, role: m.role, common: m.common, details: m.details }));
    await tx.execute(insertRowsAsJson(entityMentions, rows));
  }
}

/** One mention per key and record: a record naming one key a thousand times must not crowd others out of a link. */
function onePerKey(all: readonly KeyedMention[]): KeyedMention[] {
  const seen = new Set<string>();
  return all.filter((m) => !seen.has(`${m.kind}\u0000${m.key}`) && seen.add(`${m.kind}\u0000${m.key}`));
}

/** The mentions of records new in this transaction (nothing to replace): many records' rows in few statements. */
export async function addMentions(tx: Db, records: readonly { record: MentionedIn; mentions: readonly KeyedMention[] }[]): Promise<void> {
  let rows: (typeof entityMentions.$inferInsert)[] = [];
  for (const { record, mentions } of records) {
    for (const [position, m] of onePerKey(mentions).entries()) {
      rows.push({ position, kind: m.kind, key: m.key, value: m.value, role: m.role, common: m.common, details: m.details, ...record });
      if (rows.length < CHUNK) continue;
      await tx.execute(insertRowsAsJson(entityMentions, rows));
      rows = [];
    }
  }
  if (rows.length > 0) await tx.execute(insertRowsAsJson(entityMentions, rows));
}

/**
 * The record is withdrawn, purged or deleted: it links nothing any more. With `children`, neither do the records
 * shown in it (an incident's follow-ups, whose mentions name it as their parent and carry its reference).
 */
export async function forgetMentions(tx: Db, recordId: string, opts: { children?: boolean } = {}): Promise<void> {
  const m = entityMentions;
  await tx.delete(m).where(opts.children ? or(eq(m.recordId, recordId), eq(m.parentId, recordId)) : eq(m.recordId, recordId));
}

/**
 * The kind of record the index holds under this id, if any. Ids are unique across kinds on a node; a peer's record
 * whose id is already another kind's here is refused rather than allowed to replace that record's mentions.
 */
export async function mentionedKindOf(db: Db, recordId: string): Promise<string | null> {
  const [row] = await db.select({ kind: entityMentions.recordKind }).from(entityMentions).where(eq(entityMentions.recordId, recordId)).limit(1);
  return row?.kind ?? null;
}

/** The record's handling changed without its entities changing. */
export async function rehandleMentions(tx: Db, recordId: string, handling: string): Promise<void> {
  await tx.update(entityMentions).set({ handling }).where(eq(entityMentions.recordId, recordId));
}

/** Mentions in the index and the distinct keys they use: the correlation index's size against the data it holds. */
export async function indexSize(db: Db): Promise<{ mentions: number; keys: number; records: number }> {
  const [row] = await queryRows<{ mentions: number; keys: number; records: number }>(db, sql`select count(*)::int as mentions, count(distinct (kind, key))::int as keys, count(distinct record_id)::int as records from ${entityMentions}`);
  return row ?? { mentions: 0, keys: 0, records: 0 };
}
