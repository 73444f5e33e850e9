import { describe, expect, it } from 'vitest';
import { bodyFromBundle, bodyFromText, invalidReason, partyNameIn } from './verify-input';
import type { VerifyResult } from './types';

const doc = { v: 1, type: 'clearance', reference: 'US-PEN-2026-000001' };

describe('what the verification page sends', () => {
  it('sends a bundle as its signed document, else as its QR text with the document', () => {
    expect(bodyFromBundle(JSON.stringify({ format: 'counterpart-clearance/1', jws: ' a.b.c ', qr: 'q.r.s', document: doc }))).toEqual({ body: { text: 'a.b.c' }, fromBundle: true });
    expect(bodyFromBundle(JSON.stringify({ qr: 'q.r.s', document: doc }))).toEqual({ body: { text: 'q.r.s', document: doc }, fromBundle: true });
  });

  it('tells a file that is not JSON from JSON that is not a bundle', () => {
    expect(bodyFromBundle('%PDF-1.7')).toEqual({ error: 'not-json' });
    expect(bodyFromBundle('[1, 2]')).toEqual({ error: 'not-bundle' });
    expect(bodyFromBundle('{"qr": "q.r.s"}')).toEqual({ error: 'not-bundle' });
  });

  it('sends pasted text as it is, and a pasted bundle as a bundle', () => {
    expect(bodyFromText('  eyJ.eyJ.sig \n')).toEqual({ body: { text: 'eyJ.eyJ.sig' }, fromBundle: false });
    expect(bodyFromText(JSON.stringify({ jws: 'a.b.c' }))).toEqual({ body: { text: 'a.b.c' }, fromBundle: true });
    expect(bodyFromText('   ')).toEqual({ error: 'empty' });
  });
});

describe('why a clearance is not valid', () => {
  const base: VerifyResult = { valid: false, problem: 'x', kind: null, issuer: { party: null, kid: null, fingerprint: null }, document: null, summary: null, current: null, parties: [] };
  const summary = { v: 1, ref: 'R', d: 'cleared', at: '2026-01-01T00:00:00Z', exp: 'US', imp: 'CN', h: 'a'.repeat(64) } as const;

  it('is read from the answer, not from its English text', () => {
    expect(invalidReason({ ...base, valid: true, problem: null })).toBeNull();
    expect(invalidReason(base)).toBe('not-clearance');
    expect(invalidReason({ ...base, kind: 'document' })).toBe('signature');
    expect(invalidReason({ ...base, kind: 'qr', issuer: { party: 'CN', kid: 'k', fingerprint: 'f' }, summary })).toBe('other-document');
    expect(invalidReason({ ...base, kind: 'document', issuer: { party: 'CN', kid: 'k', fingerprint: 'f' } })).toBe('content');
  });
});

describe('party names on the verification page', () => {
  const parties = [{ code: 'CN', nameEn: "People's Republic of China", nameZh: '中国' }];

  it('uses the names this node gives the parties, as every other page does', () => {
    expect(partyNameIn('CN', parties, 'zh-CN')).toBe('中国');
    expect(partyNameIn('CN', parties, 'en')).toBe("People's Republic of China");
  });

  it('names a party the node does not know by its region, without a code beside it', () => {
    expect(partyNameIn('MX', parties, 'en')).toBe('Mexico');
    expect(partyNameIn('MX', parties, 'zh-CN')).toBe('墨西哥');
  });
});
