// Typed translation keys: a key passed to t() that is missing from the English catalog is a type error.
import type en from './en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
