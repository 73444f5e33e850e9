// Writes audit rows inside the caller's transaction, so a change and its record commit together or not at all.
import { desc, sql } from 'drizzle-orm';
import { toPlainJson } from '../canonical-json.js';
import type { Ctx } from '../context.js';
import type { Db } from '../db.js';
import { insertRowsAsJson } from '../sql.js';
import { digestOf, GENESIS_HASH, rowHash } from './chain.js';
import { auditLog } from './tables.js';
import type { AuditAction, AuditSubjectType } from './vocabulary.js';

// Appends are serialised by a transaction-scoped advisory lock: each row must see its predecessor's hash,
// and two concurrent appenders reading the same head would fork the chain.
const AUDIT_LOCK_KEY = 804_0001;

export type AuditEntry = {
  /** A code from vocabulary.ts, which labels it in both languages. */
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: string;
  change?: Record<string, unknown>;
};

export async function recordAudit(tx: Db, ctx: Pick<Ctx, 'actor' | 'clock' | 'requestId'>, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [head] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const change = (toPlainJson(entry.change ?? {}) ?? {}) as Record<string, unknown>;
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    at: ctx.clock.now(),
    actorId: ctx.actor.id,
    actorLabel: ctx.actor.label,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    requestId: ctx.requestId,
    digest: digestOf(change),
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  await tx.insert(auditLog).values({ ...fields, change, prevHash, hash: rowHash(prevHash, fields) });
}

// One statement carries the rows as one JSON text; chunks keep that text (and PGlite's message buffer) bounded.
const MANY_CHUNK = 1_000;

/**
 * `recordAudit` for many entries in one transaction, in order: one lock and one read of the head, then the rows
 * chained exactly as that many `recordAudit` calls would chain them (same fields, same hashes), inserted in chunks.
 * For bulk use cases (an import's incidents) where one round trip per entry would cost more than the work.
 */
export async function recordAuditMany(tx: Db, ctx: Pick<Ctx, 'actor' | 'clock' | 'requestId'>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [head] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const rows: (typeof auditLog.$inferInsert)[] = entries.map((entry) => {
    const change = (toPlainJson(entry.change ?? {}) ?? {}) as Record<string, unknown>;
    seq += 1;
    const fields = { seq, at: ctx.clock.now(), actorId: ctx.actor.id, actorLabel: ctx.actor.label, action: entry.action, subjectType: entry.subjectType, subjectId: entry.subjectId, requestId: ctx.requestId, digest: digestOf(change) };
    const row = { ...fields, change, prevHash, hash: rowHash(prevHash, fields) };
    prevHash = row.hash;
    return row;
  });
  for (let start = 0; start < rows.length; start += MANY_CHUNK) await tx.execute(insertRowsAsJson(auditLog, rows.slice(start, start + MANY_CHUNK)));
}
