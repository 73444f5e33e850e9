// Every code the node declares an import problem can carry (server/src/platform/import/problem-codes.ts, read as
// text: web/ does not import server/) is one this UI says, in both catalogs; and a problem is said by its code in
// Chinese, in the node's own words in English, and in the node's English (marked so) when its code is unknown.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { isValidationCode } from './api/problem';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';
import { importProblemText } from './import-problems';

const SERVER_CODES = fileURLToPath(new URL('../../../server/src/platform/import/problem-codes.ts', import.meta.url));

/** The string literals of the server's IMPORT_PROBLEM_CODES array. */
function declaredCodes(): string[] {
  const source = readFileSync(SERVER_CODES, 'utf8');
  const list = /IMPORT_PROBLEM_CODES = \[([\s\S]*?)\] as const/.exec(source)?.[1] ?? '';
  return [...list.replace(/\/\/.*$/gm, '').matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
}

type Catalog = { [key: string]: string | Catalog };

/** A catalog's message at `validation.<code>` (a code such as `too_big.string` is a nested key). */
function said(catalog: Catalog, code: string): string | undefined {
  let at: string | Catalog | undefined = catalog.validation;
  for (const part of code.split('.')) at = typeof at === 'object' ? at[part] : undefined;
  return typeof at === 'string' ? at : undefined;
}

describe('import problem codes', () => {
  const codes = declaredCodes();

  it('reads the codes the node declares', () => {
    expect(codes.length).toBeGreaterThan(40);
    expect(codes).toEqual(expect.arrayContaining(['required', 'too_big.string', 'unknown-species', 'date-in-future', 'entity-phone-invalid']));
  });

  it('says every code the node declares, in both catalogs', () => {
    expect(codes.filter((c) => !isValidationCode(c))).toEqual([]);
    expect(codes.filter((c) => !said(en, c) || !said(zhCN, c))).toEqual([]);
  });

  const t = ((key: string, params?: Record<string, unknown>) => `${key}${params && Object.keys(params).length > 0 ? JSON.stringify(params) : ''}`) as unknown as TFunction;

  it('says a problem by its code in Chinese, with its numbers', () => {
    const problem = { message: 'Too big: expected string to have <=300 characters', code: 'too_big.string', params: { maximum: 300 } };
    expect(importProblemText(t, 'zh-CN', problem)).toEqual({ text: 'validation.too_big.string{"maximum":300}', lang: 'zh-CN' });
  });

  it('says the node’s own English in English, and for a code this UI does not know', () => {
    const problem = { message: 'Manis imaginaria is not in the bundled CITES checklist', code: 'unknown-species' };
    expect(importProblemText(t, 'en', problem)).toEqual({ text: problem.message, lang: 'en' });
    expect(importProblemText(t, 'zh-CN', { message: 'something new', code: 'brand-new-rule' })).toEqual({ text: 'something new', lang: 'en' });
  });

  it('says a refusal of the whole record by its problem type', () => {
    const problem = { message: 'the incident is too large to send (2,000,001 characters signed; at most 2,000,000)', code: 'record-too-large' };
    expect(importProblemText(t, 'zh-CN', problem)).toEqual({ text: 'problem.record-too-large', lang: 'zh-CN' });
  });
});
