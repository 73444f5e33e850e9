// What a clearance signs. The document binds everything the importing authority cleared or objected to: every line
// (name, CAS, HS code, quantity and unit — converted, with the declared US customary one — concentration, net mass of
// the pure substance, the international and national lists it is on), the parties, exporter, importer and
// consignee, the route and transit parties, and both permit numbers. Documents signed before these fields existed
// keep their hash: every field added since is optional in the schema, and always present in what is signed now.
// Nodes that predate those fields read such a document with their older schema, which drops what it does not know;
// so that they still accept it (parties do not upgrade in step), the version stays 1, and the QR summary carries two
// hashes: `h` over the fields every version knows (V1_PROJECTION), and `h2` over the whole document. A checker that
// knows `h2` requires it whenever the document has a field beyond those.
// The QR summary repeats the decision, the parties and the first lines (what each is and how much) within a byte
// budget that keeps the printed code readable, so someone holding the paper sees what was signed.
import { z } from 'zod';
import { canonicalJson } from '../../platform/canonical-json.js';
import { sha256Hex } from '../../platform/ids.js';
import { listingsOf, storedResult } from '../substances/index.js';
import type { LineRow, Row } from './repo.js';
import { trimDecimal } from './present.js';
import { MODES } from './schemas.js';
import { netMass, US_UNITS } from './units.js';

const TraderDoc = z.object({ name: z.string(), address: z.string(), licence: z.string().nullable() });

const LineDoc = z.object({
  position: z.number().int(),
  declaredName: z.string(),
  cas: z.string().nullable(),
  hsCode: z.string().nullable(),
  quantity: z.string(),
  unit: z.string(),
  original: z.object({ quantity: z.string(), unit: z.enum(US_UNITS) }).nullable().optional().describe('the quantity as declared in a US customary unit'),
  concentration: z.number().nullable().optional().describe('percent by weight'),
  netMass: z.string().nullable().optional().describe('mass of the pure substance, in `unit`'),
  listings: z.array(z.object({ list: z.string(), en: z.string(), zh: z.string() })).optional().describe("the lists the importing node's screening finds the line on"),
});

export const ClearanceDocument = z.object({
  v: z.literal(1),
  type: z.literal('clearance'),
  notificationId: z.string(),
  reference: z.string(),
  decision: z.enum(['cleared', 'objected']),
  reason: z.string().nullable(),
  // Absent from documents signed before standard phrases, and from those without any: such documents keep their hash.
  codes: z.array(z.string()).optional().describe('the conditions or objection reasons as standard phrase codes (data/notification-phrases.json)'),
  decidedAt: z.string(),
  decidedBy: z.object({ name: z.string(), agency: z.string() }),
  exportingParty: z.string(),
  importingParty: z.string(),
  transitParties: z.array(z.string()).optional(),
  exporter: TraderDoc,
  importer: TraderDoc,
  consignee: TraderDoc.nullable().optional(),
  route: z.object({ portOfExit: z.string().nullable(), portOfEntry: z.string().nullable(), mode: z.enum(MODES), carrier: z.string().nullable() }).optional(),
  permits: z.object({ exportAuthorisation: z.string().nullable(), importPermit: z.string().nullable() }).optional(),
  lines: z.array(LineDoc),
  shipmentDate: z.string(),
  notificationVersion: z.number().int(),
});
export type ClearanceDocument = z.infer<typeof ClearanceDocument>;

/**
 * How many lines the QR code spells out at most; beyond them it gives their number, and its hashes bind them all.
 * Measured: a summary of QR_PAYLOAD_BYTES (5 lines of 32-character names) makes a code of 133 modules a side, 0.34 mm
 * each in the 45 mm symbol a page prints — about the smallest a phone reads from paper. Lines that would go past the
 * budget (long Chinese names take three bytes a character) are left out, and `n` still counts them.
 */
export const QR_LINES = 5;
const QR_NAME = 32;
const QR_PAYLOAD_BYTES = 760;

const QrLine = z.object({ p: z.number().int(), n: z.string(), c: z.string().nullable(), q: z.string(), u: z.string() });
export const ClearanceQr = z.object({
  v: z.literal(1),
  ref: z.string(),
  d: z.enum(['cleared', 'objected']),
  at: z.string(),
  exp: z.string(),
  imp: z.string(),
  h: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the document\'s fields every version knows (V1_PROJECTION)'),
  h2: z.string().regex(/^[0-9a-f]{64}$/).optional().describe('SHA-256 of the whole document'),
  x: z.string().optional().describe("the exporter's name (cut at 80 characters)"),
  i: z.string().optional().describe("the importer's name (cut at 80 characters)"),
  l: z.array(QrLine).optional().describe('the first lines: position, declared name (cut at 32 characters), CAS, quantity, unit'),
  n: z.number().int().optional().describe('how many lines the document has'),
});
export type ClearanceQr = z.infer<typeof ClearanceQr>;

