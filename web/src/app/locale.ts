// The UI language: 'en' or 'zh-CN'. Before sign-in it comes from localStorage or navigator.language; after
// sign-in the user's saved locale wins (see auth-context).
import { useTranslation } from 'react-i18next';
import type { Locale } from './api/types';

const STORAGE_KEY = 'counterpart.locale';

export function toLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  if (value === 'en' || value.toLowerCase().startsWith('en-')) return 'en';
  if (value.toLowerCase().startsWith('zh')) return 'zh-CN';
  return null;
}

export function detectInitialLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  return toLocale(stored) ?? toLocale(window.navigator.language) ?? 'en';
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice still applies to this page.
  }
}

/** The current UI language as a Locale (for code-list labels and Intl formatting). */
export function useUiLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'zh-CN' ? 'zh-CN' : 'en';
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

