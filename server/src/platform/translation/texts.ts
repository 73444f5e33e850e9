// What a translation is about: a record's free-text field in English or Chinese, identified by the hash of its
// text. Pure rules, no I/O: the hash, when a translation is stale, and which translation a reader is shown.
import { sha256Hex } from '../ids.js';

export const TEXT_LANGS = ['en', 'zh'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];
export const isTextLang = (v: string): v is TextLang => (TEXT_LANGS as readonly string[]).includes(v);

/** The longest translation kept, by a person or a machine (the originals are shorter: a note is at most 4,000). */
export const TRANSLATION_MAX_CHARS = 20_000;

/** A field path: a name, or dotted names and ids (`events.<uuid>.note`); bounded so it can be a key. */
export const FIELD_PATTERN = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9-]{1,64}){0,4}$/;
export const FIELD_MAX_CHARS = 200;

/** sha256 (hex) of the text as UTF-8: "the version of the original" a translation translates. */
export const textHash = (text: string): string => sha256Hex(Buffer.from(text, 'utf8'));

export type OriginalText = { text: string; lang: TextLang };
type Translated = { sourceHash: string; sourceLang: string };

/** A translation is stale when the original changed since (other text, or now said to be in another language). */
export const isStale = (t: Translated, original: OriginalText): boolean => t.sourceHash !== textHash(original.text) || t.sourceLang !== original.lang;

/**
 * Which of a field's translations into one language a reader sees first: a current one before a stale one (a stale
 * person's must not hide the machine's translation of the text as it is now), a person's before the machine's.
 */
export function preferred<T extends Translated & { byKind: string }>(translations: readonly T[], original: OriginalText): T | undefined {
  const rank = (t: T): number => (isStale(t, original) ? 2 : 0) + (t.byKind === 'person' ? 0 : 1);
  return [...translations].sort((a, b) => rank(a) - rank(b))[0];
}

/** The language of a text nobody declared one for, by its script: any Han character makes it Chinese. */
export const detectLang = (text: string): TextLang => (/[\u3400-\u9fff\uf900-\ufaff]/.test(text) ? 'zh' : 'en');
