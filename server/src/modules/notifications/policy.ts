// Who may do what to a notification: the one place that decides. The use cases enforce it and `allowed` shows it.
// Exporting side: the officers and supervisors of the exporting agency draft, edit, file documents, send, withdraw,
// answer requests for information and record the export decision — an administrator of another agency may too,
// audited as an override; a supervisor other than the drafter reviews lines that screening flags (four eyes).
// Importing side: its officers acknowledge, ask for information, clear or object. Where the party requires a second
// person and a line is controlled by its own screening, an officer prepares the clearance or objection and a
// supervisor who did not prepare it signs it or sends it back.
import { hasRole, type Actor } from '../../platform/context.js';
import { maySecondSign } from '../../platform/four-eyes.js';
import type { Notification } from './schemas.js';
import { decisionsAllowed, repliesAllowed } from './status.js';
import type { Status } from './schemas.js';

export type Action = Notification['allowed'][number];

type Facts = {
  exportingParty: string;
  importingParty: string;
  agencyId: string | null;
  status: Status;
  decision: string | null;
  reviewNeeded: boolean;
  reviewedAt: Date | null;
  createdBy: string | null;
  editedBy: string | null;
  preparedReply: string | null;
  preparedBy: string | null;
  /**
   * A line that screening, when the draft was last saved, could not identify: sending is refused until the draft
   * says what it is. Sending screens again, so a registry update that identifies it shows after the next save.
   */
  hasUnidentifiedLine: boolean;
};

const ofParty = (actor: Actor, party: string): boolean => actor.kind === 'system' || actor.partyCode === party;
export const isOfficer = (actor: Actor): boolean => hasRole(actor, 'officer', 'supervisor');
export const canRead = (actor: Actor, self: string): boolean => ofParty(actor, self) && hasRole(actor, 'viewer', 'officer', 'supervisor', 'admin', 'auditor');

/**
 * How the actor stands on the exporting side of a notification of this party's agency `agencyId`: one of its
 * officers or supervisors (`agency`), an administrator who is an officer or supervisor of another agency
 * (`administrator`: allowed, audited as an override), or nobody (null). API tokens stand by their role and agency.
 */
export function exporterStanding(actor: Actor, n: { exportingParty: string; agencyId: string | null }, self: string): 'agency' | 'administrator' | null {
  if (n.exportingParty !== self || !ofParty(actor, self)) return null;
  if (actor.kind === 'system') return 'agency';
  if (!isOfficer(actor)) return null;
  if (actor.agencyId !== null && actor.agencyId === n.agencyId) return 'agency';
  return hasRole(actor, 'admin') ? 'administrator' : null;
}

/** Four eyes: the reviewer is a supervisor who neither drafted nor last edited the notification. */
// A second person is a person: an API token a drafter made for themselves is not a second pair of eyes.
export const mayReview = (actor: Actor, n: Pick<Facts, 'createdBy' | 'editedBy'>): boolean => actor.kind !== 'token' && hasRole(actor, 'supervisor') && (actor.id === null || (actor.id !== n.createdBy && actor.id !== n.editedBy));

/** A line this party's own screening finds controlled, directly or by a rule. */
export const isControlledHere = (line: { receiverVerdict: string | null }): boolean => line.receiverVerdict === 'controlled' || line.receiverVerdict === 'controlled-by-rule';

/** The importing party's rule applies: a second person signs a clearance or objection of a line controlled here. */
export const needsSecondPerson = (isRequiredByParty: boolean, lines: readonly { receiverVerdict: string | null }[]): boolean => isRequiredByParty && lines.some(isControlledHere);

/** The second person: a supervisor, known by id, who did not prepare the clearance or objection. */
export const maySign = (actor: Actor, n: Pick<Facts, 'preparedBy'>): boolean => maySecondSign(actor, [n.preparedBy]);

function exporterActions(actor: Actor, n: Facts): Action[] {
  const out: Action[] = [];
  if (n.status === 'draft') {
    out.push('edit');
    if (n.reviewNeeded && !n.reviewedAt && mayReview(actor, n)) out.push('review');
    if ((!n.reviewNeeded || n.reviewedAt) && !n.hasUnidentifiedLine) out.push('send');
  } else if (n.status !== 'withdrawn') {
    if (n.decision !== 'shipped' && n.decision !== 'seized') out.push('withdraw');
    if (n.status === 'info-requested') out.push('provide-info');
    if (decisionsAllowed(n.status, n.decision).length > 0) out.push('decide');
  }
  return out;
}

function importerActions(actor: Actor, n: Facts): Action[] {
  const replies = repliesAllowed(n.status);
  const out: Action[] = replies.includes('acknowledge') ? ['acknowledge'] : [];
  // A prepared clearance or objection waits for its signature: it is signed or sent back before anything else.
  if (n.preparedReply) return replies.includes('clear') && maySign(actor, n) ? [...out, 'sign', 'return'] : out;
  if (replies.includes('request-info')) out.push('request-info');
  if (replies.includes('clear')) out.push('clear', 'object');
  return out;
}

export function allowedActions(actor: Actor, n: Facts, self: string): Action[] {
  if (!ofParty(actor, self) || !isOfficer(actor)) return [];
  if (exporterStanding(actor, n, self)) return exporterActions(actor, n);
  return n.importingParty === self ? importerActions(actor, n) : [];
}
