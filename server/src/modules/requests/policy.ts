// Who may do what to a case or a request: the one place that decides; the use cases enforce it and the detail shows
// it (`allowed`). Every signed-in user of this node's party reads cases and requests (handling decides which:
// platform/handling). On the requesting side the officers and supervisors of the requesting agency draft, edit,
// submit, withdraw, clarify and close (an administrator may act for another agency, audited as an override); on the
// requested side any officer or supervisor of the party answers, since a request is addressed to a party. A request
// or an answer (partial or full) that leaves the node marked AMBER or RED, or with a use restriction, or any of them
// when the party's rule says `all`, is approved by a supervisor who did not draft it (platform/four-eyes): for a
// request one of the requesting agency, for an answer one of its author's agency, or one who is also an administrator
// (audited as an override). Other steps (delay notices, clarifications, refusals, closures) leave as they are filed.
import { hasRole, type Actor } from '../../platform/context.js';
import { maySecondSign } from '../../platform/four-eyes.js';
import { isSensitive } from '../../platform/handling/index.js';
import type { FiledStep, RequestStatus } from './schemas.js';
import { FINISHED } from './schemas.js';
import { stepRefusal, type RequestState } from './state.js';

const ofParty = (actor: Actor, party: string): boolean => actor.kind === 'system' || actor.partyCode === party;
export const isOfficer = (actor: Actor): boolean => actor.kind === 'system' || hasRole(actor, 'officer', 'supervisor');
export const canRead = (actor: Actor, self: string): boolean => ofParty(actor, self) && (actor.kind === 'system' || hasRole(actor, 'viewer', 'officer', 'supervisor', 'admin', 'auditor'));
export const mayAdminister = (actor: Actor, self: string): boolean => ofParty(actor, self) && (actor.kind === 'system' || hasRole(actor, 'admin'));

/** How the actor stands towards one of this party's cases or requests: its agency's officer, an administrator, or nobody. */
export function standing(actor: Actor, r: { originParty: string; agencyId: string | null }, self: string): 'agency' | 'administrator' | null {
  if (r.originParty !== self || !ofParty(actor, self)) return null;
  if (actor.kind === 'system') return 'agency';
  if (!isOfficer(actor) || actor.kind === 'anonymous') return null;
  if (actor.agencyId !== null && actor.agencyId === r.agencyId) return 'agency';
  return hasRole(actor, 'admin') ? 'administrator' : null;
}

/** Officers and supervisors of the requested party answer what was asked of it. */
export const mayAnswer = (actor: Actor, r: { toParty: string }, self: string): boolean => r.toParty === self && ofParty(actor, self) && isOfficer(actor) && actor.kind !== 'anonymous';

/** Does what leaves need a second person? AMBER and RED, use restrictions, and all of it when the party says so. */
export const needsApproval = (x: { handling: string; useRestrictions: readonly string[] }, rule: 'sensitive' | 'all'): boolean => rule === 'all' || isSensitive(x.handling) || x.useRestrictions.length > 0;

/** The second person for a request or an answer: a supervisor of the party, a person, who neither drafted nor edited it. */
export const mayApprove = (actor: Actor, self: string, by: readonly (string | null)[]): boolean => ofParty(actor, self) && maySecondSign(actor, by);

/**
 * The second person for an answer waiting for four eyes: a supervisor of the party in person who did not write it
 * and is of its author's agency ('agency'), or, of another agency, also an administrator ('administrator', audited
 * as an override, as for a request). Null: nobody it may be.
 */
export function answerApprover(actor: Actor, self: string, author: { id: string | null; agencyId: string | null }): 'agency' | 'administrator' | null {
  if (!ofParty(actor, self) || !maySecondSign(actor, [author.id])) return null;
  if (actor.agencyId !== null && actor.agencyId === author.agencyId) return 'agency';
  return hasRole(actor, 'admin') ? 'administrator' : null;
}

type Facts = RequestState & { originParty: string; toParty: string; agencyId: string | null; type: string; createdBy: string | null; editors: readonly string[] };
export type RequestAction = 'edit' | 'submit' | 'approve' | 'return' | 'withdraw' | FiledStep;

const REQUESTER_STEPS: readonly FiledStep[] = ['clarification', 'closure'];
const RECEIVER_STEPS: readonly FiledStep[] = ['delay', 'clarification-requested', 'partial-answer', 'answer', 'refusal'];

function requesterActions(actor: Actor, r: Facts, self: string, now: Date): RequestAction[] {
  const status: RequestStatus = r.status;
  if (status === 'draft') return ['edit', 'submit', 'withdraw'];
  if (status === 'awaiting-approval') return [...(mayApprove(actor, self, [r.createdBy, ...r.editors]) ? (['approve', 'return'] as const) : []), 'withdraw'];
  const steps = REQUESTER_STEPS.filter((k) => !stepRefusal(r, k, 'requester', r.type, now, null));
  return [...steps, ...(FINISHED.includes(status) ? [] : (['withdraw'] as const))];
}

/** What this actor may do to this request now, for the detail view and for each use case's check. */
export function allowedActions(actor: Actor, r: Facts, self: string, now: Date): RequestAction[] {
  if (standing(actor, r, self)) return requesterActions(actor, r, self, now);
  if (mayAnswer(actor, r, self)) return RECEIVER_STEPS.filter((k) => !stepRefusal(r, k, 'receiver', r.type, now, k === 'delay' ? new Date(now.getTime() + 1) : null));
  return [];
}
