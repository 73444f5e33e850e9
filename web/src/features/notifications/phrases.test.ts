import { describe, expect, it } from 'vitest';
import { isPhraseAction, phraseLabel, phraseOptions, PHRASES_OF } from './phrases';

describe('standard phrases', () => {
  it('label a code in the reader’s language from this node’s list, and know nothing of a code it does not hold', () => {
    expect(phraseLabel('suspected-diversion', 'en')).toBe('There are grounds to suspect diversion to illicit manufacture');
    expect(phraseLabel('suspected-diversion', 'zh-CN')).toBe('有理由怀疑被转用于非法制造');
    expect(phraseLabel('a-phrase-added-later', 'zh-CN')).toBeNull();
  });

  it('offer decision notes that fit the decision only, with their descriptions', () => {
    const suspended = phraseOptions('decisionNotes', 'en', 'suspended').map((o) => o.value);
    expect(suspended).toContain('awaiting-importer-reply');
    expect(suspended).not.toContain('seized-by-customs');
    expect(phraseOptions('clearanceConditions', 'zh-CN').find((o) => o.value === 'quantity-limited')?.description).toBe('请在附注中写明限量。');
  });

  it('offer phrases in the dialogs that give a reason, and not in the others', () => {
    expect(PHRASES_OF.object).toBe('objectionReasons');
    expect(isPhraseAction('withdraw')).toBe(true);
    expect(isPhraseAction('acknowledge')).toBe(false);
    expect(isPhraseAction(null)).toBe(false);
  });
});
