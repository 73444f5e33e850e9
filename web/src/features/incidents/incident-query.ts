// The incident list's filters and page live in the address (shareable, back-button friendly).
import { isHandling, isIncidentKind, type Handling, type IncidentKind } from './codes';
import type { IncidentQuery } from './types';

export const INCIDENTS_PAGE_SIZE = 50;

export type IncidentFilters = {
  kind: IncidentKind | '';
  from: string;
  to: string;
  party: string;
  /** A registry substance's id. */
  substance: string;
  /** A scientific name from the checklist. */
  taxon: string;
  /** Words in the reference or title, or an entity as written. */
  q: string;
  handling: Handling | '';
  isWithdrawn: boolean;
};

export const EMPTY_FILTERS: IncidentFilters = { kind: '', from: '', to: '', party: '', substance: '', taxon: '', q: '', handling: '', isWithdrawn: false };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: string | null) => (v && DAY.test(v) ? v : '');

export function readFilters(params: URLSearchParams): { filters: IncidentFilters; page: number } {
  const page = Number(params.get('page') ?? '1');
  const kind = params.get('kind');
  const handling = params.get('handling');
  return {
    filters: {
      kind: isIncidentKind(kind) ? kind : '',
      from: day(params.get('from')),
      to: day(params.get('to')),
      party: params.get('party') ?? '',
      substance: params.get('substance') ?? '',
      taxon: params.get('taxon') ?? '',
      q: params.get('q') ?? '',
      handling: isHandling(handling) ? handling : '',
      isWithdrawn: params.get('status') === 'withdrawn',
    },
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The filters as the API's query, without paging (what an export takes): empty ones left out. */
export function filterQuery(filters: IncidentFilters): Omit<IncidentQuery, 'page' | 'pageSize'> {
  const query: Omit<IncidentQuery, 'page' | 'pageSize'> = {};
  if (filters.kind) query.kind = filters.kind;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.party) query.party = filters.party;
  if (filters.substance) query.substance = filters.substance;
  if (filters.taxon.trim()) query.taxon = filters.taxon.trim();
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.handling) query.handling = filters.handling;
  if (filters.isWithdrawn) query.status = 'withdrawn';
  return query;
}

/** The filters and a page as the list's query. */
export function toIncidentQuery(filters: IncidentFilters, page: number): IncidentQuery {
  return { page, pageSize: INCIDENTS_PAGE_SIZE, ...filterQuery(filters) };
}

/** The filters and page as the address's parameters, leaving out defaults and empty ones. */
export function pageParams(filters: IncidentFilters, page: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(toIncidentQuery(filters, page))) {
    if (name === 'pageSize' || (name === 'page' && page === 1)) continue;
    params.set(name, String(value));
  }
  return params;
}
