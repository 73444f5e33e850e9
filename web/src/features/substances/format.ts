// Identifiers and dates as a reader expects them: HS codes grouped (2933.37), registry dates that may be only a
// year or a month ("2017", "2017-10") shown to the precision the source gives, never padded to a made-up day.
import type { Locale } from '../../app/api/types';
import { calendarDay, formatDay } from '../../app/time';
import type { BilingualText } from './types';

/** "293337" → "2933.37"; "29333700" → "2933.37.00"; "2933370010" → "2933.37.0010". Other text is left as it is. */
export function formatHs(hs: string | null | undefined): string {
  if (!hs) return '';
  const digits = hs.replace(/[.\s]/g, '');
  if (!/^\d{6,10}$/.test(digits)) return hs;
  const rest = digits.slice(6);
  return `${digits.slice(0, 4)}.${digits.slice(4, 6)}${rest ? `.${rest}` : ''}`;
}

/** A registry date of year, year-month or full precision, written like every other date of the app. */
export const formatPartialDate = (value: string, locale: Locale): string => formatDay(value, locale);

/** Whether a registry date names a day (a year or a month alone is not an exact date). */
export function isExactDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Today's date (YYYY-MM-DD) on the calendar of `timeZone`. */
export function todayIn(timeZone: string, now = new Date()): string {
  const { y, m, d } = calendarDay(now, timeZone);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The server's text for the UI language. */
export function textIn(text: BilingualText, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/** The other language's text (shown secondary), with its `lang`. */
export function otherText(text: BilingualText, locale: Locale): { text: string; lang: string } {
  return locale === 'zh-CN' ? { text: text.en, lang: 'en' } : { text: text.zh, lang: 'zh-CN' };
}

export const langOf = (locale: Locale): string => (locale === 'zh-CN' ? 'zh-CN' : 'en');

/** The reader's language first, then the other: "4-哌啶酮 · 4-Piperidone"; one name when both are the same. */
export function bothIn(text: BilingualText, locale: Locale): { first: { text: string; lang: string }; second: { text: string; lang: string } | null } {
  const first = { text: textIn(text, locale), lang: langOf(locale) };
  const other = otherText(text, locale);
  return { first, second: other.text === first.text ? null : other };
}

/** As `bothIn`, as one line of plain text (for files): "4-哌啶酮 · 4-Piperidone; …". */
export function namesIn(texts: readonly BilingualText[], locale: Locale): string {
  return texts
    .map((t) => {
      const { first, second } = bothIn(t, locale);
      return second ? `${first.text} · ${second.text}` : first.text;
    })
    .join('; ');
}
