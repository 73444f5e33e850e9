// The wizard's own checks of what is plainly missing or malformed, step by step, before the server sees the draft;
// and which step holds a field the server complains about.
import { numberOrNull, type LineDraft, type NotificationDraft, type TraderDraft } from './draft';

/** What a local check found wrong with a field: the catalog key under `notificationForm.issue`. */
export type IssueKind = 'required' | 'quantity' | 'concentration' | 'packages';
/** Field paths as the server writes them, without `body/`: `exporter/name`, `lines/0/quantity`. */
export type DraftIssues = Record<string, IssueKind>;

const QUANTITY = /^\d{1,18}([.,]\d{1,6})?$/;

function traderIssues(prefix: string, t: TraderDraft, out: DraftIssues): void {
  if (!t.name.trim()) out[`${prefix}/name`] = 'required';
  if (!t.address.trim()) out[`${prefix}/address`] = 'required';
}

function lineIssues(l: LineDraft, i: number, out: DraftIssues): void {
  if (!l.declaredName.trim()) out[`lines/${i}/declaredName`] = 'required';
  if (!l.quantity.trim()) out[`lines/${i}/quantity`] = 'required';
  else if (!QUANTITY.test(l.quantity.trim()) || Number(l.quantity.trim().replace(',', '.')) <= 0) out[`lines/${i}/quantity`] = 'quantity';
  const c = numberOrNull(l.concentration);
  if (c !== null && (Number.isNaN(c) || c <= 0 || c > 100)) out[`lines/${i}/concentration`] = 'concentration';
  const p = numberOrNull(l.packages);
  if (p !== null && (!Number.isInteger(p) || p < 1)) out[`lines/${i}/packages`] = 'packages';
}

/** The wizard's steps, and which fields each holds. */
export const STEPS = ['parties', 'lines', 'shipment', 'review'] as const;
export type Step = (typeof STEPS)[number];

const STEP_FIELDS: Record<Exclude<Step, 'review'>, readonly string[]> = {
  parties: ['importingParty', 'transitParties', 'agencyId', 'exporter', 'importer', 'consignee'],
  lines: ['lines'],
  shipment: ['intendedUse', 'shipmentDate', 'route', 'invoiceNumber', 'permitNumber', 'importPermitNumber', 'language', 'handling'],
};

/** The step that holds a field path (`exporter/name`, `body/lines/0/cas`); the review step for anything else. */
export function stepOf(path: string): number {
  const field = path.replace(/^body\//, '').split('/')[0] ?? '';
  const index = (['parties', 'lines', 'shipment'] as const).findIndex((s) => STEP_FIELDS[s].includes(field));
  return index < 0 ? STEPS.length - 1 : index;
}

/** Local checks of one step (or of all, for `review`). */
export function checkStep(d: NotificationDraft, step: Step): DraftIssues {
  const out: DraftIssues = {};
  if (step === 'parties' || step === 'review') {
    if (!d.importingParty) out.importingParty = 'required';
    if (!d.agencyId) out.agencyId = 'required';
    traderIssues('exporter', d.exporter, out);
    traderIssues('importer', d.importer, out);
    if (d.hasConsignee) traderIssues('consignee', d.consignee, out);
  }
  if (step === 'lines' || step === 'review') d.lines.forEach((l, i) => lineIssues(l, i, out));
  if (step === 'shipment' || step === 'review') {
    if (!d.intendedUse.trim()) out.intendedUse = 'required';
    if (!d.shipmentDate) out.shipmentDate = 'required';
  }
  return out;
}
