// The request list's box, filters and page live in the address (shareable, back-button friendly), and become the
// API's query: GET /requests?box=inbox|outbox&status&party&priority&type&overdue=true&dueWithinHours=8&q&page.
import { isPriority, isRequestStatus, isRequestType, type Priority, type RequestStatus, type RequestType } from './codes';

export const REQUESTS_PAGE_SIZE = 50;
/** "Due soon": the answer falls due within this many hours. */
export const DUE_SOON_HOURS = 8;
export const BOXES = ['inbox', 'outbox'] as const;
export type Box = (typeof BOXES)[number];

export type RequestFilters = {
  status: RequestStatus | '';
  party: string;
  priority: Priority | '';
  type: RequestType | '';
  isOverdue: boolean;
  isDueSoon: boolean;
  q: string;
};

export const EMPTY_REQUEST_FILTERS: RequestFilters = { status: '', party: '', priority: '', type: '', isOverdue: false, isDueSoon: false, q: '' };

export type ListQuery = {
  box: Box;
  status?: RequestStatus;
  party?: string;
  priority?: Priority;
  type?: RequestType;
  overdue?: 'true';
  dueWithinHours?: number;
  q?: string;
  page: number;
  pageSize: number;
};

const positivePage = (value: string | null): number => {
  const page = Number(value ?? '1');
  return Number.isInteger(page) && page > 0 ? page : 1;
};

export function readRequestParams(params: URLSearchParams): { box: Box; filters: RequestFilters; page: number } {
  const status = params.get('status');
  const priority = params.get('priority');
  const type = params.get('type');
  return {
    box: params.get('box') === 'outbox' ? 'outbox' : 'inbox',
    filters: {
      status: isRequestStatus(status) ? status : '',
      party: params.get('party') ?? '',
      priority: isPriority(priority) ? priority : '',
      type: isRequestType(type) ? type : '',
      isOverdue: params.get('overdue') === 'true',
      isDueSoon: params.get('dueWithinHours') === String(DUE_SOON_HOURS),
      q: params.get('q') ?? '',
    },
    page: positivePage(params.get('page')),
  };
}

/** The box, filters and page as the list's query: empty filters left out. */
export function toRequestQuery(box: Box, f: RequestFilters, page: number): ListQuery {
  const query: ListQuery = { box, page, pageSize: REQUESTS_PAGE_SIZE };
  if (f.status) query.status = f.status;
  if (f.party) query.party = f.party;
  if (f.priority) query.priority = f.priority;
  if (f.type) query.type = f.type;
  if (f.isOverdue) query.overdue = 'true';
  if (f.isDueSoon) query.dueWithinHours = DUE_SOON_HOURS;
  if (f.q.trim()) query.q = f.q.trim();
  return query;
}

/** The address's parameters: the inbox and page 1 are the defaults and are left out. */
export function requestParams(box: Box, f: RequestFilters, page: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(toRequestQuery(box, f, page))) {
    if (name === 'pageSize' || (name === 'page' && page === 1) || (name === 'box' && box === 'inbox')) continue;
    params.set(name, String(value));
  }
  return params;
}
