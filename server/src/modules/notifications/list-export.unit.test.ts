// The CSV export labels statuses and schemes as the web app does: the same words as the catalogs, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../platform/context.js';
import { STATUSES } from './schemas.js';
import { SCHEME_LABELS, STATUS_LABELS } from './list-export.js';

const catalog = (lang: Locale) => JSON.parse(readFileSync(new URL(`../../../../web/src/app/i18n/${lang}.json`, import.meta.url), 'utf8')).notifications as { status: Record<string, string>; scheme: Record<string, string> };

describe('notification list export labels', () => {
  it.each(LOCALES)('labels every status and scheme as the %s web catalog does', (lang) => {
    expect(STATUS_LABELS[lang]).toEqual(catalog(lang).status);
    expect(SCHEME_LABELS[lang]).toEqual(catalog(lang).scheme);
    expect(Object.keys(STATUS_LABELS[lang]).sort()).toEqual([...STATUSES].sort());
  });
});
