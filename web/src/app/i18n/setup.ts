// i18next with the two catalogs bundled; the first language comes from the signed-in user, else from what this
// browser chose before, else from navigator.language. <html lang> follows the UI language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';
import { detectInitialLocale } from '../locale';

export const i18n = i18next.createInstance();

export async function setupI18n(): Promise<void> {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: detectInitialLocale(),
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    // React escapes interpolated values itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
