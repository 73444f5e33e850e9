// Documents a node signs for readers outside the exchange (a clearance for customs): the same Ed25519 keys and
// compact JWS as envelopes, verified against this node's own keys or a peer's, or offline against a given key.
import type { Db } from '../../platform/db.js';
import type { SecretBox } from '../../platform/secret-box.js';
import { fingerprintOf, signJson, verifyJson, type JwsType, type PublicKeyEntry } from './crypto.js';
import { currentSigner, listNodeKeys } from './keys.js';
import * as repo from './repo.js';

export type DocumentType = Extract<JwsType, 'cp-clearance+jws' | 'cp-clearance-qr+jws'>;

/** Signs `payload` with this node's current key; returns the JWS and the key that signed it. */
export async function signDocument(db: Db, box: SecretBox, typ: DocumentType, payload: unknown): Promise<{ jws: string; kid: string }> {
  const signer = await currentSigner(db, box);
  return { jws: await signJson(signer, typ, payload), kid: signer.kid };
}

/** Every key a party's documents may be signed with, as this node knows them: its own, or a peer's. */
export async function keysOfParty(db: Db, party: string, self: string): Promise<(PublicKeyEntry & { fingerprint: string })[]> {
  const keys = party === self ? await listNodeKeys(db) : await repo.keysOf(db, party);
  return keys.map((k) => ({ kid: k.kid, publicKey: k.publicKey, fingerprint: fingerprintOf(k.publicKey) }));
}

/** Verifies a document; throws `SignatureError` (reason: malformed, unknown-key, bad-signature, wrong-type). */
export async function verifyDocument(jws: string, typ: DocumentType, keys: readonly PublicKeyEntry[]): Promise<{ payload: unknown; kid: string }> {
  return verifyJson(jws, typ, keys);
}
