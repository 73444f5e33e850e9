// Handling (DESIGN §6): one policy for every record kind, so that a list, a detail page, a link, a graph, an export
// and the exchange all ask the same question. TLP 2.0 says who may see a record; use restrictions in the spirit of
// SIENA's H0–H3 say what a reader may do with it. Invariants: a TLP:RED record is for the people who work it
// (officers, supervisors, and the administrators and auditors who answer for the node), never for every viewer, and
// its existence is not theirs to know either (NotFound, left out of lists and counts' detail); a person's read of an
// AMBER or RED record is audited; AMBER+STRICT and RED text never goes to a machine translation service.
import { type SQL, sql, type AnyColumn } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type AuditAction, type AuditSubjectType } from '../audit/index.js';
import { hasRole, type Actor, type Ctx } from '../context.js';
import type { Db } from '../db.js';

export const HANDLINGS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export type Handling = (typeof HANDLINGS)[number];
export const zHandling = z.enum(HANDLINGS, `must be one of ${HANDLINGS.join(', ')}`);

/** What a reader may do with the content (SIENA H0–H3 in spirit); shown beside the TLP label and carried with it. */
export const USE_RESTRICTIONS = ['crime-prevention-only', 'not-for-court-without-consent', 'no-onward-dissemination'] as const;
export type UseRestriction = (typeof USE_RESTRICTIONS)[number];
export const zUseRestrictions = z.array(z.enum(USE_RESTRICTIONS)).max(USE_RESTRICTIONS.length).default([]).transform((v) => [...new Set(v)].sort());

const SENSITIVE: ReadonlySet<string> = new Set(['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED']);
const NO_MACHINE: ReadonlySet<string> = new Set(['TLP:AMBER+STRICT', 'TLP:RED']);
const RANK: Record<Handling, number> = { 'TLP:CLEAR': 0, 'TLP:GREEN': 1, 'TLP:AMBER': 2, 'TLP:AMBER+STRICT': 3, 'TLP:RED': 4 };

/** A read of this handling by a person is written to the audit log. */
export const isSensitive = (handling: string): boolean => SENSITIVE.has(handling);

/** Text under this handling stays with people: no machine translation, even a self-hosted one. */
export const isMachineRestricted = (handling: string): boolean => NO_MACHINE.has(handling);

/** The stricter of two handlings (a record linked to another is shown at the stricter of both, never looser). */
export const stricter = (a: Handling, b: Handling): Handling => (RANK[a] >= RANK[b] ? a : b);

/** May this actor see TLP:RED records at all? */
export const seesRed = (actor: Actor): boolean => actor.kind === 'system' || hasRole(actor, 'officer', 'supervisor', 'admin', 'auditor');

/** May this actor read a record with this handling? (Party and agency scope are the module's own rules.) */
export const mayRead = (actor: Actor, handling: string): boolean => handling !== 'TLP:RED' || seesRed(actor);

/** A SQL condition on a handling column: what this actor may read (true for those who see everything). */
export function readableHandling(actor: Actor, column: AnyColumn | SQL): SQL {
  return seesRed(actor) ? sql`true` : sql`${column} <> 'TLP:RED'`;
}

export type SensitiveRead = { action: AuditAction; subjectType: AuditSubjectType; subjectId: string; reference: string; handling: string; for?: string };

/** Inside a transaction: a person's read of an AMBER or RED record is audited; others, and the node's own, are not. */
export async function auditRead(tx: Db, ctx: Ctx, read: SensitiveRead): Promise<void> {
  if (!isSensitive(read.handling) || ctx.actor.kind === 'system') return;
  const change: Record<string, unknown> = { reference: read.reference, handling: read.handling };
  if (read.for) change.for = read.for;
  await recordAudit(tx, ctx, { action: read.action, subjectType: read.subjectType, subjectId: read.subjectId, change });
}
