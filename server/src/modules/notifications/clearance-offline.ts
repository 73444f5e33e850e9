// Offline verification of a downloaded clearance (`counterpart clearance verify FILE`): no database, no network.
// The bundle carries the issuing node's public key; the signature proves the content came from that key, and the
// reader proves the key is the issuing party's by comparing its fingerprint with the one that party published.
// The bundle's readable copy of the document must say exactly what was signed: any difference fails, named.
import { z } from 'zod';
import { formatFingerprint } from '../exchange/index.js';
import { checkClearance, ClearanceBundle, type ClearanceDocument } from './clearance.js';
import { differences, differenceText } from './clearance-compare.js';
import { bilingualPhrase } from './phrases.js';

export type OfflineReport = { ok: boolean; lines: string[] };

const hex = (fp: string): string => fp.replace(/[\s:]/g, '').toLowerCase();

// The readable copy is compared as it is, whatever its shape: an edited copy must be reported, not refused unread.
const LooseBundle = ClearanceBundle.extend({ document: z.unknown() });

export async function verifyClearanceBundle(text: string, expectedFingerprint?: string): Promise<OfflineReport> {
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, lines: ['not a clearance bundle: the file is not JSON'] };
  }
  const parsed = LooseBundle.safeParse(raw);
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
    const diff = b.document === undefined ? [] : differences(d, b.document);
    ok &&= diff.length === 0;
    lines.push(diff.length === 0 ? 'readable copy:      the same as the signed document' : 'readable copy:      DIFFERS FROM THE SIGNED DOCUMENT — trust only the signed content below:', ...diff.map((x) => `  ${differenceText(x)}`));
    lines.push(...documentLines(d));
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

const orDash = (v: string | null | undefined): string => v ?? '—';

/** What the signed document binds, as text: the decision, the parties and traders, the route, permits and lines. */
export function documentLines(d: ClearanceDocument): string[] {
  const out = [`${d.reference}: ${d.decision.toUpperCase()} by ${d.importingParty} (${d.decidedBy.name}, ${d.decidedBy.agency}) at ${d.decidedAt}`];
  out.push(`exporter ${d.exporter.name}, ${d.exporter.address} (${d.exportingParty})`, `importer ${d.importer.name}, ${d.importer.address} (${d.importingParty})`);
  if (d.consignee) out.push(`consignee ${d.consignee.name}, ${d.consignee.address}`);
  if (d.route) out.push(`route ${d.route.mode}: ${orDash(d.route.portOfExit)} → ${orDash(d.route.portOfEntry)}, carrier ${orDash(d.route.carrier)}${d.transitParties?.length ? `, through ${d.transitParties.join(', ')}` : ''}`);
  if (d.permits) out.push(`export authorisation ${orDash(d.permits.exportAuthorisation)}; import permit ${orDash(d.permits.importPermit)}`);
  out.push(`shipment ${d.shipmentDate}; notification version ${d.notificationVersion}`);
  for (const l of d.lines) {
    const original = l.original ? ` (declared ${l.original.quantity} ${l.original.unit})` : '';
    const purity = l.concentration != null ? `, ${l.concentration}%${l.netMass ? `, net ${l.netMass} ${l.unit}` : ''}` : '';
    out.push(`  ${l.position}. ${l.declaredName}${l.cas ? ` (CAS ${l.cas})` : ''}: ${l.quantity} ${l.unit}${original}${purity}`);
    if (l.listings?.length) out.push(`     listed: ${l.listings.map((x) => x.en).join('; ')}`);
  }
  // Signed as codes; labelled here from this copy's list (a code it does not know is printed as it is).
  if (d.codes?.length) out.push(`${d.decision === 'cleared' ? 'conditions' : 'reasons'}:`, ...d.codes.map((c) => `  - ${bilingualPhrase(c)} [${c}]`));
  if (d.reason) out.push(`reason / conditions: ${d.reason}`);
  return out;
}
