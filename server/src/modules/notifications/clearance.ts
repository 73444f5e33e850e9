// Signed clearances. When the importing authority clears or objects, its node signs a clearance document (JWS,
// typ cp-clearance+jws) and a short summary for the QR code (cp-clearance-qr+jws, carrying the document's hash).
// Anyone holding the issuing node's public key can check either offline; the bundle a user downloads carries the
// key and its fingerprint, which the reader compares with the one the issuing party published.
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import type { SecretBox } from '../../platform/secret-box.js';
import { fingerprintOf, keysOfParty, signDocument, verifyDocument, SignatureError } from '../exchange/index.js';
import { ClearanceDocument, ClearanceQr, qrMatches, qrOf } from './clearance-document.js';

export { ClearanceDocument, ClearanceQr, clearanceDocumentOf, documentHash, qrMatches, qrOf, QR_LINES, v1Projection } from './clearance-document.js';

/** What a user downloads: the signed document, the QR text, and the key that verifies both. */
export const ClearanceBundle = z.object({
  format: z.literal('counterpart-clearance/1'),
  jws: z.string(),
  qr: z.string(),
  document: ClearanceDocument,
  issuer: z.object({ party: z.string(), kid: z.string(), publicKey: z.string(), fingerprint: z.string() }),
});
export type ClearanceBundle = z.infer<typeof ClearanceBundle>;

/** Signs the document and its QR summary with this node's current key; both are stored and shared. */
export async function signClearance(db: Db, box: SecretBox, doc: ClearanceDocument): Promise<{ jws: string; qr: string }> {
  const { jws } = await signDocument(db, box, 'cp-clearance+jws', doc);
  const { jws: qr } = await signDocument(db, box, 'cp-clearance-qr+jws', qrOf(doc));
  return { jws, qr };
}

/** The bundle for a stored clearance, checked against the issuing party's keys as this node holds them. */
export async function bundleOf(db: Db, stored: { jws: string; qr: string }, issuerParty: string, self: string): Promise<ClearanceBundle> {
  const keys = (await keysOfParty(db, issuerParty, self)).map((k) => ({ ...k, party: issuerParty }));
  const check = await checkClearance(stored.jws, keys);
  const key = keys.find((k) => k.kid === check.issuer.kid);
  if (!check.valid || !check.document || !key) throw new SignatureError('bad-signature', check.problem ?? 'the stored clearance does not verify');
  const qr = await checkClearance(stored.qr, keys, check.document);
  if (!qr.valid) throw new SignatureError('bad-signature', qr.problem ?? 'the stored QR summary does not verify');
  return { format: 'counterpart-clearance/1', jws: stored.jws, qr: stored.qr, document: check.document, issuer: { party: issuerParty, kid: key.kid, publicKey: key.publicKey, fingerprint: fingerprintOf(key.publicKey) } };
}

export type ClearanceCheck = {
  valid: boolean;
  problem: string | null;
  kind: 'document' | 'qr' | null;
  issuer: { party: string | null; kid: string | null; fingerprint: string | null };
  document: ClearanceDocument | null;
  summary: ClearanceQr | null;
};

type KeyEntry = { kid: string; publicKey: string };

/**
 * Checks a clearance JWS or QR text against the given keys (offline: the bundle's own key, which the reader
 * compares by fingerprint; online: the keys this node holds for the issuing party). A QR text given with its
 * document must carry that document's hash.
 */
export async function checkClearance(text: string, keys: readonly (KeyEntry & { party: string })[], document?: ClearanceDocument): Promise<ClearanceCheck> {
  const empty: ClearanceCheck = { valid: false, problem: null, kind: null, issuer: { party: null, kid: null, fingerprint: null }, document: null, summary: null };
  const jws = text.trim();
  const typ = headerType(jws);
  if (typ !== 'cp-clearance+jws' && typ !== 'cp-clearance-qr+jws') return { ...empty, problem: 'not a Counterpart clearance or clearance QR code' };
  try {
    const { payload, kid } = await verifyDocument(jws, typ, keys);
    const key = keys.find((k) => k.kid === kid);
    const issuer = { party: key?.party ?? null, kid, fingerprint: key ? fingerprintOf(key.publicKey) : null };
    // Only the importing party decides: a clearance signed by any other key it knows is not that party's decision.
    const wrongParty = (importer: string) => (issuer.party !== importer ? `signed by ${issuer.party ?? 'an unknown party'}, not by ${importer}, the importing party` : null);
    if (typ === 'cp-clearance+jws') {
      const doc = ClearanceDocument.safeParse(payload);
      if (!doc.success) return { ...empty, kind: 'document', issuer, problem: 'the signed content is not a clearance document' };
      const problem = wrongParty(doc.data.importingParty);
      return { ...empty, valid: problem === null, kind: 'document', issuer, document: doc.data, problem };
    }
    const summary = ClearanceQr.safeParse(payload);
    if (!summary.success) return { ...empty, kind: 'qr', issuer, problem: 'the signed content is not a clearance summary' };
    const problem = wrongParty(summary.data.imp);
    if (problem) return { ...empty, kind: 'qr', issuer, summary: summary.data, problem };
    if (document && !qrMatches(summary.data, document)) return { ...empty, kind: 'qr', issuer, summary: summary.data, problem: 'the QR code belongs to a different document' };
    return { ...empty, valid: true, kind: 'qr', issuer, summary: summary.data, document: document ?? null };
  } catch (err) {
    if (err instanceof SignatureError) return { ...empty, kind: typ === 'cp-clearance+jws' ? 'document' : 'qr', problem: err.message };
    throw err;
  }
}

/** The `typ` a compact JWS declares in its header, unverified (null when it has none). */
export function headerType(jws: string): string | null {
  const head = jws.split('.')[0];
  if (!head) return null;
  try {
    const parsed = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { typ?: unknown };
    return typeof parsed.typ === 'string' ? parsed.typ : null;
  } catch {
    return null;
  }
}
