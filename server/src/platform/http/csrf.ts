// CSRF protection for cookie-authenticated writes: the session's token must come back in `x-csrf-token`.
// (SameSite=Strict already stops most cross-site requests; this covers older browsers and same-site subdomains.)
import { timingSafeEqual } from 'node:crypto';
import { Forbidden } from '../errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function checkCsrf(method: string, expected: string | null, sent: string | string[] | undefined): void {
  if (SAFE.has(method) || expected === null) return;
  const given = Array.isArray(sent) ? sent[0] : sent;
  // Compare bytes, not characters: a non-ASCII header has more bytes than characters, and timingSafeEqual throws
  // on buffers of different lengths.
  const givenBytes = Buffer.from(given ?? '', 'utf8');
  const expectedBytes = Buffer.from(expected, 'utf8');
  const ok = given !== undefined && givenBytes.length === expectedBytes.length && timingSafeEqual(givenBytes, expectedBytes);
  if (!ok) throw new Forbidden('the request lacks this session’s CSRF token (x-csrf-token header); reload the page', 'csrf');
}
