// The names the web app shows: the same rules as the server's (server/src/platform/names.unit.test.ts).
import * as pinyinPro from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import fixture from '../../../data/test-fixtures/person-names.json';
import { readerName, readerNameText, romanizeName } from './person-name';

/** Shared with server/src/platform/names.unit.test.ts: the server's pinyin must agree with this one. */
const romanizations: { name: string; en: string | null; why: string }[] = fixture.romanizations;

describe('romanizeName', () => {
  it.each(romanizations)('$name → $en: $why', ({ name, en }) => {
    expect(romanizeName(pinyinPro, name)).toBe(en);
    expect(readerNameText(readerName({ name }, 'en', pinyinPro))).toBe(en === null ? name : `${name} (${en})`);
  });
});

describe('readerName', () => {
  const text = (...args: Parameters<typeof readerName>) => readerNameText(readerName(...args));

  it('shows an English reader the pinyin beside a Chinese name, once pinyin-pro is there', () => {
    expect(text({ name: '李明远' }, 'en', pinyinPro)).toBe('李明远 (LǏ Míngyuǎn)');
    expect(readerName({ name: '李明远' }, 'en', pinyinPro)).toMatchObject({ firstLang: 'zh', asideLang: 'zh-Latn-pinyin' });
    expect(text({ name: '李明远' }, 'en', null)).toBe('李明远');
    expect(text({ name: '海关总署缉私局 值班台' }, 'en', pinyinPro, false)).toBe('海关总署缉私局 值班台');
  });

  it('shows a Chinese reader an English name after its Chinese rendering, and a Chinese name as written', () => {
    expect(text({ name: 'Dana Whitfield', nameZh: '达娜·惠特菲尔德' }, 'zh-CN', null)).toBe('达娜·惠特菲尔德 (Dana Whitfield)');
    expect(text({ name: 'Dana Whitfield', nameZh: null }, 'zh-CN', null)).toBe('Dana Whitfield');
    expect(text({ name: '李明远', nameZh: null }, 'zh-CN', pinyinPro)).toBe('李明远');
    expect(text({ name: 'Dana Whitfield', nameZh: '达娜·惠特菲尔德' }, 'en', pinyinPro)).toBe('Dana Whitfield');
  });
});
