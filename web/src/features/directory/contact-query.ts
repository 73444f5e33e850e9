// Contact list filters live in the URL (shareable, back-button friendly); the same filters drive the CSV export.
import type { ContactQuery, Locale } from '../../app/api/types';
import { isLanguageCode, isTopic } from '../../app/code-lists';

export const CONTACTS_PAGE_SIZE = 25;

export type ContactFilters = {
  party: string;
  topic: string;
  language: string;
  coverage: string;
  q: string;
  stale: boolean;
  includeInactive: boolean;
};

export const EMPTY_FILTERS: ContactFilters = {
  party: '',
  topic: '',
  language: '',
  coverage: '',
  q: '',
  stale: false,
  includeInactive: false,
};

export function readFilters(params: URLSearchParams): { filters: ContactFilters; page: number } {
  const page = Number(params.get('page') ?? '1');
  return {
    filters: {
      party: params.get('party') ?? '',
      topic: params.get('topic') ?? '',
      language: params.get('language') ?? '',
      coverage: params.get('coverage') ?? '',
      q: params.get('q') ?? '',
      stale: params.get('stale') === 'true',
      includeInactive: params.get('includeInactive') === 'true',
    },
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The filters as query parameters, leaving out the empty ones. */
export function filterParams(filters: ContactFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['party', 'topic', 'language', 'coverage', 'q'] as const) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  if (filters.stale) params.set('stale', 'true');
  if (filters.includeInactive) params.set('includeInactive', 'true');
  return params;
}

export function pageParams(filters: ContactFilters, page: number): URLSearchParams {
  const params = filterParams(filters);
  if (page > 1) params.set('page', String(page));
  return params;
}

function isCoverage(value: string): value is '24x7' | 'hours' {
  return value === '24x7' || value === 'hours';
}

export function toContactQuery(filters: ContactFilters, page: number): ContactQuery {
  const query: ContactQuery = { page, pageSize: CONTACTS_PAGE_SIZE };
  if (filters.party) query.party = filters.party;
  if (isTopic(filters.topic)) query.topic = filters.topic;
  if (isLanguageCode(filters.language)) query.language = filters.language;
  if (isCoverage(filters.coverage)) query.coverage = filters.coverage;
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.stale) query.stale = 'true';
  if (filters.includeInactive) query.includeInactive = 'true';
  return query;
}

export function exportHref(filters: ContactFilters, locale: Locale): string {
  const params = filterParams(filters);
  params.set('lang', locale);
  return `/api/v1/contacts/export?${params.toString()}`;
}
