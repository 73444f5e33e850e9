// The two catalogs must hold the same keys, no empty values, every problem slug, and every t('…') literal used
// in web/src.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROBLEM_SLUGS, VALIDATION_CODES } from '../api/problem';
import en from './en.json';
import zhCN from './zh-CN.json';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const srcRoot = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Literal keys in t('…') / t("…") calls, with the file that uses each. */
function usedKeys(files: string[]): Map<string, string> {
  const keys = new Map<string, string>();
  const pattern = /\bt\(\s*(['"])([^'"`]+)\1/g;
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      const key = match[2];
      if (key) keys.set(key, file.slice(srcRoot.length));
    }
  }
  return keys;
}

const enKeys = flatten(en);
const zhKeys = flatten(zhCN);

describe('i18n catalogs', () => {
  it('hold the same keys in en and zh-CN', () => {
    expect([...zhKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys.keys()].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('hold no empty value', () => {
    const empty = [...enKeys, ...zhKeys].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('translate every problem slug', () => {
    const missing = PROBLEM_SLUGS.map((s) => `problem.${s}`).filter((k) => !enKeys.has(k) || !zhKeys.has(k));
    expect(missing).toEqual([]);
  });

  it('say every validation code the server sends', () => {
    const missing = VALIDATION_CODES.map((c) => `validation.${c}`).filter((k) => !enKeys.has(k) || !zhKeys.has(k));
    expect(missing).toEqual([]);
  });

  it('hold every key that the source passes to t() as a literal', () => {
    const used = usedKeys(sourceFiles(srcRoot));
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([k]) => !enKeys.has(k) || !zhKeys.has(k)).map(([k, file]) => `${k} (${file})`);
    expect(missing).toEqual([]);
  });

  it('finds keys in both quote styles and ignores non-literal calls', () => {
    const sample = join(srcRoot, 'app', 'i18n', 'catalogs.test.ts');
    const keys = usedKeys([sample]);
    expect(keys.has('probe.single')).toBe(true);
    expect(keys.has('probe.double')).toBe(true);
    // Sample calls, only ever read as text by the test above: t('probe.single') t("probe.double") t(`probe.${'x'}`)
  });

  it('keep interpolation placeholders the same in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing = [...enKeys].filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(zhKeys.get(k) ?? '')));
    expect(differing.map(([k]) => k)).toEqual([]);
  });
});
