// Zod building blocks shared by every module's schemas: bounded text, codes, zones, paging.
import { z } from 'zod';

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

// Control characters (other than tab and newline in long text) never belong in names and are a common smuggling vector.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Trimmed, non-empty single-line text up to `max` characters. */
export const zName = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !CONTROL.test(v) && !/[\r\n]/.test(v), { message: 'must be a single line without control characters', params: { code: 'single-line' } });

/** Trimmed free text (newlines allowed) up to `max` characters. */
export const zText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !CONTROL.test(v), { message: 'must not contain control characters', params: { code: 'control-characters' } });

export const zTimeZone = z.string().max(64).refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai', params: { code: 'time-zone' } });
export const zPartyCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US or CN');
export const zId = z.uuid('must be a UUID');
export const zLocale = z.enum(['en', 'zh-CN']);

export const zPage = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

/** Query-string booleans: only the literal words, so `?stale=yes` is an error rather than a silent false. */
export const zQueryBool = z.enum(['true', 'false']).transform((v) => v === 'true');
