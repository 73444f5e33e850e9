// The one check for "an agency something is filed under": contacts, users and API tokens all use it.
import type { Ctx } from '../../platform/context.js';
import { Unprocessable } from '../../platform/errors.js';
import { getAgency, type AgencyRow } from './repo.js';

/**
 * The agency must exist and be active; with `ownPartyOnly` it must also belong to this node's party — users and
 * tokens act for this party, and this node keeps only its own party's contacts (DESIGN §4).
 */
export async function agencyOf(ctx: Pick<Ctx, 'db' | 'config'>, agencyId: string, opts: { ownPartyOnly: boolean; path?: string }): Promise<AgencyRow> {
  const path = opts.path ?? 'body/agencyId';
  const agency = await getAgency(ctx.db, agencyId);
  if (!agency?.isActive) throw new Unprocessable('the agency does not exist or is inactive', [{ path, message: 'unknown or inactive agency', code: 'unknown-agency' }]);
  if (opts.ownPartyOnly && agency.partyCode !== ctx.config.party) {
    throw new Unprocessable(`${agency.acronym} belongs to ${agency.partyCode}; only ${ctx.config.party} agencies are maintained on this node`, [{ path, message: 'an agency of another party', code: 'foreign-agency' }], 'foreign-agency');
  }
  return agency;
}
