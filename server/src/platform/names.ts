// People's names for readers of the other language (issue #14, item 5). A Chinese name gains its Hanyu Pinyin, read
// by pinyin-pro (never a hand table): its surname mode reads 单, 曾, 区… as surnames and keeps compound surnames
// (欧阳, 司马, 诸葛…) together. The form is GB/T 28039-2011's, the PRC's rule for writing Chinese personal names in
// pinyin, and the order of PRC passports: surname first, then the given name with its syllables joined (an
// apostrophe before a syllable opening with a, o or e: Wǎn'ér), tone marks kept. The surname is written in capitals,
// which that rule allows, so a reader used to given-name-first knows which word is the family name:
// 何伟 → "HÉ Wěi", 欧阳娜娜 → "ŌUYÁNG Nànà". A role written before the name is romanised word by word and the last
// word taken as the name: "监管员 何" → "Jiānguǎnyuán HÉ". An English name can carry a Chinese rendering that a person
// entered (never generated); a Chinese reader sees that rendering first. The web app keeps the same rules in
// web/src/app/person-name.ts (web/ cannot import server/).
import { OutputFormat, segment } from 'pinyin-pro';
import { zName } from './validation.js';

const HAN = /\p{Script=Han}/u;
const INITIAL_VOWEL = /^[aoeāáǎàōóǒòēéěè]/;

export const hasHan = (text: string): boolean => HAN.test(text);

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Syllables written as one word, with the apostrophe pinyin puts before a syllable that opens with a, o or e. */
function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && INITIAL_VOWEL.test(s) ? `'${s}` : s)).join('');
}

/** Readings of a run of text, one per segment; characters that are not Han come back as they are. */
const segments = (text: string, asName: boolean): { origin: string; result: string }[] =>
  segment(text, { format: OutputFormat.AllSegment, ...(asName ? { mode: 'surname', surname: 'head' } : {}) });

/** A word that is not a name (a role, a title): its syllables joined, capitalised. */
const romanizeWord = (word: string): string => capitalise(joinSyllables(segments(word, false).map((s) => s.result)));

/** A personal name: surname in capitals, then the given name as one word; "·" separates parts of a transliterated name. */
function romanizePersonal(name: string): string {
  if (name.includes('·')) return name.split('·').map(romanizeWord).join('·');
  const [surname, ...given] = segments(name, true);
  if (!surname) return name;
  const givenName = capitalise(joinSyllables(given.map((s) => s.result)));
  return [surname.result.toUpperCase(), givenName].filter((w) => w !== '').join(' ');
}

/** The pinyin of a name containing Han characters (null when it has none); words without Han stay as written. */
export function romanizeName(name: string): string | null {
  if (!hasHan(name)) return null;
  const words = name.trim().split(/\s+/);
  const nameAt = words.findLastIndex(hasHan);
  return words.map((w, i) => (i === nameAt ? romanizePersonal(w) : hasHan(w) ? romanizeWord(w) : w)).join(' ');
}

export type ReaderLang = 'en' | 'zh-CN';
export type NamedPerson = { name: string; nameZh?: string | null | undefined };

/**
 * A person's name as a reader of `lang` reads it: in English a Chinese name with its pinyin, "何伟 (HÉ Wěi)"; in
 * Chinese an English name with the Chinese rendering a person gave it, "约翰·史密斯 (John Smith)"; otherwise as written.
 * `isPerson: false` (a desk, an office) gives no pinyin: a personal name's reading would mislead.
 */
export function nameForReader({ name, nameZh }: NamedPerson, lang: ReaderLang, { isPerson = true }: { isPerson?: boolean } = {}): string {
  if (lang === 'en') {
    const pinyin = isPerson ? romanizeName(name) : null;
    return pinyin ? `${name} (${pinyin})` : name;
  }
  return nameZh && !hasHan(name) ? `${nameZh} (${name})` : name;
}

/** A person-entered Chinese rendering of a name: bounded, one line, and written in Chinese characters. */
export const zChineseRendering = (max = 200) =>
  zName(max).refine(hasHan, { message: 'must be written in Chinese characters', params: { code: 'not-chinese' } });
