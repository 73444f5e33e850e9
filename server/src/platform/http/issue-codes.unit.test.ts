// Validation issues carry a code a client can translate; these are the codes the web catalogs know.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { zName, zText, zTimeZone } from '../validation.js';
import { issueCode } from './issue-codes.js';

/** Runs a schema and maps its issues the way the problem handler does (zod issue → fastify entry → code). */
function codes(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { code, message, path, ...rest } = issue;
    return { path: path.join('/'), ...issueCode({ keyword: code, message, params: rest as Record<string, unknown> }) };
  });
}

const Form = z.strictObject({ name: zName(5), notes: zText(10).optional(), zone: zTimeZone.optional(), kind: z.enum(['desk', 'person']), count: z.number().int().min(2).max(9), tags: z.array(z.string()).max(1), id: z.uuid().optional() });

describe('issueCode', () => {
  it('names each rule with the numbers its message needs', () => {
    expect(codes(Form, { name: '', kind: 'x', count: 10, tags: ['a', 'b'], id: 'nope', extra: 1 })).toEqual([
      { path: 'name', code: 'empty' },
      { path: 'kind', code: 'invalid_value', params: { values: 'desk, person' } },
      { path: 'count', code: 'too_big.number', params: { maximum: 9 } },
      { path: 'tags', code: 'too_big.array', params: { maximum: 1 } },
      { path: 'id', code: 'invalid_format', params: { format: 'uuid' } },
      { path: '', code: 'unrecognized_keys', params: { keys: 'extra' } },
    ]);
    expect(codes(Form, { name: 'abcdefg', notes: 'a\u0007', zone: 'Mars/Base', kind: 'desk', count: 1, tags: [] })).toEqual([
      { path: 'name', code: 'too_big.string', params: { maximum: 5 } },
      { path: 'notes', code: 'control-characters' },
      { path: 'zone', code: 'time-zone' },
      { path: 'count', code: 'too_small.number', params: { minimum: 2 } },
    ]);
    expect(codes(Form, { name: 'a\nb', count: 'three', tags: [] })).toEqual([
      { path: 'name', code: 'single-line' },
      { path: 'kind', code: 'invalid_value', params: { values: 'desk, person' } }, // a missing choice: zod cannot tell
      { path: 'count', code: 'invalid_type' },
    ]);
    expect(codes(z.object({ title: z.string() }), {})).toEqual([{ path: 'title', code: 'required' }]);
    const Item = z.discriminatedUnion('type', [z.object({ type: z.literal('chemical') }), z.object({ type: z.literal('money') })]);
    expect(codes(Item, { type: 'rocket' })).toEqual([{ path: 'type', code: 'invalid_value', params: { values: 'chemical, money' } }]);
  });
});
