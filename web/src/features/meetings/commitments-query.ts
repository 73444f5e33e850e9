// The commitments board's filters and page live in the address (shareable, back-button friendly) and become the
// API's queries: GET /commitments?party&agencyAcronym&topic&status&meetingId&dueFrom&dueTo&q&page, and the roll-up
// above the board over the same due period (GET /commitments/roll-up?since&until). Empty filters are left out; an
// address parameter that is not a value the node knows is ignored, never sent.
import type { CommitmentQuery } from './commitments-types';

export const COMMITMENTS_PAGE_SIZE = 50;
/** The statuses the board filters by: the stored ones, and `overdue` (open or in progress past the due date). */
export const BOARD_STATUSES = ['open', 'in-progress', 'overdue', 'done', 'dropped', 'withdrawn'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];
export const isBoardStatus = (value: string | null | undefined): value is BoardStatus => typeof value === 'string' && (BOARD_STATUSES as readonly string[]).includes(value);

export type CommitmentFilters = {
  party: string;
  agency: string;
  topic: string;
  status: BoardStatus | '';
  meetingId: string;
  dueFrom: string;
  dueTo: string;
  q: string;
};

export const EMPTY_COMMITMENT_FILTERS: CommitmentFilters = { party: '', agency: '', topic: '', status: '', meetingId: '', dueFrom: '', dueTo: '', q: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTY = /^[A-Z]{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dayOr = (value: string | null): string => (value && DAY.test(value) ? value : '');

function positivePage(value: string | null): number {
  const page = Number(value ?? '1');
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export function readCommitmentParams(params: URLSearchParams): { filters: CommitmentFilters; page: number } {
  const party = params.get('party') ?? '';
  const status = params.get('status');
  const meetingId = params.get('meetingId') ?? '';
  return {
    filters: {
      party: PARTY.test(party) ? party : '',
      agency: (params.get('agency') ?? '').trim().slice(0, 40),
      topic: (params.get('topic') ?? '').trim().slice(0, 40),
      status: isBoardStatus(status) ? status : '',
      meetingId: ID.test(meetingId) ? meetingId : '',
      dueFrom: dayOr(params.get('dueFrom')),
      dueTo: dayOr(params.get('dueTo')),
      q: (params.get('q') ?? '').slice(0, 200),
    },
    page: positivePage(params.get('page')),
  };
}

/** The filters and page as the board's query. */
export function toCommitmentQuery(f: CommitmentFilters, page: number): CommitmentQuery {
  const query: CommitmentQuery = { page, pageSize: COMMITMENTS_PAGE_SIZE };
  if (f.party) query.party = f.party;
  if (f.agency) query.agencyAcronym = f.agency;
  if (f.topic) query.topic = f.topic;
  if (f.status) query.status = f.status;
  if (f.meetingId) query.meetingId = f.meetingId;
  if (f.dueFrom) query.dueFrom = f.dueFrom;
  if (f.dueTo) query.dueTo = f.dueTo;
  if (f.q.trim()) query.q = f.q.trim();
  return query;
}

/** The roll-up counts the commitments due in the board's due period (all of them when none is chosen). */
export function toRollUpQuery(f: CommitmentFilters): { since?: string; until?: string } {
  return { ...(f.dueFrom ? { since: f.dueFrom } : {}), ...(f.dueTo ? { until: f.dueTo } : {}) };
}

/** The address's parameters: empty filters and page 1 are left out. */
export function commitmentParams(f: CommitmentFilters, page: number): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string][] = [
    ['party', f.party],
    ['agency', f.agency],
    ['topic', f.topic],
    ['status', f.status],
    ['meetingId', f.meetingId],
    ['dueFrom', f.dueFrom],
    ['dueTo', f.dueTo],
    ['q', f.q.trim()],
  ];
  for (const [name, value] of entries) if (value) params.set(name, value);
  if (page > 1) params.set('page', String(page));
  return params;
}
