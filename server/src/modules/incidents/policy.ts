// Who may do what to an incident: the one place that decides; the use cases enforce it and the detail shows it.
// Every signed-in user of this node's party reads incidents (handling decides which: platform/handling). The
// officers and supervisors of the reporting agency file, edit and withdraw this party's own incidents; an
// administrator may act for another agency (audited as an override). Another party's incidents are read-only
// here: this party answers them with follow-ups, its own records, withdrawn as incidents are (followUpStanding).
import { hasRole, type Actor } from '../../platform/context.js';

const ofParty = (actor: Actor, party: string): boolean => actor.kind === 'system' || actor.partyCode === party;
export const isOfficer = (actor: Actor): boolean => actor.kind === 'system' || hasRole(actor, 'officer', 'supervisor');
export const canRead = (actor: Actor, self: string): boolean => ofParty(actor, self) && (actor.kind === 'system' || hasRole(actor, 'viewer', 'officer', 'supervisor', 'admin', 'auditor'));

/** How the actor stands towards one of this party's incidents: its agency's officer, an administrator, or nobody. */
export function standing(actor: Actor, i: { originParty: string; agencyId: string | null }, self: string): 'agency' | 'administrator' | null {
  if (i.originParty !== self || !ofParty(actor, self)) return null;
  if (actor.kind === 'system') return 'agency';
  if (!isOfficer(actor)) return null;
  if (actor.agencyId !== null && actor.agencyId === i.agencyId) return 'agency';
  return hasRole(actor, 'admin') ? 'administrator' : null;
}

/** Officers and supervisors of this party add follow-ups to any incident they may read. */
export const canFollowUp = (actor: Actor, self: string): boolean => ofParty(actor, self) && isOfficer(actor) && actor.kind !== 'anonymous';

/**
 * How the actor stands towards one of this party's follow-ups, to withdraw it: as towards an incident — officers and
 * supervisors of the agency it was written for, or an administrator acting for another agency (audited) — and,
 * for one written by someone of no agency, its author. Any officer may add a follow-up; not any may take back another
 * agency's.
 */
export function followUpStanding(actor: Actor, f: { originParty: string; agencyId: string | null; createdBy: string | null }, self: string): 'agency' | 'author' | 'administrator' | null {
  if (!canFollowUp(actor, self)) return null;
  if (f.agencyId === null && f.originParty === self && actor.kind === 'user' && actor.id !== null && f.createdBy === actor.id) return 'author';
  return standing(actor, f, self);
}
