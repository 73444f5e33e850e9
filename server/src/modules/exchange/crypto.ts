// Ed25519 keys and compact JWS (RFC 7515, alg EdDSA per RFC 8037) for everything a node signs: envelopes, receipts,
// requests, heads. Keys are made and stored with node:crypto; signatures are computed by libsodium (sodium-native),
// because signing and verifying are most of the exchange's work per envelope and libsodium does them about twice as
// fast as node:crypto's OpenSSL here (sign 27 µs against 47, verify 61 µs against 125; jose's WebCrypto path is
// slower still). Ed25519 is deterministic, so both write the same bytes; a test checks jose reads what this writes.
// A public key travels as `ed25519:<base64url of the 32 raw bytes>`; its fingerprint is the SHA-256 of those bytes,
// and the key id (`kid` in every JWS header) is the fingerprint's first 32 hex digits.
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import sodium from 'sodium-native';
import { canonicalJson } from '../../platform/canonical-json.js';
import { sha256Hex } from '../../platform/ids.js';

export type Signer = { kid: string; privateKey: KeyObject };
export type PublicKeyEntry = { kid: string; publicKey: string };

const PREFIX = 'ed25519:';

export function generateKeyPair(): { publicKey: string; privateKeyPem: string } {
  const pair = generateKeyPairSync('ed25519');
  return { publicKey: encodePublicKey(pair.publicKey), privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

function encodePublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (!jwk.x) throw new Error('not an Ed25519 key');
  return `${PREFIX}${jwk.x}`;
}

/** Parses `ed25519:<base64url>`; returns null for anything else (a wrong length, another algorithm). */
export function parsePublicKey(text: string): KeyObject | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PREFIX)) return null;
  const x = trimmed.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]{43}$/.test(x) || Buffer.from(x, 'base64url').length !== 32) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
  } catch {
    return null;
  }
}

// A public key text always means the same key: its 32 raw bytes, once checked, for libsodium.
const parsed = new Map<string, Buffer | null>();
function rawPublicKey(text: string): Buffer | null {
  if (!parsed.has(text)) parsed.set(text, parsePublicKey(text) ? Buffer.from(text.trim().slice(PREFIX.length), 'base64url') : null);
  return parsed.get(text) ?? null;
}

// libsodium's secret key, derived once from the KeyObject's seed into memory of its own (not Node's shared pool).
const secretKeys = new WeakMap<KeyObject, Buffer>();
function secretKeyOf(key: KeyObject): Buffer {
  let secret = secretKeys.get(key);
  if (!secret) {
    const jwk = key.export({ format: 'jwk' });
    if (jwk.crv !== 'Ed25519' || !jwk.d) throw new Error('not an Ed25519 private key');
    secret = sodium.sodium_malloc(sodium.crypto_sign_SECRETKEYBYTES);
    sodium.crypto_sign_seed_keypair(Buffer.alloc(sodium.crypto_sign_PUBLICKEYBYTES), secret, Buffer.from(jwk.d, 'base64url'));
    secretKeys.set(key, secret);
  }
  return secret;
}

function ed25519Sign(message: Buffer, key: KeyObject): Buffer {
  const signature = Buffer.alloc(sodium.crypto_sign_BYTES);
  sodium.crypto_sign_detached(signature, message, secretKeyOf(key));
  return signature;
}

export function fingerprintOf(publicKey: string): string {
  return sha256Hex(Buffer.from(publicKey.trim().slice(PREFIX.length), 'base64url'));
}

export const kidOf = (publicKey: string): string => fingerprintOf(publicKey).slice(0, 32);

/** `ab12 cd34 …`: read aloud over the phone when two administrators check a key out of band. */
export const formatFingerprint = (fp: string): string => fp.match(/.{1,4}/g)?.join(' ') ?? fp;

export type JwsType = 'cp-envelope+jws' | 'cp-receipt+jws' | 'cp-request+jws' | 'cp-heads+jws' | 'cp-clearance+jws' | 'cp-clearance-qr+jws';

