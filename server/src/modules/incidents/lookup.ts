// Incidents found by reference, for another module that links to them (a case or a request naming the seizures it
// is about): only what a link needs, and only incidents the reader may read and that were not withdrawn.
import type { Ctx } from '../../platform/context.js';
import { mayRead } from '../../platform/handling/index.js';
import { canRead } from './policy.js';
import * as repo from './repo.js';

export type IncidentRef = { id: string; reference: string; originParty: string; handling: string };

const asTyped = (reference: string): string => reference.trim().toUpperCase();

/** One query for many references; a lookup by any of them (undefined: none this reader may link to). */
export async function incidentsByReference(ctx: Ctx, references: readonly string[]): Promise<(reference: string) => IncidentRef | undefined> {
  const wanted = [...new Set(references.map(asTyped))];
  const reader = canRead(ctx.actor, ctx.config.party);
  const rows = wanted.length > 0 && reader ? await repo.byReferences(ctx.db, wanted) : [];
  const found = new Map(rows.filter((r) => r.status === 'active' && mayRead(ctx.actor, r.handling)).map((r) => [r.reference, { id: r.id, reference: r.reference, originParty: r.originParty, handling: r.handling }]));
  return (reference) => found.get(asTyped(reference));
}
