// The audit vocabulary is written three times: here for the CSV export, and in the web app's two catalogs. Every
// code `recordAudit` accepts is a key of AUDIT_ACTIONS (the compiler refuses any other), so a code written anywhere in
// the server without a label in both catalogs fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../context.js';
import { actionLabel, AUDIT_ACTIONS, AUDIT_SUBJECTS, subjectLabel } from './vocabulary.js';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog | undefined, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalog ?? {})) {
    if (typeof value === 'string') out[`${prefix}${key}`] = value;
    else Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}

const auditCatalog = (lang: Locale) => JSON.parse(readFileSync(new URL(`../../../../web/src/app/i18n/${lang}.json`, import.meta.url), 'utf8')).audit as Catalog;
const column = (table: Record<string, Record<Locale, string>>, lang: Locale) => Object.fromEntries(Object.entries(table).map(([code, label]) => [code, label[lang]]));

describe('audit vocabulary', () => {
  it.each(LOCALES)('labels every action code and subject type in the %s web catalog, as the server does', (lang) => {
    const catalog = auditCatalog(lang);
    expect(flatten(catalog.actions as Catalog)).toEqual(column(AUDIT_ACTIONS, lang));
    expect(flatten(catalog.subjects as Catalog)).toEqual(column(AUDIT_SUBJECTS, lang));
  });

  it('has a label in each language for every code, and no two codes sharing one', () => {
    for (const lang of LOCALES) {
      const labels = Object.values(AUDIT_ACTIONS).map((l) => l[lang]);
      expect(labels.every((l) => l.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('reads a code it does not know as the code itself', () => {
    expect(actionLabel('notification.sent', 'zh-CN')).toBe('发送通知');
    expect(actionLabel('legacy.thing', 'zh-CN')).toBe('legacy.thing');
    expect(subjectLabel('notification', 'en')).toBe('Notification');
    expect(subjectLabel('widget', 'en')).toBe('widget');
  });
});
