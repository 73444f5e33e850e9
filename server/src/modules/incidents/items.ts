// An incident's items as stored: chemical lines screened through the Substances engine as notifications are (this
// node's registry, on filing and again on receipt, since controls differ by party), wildlife items checked against
// the bundled checklist and trade terms, and a quantity in a comparable unit for figures (mass in kilograms).
// Filing is strict (an unknown species or trade term is refused); a received record keeps what its party wrote.
// A line's screening is kept once by content (substances' `keepScreenings`); the item row holds its hash.
import type { Ctx } from '../../platform/context.js';
import type { FieldIssue } from '../../platform/errors.js';
import { keptScreening, screenLines, type KeptScreening } from '../substances/index.js';
import type { ItemInput } from './schemas.js';
import type { incidentItems } from './tables.js';
import { findSpecies, tradeTerm } from './wildlife/species.js';

type ItemRow = typeof incidentItems.$inferInsert;
/** Item rows to store and the screening results they point at (to keep in the same transaction, first). */
export type BuiltItems = { rows: ItemRow[]; screenings: KeptScreening[] };
const KG_PER: Record<string, number> = { kg: 1, g: 1e-3, mg: 1e-6, t: 1e3 };

/** Mass in kilograms where the unit is a mass; otherwise the quantity in its own unit. */
export function comparable(quantity: string, unit: string): { quantity: string; unit: string } {
  const factor = KG_PER[unit];
  if (factor === undefined) return { quantity, unit };
  return { quantity: String(Number((Number(quantity) * factor).toPrecision(15))), unit: 'kg' };
}

function wildlifeIssues(item: Extract<ItemInput, { type: 'wildlife' }>, path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!findSpecies(item.taxon)) issues.push({ path: `${path}/taxon`, message: `${item.taxon} is not in the bundled CITES checklist`, code: 'unknown-species' });
  if (!tradeTerm(item.tradeTerm)) issues.push({ path: `${path}/tradeTerm`, message: `${item.tradeTerm} is not a CITES trade-term code`, code: 'unknown-trade-term' });
  return issues;
}

/** Checks the items a person files: what screening cannot decide (an unknown species) is refused, not guessed. */
export function checkItems(items: readonly ItemInput[], path = 'body/items'): FieldIssue[] {
  return items.flatMap((item, i) => (item.type === 'wildlife' ? wildlifeIssues(item, `${path}/${i}`) : []));
}

function baseRow(incidentId: string, item: ItemInput, position: number): ItemRow {
  const { type, ...details } = item;
  const row: ItemRow = { incidentId, position, type, details, verdict: null, screeningHash: null, substanceIds: [], taxon: null, quantity: null, unit: null };
  switch (item.type) {
    case 'chemical':
      return { ...row, ...comparable(item.quantity, item.unit) };
    case 'equipment':
      return { ...row, quantity: String(item.count), unit: 'number' };
    case 'money':
      return { ...row, quantity: item.amount, unit: item.currency };
    case 'wildlife':
      return { ...row, taxon: findSpecies(item.taxon)?.scientificName ?? item.taxon, ...comparable(item.quantity, item.unit) };
  }
}

/** The rows to store, chemical lines screened with this node's registry as of the incident's day. */
export async function buildItems(ctx: Ctx, incidentId: string, items: readonly ItemInput[], asOf: string): Promise<BuiltItems> {
  const built = await buildItemsMany(ctx, [{ incidentId, items, asOf }]);
  return { rows: built.rows[0] ?? [], screenings: built.screenings };
}

type Line = { incident: number; i: number; item: Extract<ItemInput, { type: 'chemical' }> };

/** Chemical lines by day, and on each day by what screening reads of them: each distinct line is screened once. */
function distinctLines(incidents: readonly { items: readonly ItemInput[]; asOf: string }[]): Map<string, Map<string, Line[]>> {
  const byDay = new Map<string, Map<string, Line[]>>();
  incidents.forEach((x, incident) =>
    x.items.forEach((item, i) => {
      if (item.type !== 'chemical') return;
      const day = byDay.get(x.asOf) ?? new Map<string, Line[]>();
      const key = JSON.stringify([item.declaredName, item.cas ?? null, item.smiles ?? null]);
      day.set(key, [...(day.get(key) ?? []), { incident, i, item }]);
      byDay.set(x.asOf, day);
    }),
  );
  return byDay;
}

/** `buildItems` for several incidents: their distinct chemical lines screened in one call per incident day. */
export async function buildItemsMany(ctx: Ctx, incidents: readonly { incidentId: string; items: readonly ItemInput[]; asOf: string }[]): Promise<{ rows: ItemRow[][]; screenings: KeptScreening[] }> {
  const rows = incidents.map((x) => x.items.map((item, i) => baseRow(x.incidentId, item, i + 1)));
  const screenings: KeptScreening[] = [];
  for (const [asOf, lines] of distinctLines(incidents)) {
    const groups = [...lines.values()];
    const { results } = await screenLines(ctx, {
      asOf,
      lines: groups.map(([first]) => ({ name: first?.item.declaredName, cas: first?.item.cas ?? undefined, smiles: first?.item.smiles ?? undefined })),
    });
    groups.forEach((group, k) => {
      const result = results[k];
      if (!result) return;
      const kept = keptScreening(result);
      screenings.push(kept);
      const screened = { verdict: result.verdict, screeningHash: kept.hash, substanceIds: result.identified.map((s) => s.id) };
      for (const { incident, i } of group) {
        const row = rows[incident]?.[i];
        if (row) rows[incident]?.splice(i, 1, { ...row, ...screened });
      }
    });
  }
  return { rows, screenings };
}
