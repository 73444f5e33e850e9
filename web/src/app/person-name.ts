// People's names for readers of the other language (issue #14, item 5), by the rules of the server's
// server/src/platform/names.ts (web/ cannot import server/): a Chinese name gains its Hanyu Pinyin from pinyin-pro,
// written as GB/T 28039-2011 (the PRC's rule for personal names in pinyin, and the order of PRC passports) writes
// it: surname first, in capitals (which that rule allows, so the family name is plain to a reader used to
// given-name-first), then the given name as one word, tone marks kept: 何伟 → "HÉ Wěi", 欧阳娜娜 → "ŌUYÁNG Nànà"; a
// role before the name is romanised word by word, "监管员 何" → "Jiānguǎnyuán HÉ". An English name may carry a
// Chinese rendering a person entered, which a Chinese reader sees first. pinyin-pro is passed in because the app
// loads it only when an English reader meets a Chinese name (its dictionaries are most of its weight).
import type { Locale } from './api/types';

export type PinyinLib = Pick<typeof import('pinyin-pro'), 'segment' | 'OutputFormat'>;

const HAN = /\p{Script=Han}/u;
const INITIAL_VOWEL = /^[aoeāáǎàōóǒòēéěè]/;

export const hasHan = (text: string): boolean => HAN.test(text);

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const joinSyllables = (syllables: readonly string[]): string => syllables.map((s, i) => (i > 0 && INITIAL_VOWEL.test(s) ? `'${s}` : s)).join('');

function readings(lib: PinyinLib, text: string, asName: boolean): string[] {
  const options = asName ? ({ mode: 'surname', surname: 'head' } as const) : {};
  return lib.segment(text, { format: lib.OutputFormat.AllSegment, ...options }).map((s) => s.result);
}

const romanizeWord = (lib: PinyinLib, word: string): string => capitalise(joinSyllables(readings(lib, word, false)));

function romanizePersonal(lib: PinyinLib, name: string): string {
  if (name.includes('·')) return name.split('·').map((part) => romanizeWord(lib, part)).join('·');
  const [surname, ...given] = readings(lib, name, true);
  if (surname === undefined) return name;
  return [surname.toUpperCase(), capitalise(joinSyllables(given))].filter((w) => w !== '').join(' ');
}

/** The pinyin of a name containing Han characters (null when it has none); words without Han stay as written. */
export function romanizeName(lib: PinyinLib, name: string): string | null {
  if (!hasHan(name)) return null;
  const words = name.trim().split(/\s+/);
  const nameAt = words.findLastIndex(hasHan);
  return words.map((w, i) => (i === nameAt ? romanizePersonal(lib, w) : hasHan(w) ? romanizeWord(lib, w) : w)).join(' ');
}

export type NamedPerson = { name: string; nameZh?: string | null | undefined };
/** What a reader sees: the name in their language first, and beside it (in brackets) the other form, if any. */
export type ReaderName = { first: string; firstLang: 'en' | 'zh'; aside: string | null; asideLang: 'en' | 'zh' | 'zh-Latn-pinyin' };

/** Whether an English reader of this name needs pinyin-pro (a personal name in Chinese characters). */
export const needsPinyin = (p: NamedPerson, locale: Locale, isPerson: boolean): boolean => locale === 'en' && isPerson && hasHan(p.name);

/** `lib` null (not loaded yet) gives the name as written: the pinyin appears once it has loaded. */
export function readerName(p: NamedPerson, locale: Locale, lib: PinyinLib | null, isPerson = true): ReaderName {
  const written = { first: p.name, firstLang: hasHan(p.name) ? 'zh' : 'en', aside: null, asideLang: 'en' } as const;
  if (locale === 'en') {
    const pinyin = lib && needsPinyin(p, locale, isPerson) ? romanizeName(lib, p.name) : null;
    return pinyin ? { first: p.name, firstLang: 'zh', aside: pinyin, asideLang: 'zh-Latn-pinyin' } : written;
  }
  return p.nameZh && !hasHan(p.name) ? { first: p.nameZh, firstLang: 'zh', aside: p.name, asideLang: 'en' } : written;
}

export const readerNameText = (r: ReaderName): string => (r.aside ? `${r.first} (${r.aside})` : r.first);
