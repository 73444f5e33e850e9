// Reading the audit log: one filter for the page, the export and the vocabulary of the filter lists.
import { and, count, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import { queryRows } from '../db.js';
import { auditLog } from './tables.js';

export type AuditFilter = {
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  actorId?: string | undefined;
  actorLabel?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

export type AuditRowData = typeof auditLog.$inferSelect;

/** At most this many rows leave in one CSV export (README, Audit log); narrow the filters for more. */
export const EXPORT_MAX_ROWS = 100_000;
const EXPORT_BATCH = 500;

function whereOf(f: AuditFilter): SQL | undefined {
  const where: SQL[] = [];
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.subjectType) where.push(eq(auditLog.subjectType, f.subjectType));
  if (f.subjectId) where.push(eq(auditLog.subjectId, f.subjectId));
  if (f.actorId) where.push(eq(auditLog.actorId, f.actorId));
  if (f.actorLabel) where.push(eq(auditLog.actorLabel, f.actorLabel));
  if (f.from) where.push(gte(auditLog.at, new Date(f.from)));
  if (f.to) where.push(lte(auditLog.at, new Date(f.to)));
  return and(...where);
}

export async function pageOfAudit(db: Db, f: AuditFilter, page: { limit: number; offset: number }): Promise<{ items: AuditRowData[]; total: number }> {
  const where = whereOf(f);
  const items = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(page.limit).offset(page.offset);
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Newest first, in batches walked by `seq` (no OFFSET), at most EXPORT_MAX_ROWS rows. */
export async function* eachAuditBatch(db: Db, f: AuditFilter): AsyncGenerator<AuditRowData[]> {
  let before = Number.MAX_SAFE_INTEGER;
  let left = EXPORT_MAX_ROWS;
  while (left > 0) {
    const rows = await db.select().from(auditLog).where(and(whereOf(f), lt(auditLog.seq, before))).orderBy(desc(auditLog.seq)).limit(Math.min(EXPORT_BATCH, left));
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < EXPORT_BATCH) return;
    before = last.seq;
    left -= rows.length;
  }
}

// The distinct values of an indexed column by a "loose index scan": each step asks the index for the next larger
// value, so the cost follows the number of distinct values, not of rows (PostgreSQL 15 has no skip scan).
// `column` and `scope` are fixed below, never input.
function distinctOf(column: 'action' | 'subject_type' | 'actor_id' | 'subject_id', scope: SQL = sql`true`): SQL {
  const c = sql.identifier(column);
  const next = column === 'actor_id' ? sql`t.v::uuid` : sql`t.v`;
  return sql`with recursive t(v) as (
    (select ${c}::text from audit_log where ${c} is not null and ${scope} order by ${c} limit 1)
    union all
    select (select ${c}::text from audit_log where ${c} > ${next} and ${scope} order by ${c} limit 1) from t where t.v is not null
  ) select v from t where v is not null`;
}

export type AuditVocabularyData = { actions: string[]; subjectTypes: string[]; actorIds: string[]; peerCodes: string[] };

export async function vocabularyOf(db: Db): Promise<AuditVocabularyData> {
  const values = async (q: SQL) => (await queryRows<{ v: string }>(db, q)).map((r) => r.v);
  return {
    actions: await values(distinctOf('action')),
    subjectTypes: await values(distinctOf('subject_type')),
    actorIds: await values(distinctOf('actor_id')),
    peerCodes: (await values(distinctOf('subject_id', sql`subject_type = 'peer'`))).filter((code) => /^[A-Z]{2}$/.test(code)),
  };
}
