import { describe, expect, it } from 'vitest';
import { answerRestrictions, checkStep, handlingsAtLeast, stepInput, type StepDraft } from './step-input';

const draft = (patch: Partial<StepDraft> = {}): StepDraft => ({ note: '', language: 'zh', reason: '', expectedDay: '', handling: 'TLP:AMBER', useRestrictions: [], ...patch });

describe('the step dialogs', () => {
  it('offers an answer only the request handling or stricter', () => {
    expect(handlingsAtLeast('TLP:AMBER')).toEqual(['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED']);
    expect(handlingsAtLeast('TLP:RED')).toEqual(['TLP:RED']);
    expect(handlingsAtLeast('unknown')).toHaveLength(5);
  });

  it('asks a delay notice for its reason and a day not yet past, and a refusal for its reason', () => {
    expect(checkStep('delay', draft(), '2026-03-04')).toEqual({ reason: 'reason', expectedAt: 'expected' });
    expect(checkStep('delay', draft({ reason: 'volume', expectedDay: '2026-03-03' }), '2026-03-04')).toEqual({ expectedAt: 'expectedPast' });
    expect(checkStep('delay', draft({ reason: 'volume', expectedDay: '2026-03-04' }), '2026-03-04')).toEqual({});
    expect(checkStep('refusal', draft({ reason: 'other' }), '2026-03-04')).toEqual({ note: 'otherReason' });
    expect(checkStep('answer', draft(), '2026-03-04')).toEqual({ note: 'noteOrDocument' });
    expect(checkStep('answer', draft(), '2026-03-04', 1)).toEqual({});
    expect(checkStep('partial-answer', draft({ note: '见附件' }), '2026-03-04')).toEqual({});
    expect(checkStep('clarification', draft(), '2026-03-04', 1)).toEqual({ note: 'note' });
    expect(checkStep('closure', draft(), '2026-03-04')).toEqual({});
  });

  it('sends an answer with its language, handling and documents, and a delay with the end of the expected day', () => {
    const doc = { filename: '登记.pdf', mediaType: 'application/pdf', content: 'JVBERg==' };
    const restricted = { handling: 'TLP:RED' as const, reason: 'volume', useRestrictions: ['crime-prevention-only' as const] };
    const answer = stepInput('answer', draft({ note: ' 公司登记见附件 ', ...restricted }), 'Asia/Shanghai', [doc]);
    expect(answer).toEqual({ kind: 'answer', note: '公司登记见附件', language: 'zh', reason: null, expectedAt: null, handling: 'TLP:RED', useRestrictions: ['crime-prevention-only'], documents: [doc] });
    expect(stepInput('clarification', draft({ note: '见附件', useRestrictions: ['crime-prevention-only'] }), 'Asia/Shanghai', [doc])).toMatchObject({ useRestrictions: [], documents: [doc] });
    const delay = stepInput('delay', draft({ reason: 'translation', expectedDay: '2026-03-10' }), 'Asia/Shanghai', [doc]);
    expect(delay).toMatchObject({ kind: 'delay', note: null, language: null, reason: 'translation', handling: null, documents: [] });
    // Midnight that ends the day on the reader's clock: read back as "by the end of 10 March".
    expect(delay.expectedAt).toBe('2026-03-10T16:00:00.000Z');
  });

  it("keeps the request's use restrictions on an answer, whatever is unticked, and adds the ones chosen", () => {
    expect(answerRestrictions(['no-onward-dissemination'], [])).toEqual(['no-onward-dissemination']);
    expect(answerRestrictions(['no-onward-dissemination'], ['crime-prevention-only', 'unknown'])).toEqual(['crime-prevention-only', 'no-onward-dissemination']);
  });
});
