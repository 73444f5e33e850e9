// Coded values (topics, roles, kinds, languages, handling) are language-neutral; their labels come from the
// bilingual code lists shipped in data/, never from the UI catalogs.
import { useMemo } from 'react';
import codeLists from '../../../data/code-lists.json';
import type { LanguageCode, Locale, Role, Topic } from './api/types';
import { useUiLocale } from './locale';

export type CodeListName = keyof typeof codeLists;
type CodeEntry = { code: string; en: string; 'zh-CN': string };
export type Option = { value: string; label: string };

const lists: Record<CodeListName, readonly CodeEntry[]> = codeLists;

export function codeLabel(list: CodeListName, code: string, locale: Locale): string {
  return lists[list].find((e) => e.code === code)?.[locale] ?? code;
}

export function codeOptions(list: CodeListName, locale: Locale): Option[] {
  return lists[list].map((e) => ({ value: e.code, label: e[locale] }));
}

export function codeValues(list: CodeListName): string[] {
  return lists[list].map((e) => e.code);
}

/** Labels and options in the current UI language. */
export function useCodeLists(): {
  label: (list: CodeListName, code: string) => string;
  options: (list: CodeListName) => Option[];
} {
  const locale = useUiLocale();
  return useMemo(
    () => ({
      label: (list: CodeListName, code: string) => codeLabel(list, code, locale),
      options: (list: CodeListName) => codeOptions(list, locale),
    }),
    [locale],
  );
}

// Type guards from the shipped code lists to the API's coded-value unions.
export function isTopic(value: string): value is Topic {
  return codeValues('topics').includes(value);
}

export function isLanguageCode(value: string): value is LanguageCode {
  return codeValues('languages').includes(value);
}

export function isRole(value: string | null): value is Role {
  return value !== null && codeValues('roles').includes(value);
}
