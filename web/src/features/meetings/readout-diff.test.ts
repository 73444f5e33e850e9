import { describe, expect, it } from 'vitest';
import { changeCounts, comparedPair, hasChanges, versionDiff, wordDiff } from './readout-diff';
import type { ReadoutVersion } from './readout-types';

const version = (n: number, body: string, translation: string | null = null): ReadoutVersion => ({
  version: n,
  language: 'en',
  title: 'Readout of the ministerial meeting',
  body,
  translation: translation === null ? null : { title: '部长级会议纪要', body: translation, by: 'person', byName: 'Secretariat', sourceHash: 'h', at: '2024-01-11T10:00:00Z' },
  byName: 'Secretariat',
  at: '2024-01-11T10:00:00Z',
});

describe('the word diff of two readout versions', () => {
  it('marks added and removed English words and keeps the paragraphs', () => {
    const parts = wordDiff('The two sides discussed drugs.\n\nThey agreed.', 'The sides discussed synthetic drugs.\n\nThey agreed.', 'en');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['two']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['synthetic']);
    expect(parts.map((p) => p.text).join('')).toContain('\n\nThey agreed.');
    expect(changeCounts(parts, 'en')).toEqual({ added: 1, removed: 1 });
  });

  it('cuts Chinese into words, so a changed phrase shows as that phrase', () => {
    const parts = wordDiff('双方讨论了合成毒品问题。', '双方深入讨论了合成毒品问题。', 'zh');
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([{ kind: 'added', text: '深入' }]);
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe('双方深入讨论了合成毒品问题。');
  });

  it('finds nothing changed in equal texts, and diffs the translation too', () => {
    expect(hasChanges(wordDiff('Same.', 'Same.', 'en'))).toBe(false);
    expect(wordDiff('', '', 'en')).toEqual([]);
    const d = versionDiff(version(1, 'Body.'), version(2, 'Body.', '正文。'));
    expect(hasChanges(d.body)).toBe(false);
    expect(d.translationBody).toEqual([{ kind: 'added', text: '正文。' }]);
  });

  it('compares the newest with the one before by default, and any two picked, older first', () => {
    const versions = [version(3, 'c'), version(2, 'b'), version(1, 'a')];
    expect(comparedPair(versions, { from: null, to: null })).toMatchObject({ before: { version: 2 }, after: { version: 3 } });
    expect(comparedPair(versions, { from: 3, to: 1 })).toMatchObject({ before: { version: 1 }, after: { version: 3 } });
    expect(comparedPair(versions, { from: 2, to: 2 })).toBeNull();
    expect(comparedPair([version(1, 'a')], { from: null, to: null })).toBeNull();
  });
});
