// What the verification page sends: pasted text (a clearance JWS or a QR code's text) as it is, or a downloaded
// clearance bundle (a file, or its JSON pasted) as its signed document — or its QR text with the document, when
// the bundle holds no document signature. And why a clearance did not verify, from the answer's structure.
import type { Locale } from '../../app/api/types';
import type { VerifyInput, VerifyResult } from './types';

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
  if (typeof parsed.jws === 'string' && parsed.jws.trim()) return { body: { text: parsed.jws.trim() }, fromBundle: true };
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

export type InvalidReason = 'not-clearance' | 'signature' | 'other-document' | 'content';

/**
 * Why the answer says invalid. The node's own `problem` text is English; the UI names the reason from the answer's
 * structure instead: no clearance type at all, no known key verified the signature, a QR code carrying another
 * document's hash, or signed content that is not a clearance.
 */
export function invalidReason(result: VerifyResult): InvalidReason | null {
  if (result.valid) return null;
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
