// A stable code (and its numbers) for each validation issue, so a client can say what is wrong in its reader's
// language; `message` stays the English text for API users. Codes follow zod's issue codes, refined by what the
// rule was about (`too_big.string`), plus `required`, `empty`, and our own rules' codes (`params.code` of a refine).
import type { FieldIssue } from '../errors.js';

/** A validation entry as fastify-type-provider-zod reports it: zod's issue code and the issue's own fields. */
type ZodEntry = { keyword?: string; message?: string; params?: Record<string, unknown> };

const listed = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(', ') : '');
const num = (value: unknown): number | undefined => (typeof value === 'number' || typeof value === 'bigint' ? Number(value) : undefined);

export function issueCode(entry: ZodEntry): Pick<FieldIssue, 'code' | 'params'> {
  const p = entry.params ?? {};
  const origin = typeof p.origin === 'string' ? p.origin : 'value';
  switch (entry.keyword) {
    case 'too_small':
      if (origin === 'string' && num(p.minimum) === 1) return { code: 'empty' };
      return { code: `too_small.${origin}`, params: { minimum: num(p.minimum) ?? 0 } };
    case 'too_big':
      return { code: `too_big.${origin}`, params: { maximum: num(p.maximum) ?? 0 } };
    case 'invalid_type':
      return /received undefined$/.test(entry.message ?? '') ? { code: 'required' } : { code: 'invalid_type' };
    case 'invalid_format':
      return { code: 'invalid_format', params: { format: String(p.format ?? '') } };
    case 'invalid_value':
      return { code: 'invalid_value', params: { values: listed(p.values) } };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', params: { keys: listed(p.keys) } };
    case 'invalid_union':
      // A discriminator no option takes (an item type no item has) is a choice among values, like an enum's.
      return Array.isArray(p.options) ? { code: 'invalid_value', params: { values: listed(p.options) } } : { code: 'invalid_union' };
    case 'custom': {
      const own = (p.params as { code?: unknown } | undefined)?.code;
      return { code: typeof own === 'string' ? own : 'custom' };
    }
    default:
      return { code: entry.keyword ?? 'invalid' };
  }
}

/** The same code for an issue of a schema run in code (an import's `safeParse`) rather than by the router. */
export function zodIssueCode(issue: { code: string; message: string; path: readonly PropertyKey[] }): Pick<FieldIssue, 'code' | 'params'> {
  const { code, message, path: _path, ...rest } = issue;
  return issueCode({ keyword: code, message, params: rest });
}
