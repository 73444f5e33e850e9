// What every notification use case shares: the officer check, the row lock, timeline events and the audit entry.
import { formatInTimeZone } from 'date-fns-tz';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { AppError, Forbidden, NotFound, Unauthorized } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit, type AuditVerb } from '../../platform/audit/index.js';
import { actorName, agencyOf } from '../directory/index.js';
import { timeZoneOf } from '../calendars/index.js';
import { canRead, exporterStanding, isOfficer } from './policy.js';
import * as repo from './repo.js';

export function requireReader(ctx: Ctx): void {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!canRead(ctx.actor, ctx.config.party)) throw new Forbidden('notifications are read by this party\'s own users');
}

export function requireOfficer(ctx: Ctx): void {
  requireReader(ctx);
  if (!isOfficer(ctx.actor)) throw new Forbidden('only officers and supervisors work on notifications');
}

/** What the audit entry of an exporter-side step adds: an administrator acting for another agency is marked. */
export type OverrideMark = { administratorOverride?: { exportingAgency: string; exportingAgencyId: string | null; actorAgencyId: string | null } };

/**
 * The exporting side's officers and supervisors act for their own agency's notifications; an administrator may act
 * for another agency's, and the audit entry says so. Anyone else is refused, whatever the UI offered.
 */
export function requireExporter(ctx: Ctx, n: { exportingParty: string; agencyId: string | null; agency: { acronym: string }; reference?: string }, field?: string): OverrideMark {
  const self = ctx.config.party;
  if (n.exportingParty !== self) throw new Forbidden(`only ${n.exportingParty}, the exporting party, changes this notification`, 'wrong-party');
  const standing = exporterStanding(ctx.actor, n, self);
  if (!standing) {
    const detail = `only officers and supervisors of ${n.agency.acronym}, the exporting agency, act on ${n.reference ?? 'its notifications'}`;
    throw new AppError(403, 'not-exporting-agency', 'Not allowed', detail, field ? [{ path: field, message: detail, code: 'not-exporting-agency' }] : []);
  }
  return standing === 'administrator' ? { administratorOverride: { exportingAgency: n.agency.acronym, exportingAgencyId: n.agencyId, actorAgencyId: ctx.actor.agencyId } } : {};
}

export async function lockRow(tx: Db, id: string): Promise<repo.Row> {
  const row = await repo.getForUpdate(tx, id);
  if (!row) throw new NotFound(`no notification ${id}`);
  return row;
}


/** What a person said with a step: standard phrases by code (phrases.ts) and a free-text note, either optional. */
export type Said = { codes: string[]; note: string | null };

/** A step on the timeline; its id, which documents given with the step point at. */
export async function addEvent(tx: Db, ctx: Ctx, id: string, kind: string, said: string | null | Said = null): Promise<string> {
  const { note, codes } = typeof said === 'object' && said !== null ? said : { note: said, codes: [] };
  const eventId = newId();
  await repo.addEvent(tx, { id: eventId, notificationId: id, party: ctx.config.party, kind, actorName: await actorName(tx, ctx), at: ctx.clock.now(), note, codes });
  return eventId;
}

/** The notification steps the audit log knows (platform/audit/vocabulary.ts labels each). */
export type NotificationAuditVerb = AuditVerb<'notification'>;

export const audit = (tx: Db, ctx: Ctx, action: NotificationAuditVerb, id: string, change: Record<string, unknown> = {}) =>
  recordAudit(tx, ctx, { action: `notification.${action}`, subjectType: 'notification', subjectId: id, change });

/** Today in this party's time zone: a shipment date before it is in the past. */
export async function todayHere(ctx: Ctx): Promise<string> {
  return formatInTimeZone(ctx.clock.now(), await timeZoneOf(ctx.db, ctx.config.party), 'yyyy-MM-dd');
}

/** The acting person's agency, as a clearance names it. */
export async function actorAgencyName(ctx: Ctx): Promise<string> {
  if (!ctx.actor.agencyId) return ctx.config.party;
  const agency = await agencyOf(ctx, ctx.actor.agencyId, { ownPartyOnly: false }).catch(() => null);
  return agency ? `${agency.acronym} (${agency.partyCode})` : ctx.config.party;
}

export { actorName };
