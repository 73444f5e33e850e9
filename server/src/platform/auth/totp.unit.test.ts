import { describe, expect, it } from 'vitest';
import { checkTotp, newTotpSecret, totpCodeAt, totpEnrolment } from './totp.js';

// RFC 6238 appendix B: the ASCII seed "12345678901234567890", SHA-1; the last 6 of the 8 published digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const STEP_MS = 30_000;
const at = new Date('2026-03-02T09:00:10Z');
const stepOf = (d: Date) => Math.floor(d.getTime() / STEP_MS);
const shifted = (steps: number) => new Date(at.getTime() + steps * STEP_MS);

describe('totpCodeAt', () => {
  it.each([
    [59, '287082'],
    [1_111_111_109, '081804'],
    [1_234_567_890, '005924'],
    [2_000_000_000, '279037'],
  ])('matches the RFC 6238 test vector at %i s', (seconds, code) => {
    expect(totpCodeAt(RFC_SECRET, new Date(seconds * 1000))).toBe(code);
  });
});

describe('checkTotp', () => {
  const secret = newTotpSecret();

  it('accepts the current code and returns its 30-second step', () => {
    expect(checkTotp(secret, totpCodeAt(secret, at), at, null)).toBe(stepOf(at));
  });

  it('allows one step of clock drift either way and returns the step the code belongs to', () => {
    expect(checkTotp(secret, totpCodeAt(secret, shifted(-1)), at, null)).toBe(stepOf(at) - 1);
    expect(checkTotp(secret, totpCodeAt(secret, shifted(1)), at, null)).toBe(stepOf(at) + 1);
  });

  it('rejects codes two steps away', () => {
    expect(checkTotp(secret, totpCodeAt(secret, shifted(-2)), at, null)).toBeNull();
    expect(checkTotp(secret, totpCodeAt(secret, shifted(2)), at, null)).toBeNull();
  });

  it('rejects a code for a step already used, or older (no replay)', () => {
    const code = totpCodeAt(secret, at);
    expect(checkTotp(secret, code, at, stepOf(at))).toBeNull();
    expect(checkTotp(secret, totpCodeAt(secret, shifted(-1)), at, stepOf(at))).toBeNull();
    expect(checkTotp(secret, code, at, stepOf(at) - 1)).toBe(stepOf(at));
  });

  it('rejects a code made with another secret', () => {
    expect(checkTotp(secret, totpCodeAt(newTotpSecret(), at), at, null)).toBeNull();
  });

  it.each(['', '12345', '1234567', '12a456', ' 123456'])('rejects the malformed code %j', (code) => {
    expect(checkTotp(secret, code, at, null)).toBeNull();
  });
});

describe('newTotpSecret', () => {
  it('makes a fresh 160-bit base32 secret each time', () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
  });
});

describe('totpEnrolment', () => {
  it('returns the secret, an otpauth URI for Counterpart and a PNG data URL', async () => {
    const e = await totpEnrolment(RFC_SECRET, 'alice.smith');
    expect(e.secret).toBe(RFC_SECRET);
    const uri = new URL(e.otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(decodeURIComponent(uri.pathname)).toMatch(/Counterpart:alice\.smith$/);
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ secret: RFC_SECRET, issuer: 'Counterpart', algorithm: 'SHA1', digits: '6', period: '30' });
    expect(e.qrDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
  });
});
