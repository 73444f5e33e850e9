// Who may change what in the directory. Everyone signed in may read.
import { hasRole, type Actor } from '../../platform/context.js';

/** Admins, and supervisors of the contact's own agency, maintain a contact. */
export const canEditContact = (actor: Actor, contactAgencyId: string): boolean =>
  hasRole(actor, 'admin') || (hasRole(actor, 'supervisor') && actor.agencyId === contactAgencyId);

export const canManageRegistry = (actor: Actor): boolean => hasRole(actor, 'admin');

/** A token or the system acts without a user row; columns that reference users then stay empty. */
export const userIdOf = (actor: Actor): string | null => (actor.kind === 'user' ? actor.id : null);

// A contact whose details nobody has confirmed for 90 days is shown as stale (issue #2).
export const STALE_AFTER_DAYS = 90;
export const staleBefore = (now: Date): Date => new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000);
