// The notification list's box, filters and page live in the address (shareable, back-button friendly).
import { isBox, isStatus, type Box, type NotificationQuery, type Status } from './types';

export const NOTIFICATIONS_PAGE_SIZE = 25;

export type NotificationFilters = {
  box: Box;
  status: Status | '';
  party: string;
  chemical: string;
  dueSoon: boolean;
  overdue: boolean;
};

export const EMPTY_FILTERS: NotificationFilters = { box: 'all', status: '', party: '', chemical: '', dueSoon: false, overdue: false };

export function readFilters(params: URLSearchParams): { filters: NotificationFilters; page: number } {
  const page = Number(params.get('page') ?? '1');
  const box = params.get('box');
  const status = params.get('status');
  return {
    filters: {
      box: isBox(box) ? box : 'all',
      status: isStatus(status) ? status : '',
      party: params.get('party') ?? '',
      chemical: params.get('chemical') ?? '',
      dueSoon: params.get('dueSoon') === 'true',
      overdue: params.get('overdue') === 'true',
    },
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The filters and page as query parameters, leaving out defaults and empty ones. */
export function pageParams(filters: NotificationFilters, page: number): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.box !== 'all') params.set('box', filters.box);
  if (filters.status) params.set('status', filters.status);
  if (filters.party) params.set('party', filters.party);
  if (filters.chemical.trim()) params.set('chemical', filters.chemical.trim());
  if (filters.dueSoon) params.set('dueSoon', 'true');
  if (filters.overdue) params.set('overdue', 'true');
  if (page > 1) params.set('page', String(page));
  return params;
}

export function toNotificationQuery(filters: NotificationFilters, page: number): NotificationQuery {
  const query: NotificationQuery = { box: filters.box, page, pageSize: NOTIFICATIONS_PAGE_SIZE };
  if (filters.status) query.status = filters.status;
  if (filters.party) query.party = filters.party;
  if (filters.chemical.trim()) query.chemical = filters.chemical.trim();
  if (filters.dueSoon) query.dueSoon = 'true';
  if (filters.overdue) query.overdue = 'true';
  return query;
}
