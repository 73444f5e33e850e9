// The shipped phrase lists: every phrase said in English and in Chinese under a stable code, codes unique across the
// lists, and a code checked against the list it belongs to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../platform/paths.js';
import { bilingualPhrase, checkedCodes, PHRASE_LISTS, PhraseLists, phraseLists, requireReason } from './phrases.js';

const CJK = /[\u3400-\u9fff]/;
const all = PHRASE_LISTS.flatMap((l) => phraseLists[l]);

describe('the phrase lists', () => {
  it('say each phrase in English and in Chinese, and describe it in both when they describe it', () => {
    for (const p of all) {
      expect(p.en, p.code).not.toMatch(CJK);
      expect(p['zh-CN'], p.code).toMatch(CJK);
      if (p.description) {
        expect(p.description.en, p.code).not.toMatch(CJK);
        expect(p.description['zh-CN'], p.code).toMatch(CJK);
      }
    }
  });

  it('give every phrase a code used once across all the lists', () => {
    expect(new Set(all.map((p) => p.code)).size).toBe(all.length);
    const raw = JSON.parse(readFileSync(fromRoot('data', 'notification-phrases.json'), 'utf8')) as Record<string, unknown>;
    const twice = { ...raw, withdrawalReasons: [...(raw.withdrawalReasons as unknown[]), { code: 'suspected-diversion', en: 'x', 'zh-CN': '某' }] };
    expect(PhraseLists.safeParse(twice).success).toBe(false);
  });

  it('say which decisions each decision note fits, and only decision notes do', () => {
    expect(phraseLists.decisionNotes.every((p) => (p.decisions ?? []).length > 0)).toBe(true);
    expect(PHRASE_LISTS.filter((l) => l !== 'decisionNotes').flatMap((l) => phraseLists[l]).some((p) => p.decisions)).toBe(false);
  });
});

describe('checking codes', () => {
  it('keeps each code once, in order, and refuses one from another list as a 422 naming it', () => {
    expect(checkedCodes('objectionReasons', ['suspected-diversion', 'quantity-exceeds-need', 'suspected-diversion'])).toEqual(['suspected-diversion', 'quantity-exceeds-need']);
    expect(() => checkedCodes('objectionReasons', ['order-cancelled'])).toThrow(expect.objectContaining({ status: 422, errors: [expect.objectContaining({ path: 'body/codes/0', code: 'unknown-phrase' })] }));
  });

  it('refuses a decision note that does not fit the decision', () => {
    expect(checkedCodes('decisionNotes', ['no-reply-in-period'], 'suspended')).toEqual(['no-reply-in-period']);
    expect(() => checkedCodes('decisionNotes', ['shipped-as-notified'], 'refused')).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ code: 'phrase-not-for-decision' })] }));
  });

  it('asks for a phrase or a note where a reason is due', () => {
    expect(() => requireReason({ codes: [], note: ' ' }, 'why?')).toThrow(expect.objectContaining({ status: 422, errors: [expect.objectContaining({ path: 'body/note', code: 'phrase-or-note' })] }));
    expect(() => requireReason({ codes: ['duplicate'], note: null }, 'why?')).not.toThrow();
  });

  it('prints a phrase in both languages, and an unknown code as it is', () => {
    expect(bilingualPhrase('notify-on-arrival')).toBe('Notify the importing authority on arrival / 货物抵达时通知进口方主管部门');
    expect(bilingualPhrase('a-phrase-added-later')).toBe('a-phrase-added-later');
  });
});
