// The lists a screened line is on, as a regulator names them beside the line: "1988 Convention, Table I",
// "List I chemical (21 CFR 1310.02)", "第一类易制毒化学品". Only hits that make a line controlled count (an identifier,
// the structure, a stereoisomer, a derivative, a class) — never a resemblance — and only controls in force on the
// screening date. International lists first, then each party's.
import { z } from 'zod';
import { Jurisdiction, ControlKind, JURISDICTIONS } from './registry.js';
import type { ScreeningResult } from './screening-schemas.js';

export const Listing = z.object({
  jurisdiction: Jurisdiction,
  list: z.string().describe('the list code, as in data/substances/lists.json: un-table-1, us-list-1, cn-category-2…'),
  kind: ControlKind,
  label: z.object({ en: z.string(), zh: z.string() }),
});
export type Listing = z.infer<typeof Listing>;

const CONTROLLING = new Set(['controlled', 'controlled-by-rule']);

export function listingsOf(result: Pick<ScreeningResult, 'hits'> | null): Listing[] {
  if (!result) return [];
  const seen = new Map<string, Listing>();
  for (const hit of result.hits) {
    if (!CONTROLLING.has(hit.verdict)) continue;
    for (const c of hit.controls) {
      const key = `${c.jurisdiction}:${c.list}`;
      if (!seen.has(key)) seen.set(key, { jurisdiction: c.jurisdiction, list: c.list, kind: c.kind, label: c.listLabel });
    }
  }
  const order = (l: Listing) => JURISDICTIONS.indexOf(l.jurisdiction);
  return [...seen.values()].sort((a, b) => order(a) - order(b) || a.list.localeCompare(b.list));
}