export const documentHash = (doc: ClearanceDocument): string => sha256Hex(canonicalJson(doc));

const V1_TOP = ['v', 'type', 'notificationId', 'reference', 'decision', 'reason', 'codes', 'decidedAt', 'decidedBy', 'exportingParty', 'importingParty', 'exporter', 'importer', 'lines', 'shipmentDate', 'notificationVersion'] as const;
const V1_LINE = ['position', 'declaredName', 'cas', 'hsCode', 'quantity', 'unit'] as const;

function pick<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k))) as Partial<T>;
}

/** The document as a node that predates the binding fields reads it: its own schema keeps only these. */
export function v1Projection(doc: ClearanceDocument): ClearanceDocument {
  return { ...pick(doc, V1_TOP), lines: doc.lines.map((l) => pick(l, V1_LINE)) } as ClearanceDocument;
}

/** Whether the document has any field beyond what every version knows (then the QR code must carry `h2`). */
export const bindsMore = (doc: ClearanceDocument): boolean => documentHash(v1Projection(doc)) !== documentHash(doc);

/** Whether a QR summary carries this document's hashes: `h` always, `h2` whenever the document binds more. */
export function qrMatches(summary: ClearanceQr, doc: ClearanceDocument): boolean {
  if (summary.h !== documentHash(v1Projection(doc))) return false;
  if (summary.h2 !== undefined) return summary.h2 === documentHash(doc);
  return !bindsMore(doc);
}

type Decided = { decision: 'cleared' | 'objected'; reason: string | null; codes?: string[]; at: Date; by: { name: string; agency: string } };

export function clearanceDocumentOf(n: Row, lines: LineRow[], decision: Decided): ClearanceDocument {
  return {
    v: 1,
    type: 'clearance',
    notificationId: n.id,
    reference: n.reference,
    decision: decision.decision,
    reason: decision.reason,
    ...(decision.codes?.length ? { codes: decision.codes } : {}),
    decidedAt: decision.at.toISOString(),
    decidedBy: decision.by,
    exportingParty: n.exportingParty,
    importingParty: n.importingParty,
    transitParties: n.transitParties,
    exporter: n.exporter,
    importer: n.importer,
    consignee: n.consignee ?? null,
    route: { portOfExit: n.route.portOfExit, portOfEntry: n.route.portOfEntry, mode: n.route.mode as (typeof MODES)[number], carrier: n.route.carrier },
    permits: { exportAuthorisation: n.permitNumber, importPermit: n.importPermitNumber },
    lines: lines.map(lineDoc),
    shipmentDate: n.shipmentDate,
    notificationVersion: n.version,
  };
}

function lineDoc(l: LineRow): ClearanceDocument['lines'][number] {
  const quantity = trimDecimal(l.quantity);
  const concentration = l.concentration === null ? null : Number(l.concentration);
  // The importing node signs: its own screening names the lists.
  const listings = listingsOf(storedResult(l.receiverScreening ?? l.screening)).map((x) => ({ list: x.list, en: x.label.en, zh: x.label.zh }));
  return {
    position: l.position,
    declaredName: l.declaredName,
    cas: l.cas,
    hsCode: l.hsCode,
    quantity,
    unit: l.unit,
    original: l.originalQuantity !== null && l.originalUnit !== null ? { quantity: trimDecimal(l.originalQuantity), unit: l.originalUnit as (typeof US_UNITS)[number] } : null,
    concentration,
    netMass: netMass(quantity, l.unit, concentration),
    listings,
  };
}

/** At most `max` characters, counted by code point so that no character is split. */
function clip(s: string, max = QR_NAME): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

export function qrOf(doc: ClearanceDocument): ClearanceQr {
  const qr: ClearanceQr = {
    v: 1,
    ref: doc.reference,
    d: doc.decision,
    at: doc.decidedAt,
    exp: doc.exportingParty,
    imp: doc.importingParty,
    h: documentHash(v1Projection(doc)),
    h2: documentHash(doc),
    x: clip(doc.exporter.name, 80),
    i: clip(doc.importer.name, 80),
    l: doc.lines.slice(0, QR_LINES).map((l) => ({ p: l.position, n: clip(l.declaredName), c: l.cas, q: l.quantity, u: l.unit })),
    n: doc.lines.length,
  };
  while ((qr.l?.length ?? 0) > 0 && Buffer.byteLength(JSON.stringify(qr)) > QR_PAYLOAD_BYTES) qr.l?.pop();
  return qr;
}
