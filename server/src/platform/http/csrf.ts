// CSRF protection for cookie-authenticated writes: the session's token must come back in `x-csrf-token`.
// (SameSite=Strict already stops most cross-site requests; this covers older browsers and same-site subdomains.)
import { timingSafeEqual } from 'node:crypto';
import { Forbidden } from '../errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function checkCsrf(method: string, expected: string | null, sent: string | string[] | undefined): void {
  if (SAFE.has(method) || expected === null) return;
  const given = Array.isArray(sent) ? sent[0] : sent;
  const ok = given !== undefined && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok) throw new Forbidden('the request lacks this session’s CSRF token (x-csrf-token header); reload the page', 'csrf');
}
