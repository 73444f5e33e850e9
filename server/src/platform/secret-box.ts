// Encrypts small secrets at rest (TOTP seeds now; traveller PII later) with AES-256-GCM under the node's key.
// The key comes from COUNTERPART_SECRET_KEY (base64, 32 bytes; required when several processes share a database)
// or is created once in the data folder with mode 0600.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type SecretBox = {
  seal: (plain: string) => string;
  open: (sealed: string) => string;
  /** A keyed digest (HMAC-SHA256 under a key derived from the node key): for values compared later but never
   * recovered, such as a request that may hold a password, so a database copy alone cannot test guesses. */
  mac: (data: string) => string;
};

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the node secret key must be 32 bytes');
  const macKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'counterpart mac v1', 32));
  return {
    mac: (data) => createHmac('sha256', macKey).update(data).digest('base64url'),
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${iv.toString('base64url')}.${body.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
    },
    open(sealed) {
      const [v, iv, body, tag] = sealed.split('.');
      if (v !== 'v1' || !iv || !body || !tag) throw new Error('not a sealed secret');
      // The full 16-byte tag only: GCM otherwise accepts a tag cut to 4 bytes, which a forger can guess.
      const tagBytes = Buffer.from(tag, 'base64url');
      if (tagBytes.length !== 16) throw new Error('not a sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
      decipher.setAuthTag(tagBytes);
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

export function loadNodeKey(opts: { keyBase64: string | undefined; dataDir: string }): Buffer {
  if (opts.keyBase64) return Buffer.from(opts.keyBase64, 'base64');
  const path = join(opts.dataDir, 'node-secret.key');
  if (!existsSync(path)) {
    mkdirSync(opts.dataDir, { recursive: true });
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
}
