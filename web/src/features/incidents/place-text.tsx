// Where something happened: the locality as the record writes it (marked with its language), then the country in
// the reader's language.
import { useUiLocale } from '../../app/locale';
import { writtenLang, type TextLang } from '../../app/translations';

const regionNames = new Map<string, Intl.DisplayNames>();

/** The country's name in the UI language (the browser's own CLDR names), the code where it has none. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function useCountryName(): (code: string) => string {
  const locale = useUiLocale();
  return (code) => countryName(code, locale);
}

type Props = { country: string; locality: string | null; port?: string | null; lang: TextLang };

export function PlaceText({ country, locality, port, lang }: Props) {
  const name = useCountryName();
  const locale = useUiLocale();
  const parts = [locality, port].filter((p): p is string => Boolean(p));
  const sep = locale === 'zh-CN' ? '，' : ', ';
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          <span lang={writtenLang(p, lang)}>{p}</span>
          {sep}
        </span>
      ))}
      {name(country)}
    </>
  );
}
