// Who may change what in the directory. Everyone signed in may read.
import { hasRole, type Actor } from '../../platform/context.js';

/**
 * Admins, and supervisors of the contact's own agency, maintain a contact — on the node of the party it belongs
 * to. Another party's contacts are that party's records (DESIGN §4: only the originating node edits a record);
 * here they are read-only, and they change only when their party's node sends a new version.
 */
export function canEditContact(actor: Actor, contact: { agencyId: string; originParty: string }, nodeParty: string): boolean {
  if (actor.kind === 'system') return true;
  if (contact.originParty !== nodeParty || actor.partyCode !== nodeParty) return false;
  return hasRole(actor, 'admin') || (hasRole(actor, 'supervisor') && actor.agencyId === contact.agencyId);
}

export const canManageRegistry = (actor: Actor): boolean => hasRole(actor, 'admin');

/** A token or the system acts without a user row; columns that reference users then stay empty. */
export const userIdOf = (actor: Actor): string | null => (actor.kind === 'user' ? actor.id : null);

// A contact whose details nobody has confirmed for 90 days is shown as stale (issue #2).
export const STALE_AFTER_DAYS = 90;
export const staleBefore = (now: Date): Date => new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000);
