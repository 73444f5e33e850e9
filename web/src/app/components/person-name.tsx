// A person's name as the reader reads it, wherever the app shows one: for an English reader a Chinese name with its
// pinyin, "何伟 (HÉ Wěi)"; for a Chinese reader an English name after the Chinese rendering a person gave it,
// "约翰·史密斯 (John Smith)"; otherwise as written. Each part carries its language, so a screen reader says it right.
import { useEffect, useState } from 'react';
import { useUiLocale } from '../locale';
import { needsPinyin, readerName, readerNameText, type NamedPerson, type PinyinLib, type ReaderName } from '../person-name';

let loaded: PinyinLib | null = null;
let loading: Promise<PinyinLib> | null = null;

/** pinyin-pro, loaded on first need (a separate chunk: most readers never need it). */
function usePinyinLib(needed: boolean): PinyinLib | null {
  const [lib, setLib] = useState<PinyinLib | null>(loaded);
  useEffect(() => {
    if (!needed || lib) return;
    let live = true;
    loading ??= import('pinyin-pro').then((m) => (loaded = m));
    void loading.then((m) => live && setLib(m));
    return () => {
      live = false;
    };
  }, [needed, lib]);
  return lib;
}

type Options = { isPerson?: boolean };

/** The name as parts (for the component) — pinyin appears once pinyin-pro has loaded. */
export function useReaderName(p: NamedPerson, { isPerson = true }: Options = {}): ReaderName {
  const locale = useUiLocale();
  const lib = usePinyinLib(needsPinyin(p, locale, isPerson));
  return readerName(p, locale, lib, isPerson);
}

/** The name as one line of text, for titles, labels and messages. */
export function useReaderNameText(p: NamedPerson, options: Options = {}): string {
  return readerNameText(useReaderName(p, options));
}

const htmlLang = (lang: ReaderName['firstLang'] | ReaderName['asideLang']) => (lang === 'zh' ? 'zh-CN' : lang);

/** `isPerson: false` for a desk or an office: no personal-name pinyin. */
export function PersonName({ name, nameZh, isPerson = true }: NamedPerson & Options) {
  const r = useReaderName({ name, nameZh }, { isPerson });
  return (
    <>
      <span lang={htmlLang(r.firstLang)}>{r.first}</span>
      {r.aside ? (
        <>
          {' ('}
          <span lang={htmlLang(r.asideLang)}>{r.aside}</span>
          {')'}
        </>
      ) : null}
    </>
  );
}
