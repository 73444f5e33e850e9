// The notification list's box, filters and page live in the address (shareable, back-button friendly). An address
// without a box opens where the reader's work is (openingBox); a box chosen on the page is written to the address.
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

/** The box the address names, or null when it names none. */
export function boxInAddress(params: URLSearchParams): Box | null {
  const box = params.get('box');
  return isBox(box) ? box : null;
}

/** How many notifications wait on this party in each box (GET /api/v1/notifications/boxes). */
export type Waiting = { inbox: number; outbox: number };

/**
 * Where the list opens when the address names no box: the inbox when replies are awaited there, otherwise the outbox
 * when drafts or answers to requests for information wait there, otherwise everything (also when the counts failed).
 */
export function openingBox(waiting: Waiting | undefined): Box {
  if (waiting && waiting.inbox > 0) return 'inbox';
  if (waiting && waiting.outbox > 0) return 'outbox';
  return 'all';
}

/** The filters and page as query parameters, leaving out empty ones; the box always, so that a chosen one stays. */
export function pageParams(filters: NotificationFilters, page: number): URLSearchParams {
  const params = new URLSearchParams();
  params.set('box', filters.box);
  if (filters.status) params.set('status', filters.status);
  if (filters.party) params.set('party', filters.party);
  if (filters.chemical.trim()) params.set('chemical', filters.chemical.trim());
  if (filters.dueSoon) params.set('dueSoon', 'true');
  if (filters.overdue) params.set('overdue', 'true');
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The list's filters without paging: the list and its CSV export read the same. */
export function filterQuery(filters: NotificationFilters): Omit<NotificationQuery, 'page' | 'pageSize'> {
  const query: Omit<NotificationQuery, 'page' | 'pageSize'> = { box: filters.box };
  if (filters.status) query.status = filters.status;
  if (filters.party) query.party = filters.party;
  if (filters.chemical.trim()) query.chemical = filters.chemical.trim();
  if (filters.dueSoon) query.dueSoon = 'true';
  if (filters.overdue) query.overdue = 'true';
  return query;
}

export function toNotificationQuery(filters: NotificationFilters, page: number): NotificationQuery {
  return { ...filterQuery(filters), page, pageSize: NOTIFICATIONS_PAGE_SIZE };
}
