// What the incident use cases share: the acting person's name as the other party reads it, and the audit entry.
import { recordAudit, recordAuditMany, type AuditVerb } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';

/** An administrator acting for another agency: the audit entry says so. */
export type OverrideMark = { administratorOverride?: { agency: string; actorAgencyId: string | null } };

export const audit = (tx: Db, ctx: Ctx, action: AuditVerb<'incident'>, id: string, change: Record<string, unknown> = {}) =>
  recordAudit(tx, ctx, { action: `incident.${action}`, subjectType: 'incident', subjectId: id, change });

/** One audit entry per incident, as `audit` would write them one by one, under one lock (a batch's). */
export const auditMany = (tx: Db, ctx: Ctx, action: AuditVerb<'incident'>, entries: readonly { id: string; change: Record<string, unknown> }[]) =>
  recordAuditMany(tx, ctx, entries.map((e) => ({ action: `incident.${action}` as const, subjectType: 'incident' as const, subjectId: e.id, change: e.change })));

export { actorName } from '../directory/index.js';
