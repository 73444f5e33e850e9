// The meetings a commitment or a readout can be made at, as the pickers offer them: the node's meetings (the
// newest first, at most one page of its largest size), withdrawn ones left out, each labelled by its reference,
// title and the day it began on the clock of its place. Loaded once per page that needs them.
import { api, call } from '../../app/api/client';
import type { Locale } from '../../app/api/types';
import { useUiLocale } from '../../app/locale';
import { formatDate } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import type { MeetingSummary } from './types';

/** The most the node gives in one page. */
const MEETINGS_PICKED = 200;

export type MeetingOption = { value: string; label: string };

export function meetingOptionLabel(m: Pick<MeetingSummary, 'reference' | 'title' | 'startsAt' | 'timeZone'>, locale: Locale): string {
  return `${m.reference} · ${formatDate(m.startsAt, { locale, timeZone: m.timeZone })} · ${m.title}`;
}

/** The meetings to pick from, and a label for any meeting id (the reference when it is not among them). */
export function useMeetingOptions(): { options: MeetingOption[]; meetings: MeetingSummary[]; isLoading: boolean } {
  const locale = useUiLocale();
  const query = useApiQuery(async () => (await call(api.GET('/api/v1/meetings', { params: { query: { pageSize: MEETINGS_PICKED } } }))).items, []);
  const meetings = (query.data ?? []).filter((m) => m.status !== 'withdrawn').toSorted((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { options: meetings.map((m) => ({ value: m.id, label: meetingOptionLabel(m, locale) })), meetings, isLoading: query.isLoading };
}
