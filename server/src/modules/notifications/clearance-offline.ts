// Offline verification of a downloaded clearance (`counterpart clearance verify FILE`): no database, no network.
// The bundle carries the issuing node's public key; the signature proves the content came from that key, and the
// reader proves the key is the issuing party's by comparing its fingerprint with the one that party published.
import { z } from 'zod';
import { formatFingerprint } from '../exchange/index.js';
import { checkClearance, ClearanceBundle } from './clearance.js';
import { bilingualPhrase } from './phrases.js';

export type OfflineReport = { ok: boolean; lines: string[] };

const hex = (fp: string): string => fp.replace(/[\s:]/g, '').toLowerCase();

export async function verifyClearanceBundle(text: string, expectedFingerprint?: string): Promise<OfflineReport> {
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, lines: ['not a clearance bundle: the file is not JSON'] };
  }
  const parsed = ClearanceBundle.safeParse(raw);
  if (!parsed.success) return { ok: false, lines: [`not a clearance bundle: ${z.prettifyError(parsed.error).split('\n')[0] ?? 'wrong shape'}`] };
  const b = parsed.data;
  // The bundle names the issuing party; the signed document must name the same party as importer (checkClearance).
  const keys = [{ kid: b.issuer.kid, publicKey: b.issuer.publicKey, party: b.issuer.party }];
  const doc = await checkClearance(b.jws, keys);
  const qr = doc.document ? await checkClearance(b.qr, keys, doc.document) : null;
  const lines: string[] = [];
  let ok = doc.valid && qr?.valid === true;
  lines.push(`document signature: ${doc.valid ? 'valid' : `INVALID (${doc.problem ?? 'unknown'})`}`);
  lines.push(`QR code signature:  ${qr?.valid ? 'valid, and it carries this document’s hash' : `INVALID (${qr?.problem ?? 'no document to compare'})`}`);
  // The document printed is the signed one, never the bundle's unsigned copy.
  const d = doc.document;
  if (d) {
    lines.push(`${d.reference}: ${d.decision.toUpperCase()} by ${d.importingParty} (${d.decidedBy.name}, ${d.decidedBy.agency}) at ${d.decidedAt}`);
    lines.push(`exporter ${d.exporter.name} (${d.exportingParty}) → importer ${d.importer.name}; shipment ${d.shipmentDate}`);
    for (const l of d.lines) lines.push(`  ${l.position}. ${l.declaredName}${l.cas ? ` (CAS ${l.cas})` : ''}: ${l.quantity} ${l.unit}`);
    // Signed as codes; labelled here from this copy's list (a code it does not know is printed as it is).
    if (d.codes?.length) lines.push(`${d.decision === 'cleared' ? 'conditions' : 'reasons'}:`, ...d.codes.map((c) => `  - ${bilingualPhrase(c)} [${c}]`));
    if (d.reason) lines.push(`reason / conditions: ${d.reason}`);
  }
  const fingerprint = doc.issuer.fingerprint ?? '';
  lines.push(`signed by ${b.issuer.party}'s node key ${formatFingerprint(fingerprint)}`);
  if (expectedFingerprint !== undefined) {
    const same = hex(expectedFingerprint) === fingerprint;
    ok &&= same;
    lines.push(same ? 'the key is the one you expected' : 'THE KEY IS NOT THE ONE YOU EXPECTED: do not trust this clearance');
  } else {
    lines.push(`compare this fingerprint with the one ${b.issuer.party} published (or pass --fingerprint)`);
  }
  lines.push(ok ? 'CLEARANCE VERIFIES' : 'CLEARANCE DOES NOT VERIFY');
  return { ok, lines };
}
