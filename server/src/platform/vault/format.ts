// The sealed form: `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts), AES-256-GCM with a 96-bit random IV.
// The additional data binds the value to its key id and to where it is stored (`aad`, such as
// `travel_notices/<id>/person`), so a value copied to another row or field, or relabelled with another key id, fails
// its tag instead of opening.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { VaultError } from './errors.js';

export type SealedParts = { keyId: string; iv: Buffer; body: Buffer; tag: Buffer };

const VERSION = 'v1';
const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const B64URL = /^[A-Za-z0-9_-]*$/;

const additionalData = (keyId: string, aad: string): Buffer => Buffer.from(`counterpart vault ${VERSION}\u0000${keyId}\u0000${aad}`, 'utf8');

export function parseSealed(sealed: string): SealedParts {
  const parts = typeof sealed === 'string' ? sealed.split('.') : [];
  const [version, keyId, iv, body, tag] = parts;
  if (parts.length !== 5 || version !== VERSION || !keyId || !KEY_ID.test(keyId) || iv === undefined || body === undefined || tag === undefined) throw new VaultError('malformed');
  if (![iv, body, tag].every((p) => B64URL.test(p))) throw new VaultError('malformed');
  const parsed = { keyId, iv: Buffer.from(iv, 'base64url'), body: Buffer.from(body, 'base64url'), tag: Buffer.from(tag, 'base64url') };
  if (parsed.iv.length !== 12 || parsed.tag.length !== 16) throw new VaultError('malformed');
  return parsed;
}

export function encrypt(key: Buffer, keyId: string, aad: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(keyId, aad));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, keyId, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

export function decrypt(key: Buffer, parts: SealedParts, aad: string): string {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, parts.iv, { authTagLength: 16 });
    decipher.setAAD(additionalData(parts.keyId, aad));
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.body), decipher.final()]).toString('utf8');
  } catch {
    // Node's own message ("Unsupported state or unable to authenticate data") says nothing secret, but one message
    // for every refusal keeps it that way.
    throw new VaultError('refused');
  }
}
