// The checks a case and a request share before anything is written: who may file, for which agency, to which
// parties, linking which incidents, notifications and contacts. Each returns its problems as field issues, so a use
// case reports every one of them in a single 422.
import type { Ctx } from '../../platform/context.js';
import { Forbidden, NotFound, Unauthorized, type FieldIssue } from '../../platform/errors.js';
import { linkIssues, type LinkTarget } from '../../platform/links.js';
import { agencyOf, getContact, otherPartyIssues, type AgencyRow, type Contact } from '../directory/index.js';
import { incidentsByReference } from '../incidents/index.js';
import { notificationsByReference } from '../notifications/index.js';
import type { OverrideMark } from './kit.js';
import { isOfficer, standing } from './policy.js';
import type { Links } from './tables.js';

/** Only this party's officers and supervisors open cases and draft requests. */
export function requireWorker(ctx: Ctx, what: string): void {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!isOfficer(ctx.actor) || (ctx.actor.kind !== 'system' && ctx.actor.partyCode !== ctx.config.party)) throw new Forbidden(`only this party's officers and supervisors ${what}`);
}

/** The agency named (default: the actor's own), one of this party's; null with an issue when there is none. */
export async function agencyFor(ctx: Ctx, agencyId: string | null, issues: FieldIssue[]): Promise<AgencyRow | null> {
  const id = agencyId ?? ctx.actor.agencyId;
  if (!id) {
    issues.push({ path: 'body/agencyId', message: 'name the agency that acts (you belong to none)', code: 'agency-required' });
    return null;
  }
  return agencyOf(ctx, id, { ownPartyOnly: true }).catch((err: unknown) => {
    issues.push({ path: 'body/agencyId', message: err instanceof Error ? err.message : 'unknown agency', code: 'unknown-agency' });
    return null;
  });
}

/**
 * The actor acts for this agency's records: one of its officers, or an administrator (the audit entry says so).
 * `type` is the problem's slug for anyone else (a request's agency, a case's).
 */
export function requireStanding(ctx: Ctx, r: { originParty: string; agencyId: string | null; agency: { acronym: string } }, what: string, type: 'not-requesting-agency' | 'not-case-agency'): OverrideMark {
  const who = standing(ctx.actor, r, ctx.config.party);
  if (!who) throw new Forbidden(`only officers and supervisors of ${r.agency.acronym} ${what}`, type);
  return who === 'administrator' ? { administratorOverride: { agency: r.agency.acronym, actorAgencyId: ctx.actor.agencyId } } : {};
}

/** Each party must be another party in the directory (directory/party-check.ts). */
export const partyIssues = otherPartyIssues;

/** A contact in the directory this reader may read; undefined when there is none. */
export const contactOf = (ctx: Ctx, id: string): Promise<Contact | undefined> =>
  getContact(ctx, id).catch((err: unknown) => {
    if (err instanceof NotFound) return undefined;
    throw err;
  });

/**
 * The links as stored: each incident and notification must be on this node, readable by the actor and fit to go to
 * the record's recipients under its handling (stored as their canonical references); each contact must be in the
 * directory. A notification is its exporting party's record.
 */
export async function checkedLinks(ctx: Ctx, links: Links, to: LinkTarget): Promise<{ links: Links; issues: FieldIssue[] }> {
  const [incident, notification, contacts] = await Promise.all([incidentsByReference(ctx, links.incidents), notificationsByReference(ctx, links.notifications), Promise.all(links.contacts.map((id) => contactOf(ctx, id)))]);
  const issues: FieldIssue[] = [];
  const checked = (path: string, found: { reference: string; party: string; handling: string }): string => {
    issues.push(...linkIssues(ctx.config.party, found, to, path));
    return found.reference;
  };
  const incidents = links.incidents.map((ref, i) => {
    const found = incident(ref);
    const path = `body/links/incidents/${i}`;
    if (found) return checked(path, { reference: found.reference, party: found.originParty, handling: found.handling });
    issues.push({ path, message: `no incident ${ref} on this node`, code: 'unknown-incident', params: { reference: ref } });
    return ref;
  });
  const notifications = links.notifications.map((ref, i) => {
    const found = notification(ref);
    const path = `body/links/notifications/${i}`;
    if (found) return checked(path, { reference: found.reference, party: found.exportingParty, handling: found.handling });
    issues.push({ path, message: `no sent notification ${ref} on this node`, code: 'unknown-notification', params: { reference: ref } });
    return ref;
  });
  contacts.forEach((c, i) => {
    if (!c) issues.push({ path: `body/links/contacts/${i}`, message: 'no such contact in the directory', code: 'unknown-contact' });
  });
  return { links: { incidents: [...new Set(incidents)], notifications: [...new Set(notifications)], contacts: [...new Set(links.contacts)] }, issues };
}
