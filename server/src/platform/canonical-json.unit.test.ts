// Canonical JSON decides every envelope hash and signature: it must not depend on key order, must drop undefined
// as JSON does, and must read back as the same value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members, writes undefined array items as null', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, undefined, { z: '公安', y: null }], c: undefined } })).toBe('{"a":{"d":[3,null,{"y":null,"z":"公安"}]},"b":1}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson('a"b')).toBe('"a\\"b"');
  });

  it('reads back as the value JSON would carry, whatever order the keys were written in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const reordered = JSON.parse(JSON.stringify(value), (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)) as unknown;
        expect(canonicalJson(reordered)).toBe(text);
      }),
    );
  });
});
