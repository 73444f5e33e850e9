// The CSV export labels incident kinds and item types as the web app does: the same words as the catalogs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../platform/context.js';
import { INCIDENT_KINDS, ITEM_TYPES } from './schemas.js';
import { ITEM_TYPE_LABELS, KIND_LABELS, WITHDRAWN_LABEL } from './list-export.js';

const catalog = (lang: Locale) => JSON.parse(readFileSync(new URL(`../../../../web/src/app/i18n/${lang}.json`, import.meta.url), 'utf8')).incidents as { kinds: Record<string, string>; itemTypes: Record<string, string>; withdrawn: string };

describe('incident list export labels', () => {
  it.each(LOCALES)('labels every kind and item type as the %s web catalog does', (lang) => {
    expect(KIND_LABELS[lang]).toEqual(catalog(lang).kinds);
    expect(ITEM_TYPE_LABELS[lang]).toEqual(catalog(lang).itemTypes);
    expect(WITHDRAWN_LABEL[lang]).toBe(catalog(lang).withdrawn);
    expect(Object.keys(KIND_LABELS[lang]).sort()).toEqual([...INCIDENT_KINDS].sort());
    expect(Object.keys(ITEM_TYPE_LABELS[lang]).sort()).toEqual([...ITEM_TYPES].sort());
  });
});