const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

export async function signJson(signer: Signer, typ: JwsType, payload: unknown): Promise<string> {
  return signCanonical(signer, typ, canonicalJson(payload));
}

function signCanonical(signer: Signer, typ: JwsType, canonical: string): string {
  const input = `${b64url(JSON.stringify({ alg: 'EdDSA', kid: signer.kid, typ }))}.${b64url(canonical)}`;
  return `${input}.${ed25519Sign(Buffer.from(input), signer.privateKey).toString('base64url')}`;
}

/** `signJson` and `hashOf` of the same payload, from one canonical serialisation (a batch signs thousands). */
export function signAndHash(signer: Signer, typ: JwsType, payload: unknown): { jws: string; hash: string } {
  const canonical = canonicalJson(payload);
  return { jws: signCanonical(signer, typ, canonical), hash: sha256Hex(canonical) };
}

function decodePart(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  } catch {
    throw new SignatureError('malformed', 'a JWS part is not base64url JSON');
  }
}

export class SignatureError extends Error {
  constructor(
    readonly reason: 'malformed' | 'unknown-key' | 'bad-signature' | 'wrong-type',
    message: string,
  ) {
    super(message);
  }
}

/** A compact JWS split and decoded, not yet verified: read once, then checked with `verifyOpened`. */
export type OpenedJws = { token: string; signingInput: string; signature: string; header: unknown; payload: unknown };

/** Splits and decodes a compact JWS without checking it; a token that is not three base64url JSON parts is malformed. */
export function openJws(jws: string): OpenedJws {
  const parts = jws.split('.');
  const [h, p, signature] = parts;
  if (parts.length !== 3 || !h || !p || !signature) throw new SignatureError('malformed', 'not a compact JWS');
  return { token: jws, signingInput: `${h}.${p}`, signature, header: decodePart(h), payload: decodePart(p) };
}

/** Reads a JWS payload without checking it (nor its header): only to learn who claims to have signed it. */
export function peekPayload(jws: string): unknown {
  const part = jws.split('.')[1];
  if (!part) throw new SignatureError('malformed', 'not a compact JWS');
  return decodePart(part);
}

/** Verifies an opened JWS against the key its header names among `keys`; returns the payload and that key's id. */
export function verifyOpened(jws: OpenedJws, typ: JwsType, keys: readonly PublicKeyEntry[]): { payload: unknown; kid: string } {
  const header = jws.header as { alg?: unknown; kid?: unknown; typ?: unknown; crit?: unknown } | null;
  if (header?.alg !== 'EdDSA' || header.typ !== typ || header.crit !== undefined) throw new SignatureError('wrong-type', `expected an EdDSA ${typ}`);
  const entry = keys.find((k) => k.kid === header.kid);
  const key = entry ? rawPublicKey(entry.publicKey) : null;
  if (!entry || !key) throw new SignatureError('unknown-key', `signed with key ${String(header.kid)}, which is not among the sender's keys`);
  const signature = Buffer.from(jws.signature, 'base64url');
  if (signature.length !== sodium.crypto_sign_BYTES || !sodium.crypto_sign_verify_detached(signature, Buffer.from(jws.signingInput), key)) throw new SignatureError('bad-signature', 'the signature does not match the content');
  return { payload: jws.payload, kid: entry.kid };
}

/** Verifies `jws` against the key its header names among `keys`; returns the payload and that key's id. */
export async function verifyJson(jws: string, typ: JwsType, keys: readonly PublicKeyEntry[]): Promise<{ payload: unknown; kid: string }> {
  return verifyOpened(openJws(jws), typ, keys);
}

/** The hash that chains envelopes: over the canonical payload, so it does not depend on which key signed. */
export const hashOf = (payload: unknown): string => sha256Hex(canonicalJson(payload));

export const GENESIS = '0'.repeat(64);
