// Slots in a translated sentence: found in the catalog's order, the same slot twice, and text that merely holds the
// marker character left as it was.
import { describe, expect, it } from 'vitest';
import { slot, splitSlots } from './slots';

describe('splitSlots', () => {
  it('cuts a sentence into text and the slots it knows, in the order the catalog wrote them', () => {
    const zh = `由 ${slot('agency')} 的 ${slot('name')} 提交`;
    expect(splitSlots(zh, new Set(['agency', 'name']))).toEqual(['由 ', { slot: 'agency' }, ' 的 ', { slot: 'name' }, ' 提交']);
    expect(splitSlots(`${slot('name')} and ${slot('name')}`, new Set(['name']))).toEqual(['', { slot: 'name' }, ' and ', { slot: 'name' }, '']);
  });

  it('leaves a marker in record text alone, and a marked name no part is given for as it was', () => {
    const agency = 'Odd\uE000agency';
    expect(splitSlots(`Filed by ${agency} (${slot('name')})`, new Set(['name']))).toEqual([`Filed by ${agency} (`, { slot: 'name' }, ')']);
    expect(splitSlots(`by ${slot('other')}`, new Set(['name']))).toEqual(['by ', slot('other'), '']);
    expect(splitSlots('plain text', new Set(['name']))).toEqual(['plain text']);
  });
});
