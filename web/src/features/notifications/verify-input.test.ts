import { describe, expect, it } from 'vitest';
import { bodyFromBundle, bodyFromText, differenceAt, invalidReason, partyNameIn } from './verify-input';
import type { ClearanceDocument, VerifyResult } from './types';

const doc = { v: 1, type: 'clearance', reference: 'US-PEN-2026-000001' };

describe('what the verification page sends', () => {
  it('sends a bundle as its signed document with its readable copy, else as its QR text with the copy', () => {
    expect(bodyFromBundle(JSON.stringify({ format: 'counterpart-clearance/1', jws: ' a.b.c ', qr: 'q.r.s', document: doc }))).toEqual({ body: { text: 'a.b.c', document: doc }, fromBundle: true });
    expect(bodyFromBundle(JSON.stringify({ qr: 'q.r.s', document: doc }))).toEqual({ body: { text: 'q.r.s', document: doc }, fromBundle: true });
  });

  it('sends the signature alone when the bundle holds no readable copy', () => {
    expect(bodyFromBundle(JSON.stringify({ jws: 'a.b.c', document: 'objected' }))).toEqual({ body: { text: 'a.b.c' }, fromBundle: true });
  });

  it('tells a file that is not JSON from JSON that is not a bundle', () => {
    expect(bodyFromBundle('%PDF-1.7')).toEqual({ error: 'not-json' });
    expect(bodyFromBundle('[1, 2]')).toEqual({ error: 'not-bundle' });
    expect(bodyFromBundle('{"qr": "q.r.s"}')).toEqual({ error: 'not-bundle' });
  });

  it('sends pasted text as it is, and a pasted bundle as a bundle', () => {
    expect(bodyFromText('  eyJ.eyJ.sig \n')).toEqual({ body: { text: 'eyJ.eyJ.sig' }, fromBundle: false });
    expect(bodyFromText(JSON.stringify({ jws: 'a.b.c' }))).toEqual({ body: { text: 'a.b.c' }, fromBundle: true });
    expect(bodyFromText(JSON.stringify({ jws: 'a.b.c', document: doc }))).toEqual({ body: { text: 'a.b.c', document: doc }, fromBundle: true });
    expect(bodyFromText('   ')).toEqual({ error: 'empty' });
  });
});

describe('why a clearance is not valid', () => {
  const base: VerifyResult = { valid: false, problem: 'x', kind: null, issuer: { party: null, kid: null, fingerprint: null }, document: null, summary: null, differences: [], current: null, parties: [] };
  const summary = { v: 1, ref: 'R', d: 'cleared', at: '2026-01-01T00:00:00Z', exp: 'US', imp: 'CN', h: 'a'.repeat(64) } as const;

  it('is read from the answer, not from its English text', () => {
    expect(invalidReason({ ...base, valid: true, problem: null })).toBeNull();
    expect(invalidReason(base)).toBe('not-clearance');
    expect(invalidReason({ ...base, kind: 'document' })).toBe('signature');
    expect(invalidReason({ ...base, kind: 'qr', issuer: { party: 'CN', kid: 'k', fingerprint: 'f' }, summary })).toBe('other-document');
    expect(invalidReason({ ...base, kind: 'document', issuer: { party: 'CN', kid: 'k', fingerprint: 'f' } })).toBe('content');
  });

  it('says a genuine signature whose readable copy was edited is a copy that differs', () => {
    const signedBy = { party: 'CN', kid: 'k', fingerprint: 'f' };
    const differences = [{ path: 'decision', signed: 'cleared', readable: 'objected' }];
    expect(invalidReason({ ...base, kind: 'document', issuer: signedBy, differences })).toBe('copy-differs');
    expect(invalidReason({ ...base, problem: null, kind: 'document', issuer: signedBy, differences: [] })).toBe('content');
  });
});

describe('which field a difference is in', () => {
  const line = { declaredName: 'ANPP', cas: null, hsCode: null, quantity: '25', unit: 'kg' };
  const signed = { lines: [{ ...line, position: 3 }, { ...line, position: 7 }] } as ClearanceDocument;

  it('names top-level and nested fields, a list by its members', () => {
    expect(differenceAt('decision', signed)).toEqual({ field: 'decision' });
    expect(differenceAt('importer/name', signed)).toEqual({ field: 'importerName' });
    expect(differenceAt('permits/importPermit', signed)).toEqual({ field: 'permitsImportPermit' });
    expect(differenceAt('codes/1', signed)).toEqual({ field: 'codes' });
    expect(differenceAt('consignee', signed)).toEqual({ field: 'consignee' });
  });

  it("names a line's field by the line's position, not its index", () => {
    expect(differenceAt('lines/1/quantity', signed)).toEqual({ lineField: 'quantity', line: 7 });
    expect(differenceAt('lines/0/listings/0/zh', signed)).toEqual({ lineField: 'listings', line: 3 });
    expect(differenceAt('lines/0/original/unit', signed)).toEqual({ lineField: 'original', line: 3 });
    // A line the signed document does not have (added to the copy): numbered by its place.
    expect(differenceAt('lines/2', signed)).toEqual({ lineField: 'line', line: 3 });
  });

  it('names the whole document when the copy as a whole differs', () => {
    expect(differenceAt('(whole document)', null)).toEqual({ field: 'wholeDocument' });
    expect(differenceAt('(whole document)', signed)).toEqual({ field: 'wholeDocument' });
  });

  it('gives no name to a path the signed document has no field for', () => {
    expect(differenceAt('wholeDocument', signed)).toBeNull();
    expect(differenceAt('approvedBy/name', signed)).toBeNull();
    expect(differenceAt('lines/0/price', signed)).toBeNull();
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
