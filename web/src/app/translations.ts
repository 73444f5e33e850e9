// Translations of a record's free text, as the node reports them (GET /api/v1/translations/{kind}/{id}): the types,
// the context a record's page provides to every TranslatableText on it (one request per record, not per field), and
// the pure choice of what a reader sees — their own language first: a person's translation, else the machine's.
import { createContext, useContext } from 'react';
import type { Locale, ResponseOf } from './api/types';
import { hasHan } from './person-name';

export type RecordTranslations = ResponseOf<'/api/v1/translations/{kind}/{id}', 'get'>;
export type TranslatableField = RecordTranslations['fields'][number];
export type FieldTranslation = TranslatableField['translations'][number];
export type MachineJob = TranslatableField['machine'][number];
export type TextLang = TranslatableField['original']['lang'];
export type TranslatableKind = 'notification' | 'contact' | 'incident' | 'case' | 'request' | 'meeting' | 'commitment';

export type TranslationsContext = {
  kind: TranslatableKind;
  id: string;
  data: RecordTranslations | undefined;
  /** Replaces one field after a write answered with it. */
  setField: (field: TranslatableField) => void;
  reload: () => void;
};

export const TranslationsCtx = createContext<TranslationsContext | null>(null);

/** The translations of the record whose page this is, or null outside one (the text is then shown as written). */
export const useRecordTranslations = (): TranslationsContext | null => useContext(TranslationsCtx);

export const readerLang = (locale: Locale): TextLang => (locale === 'zh-CN' ? 'zh' : 'en');
export const htmlLang = (lang: TextLang): string => (lang === 'zh' ? 'zh-CN' : 'en');

const LATIN_WORD = /[A-Za-z]{2,}/;

/**
 * The language a record's name is plainly written in, where nothing else says (an audit entry names a contact, not
 * its language): Chinese characters and no Latin word, or Latin words and no Chinese character; else undefined.
 */
export function scriptLang(text: string): string | undefined {
  const han = hasHan(text);
  const latin = LATIN_WORD.test(text);
  if (han && !latin) return 'zh-CN';
  if (latin && !han) return 'en';
  return undefined;
}

/**
 * The language a short value of a record is written in, for its `lang` attribute: the record's declared language
 * unless the value is plainly in the other script (an English port name in a Chinese record, a Chinese packaging
 * note in an English one), which a screen reader must then read in that language.
 */
export function writtenLang(text: string, declared: TextLang): string {
  if (declared === 'zh' && !hasHan(text) && LATIN_WORD.test(text)) return 'en';
  if (declared === 'en' && hasHan(text) && !LATIN_WORD.test(text)) return 'zh-CN';
  return htmlLang(declared);
}

export type ReaderView = {
  /** The original is in another language than the reader's. */
  isForeign: boolean;
  /** What the reader sees first: a person's translation into their language, else the machine's; null if none. */
  shown: FieldTranslation | null;
  /** The person's translation into the reader's language, to correct. */
  person: FieldTranslation | null;
  /** A machine translation into the reader's language that is current (no need to ask again). */
  hasCurrentMachine: boolean;
  /** A machine translation into the reader's language requested and not made yet (pending, retrying or failed). */
  job: MachineJob | null;
};

/**
 * `pageText`: the text the page shows. When the translations were loaded for another text (the record changed and
 * they are not reloaded yet), every one of them is treated as stale until they are.
 */
export function readerView(field: TranslatableField | undefined, original: TextLang, reader: TextLang, pageText?: string): ReaderView {
  const lang = field?.original.lang ?? original;
  const isBehind = field !== undefined && pageText !== undefined && pageText !== field.original.text;
  const into = (field?.translations ?? []).filter((t) => t.targetLang === reader).map((t) => (isBehind ? { ...t, isStale: true } : t));
  return {
    isForeign: lang !== reader,
    shown: into.find((t) => t.isPreferred) ?? into[0] ?? null,
    person: into.find((t) => t.by.kind === 'person') ?? null,
    hasCurrentMachine: into.some((t) => t.by.kind === 'machine' && !t.isStale),
    job: field?.machine.find((m) => m.targetLang === reader) ?? null,
  };
}

/** A machine translation is still on its way (the page asks again shortly). */
export const hasJobsInFlight = (data: RecordTranslations | undefined): boolean => (data?.fields ?? []).some((f) => f.machine.some((m) => m.state !== 'failed'));
