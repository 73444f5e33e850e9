// The parties a record names besides this one (a case's, a request's, a meeting's): each must be another party in
// the directory. Answered as field issues, so a use case reports them with all its other problems in one 422.
import type { Ctx } from '../../platform/context.js';
import type { FieldIssue } from '../../platform/errors.js';
import { listParties } from './service.js';

/** Each party named at its path must be a party in the directory other than this node's own. */
export async function otherPartyIssues(ctx: Ctx, named: readonly { party: string; path: string }[]): Promise<FieldIssue[]> {
  if (named.length === 0) return [];
  const known = new Set((await listParties(ctx)).map((p) => p.code));
  return named.flatMap(({ party, path }): FieldIssue[] => {
    if (party === ctx.config.party) return [{ path, message: `${party} is this party`, code: 'own-party', params: { party } }];
    return known.has(party) ? [] : [{ path, message: `${party} is not a party in the directory`, code: 'unknown-party', params: { party } }];
  });
}
