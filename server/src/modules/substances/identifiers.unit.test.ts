import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casCheckDigit, formatHs, neutralKeyOf, parseCas, parseHs, parseInchiKey, skeletonOf } from './identifiers.js';

describe('CAS numbers', () => {
  it('accepts well-formed numbers and normalises their spelling', () => {
    expect(parseCas('39742-60-4')).toEqual({ ok: true, value: '39742-60-4' });
    expect(parseCas(' 67 - 64 - 1 ')).toEqual({ ok: true, value: '67-64-1' });
    expect(parseCas('６７－６４－１')).toEqual({ ok: true, value: '67-64-1' });
    expect(parseCas('7647010')).toEqual({ ok: true, value: '7647-01-0' });
    expect(parseCas('0067-64-1')).toEqual({ ok: true, value: '67-64-1' });
  });

  it('refuses a wrong check digit and a wrong shape, saying which', () => {
    expect(parseCas('39742-60-5')).toEqual({ ok: false, problem: 'cas-check-digit' });
    expect(parseCas('1609-66-2')).toEqual({ ok: false, problem: 'cas-check-digit' });
    expect(parseCas('abc')).toEqual({ ok: false, problem: 'cas-format' });
    expect(parseCas('1-23-4')).toEqual({ ok: false, problem: 'cas-format' });
  });

  // Weights 1, 3, 7 and 9 are coprime to 10, so any change of a digit there changes the sum mod 10 (weights
  // 2, 4, 5… can miss some changes: that is the scheme, not a bug).
  it('catches every single-digit typo at a position weighted 1, 3, 7 or 9 (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{1,6}$/), fc.stringMatching(/^\d{2}$/), fc.nat(9), fc.nat(), (a, b, delta, pos) => {
        const body = a + b;
        const good = `${a}-${b}-${casCheckDigit(body)}`;
        expect(parseCas(good).ok).toBe(true);
        const i = pos % body.length;
        if (![1, 3, 7, 9].includes((body.length - i) % 10)) return;
        const changed = (Number(body[i]) + 1 + (delta % 9)) % 10;
        const typo = body.slice(0, i) + String(changed) + body.slice(i + 1);
        if (typo[0] === '0') return;
        expect(parseCas(`${typo.slice(0, -2)}-${typo.slice(-2)}-${casCheckDigit(body)}`).ok).toBe(false);
      }),
    );
  });
});

describe('HS codes', () => {
  it('keeps 6 to 10 digits without dots', () => {
    expect(parseHs('2933.37')).toEqual({ ok: true, value: '293337' });
    expect(parseHs('2933399073')).toEqual({ ok: true, value: '2933399073' });
    expect(parseHs('2933.3')).toEqual({ ok: false, problem: 'hs-format' });
    expect(parseHs('29333990731')).toEqual({ ok: false, problem: 'hs-format' });
    expect(formatHs('293337')).toBe('2933.37');
  });
});

describe('InChIKeys', () => {
  it('checks the shape and splits the layers', () => {
    const key = 'PJMPHNIQZUBGLI-UHFFFAOYSA-N';
    expect(parseInchiKey(key.toLowerCase())).toEqual({ ok: true, value: key });
    expect(parseInchiKey('PJMPHNIQZUBGLI-UHFFFAOYSA').ok).toBe(false);
    expect(skeletonOf(key)).toBe('PJMPHNIQZUBGLI');
    expect(neutralKeyOf(key)).toBe('PJMPHNIQZUBGLI-UHFFFAOYSA');
  });
});
