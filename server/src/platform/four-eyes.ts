// Four eyes: work that needs a second person (a reviewed draft, a signed clearance, an AMBER answer leaving the node)
// is approved by a supervisor who is a person — an API token a drafter made for themselves is not a second pair of
// eyes — and who neither drafted nor last edited it. One rule for every module.
import { hasRole, type Actor } from './context.js';

/** May `actor` be the second person on work drafted or edited by the people in `by` (null: nobody known)? */
export function maySecondSign(actor: Actor, by: readonly (string | null)[]): boolean {
  if (actor.kind !== 'user' || actor.id === null || !hasRole(actor, 'supervisor')) return false;
  return !by.includes(actor.id);
}
