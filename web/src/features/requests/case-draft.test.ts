import { describe, expect, it } from 'vitest';
import { emptyEntity } from '../incidents/form/draft';
import { caseDraftToInput, checkCaseDraft, emptyCaseDraft, type CaseDraft } from './case-draft';

const complete = (): CaseDraft => ({ ...emptyCaseDraft({ agencyId: 'a1', language: 'en' }), title: ' Huaxin precursors ', summary: ' Seized in LA. \n', topic: 'precursors', parties: ['CN'] });

describe('the case form', () => {
  it('finds nothing missing in a complete draft, and the title, topic and parties when missing', () => {
    expect(checkCaseDraft(complete())).toEqual({});
    expect(checkCaseDraft({ ...emptyCaseDraft({ agencyId: 'a1', language: 'zh' }), title: '   ' })).toEqual({ title: 'required', topic: 'required', parties: 'required' });
  });

  it('asks for the value of each entity added', () => {
    const d = { ...complete(), entities: [{ ...emptyEntity('company'), value: 'Huaxin' }, emptyEntity('phone')] };
    expect(checkCaseDraft(d)).toEqual({ 'entities/1/value': 'entityValue' });
  });

  it('sends trimmed text, the entity fields that fit their kind and the links, and nothing while no topic is chosen', () => {
    const phone = { ...emptyEntity('phone'), value: ' 13800138000 ', country: 'CN', uscc: 'ignored' };
    const links = { incidents: ['US-INC-2026-000042'], notifications: ['CN-PEN-2026-000007'], contacts: [] };
    const input = caseDraftToInput({ ...complete(), entities: [phone], links });
    expect(input).toEqual({
      title: 'Huaxin precursors',
      summary: 'Seized in LA.',
      language: 'en',
      topic: 'precursors',
      parties: ['CN'],
      agencyId: 'a1',
      handling: 'TLP:AMBER',
      useRestrictions: [],
      entities: [{ kind: 'phone', value: '13800138000', role: 'other', country: 'CN', uscc: null, bankCode: null }],
      links,
    });
    expect(input?.links).not.toBe(links);
    expect(caseDraftToInput({ ...complete(), topic: '' })).toBeNull();
  });
});
