// The sealed form on its own: what binds a value to its key id and place, and what the parser refuses.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VaultError } from './errors.js';
import { decrypt, encrypt, parseSealed } from './format.js';

const key = randomBytes(32);
const keyId = randomUUID();
const PLAIN = 'TEST TRAVELLER ONE 测试 P99000001';

const refusedWith = (fn: () => unknown, code: string) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(VaultError);
    expect((err as VaultError).code).toBe(code);
    expect((err as Error).message).not.toContain(PLAIN);
    return;
  }
  throw new Error('expected a refusal');
};

describe('sealed form', () => {
  it('round-trips under the same key, id and place', () => {
    const sealed = encrypt(key, keyId, 'people/1/name', PLAIN);
    expect(sealed.startsWith(`v1.${keyId}.`)).toBe(true);
    expect(decrypt(key, parseSealed(sealed), 'people/1/name')).toBe(PLAIN);
  });

  it('binds the key id and the place: relabelled or moved, the tag fails', () => {
    const sealed = encrypt(key, keyId, 'people/1/name', PLAIN);
    const relabelled = sealed.replace(keyId, randomUUID());
    refusedWith(() => decrypt(key, parseSealed(relabelled), 'people/1/name'), 'refused');
    refusedWith(() => decrypt(key, parseSealed(sealed), 'people/2/name'), 'refused');
    refusedWith(() => decrypt(randomBytes(32), parseSealed(sealed), 'people/1/name'), 'refused');
  });

  it('refuses what is not of its form', () => {
    const sealed = encrypt(key, keyId, 'a', PLAIN);
    const [v, id, iv, body, tag] = sealed.split('.');
    for (const bad of ['', 'v1', [v, 'not-a-uuid', iv, body, tag].join('.'), [v, id, iv?.slice(2), body, tag].join('.'), [v, id, iv, body, tag?.slice(3)].join('.'), [v, id, iv, `${body}+`, tag].join('.'), `${sealed}.`]) {
      refusedWith(() => parseSealed(bad), 'malformed');
    }
  });
});
