// Who may do what to a notification. The exporting side's officers draft, send, withdraw, answer requests for
// information and record the export decision; a supervisor other than the drafter reviews lines that screening
// flags (four eyes). The importing side's officers acknowledge, ask for information, clear or object.
import { hasRole, type Actor } from '../../platform/context.js';
import type { Notification } from './schemas.js';
import { decisionsAllowed, repliesAllowed } from './status.js';
import type { Status } from './schemas.js';

export type Action = Notification['allowed'][number];

type Facts = { exportingParty: string; importingParty: string; status: Status; decision: string | null; reviewNeeded: boolean; reviewedAt: Date | null; createdBy: string | null; editedBy: string | null };

/** Four eyes: the reviewer is a supervisor who neither drafted nor last edited the notification. */
export const mayReview = (actor: Actor, n: Pick<Facts, 'createdBy' | 'editedBy'>): boolean => hasRole(actor, 'supervisor') && (actor.id === null || (actor.id !== n.createdBy && actor.id !== n.editedBy));

const ofParty = (actor: Actor, party: string): boolean => actor.kind === 'system' || actor.partyCode === party;
export const isOfficer = (actor: Actor): boolean => hasRole(actor, 'officer', 'supervisor');
export const canRead = (actor: Actor, self: string): boolean => ofParty(actor, self) && hasRole(actor, 'viewer', 'officer', 'supervisor', 'admin', 'auditor');

export function allowedActions(actor: Actor, n: Facts, self: string): Action[] {
  if (!ofParty(actor, self) || !isOfficer(actor)) return [];
  const out: Action[] = [];
  if (n.exportingParty === self) {
    if (n.status === 'draft') {
      out.push('edit');
      if (n.reviewNeeded && !n.reviewedAt && mayReview(actor, n)) out.push('review');
      if (!n.reviewNeeded || n.reviewedAt) out.push('send');
    } else if (n.status !== 'withdrawn') {
      if (n.decision !== 'shipped' && n.decision !== 'seized') out.push('withdraw');
      if (n.status === 'info-requested') out.push('provide-info');
      if (decisionsAllowed(n.status, n.decision).length > 0) out.push('decide');
    }
  }
  if (n.importingParty === self) {
    const replies = repliesAllowed(n.status);
    if (replies.includes('acknowledge')) out.push('acknowledge');
    if (replies.includes('request-info')) out.push('request-info');
    if (replies.includes('clear')) out.push('clear', 'object');
  }
  return out;
}
