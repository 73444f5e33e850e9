// The wizard's working copy of a notification: every field as the user types it (strings), turned into the API's
// input on save. Local checks catch what is plainly missing before a step is left; the server checks the rest.
import { isHandling, type DraftInput, type Handling, type LineInput, type LineView, type Mode, type Notification, type TraderView, type Unit } from './types';

export type TraderDraft = { name: string; address: string; licence: string };

export type LineDraft = {
  /** Tells lines apart while they are added and removed; never sent. */
  key: string;
  declaredName: string;
  cas: string;
  hsCode: string;
  smiles: string;
  quantity: string;
  unit: Unit;
  concentration: string;
  packaging: string;
  packages: string;
};

export type NotificationDraft = {
  importingParty: string;
  transitParties: string[];
  agencyId: string;
  exporter: TraderDraft;
  importer: TraderDraft;
  hasConsignee: boolean;
  consignee: TraderDraft;
  lines: LineDraft[];
  intendedUse: string;
  shipmentDate: string;
  portOfExit: string;
  portOfEntry: string;
  mode: Mode;
  carrier: string;
  invoiceNumber: string;
  /** The exporting party's export authorisation number. */
  permitNumber: string;
  /** The importing party's import permit number, when it requires one. */
  importPermitNumber: string;
  language: 'en' | 'zh';
  handling: Handling;
};

export const MAX_LINES = 50;

let lineCounter = 0;
const nextKey = () => `line-${++lineCounter}`;

export const emptyTrader = (): TraderDraft => ({ name: '', address: '', licence: '' });

export function emptyLine(): LineDraft {
  return { key: nextKey(), declaredName: '', cas: '', hsCode: '', smiles: '', quantity: '', unit: 'kg', concentration: '', packaging: '', packages: '' };
}

export function emptyDraft(defaults: { agencyId: string; importingParty: string; language: 'en' | 'zh' }): NotificationDraft {
  return {
    importingParty: defaults.importingParty,
    transitParties: [],
    agencyId: defaults.agencyId,
    exporter: emptyTrader(),
    importer: emptyTrader(),
    hasConsignee: false,
    consignee: emptyTrader(),
    lines: [emptyLine()],
    intendedUse: '',
    shipmentDate: '',
    portOfExit: '',
    portOfEntry: '',
    mode: 'sea',
    carrier: '',
    invoiceNumber: '',
    permitNumber: '',
    importPermitNumber: '',
    language: defaults.language,
    handling: 'TLP:AMBER',
  };
}

const traderDraft = (t: TraderView): TraderDraft => ({ name: t.name, address: t.address, licence: t.licence ?? '' });

type LineSource = Pick<LineView, 'declaredName' | 'cas' | 'hsCode' | 'smiles' | 'quantity' | 'unit' | 'original' | 'concentration' | 'packaging' | 'packages'>;
/** What the wizard reads of a saved notification (the detail view). */
export type DraftSource = Pick<Notification, 'importingParty' | 'transitParties' | 'exporter' | 'importer' | 'consignee' | 'intendedUse' | 'shipmentDate' | 'route' | 'invoiceNumber' | 'permitNumber' | 'importPermitNumber' | 'language' | 'handling'> & { lines: LineSource[] };

/** A saved draft, back into the wizard for editing. */
export function draftFromNotification(n: DraftSource): NotificationDraft {
  return {
    importingParty: n.importingParty,
    transitParties: n.transitParties,
    agencyId: '',
    exporter: traderDraft(n.exporter),
    importer: traderDraft(n.importer),
    hasConsignee: n.consignee !== null,
    consignee: n.consignee ? traderDraft(n.consignee) : emptyTrader(),
    lines: n.lines.map((l) => ({
      key: nextKey(),
      declaredName: l.declaredName,
      cas: l.cas ?? '',
      hsCode: l.hsCode ?? '',
      smiles: l.smiles ?? '',
      // As declared (50 lb), not as kept (22.679619 kg): saving again unchanged keeps the declaration.
      quantity: l.original?.quantity ?? l.quantity,
      unit: l.original?.unit ?? l.unit,
      concentration: l.concentration === null ? '' : String(l.concentration),
      packaging: l.packaging ?? '',
      packages: l.packages === null ? '' : String(l.packages),
    })),
    intendedUse: n.intendedUse,
    shipmentDate: n.shipmentDate,
    portOfExit: n.route.portOfExit ?? '',
    portOfEntry: n.route.portOfEntry ?? '',
    mode: n.route.mode,
    carrier: n.route.carrier ?? '',
    invoiceNumber: n.invoiceNumber ?? '',
    permitNumber: n.permitNumber ?? '',
    importPermitNumber: n.importPermitNumber ?? '',
    language: n.language,
    handling: isHandling(n.handling) ? n.handling : 'TLP:AMBER',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
export const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value.trim().replace(',', '.')));
const trader = (t: TraderDraft) => ({ name: t.name.trim(), address: t.address.trim(), licence: orNull(t.licence) });

export function lineToInput(l: LineDraft): LineInput {
  return {
    declaredName: l.declaredName.trim(),
    cas: orNull(l.cas),
    hsCode: orNull(l.hsCode),
    smiles: orNull(l.smiles),
    quantity: l.quantity.trim().replace(',', '.'),
    unit: l.unit,
    concentration: numberOrNull(l.concentration),
    packaging: orNull(l.packaging),
    packages: numberOrNull(l.packages),
  };
}

export function draftToInput(d: NotificationDraft): DraftInput {
  return {
    importingParty: d.importingParty,
    transitParties: d.transitParties,
    agencyId: d.agencyId,
    exporter: trader(d.exporter),
    importer: trader(d.importer),
    consignee: d.hasConsignee ? trader(d.consignee) : null,
    lines: d.lines.map(lineToInput),
    intendedUse: d.intendedUse.trim(),
    shipmentDate: d.shipmentDate,
    route: { portOfExit: orNull(d.portOfExit), portOfEntry: orNull(d.portOfEntry), mode: d.mode, carrier: orNull(d.carrier) },
    invoiceNumber: orNull(d.invoiceNumber),
    permitNumber: orNull(d.permitNumber),
    importPermitNumber: orNull(d.importPermitNumber),
    language: d.language,
    handling: d.handling,
  };
}
