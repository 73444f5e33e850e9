// Text folding shared by the normalisers. Everything here is linear in the input: callers have already refused
// values over MAX_VALUE_CHARS, so no regex here ever sees more than that.

/** Longer values are refused before any other work: a 10 MB paste must cost a length check, nothing more. */
export const MAX_VALUE_CHARS = 1000;

// Controls (C0, DEL, C1), zero-width characters and bidi overrides: invisible, so two values that look the same
// must not differ by them (and bidi overrides can make a value display as something it is not).
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** NFKC (full-width → half-width, ligatures apart), whitespace collapsed and trimmed, invisible characters gone. */
export function clean(raw: string): string {
  // Tabs and line breaks separate words, so they become spaces before the remaining controls are dropped.
  return raw.normalize('NFKC').replace(/\s+/g, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/**
 * Case folding as near as JavaScript gets without tables: upper-casing first turns "ß" into "SS" (so it folds to
 * "ss", as Unicode full case folding does), then lower-casing.
 */
export function foldCase(s: string): string {
  return s.toUpperCase().toLowerCase();
}

/** "José Müller" → "Jose Muller". Only the combining diacritics block goes, so Han, kana and Hangul are untouched. */
export function stripLatinMarks(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036F]/g, '').normalize('NFC');
}

const HAN = '\\p{Script=Han}';
const SPACE_BETWEEN_HAN = new RegExp(`(?<=${HAN})\\s+(?=${HAN})`, 'gu');

/** Chinese is written without spaces, so "张 伟" and "张伟" are the same text: spaces between Han characters go. */
export function joinHan(s: string): string {
  return s.replace(SPACE_BETWEEN_HAN, '');
}

/** Letters and digits of any script, as a list of words; everything else separates. */
export function words(s: string): string[] {
  return s.split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w !== '');
}

/** Folded words: NFKC'd by the caller, case-folded, Latin diacritics off, Han runs joined. */
export function foldedWords(s: string): string[] {
  return words(joinHan(stripLatinMarks(foldCase(s))));
}

/** ISO 3166-1 alpha-2 shape, upper-cased; undefined when the option is absent or not two letters. */
export function countryCode(country: string | undefined): string | undefined {
  if (country === undefined) return undefined;
  const cc = country.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(cc) ? cc : undefined;
}
