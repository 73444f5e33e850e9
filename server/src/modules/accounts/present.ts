// Shapes returned to clients; secrets (hashes, TOTP seeds) never leave this module.
import type { Config } from '../../config.js';
import type { Role } from '../../platform/context.js';
import { type AgencyRow, type UserRow } from '../directory/index.js';
import type { Me, User } from './schemas.js';
import type { CredentialsRow } from './repo.js';

/** A node that requires a second factor requires it of every role except viewer (issue #2). */
export const mustUseMfa = (config: Config, roles: readonly string[]): boolean => config.requireMfa && roles.some((r) => r !== 'viewer');

export function presentMe(config: Config, user: UserRow, agency: AgencyRow, totpEnabled: boolean): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    displayNameZh: user.displayNameZh,
    email: user.email,
    roles: user.roles as Role[],
    locale: user.locale as Me['locale'],
    timeZone: user.timeZone,
    totpEnabled,
    mfaRequired: mustUseMfa(config, user.roles) && !totpEnabled,
    agency: { id: agency.id, acronym: agency.acronym, nameEn: agency.nameEn, nameZh: agency.nameZh, partyCode: agency.partyCode },
  };
}

export function presentUser(user: UserRow, creds: Pick<CredentialsRow, 'totpEnabledAt' | 'lockedUntil' | 'lastLoginAt'> | undefined, now: Date): User {
  const locked = creds?.lockedUntil && creds.lockedUntil > now ? creds.lockedUntil : null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    displayNameZh: user.displayNameZh,
    email: user.email,
    agencyId: user.agencyId,
    roles: user.roles as Role[],
    locale: user.locale as User['locale'],
    timeZone: user.timeZone,
    isActive: user.isActive,
    totpEnabled: Boolean(creds?.totpEnabledAt),
    lockedUntil: locked,
    lastLoginAt: creds?.lastLoginAt ?? null,
    createdAt: user.createdAt,
  };
}
