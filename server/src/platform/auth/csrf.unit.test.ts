// Unit tests for platform/http/csrf.ts (kept under platform/auth with the other sign-in primitives).
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { checkCsrf } from '../http/csrf.js';

const TOKEN = 'q7V0b1mZ2xY3wN4vU5tS6rQ7pO8nM9lK';

function slugOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof AppError ? `${err.status} ${err.type}` : `threw ${String(err)}`;
  }
}

describe('checkCsrf', () => {
  it.each(['GET', 'HEAD', 'OPTIONS'])('lets a safe %s through without a token', (method) => {
    expect(slugOf(() => checkCsrf(method, TOKEN, undefined))).toBeNull();
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('lets %s through with the session token', (method) => {
    expect(slugOf(() => checkCsrf(method, TOKEN, TOKEN))).toBeNull();
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('refuses %s without a token with 403 csrf', (method) => {
    expect(slugOf(() => checkCsrf(method, TOKEN, undefined))).toBe('403 csrf');
  });

  it('refuses a wrong token, a truncated one and an empty one', () => {
    expect(slugOf(() => checkCsrf('POST', TOKEN, `${TOKEN.slice(0, -1)}x`))).toBe('403 csrf');
    expect(slugOf(() => checkCsrf('POST', TOKEN, TOKEN.slice(0, -1)))).toBe('403 csrf');
    expect(slugOf(() => checkCsrf('POST', TOKEN, ''))).toBe('403 csrf');
  });

  it('uses the first value when the header came as a list', () => {
    expect(slugOf(() => checkCsrf('POST', TOKEN, [TOKEN, 'other']))).toBeNull();
    expect(slugOf(() => checkCsrf('POST', TOKEN, ['other', TOKEN]))).toBe('403 csrf');
  });

  it('does not apply to callers without a session (API tokens, anonymous)', () => {
    expect(slugOf(() => checkCsrf('POST', null, undefined))).toBeNull();
  });

  // Same character count, more bytes: timingSafeEqual throws on unequal lengths, which became a 500.
  it('refuses a non-ASCII token of the same length with 403 csrf, not a crash', () => {
    const sameLength = `é${TOKEN.slice(1)}`;
    expect(sameLength.length).toBe(TOKEN.length);
    expect(slugOf(() => checkCsrf('POST', TOKEN, sameLength))).toBe('403 csrf');
  });
});
