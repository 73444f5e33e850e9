// The public readout pages' own words, in English and Chinese, and the choice of language: `?lang=` when given,
// else the reader's Accept-Language (any zh → zh-CN), else English. What the governments wrote (titles, texts,
// places) is never translated here; it is shown as released, each text with its original and translation marked.
import { dayText } from '../../platform/day-text.js';
import { instantText, wallClock } from '../../platform/time-text.js';
import type { ReleasedText } from './tables.js';

export const PUBLIC_LANGS = ['en', 'zh-CN'] as const;
export type PublicLang = (typeof PUBLIC_LANGS)[number];

export type PublicWords = {
  siteTitle: string;
  intro: (party: string) => string;
  readout: string;
  jointReadout: string;
  original: string;
  translation: string;
  machine: string;
  byPerson: string;
  meetingDate: string;
  place: string;
  party: string;
  kind: string;
  released: string;
  none: string;
  newer: string;
  older: string;
  page: (n: number, of: number) => string;
  atom: string;
  json: string;
  pdf: string;
  all: string;
  otherLanguage: string;
  notFound: string;
  notFoundText: string;
  textOf: (party: string) => string;
};

const en: PublicWords = {
  siteTitle: 'Meeting readouts',
  intro: (party) => `Readouts of the counternarcotics working group's meetings, as released to the public (${party}).`,
  readout: 'Readout',
  jointReadout: 'Joint readout',
  original: 'Original',
  translation: 'Translation',
  machine: 'machine translation',
  byPerson: 'translated by a person',
  meetingDate: 'Meeting date',
  place: 'Place',
  party: 'Released by',
  kind: 'Kind',
  released: 'Released',
  none: 'No readouts have been released yet.',
  newer: 'Newer readouts',
  older: 'Older readouts',
  page: (n, of) => `Page ${n} of ${of}`,
  atom: 'Atom feed',
  json: 'JSON Feed',
  pdf: 'Printable PDF',
  all: 'All readouts',
  otherLanguage: '中文',
  notFound: 'Not found',
  notFoundText: 'There is no released readout at this address.',
  textOf: (party) => `Text of ${party}`,
};

const zh: PublicWords = {
  siteTitle: '会议纪要',
  intro: (party) => `禁毒合作工作组会议纪要，由${party}对外发布。`,
  readout: '会议纪要',
  jointReadout: '联合纪要',
  original: '原文',
  translation: '译文',
  machine: '机器翻译',
  byPerson: '人工翻译',
  meetingDate: '会议日期',
  place: '地点',
  party: '发布方',
  kind: '类型',
  released: '发布时间',
  none: '尚无已发布的会议纪要。',
  newer: '较新的纪要',
  older: '较早的纪要',
  page: (n, of) => `第${n}页，共${of}页`,
  atom: 'Atom 订阅',
  json: 'JSON Feed 订阅',
  pdf: '可打印 PDF',
  all: '全部纪要',
  otherLanguage: 'English',
  notFound: '未找到',
  notFoundText: '此地址没有已发布的会议纪要。',
  textOf: (party) => `${party}文本`,
};

export const wordsFor = (lang: PublicLang): PublicWords => (lang === 'zh-CN' ? zh : en);
export const otherLang = (lang: PublicLang): PublicLang => (lang === 'zh-CN' ? 'en' : 'zh-CN');
/** The language of a released text ('en' | 'zh') as a page language. */
export const pageLangOf = (language: string): PublicLang => (language === 'zh' ? 'zh-CN' : 'en');

/** `?lang=` when given, else the first language of Accept-Language this page has (zh, zh-TW, zh-Hans → zh-CN). */
export function pickLang(query: string | undefined, acceptLanguage: string | undefined): PublicLang {
  if (query === 'en' || query === 'zh-CN') return query;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean) ?? '1');
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

const regionNames = { en: new Intl.DisplayNames(['en'], { type: 'region' }), 'zh-CN': new Intl.DisplayNames(['zh-CN'], { type: 'region' }) };

/** "United States" / "美国"; a code Intl does not know is shown as it is. */
export function partyName(code: string, lang: PublicLang): string {
  try {
    return regionNames[lang].of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export const kindWord = (kind: string, lang: PublicLang): string => (kind === 'joint' ? wordsFor(lang).jointReadout : wordsFor(lang).readout);

/** The meeting's day on the clock of its place: "10 Jan 2024" / "2024年1月10日". */
export const meetingDay = (at: Date, timeZone: string, lang: PublicLang): string => dayText(wallClock(at, timeZone).day)[lang === 'zh-CN' ? 'zh' : 'en'];
/** The meeting's start on the clock of its place, zone named: "10 Jan 2024, 09:00 Washington time". */
export const meetingInstant = (at: Date, timeZone: string, lang: PublicLang): string => instantText(at, timeZone)[lang === 'zh-CN' ? 'zh' : 'en'];
/** A release instant in UTC, for the list ("2 Mar 2026" / "2026年3月2日"). */
export const releaseDay = (at: Date, lang: PublicLang): string => dayText(at.toISOString().slice(0, 10))[lang === 'zh-CN' ? 'zh' : 'en'];

/** One language's version of a released text: the original as written, or its translation with who made it. */
export type TextVersion = { lang: PublicLang; title: string; body: string; role: 'original' | 'translation'; by: 'person' | 'machine' | null };

/** A released text's versions, the one in `lang` first (both are always shown). */
export function versionsOf(text: ReleasedText, lang: PublicLang): TextVersion[] {
  const original: TextVersion = { lang: pageLangOf(text.language), title: text.title, body: text.body, role: 'original', by: null };
  const t = text.translation;
  if (!t) return [original];
  const translation: TextVersion = { lang: otherLang(original.lang), title: t.title, body: t.body, role: 'translation', by: t.by };
  return translation.lang === lang ? [translation, original] : [original, translation];
}

/** A release's title in `lang`: its first text's version in that language, else its original. */
export const titleOf = (texts: ReleasedText[], lang: PublicLang): TextVersion | null => {
  const first = texts[0];
  return first ? (versionsOf(first, lang)[0] ?? null) : null;
};
