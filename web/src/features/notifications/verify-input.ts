// What the verification page sends: pasted text (a clearance JWS or a QR code's text) as it is, or a downloaded
// clearance bundle (a file, or its JSON pasted) as its signed document with its readable copy — or its QR text with
// the copy, when the bundle holds no document signature. Why a clearance did not verify, from the answer's
// structure; and which field a difference between the copy and the signed document is in.
import type { Locale } from '../../app/api/types';
import type { ClearanceDocument, VerifyInput, VerifyResult } from './types';

export type ReadInput = { body: VerifyInput; fromBundle: boolean } | { error: 'empty' | 'not-json' | 'not-bundle' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A clearance bundle (`counterpart-clearance/1`) as a verification request. */
export function bodyFromBundle(json: string): ReadInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { error: 'not-json' };
  }
  if (!isRecord(parsed)) return { error: 'not-bundle' };
  // With the signature, the readable copy too: the node says where it differs from what was signed.
  if (typeof parsed.jws === 'string' && parsed.jws.trim()) {
    const document = isRecord(parsed.document) ? { document: parsed.document as VerifyInput['document'] } : {};
    return { body: { text: parsed.jws.trim(), ...document }, fromBundle: true };
  }
  if (typeof parsed.qr === 'string' && parsed.qr.trim() && isRecord(parsed.document)) {
    // The node checks the document's shape and that the QR code carries its hash.
    return { body: { text: parsed.qr.trim(), document: parsed.document as VerifyInput['document'] }, fromBundle: true };
  }
  return { error: 'not-bundle' };
}

/** Pasted text: a JWS or QR text as it is; a pasted bundle (JSON) as above. */
export function bodyFromText(text: string): ReadInput {
  const trimmed = text.trim();
  if (!trimmed) return { error: 'empty' };
  if (trimmed.startsWith('{')) return bodyFromBundle(trimmed);
  return { body: { text: trimmed }, fromBundle: false };
}

export type InvalidReason = 'copy-differs' | 'not-clearance' | 'signature' | 'other-document' | 'content';

/**
 * Why the answer says invalid. The node's own `problem` text is English; the UI names the reason from the answer's
 * structure instead: a readable copy that says something else than the genuine signature, no clearance type at all,
 * no known key verified the signature, a QR code carrying another document's hash, or signed content that is not a
 * clearance.
 */
export function invalidReason(result: VerifyResult): InvalidReason | null {
  if (result.valid) return null;
  if (result.differences.length > 0) return 'copy-differs';
  if (result.kind === null) return 'not-clearance';
  if (result.issuer.kid === null) return 'signature';
  if (result.kind === 'qr' && result.summary !== null) return 'other-document';
  return 'content';
}

type PartyNames = VerifyResult['parties'];

/**
 * A party by the name this node gives it, as every other page names it; a party it does not know by the browser's
 * name for that region, or by its code.
 */
export function partyNameIn(code: string, parties: PartyNames, locale: Locale): string {
  const known = parties.find((p) => p.code === code);
  if (known) return locale === 'zh-CN' ? known.nameZh : known.nameEn;
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // An invalid region code: the code itself is the best name.
  }
  return code;
}

const FIELDS = [
  'v', 'type', 'reference', 'notificationId', 'decision', 'reason', 'codes', 'decidedAt', 'decidedBy', 'decidedByName', 'decidedByAgency',
  'exportingParty', 'importingParty', 'transitParties', 'exporter', 'exporterName', 'exporterAddress', 'exporterLicence',
  'importer', 'importerName', 'importerAddress', 'importerLicence', 'consignee', 'consigneeName', 'consigneeAddress', 'consigneeLicence',
  'route', 'routeMode', 'routePortOfExit', 'routePortOfEntry', 'routeCarrier', 'permits', 'permitsExportAuthorisation', 'permitsImportPermit',
  'lines', 'shipmentDate', 'notificationVersion',
] as const;
const LINE_FIELDS = ['line', 'position', 'declaredName', 'cas', 'hsCode', 'quantity', 'unit', 'original', 'concentration', 'netMass', 'listings'] as const;
/** The path the node gives when the readable copy as a whole is not what was signed (not an object at all). */
const WHOLE_DOCUMENT = '(whole document)';
export type DocumentField = (typeof FIELDS)[number] | 'wholeDocument';
export type LineField = (typeof LINE_FIELDS)[number];

/** Which field of the clearance a difference is in: a line's by its position, as the lines table numbers it. */
export type DifferenceAt = { field: DocumentField } | { lineField: LineField; line: number } | null;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A difference's path (`decision`, `exporter/name`, `lines/0/quantity`, `codes/1`, `lines/2/listings/0/en`) as the
 * field it is in (`(whole document)` as the whole document); null for a path the page has no name for (a field the
 * signed document does not have), shown as it is.
 */
export function differenceAt(path: string, signed: ClearanceDocument | null): DifferenceAt {
  if (path === WHOLE_DOCUMENT) return { field: 'wholeDocument' };
  const line = /^lines\/(\d+)(?:\/([A-Za-z]+))?/.exec(path);
  if (line) {
    const index = Number(line[1]);
    const lineField = line[2] ?? 'line';
    return isOneOf(LINE_FIELDS, lineField) ? { lineField, line: signed?.lines[index]?.position ?? index + 1 } : null;
  }
  // A list's members (`codes/1`, `transitParties/0`) are the list; nested objects' keys join in camelCase.
  const key = path.split('/').filter((part) => !/^\d+$/.test(part)).map((part, i) => (i === 0 ? part : upperFirst(part))).join('');
  return isOneOf(FIELDS, key) ? { field: key } : null;
}
