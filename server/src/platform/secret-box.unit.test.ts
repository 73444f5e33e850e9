// The node's secret box on its own: what it seals opens with the same key only, and only with the whole tag.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secretBox } from './secret-box.js';

const SECRET = 'JBSWY3DPEHPK3PXP TEST SEED';

describe('secret box', () => {
  const box = secretBox(randomBytes(32));

  it('opens what it sealed, and not with another key', () => {
    const sealed = box.seal(SECRET);
    expect(box.open(sealed)).toBe(SECRET);
    expect(() => secretBox(randomBytes(32)).open(sealed)).toThrow();
  });

  it('refuses a truncated or lengthened tag, which GCM would otherwise check only in part', () => {
    const sealed = box.seal(SECRET);
    const [v, iv, body, tag] = sealed.split('.');
    const full = Buffer.from(tag ?? '', 'base64url');
    expect(full).toHaveLength(16);
    for (const bytes of [4, 8, 12, 15]) {
      const cut = [v, iv, body, full.subarray(0, bytes).toString('base64url')].join('.');
      expect(() => box.open(cut), `${bytes}-byte tag`).toThrow();
    }
    expect(() => box.open([v, iv, body, Buffer.concat([full, Buffer.from([0])]).toString('base64url')].join('.'))).toThrow();
  });

  it('refuses a flipped tag bit and what is not of its form', () => {
    const [v, iv, body, tag] = box.seal(SECRET).split('.');
    const flipped = Buffer.from(tag ?? '', 'base64url');
    flipped[15] = (flipped[15] ?? 0) ^ 0x80;
    expect(() => box.open([v, iv, body, flipped.toString('base64url')].join('.'))).toThrow();
    for (const bad of ['', 'v1', `v2.${iv}.${body}.${tag}`, `v1.${iv}..${tag}`]) expect(() => box.open(bad)).toThrow('not a sealed secret');
  });
});
