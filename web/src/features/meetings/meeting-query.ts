// The meeting list's view (list or month calendar), filters, page and month live in the address (shareable,
// back-button friendly) and become the API's query: GET /meetings?level&topic&status&party&from&to&q&page. The
// calendar asks for the month shown (a day either side, as the node filters on UTC days and the grid is drawn on
// the reader's clock), at most one page of the node's largest size.
import { isLevel, isListStatus, type ListStatus } from './codes';
import type { MeetingLevel, MeetingQuery } from './types';

export const MEETINGS_PAGE_SIZE = 50;
/** The most the node gives in one page: a month of meetings is far fewer. */
export const CALENDAR_PAGE_SIZE = 200;
export const VIEWS = ['list', 'calendar'] as const;
export type View = (typeof VIEWS)[number];

export type MeetingFilters = { level: MeetingLevel | ''; topic: string; status: ListStatus | ''; party: string; from: string; to: string; q: string };
export const EMPTY_MEETING_FILTERS: MeetingFilters = { level: '', topic: '', status: '', party: '', from: '', to: '', q: '' };

export type ListState = { view: View; filters: MeetingFilters; page: number; month: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const TOPIC = /^[a-z][a-z-]{0,39}$/;
const PARTY = /^[A-Z]{2}$/;

const positivePage = (value: string | null): number => {
  const page = Number(value ?? '1');
  return Number.isInteger(page) && page > 0 ? page : 1;
};

/** "2026-03" for a day ("2026-03-10"). */
export const monthOf = (day: string): string => day.slice(0, 7);

/** `today`: the reader's day, the month the calendar opens on when the address names none. */
export function readMeetingParams(params: URLSearchParams, today: string): ListState {
  const level = params.get('level');
  const status = params.get('status');
  const pick = (name: string, pattern: RegExp): string => {
    const value = params.get(name) ?? '';
    return pattern.test(value) ? value : '';
  };
  return {
    view: params.get('view') === 'calendar' ? 'calendar' : 'list',
    filters: {
      level: isLevel(level) ? level : '',
      topic: pick('topic', TOPIC),
      status: isListStatus(status) ? status : '',
      party: pick('party', PARTY),
      from: pick('from', DAY),
      to: pick('to', DAY),
      q: params.get('q') ?? '',
    },
    page: positivePage(params.get('page')),
    month: pick('month', MONTH) || monthOf(today),
  };
}

/** The address's parameters: the list view, page 1 and the current month are the defaults and are left out. */
export function meetingParams(state: ListState, today: string): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view === 'calendar') params.set('view', 'calendar');
  for (const [name, value] of Object.entries(state.filters)) if (value.trim() !== '') params.set(name, value.trim());
  if (state.view === 'list' && state.page > 1) params.set('page', String(state.page));
  if (state.view === 'calendar' && state.month !== monthOf(today)) params.set('month', state.month);
  return params;
}

/** The filters that are set, as the node takes them. */
function filterQuery(f: MeetingFilters): Partial<MeetingQuery> {
  const query: Partial<MeetingQuery> = {};
  if (f.level) query.level = f.level;
  if (f.topic) query.topic = f.topic;
  if (f.status) query.status = f.status;
  if (f.party) query.party = f.party;
  if (f.q.trim()) query.q = f.q.trim();
  return query;
}

/** The UTC day `n` days from `day`. */
export function addDays(day: string, n: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + n);
  return at.toISOString().slice(0, 10);
}

/** The first and last day of a month ("2026-02" → 2026-02-01, 2026-02-28). */
export function monthBounds(month: string): { first: string; last: string } {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month before or after ("2026-01", -1 → "2025-12"). */
export function shiftMonth(month: string, by: number): string {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1 + by, 1));
  return at.toISOString().slice(0, 7);
}

export function toMeetingQuery(state: ListState): MeetingQuery {
  const base = filterQuery(state.filters);
  if (state.view === 'calendar') {
    const { first, last } = monthBounds(state.month);
    return { ...base, from: addDays(first, -1), to: addDays(last, 1), page: 1, pageSize: CALENDAR_PAGE_SIZE };
  }
  return { ...base, ...(state.filters.from ? { from: state.filters.from } : {}), ...(state.filters.to ? { to: state.filters.to } : {}), page: state.page, pageSize: MEETINGS_PAGE_SIZE };
}
