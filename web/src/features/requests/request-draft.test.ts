import { describe, expect, it } from 'vitest';
import { emptyEntity } from '../incidents/form/draft';
import { checkRequestDraft, draftFromRequest, emptyItem, emptyRequestDraft, requestDraftToInput, type RequestDraft } from './request-draft';
import type { Request, RequestInput } from './types';

const base = (): RequestDraft => ({ ...emptyRequestDraft({ agencyId: 'a1', language: 'en' }), toParty: 'CN', legalBasis: 'mlaa-2000', subject: ' Who owns Huaxin? ' });

describe('the request form', () => {
  it('finds nothing missing in a complete draft, and each missing field by its path', () => {
    expect(checkRequestDraft(base())).toEqual({});
    const empty = emptyRequestDraft({ agencyId: 'a1', language: 'zh' });
    expect(checkRequestDraft(empty)).toEqual({ toParty: 'toParty', legalBasis: 'legalBasis', subject: 'subject' });
  });

  it('asks for the other legal basis in words, an asked item for an urgent request, and each item and entity filled', () => {
    const d: RequestDraft = { ...base(), legalBasis: 'other', priority: 'urgent' };
    expect(checkRequestDraft(d)).toEqual({ legalBasisOther: 'legalBasisOther', items: 'urgentItems' });
    const withBlanks = { ...base(), items: [emptyItem()], entities: [emptyEntity('phone')] };
    expect(checkRequestDraft(withBlanks)).toEqual({ 'items/0/code': 'itemCode', 'entities/0/value': 'entityValue' });
  });

  it('sends trimmed text, the items chosen, the entity fields that fit their kind, and a source only for spontaneous information', () => {
    const phone = { ...emptyEntity('phone'), value: ' 13800138000 ', country: 'CN', uscc: 'ignored' };
    const d: RequestDraft = { ...base(), items: [{ ...emptyItem('company-registration'), note: '  ' }, emptyItem()], entities: [phone], legalBasisOther: 'kept out' };
    const input = requestDraftToInput(d);
    expect(input.subject).toBe('Who owns Huaxin?');
    expect(input.items).toEqual([{ code: 'company-registration', note: null }]);
    expect(input.entities).toEqual([{ kind: 'phone', value: '13800138000', role: 'other', country: 'CN', uscc: null, bankCode: null }]);
    expect(input.legalBasisOther).toBeNull();
    expect(input.source).toBeNull();
    expect(input.caseId).toBeNull();
    expect(requestDraftToInput({ ...d, type: 'spontaneous', reliability: 'B', credibility: '2' }).source).toEqual({ reliability: 'B', credibility: '2' });
  });

  it('gives an edited draft back as it was saved: entities with their country, USCC and bank code, and its links', () => {
    const company = { ...emptyEntity('company'), value: 'Wuhan Huaxin Chemical Co.', role: 'supplier' as const, uscc: '91420100MA4KXXXX0X' };
    const account = { ...emptyEntity('bank-account'), value: '6222 0000 1111', bankCode: 'ICBKCNBJ' };
    const phone = { ...emptyEntity('phone'), value: '+86 27 8888 0000', country: 'CN' };
    const links = { incidents: ['US-INC-2026-000042'], notifications: ['CN-PEN-2026-000007'], contacts: ['c0ffee00-0000-4000-8000-000000000001'] };
    const input = requestDraftToInput({ ...base(), entities: [company, account, phone], links, useRestrictions: ['no-onward-dissemination'], items: [{ ...emptyItem('bank-records'), note: 'since 2025' }] });
    expect(input.links).toEqual(links);
    expect(input.entities?.map((e) => [e.country, e.uscc, e.bankCode])).toEqual([[null, '91420100MA4KXXXX0X', null], [null, null, 'ICBKCNBJ'], ['CN', null, null]]);
    const saved = savedAs(input);
    expect(requestDraftToInput(draftFromRequest(saved, 'a1'))).toEqual(input);
  });
});

/** The request as the node gives it back after saving this input (only what the form reads of it). */
function savedAs(input: RequestInput): Request {
  const entities = (input.entities ?? []).map((e) => ({ ...e, key: e.value.toLowerCase(), common: false }));
  const fields = { ...input, toContact: null, entities, links: input.links, source: input.source };
  return fields as unknown as Request;
}
