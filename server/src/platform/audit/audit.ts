// Writes audit rows inside the caller's transaction, so a change and its record commit together or not at all.
import { desc, sql } from 'drizzle-orm';
import { toPlainJson } from '../canonical-json.js';
import type { Ctx } from '../context.js';
import type { Db } from '../db.js';
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
