// The wizard's own checks of what is plainly missing or malformed, step by step, before the server sees the
// incident; and which step holds a field the server complains about.
import type { IncidentDraft } from './draft';
import { decimal, numberOrNull, type ItemDraft } from './item-draft';

/** What a local check found wrong with a field: the catalog key under `incidentForm.issue`. */
export type IssueKind = 'required' | 'quantity' | 'purity' | 'count' | 'currency' | 'latitude' | 'longitude' | 'coordinatesPair' | 'future' | 'arrests' | 'species';
/** Field paths as the server writes them, without `body/`: `title`, `items/0/quantity`, `entities/2/value`. */
export type DraftIssues = Record<string, IssueKind>;

export const STEPS = ['what', 'where', 'items', 'route', 'entities', 'outcome', 'handling', 'review'] as const;
export type Step = (typeof STEPS)[number];

const STEP_FIELDS: Record<Exclude<Step, 'review'>, readonly string[]> = {
  what: ['kind', 'agencyId', 'occurredOn', 'title', 'narrative', 'language', 'notificationReference'],
  where: ['place'],
  items: ['items'],
  route: ['route'],
  entities: ['entities'],
  outcome: ['outcome'],
  handling: ['handling', 'useRestrictions', 'source', 'releasableTo'],
};

/** Every top-level field the steps show at their inputs (for the alert's list of the others). */
export const PLACED_FIELDS: readonly string[] = Object.values(STEP_FIELDS).flat();

/** The step that holds a field path (`place/country`, `body/items/0/taxon`); the review step for anything else. */
export function stepOf(path: string): number {
  const field = path.replace(/^body\//, '').split('/')[0] ?? '';
  const index = STEPS.findIndex((s) => s !== 'review' && STEP_FIELDS[s].includes(field));
  return index < 0 ? STEPS.length - 1 : index;
}

const DECIMAL = /^\d{1,15}([.,]\d{1,6})?$/;
const isPositive = (value: string) => DECIMAL.test(value.trim()) && Number(decimal(value)) > 0;

function amountIssue(value: string, path: string, out: DraftIssues): void {
  if (!value.trim()) out[path] = 'required';
  else if (!isPositive(value)) out[path] = 'quantity';
}

function itemIssues(item: ItemDraft, i: number, out: DraftIssues): void {
  const at = `items/${i}`;
  switch (item.type) {
    case 'chemical': {
      if (!item.declaredName.trim()) out[`${at}/declaredName`] = 'required';
      amountIssue(item.quantity, `${at}/quantity`, out);
      const purity = numberOrNull(item.purity);
      if (purity !== null && (Number.isNaN(purity) || purity <= 0 || purity > 100)) out[`${at}/purity`] = 'purity';
      return;
    }
    case 'wildlife':
      if (!item.species) out[`${at}/taxon`] = 'species';
      if (!item.tradeTerm) out[`${at}/tradeTerm`] = 'required';
      amountIssue(item.quantity, `${at}/quantity`, out);
      return;
    case 'equipment':
      if (!/^\d{1,7}$/.test(item.count.trim()) || Number(item.count) < 1) out[`${at}/count`] = 'count';
      return;
    case 'money':
      amountIssue(item.amount, `${at}/amount`, out);
      if (!/^[A-Za-z]{3}$/.test(item.currency.trim())) out[`${at}/currency`] = 'currency';
  }
}

function coordinateIssues(d: IncidentDraft, out: DraftIssues): void {
  const lat = numberOrNull(d.latitude);
  const lon = numberOrNull(d.longitude);
  if (lat !== null && (Number.isNaN(lat) || lat < -90 || lat > 90)) out['place/latitude'] = 'latitude';
  if (lon !== null && (Number.isNaN(lon) || lon < -180 || lon > 180)) out['place/longitude'] = 'longitude';
  if ((lat === null) !== (lon === null)) out[lat === null ? 'place/latitude' : 'place/longitude'] = 'coordinatesPair';
}

/** Local checks of one step (or of all, for `review`); `today` is the reader's calendar day, YYYY-MM-DD. */
export function checkStep(d: IncidentDraft, step: Step, today: string): DraftIssues {
  const out: DraftIssues = {};
  const all = step === 'review';
  if (step === 'what' || all) {
    if (!d.kind) out.kind = 'required';
    if (!d.agencyId) out.agencyId = 'required';
    if (!d.occurredOn) out.occurredOn = 'required';
    else if (d.occurredOn > today) out.occurredOn = 'future';
    if (!d.title.trim()) out.title = 'required';
  }
  if (step === 'where' || all) {
    if (!d.country) out['place/country'] = 'required';
    coordinateIssues(d, out);
  }
  if (step === 'items' || all) d.items.forEach((item, i) => itemIssues(item, i, out));
  if (step === 'entities' || all) d.entities.forEach((e, i) => (e.value.trim() ? undefined : (out[`entities/${i}/value`] = 'required')));
  if ((step === 'outcome' || all) && !/^\d{1,6}$/.test(d.arrests.trim())) out['outcome/arrests'] = 'arrests';
  return out;
}
