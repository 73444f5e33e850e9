// Delivery and catch-up pages are cut by size as well as count, so large records never exceed a peer's body limit.
import { describe, expect, it } from 'vitest';
import { withinBytes } from './repo.js';

const rows = (...sizes: number[]) => sizes.map((n, i) => ({ id: i, jws: 'x'.repeat(n) }));

describe('batches by size', () => {
  it('takes the longest prefix that fits, and always at least one', () => {
    expect(withinBytes(rows(4, 4, 4), 10).map((r) => r.id)).toEqual([0, 1]);
    expect(withinBytes(rows(4, 4, 4), 12).map((r) => r.id)).toEqual([0, 1, 2]);
    expect(withinBytes(rows(20, 1), 10).map((r) => r.id)).toEqual([0]);
    expect(withinBytes(rows(), 10)).toEqual([]);
  });
});
