// People's names: the pinyin an English reader sees beside a Chinese name, and the Chinese rendering a Chinese
// reader sees beside an English one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasHan, nameForReader, romanizeName, zChineseRendering } from './names.js';
import { fromRoot } from './paths.js';

type Case = { name: string; en: string | null; why: string };
/** Shared with web/src/app/person-name.test.ts: the web app's pinyin must agree with this one. */
const { romanizations } = JSON.parse(readFileSync(fromRoot('data', 'test-fixtures', 'person-names.json'), 'utf8')) as { romanizations: Case[] };

describe('romanizeName', () => {
  it.each(romanizations)('$name → $en: $why', ({ name, en }) => {
    expect(romanizeName(name)).toBe(en);
    expect(nameForReader({ name }, 'en')).toBe(en === null ? name : `${name} (${en})`);
  });

  it('finds Chinese characters, or none', () => {
    expect(hasHan('Dana Whitfield')).toBe(false);
    expect(hasHan('Officer 何伟')).toBe(true);
  });
});

describe('nameForReader', () => {
  it('shows an English reader the pinyin beside a Chinese name', () => {
    expect(nameForReader({ name: '何伟' }, 'en')).toBe('何伟 (HÉ Wěi)');
    expect(nameForReader({ name: 'John Smith', nameZh: '约翰·史密斯' }, 'en')).toBe('John Smith');
  });

  it('shows a Chinese reader the Chinese rendering of an English name, and a Chinese name as written', () => {
    expect(nameForReader({ name: 'John Smith', nameZh: '约翰·史密斯' }, 'zh-CN')).toBe('约翰·史密斯 (John Smith)');
    expect(nameForReader({ name: 'John Smith', nameZh: null }, 'zh-CN')).toBe('John Smith');
    expect(nameForReader({ name: '何伟' }, 'zh-CN')).toBe('何伟');
  });
});

describe('zChineseRendering', () => {
  it('takes a bounded single line written in Chinese characters', () => {
    expect(zChineseRendering(10).safeParse(' 约翰·史密斯 ').data).toBe('约翰·史密斯');
    expect(zChineseRendering(10).safeParse('John Smith').success).toBe(false);
    expect(zChineseRendering(3).safeParse('约翰·史密斯').success).toBe(false);
    expect(zChineseRendering(10).safeParse('约翰\n史密斯').success).toBe(false);
  });
});
