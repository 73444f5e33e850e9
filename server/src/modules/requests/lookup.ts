// Cases and requests found by reference, for another module that links to them (a meeting naming the cases it
// discussed, a commitment's evidence): only what a link needs, and only records this reader may read that are on
// their way (never a draft, never a withdrawn one). A caller that must see every record's true handling (a readout's
// clearance check) asks as the system actor.
import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { mayRead } from '../../platform/handling/index.js';
import { canRead } from './policy.js';
import { cases, requests } from './tables.js';

export type LinkedRef = { id: string; reference: string; originParty: string; handling: string };
type Lookup = (reference: string) => LinkedRef | undefined;

const asTyped = (reference: string): string => reference.trim().toUpperCase();
const HIDDEN = new Set(['draft', 'awaiting-approval', 'withdrawn']);

function lookupOf(ctx: Ctx, rows: readonly (LinkedRef & { status: string })[]): Lookup {
  const found = new Map(rows.filter((r) => !HIDDEN.has(r.status) && mayRead(ctx.actor, r.handling)).map((r) => [r.reference, { id: r.id, reference: r.reference, originParty: r.originParty, handling: r.handling }]));
  return (reference) => found.get(asTyped(reference));
}

/** One query for many case references; a lookup by any of them (undefined: none this reader may link to). */
export async function casesByReference(ctx: Ctx, references: readonly string[]): Promise<Lookup> {
  const wanted = [...new Set(references.map(asTyped))];
  if (wanted.length === 0 || !canRead(ctx.actor, ctx.config.party)) return lookupOf(ctx, []);
  const cols = { id: cases.id, reference: cases.reference, originParty: cases.originParty, handling: cases.handling, status: cases.status };
  return lookupOf(ctx, await ctx.db.select(cols).from(cases).where(inArray(cases.reference, wanted)));
}

/** One query for many request references; a lookup by any of them. */
export async function requestsByReference(ctx: Ctx, references: readonly string[]): Promise<Lookup> {
  const wanted = [...new Set(references.map(asTyped))];
  if (wanted.length === 0 || !canRead(ctx.actor, ctx.config.party)) return lookupOf(ctx, []);
  const cols = { id: requests.id, reference: requests.reference, originParty: requests.originParty, handling: requests.handling, status: requests.status };
  return lookupOf(ctx, await ctx.db.select(cols).from(requests).where(inArray(requests.reference, wanted)));
}
