// The working group's meetings: a list, newest first, or a month calendar on the reader's clock; filters by level,
// agenda topic, status, party and period; and the way to record a new meeting for this party's secretariat and
// supervisors. View, filters, page and month live in the address.
import { Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { useApiQuery } from '../../app/use-api-query';
import { MeetingCalendar } from './meeting-calendar';
import { MeetingFiltersBar } from './meeting-filters';
import { wallOf } from './meeting-draft';
import { MEETINGS_PAGE_SIZE, meetingParams, readMeetingParams, toMeetingQuery, type ListState, type View } from './meeting-query';
import { MeetingsTable } from './meetings-table';

/** Only this party's secretariat and supervisors record meetings (the node says the same). */
export const useIsKeeper = (): boolean => hasAnyRole(useMe(), 'secretariat', 'supervisor');

/** The meetings the filters of the address ask for, and the way to change what it asks. */
function useMeetingsList() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const today = wallOf(new Date(), me.timeZone).day;
  const state = readMeetingParams(params, today);
  const key = meetingParams(state, today).toString();
  const query = useApiQuery(() => call(api.GET('/api/v1/meetings', { params: { query: toMeetingQuery(state) } })), [key]);
  const go = (patch: Partial<ListState>) => setParams(meetingParams({ ...state, page: 1, ...patch }, today));
  const setPage = (page: number) => setParams(meetingParams({ ...state, page }, today));
  return { today, state, query, go, setPage };
}

type ResultsProps = ReturnType<typeof useMeetingsList>;

/** The month calendar, or the list with its pager, or that no meeting matches. */
function MeetingsResults({ today, state, query, go, setPage }: ResultsProps) {
  const { t } = useTranslation();
  return (
    <QueryState query={query}>
      {(data) =>
        state.view === 'calendar' ? (
          <MeetingCalendar month={state.month} today={today} items={data.items} isTruncated={data.total > data.items.length} onMonth={(month) => go({ month })} />
        ) : data.items.length === 0 ? (
          <Text py="lg">{t('meetings.list.empty')}</Text>
        ) : (
          <Stack gap={0}>
            <MeetingsTable items={data.items} caption={t('meetings.list.caption')} />
            <Pager page={state.page} pageSize={MEETINGS_PAGE_SIZE} total={data.total} onChange={setPage} />
          </Stack>
        )
      }
    </QueryState>
  );
}

export function MeetingsPage() {
  const { t } = useTranslation();
  const isKeeper = useIsKeeper();
  const list = useMeetingsList();
  const { state, go } = list;
  const create = isKeeper ? (
    <Button component={Link} to="/meetings/new">
      {t('meetings.list.create')}
    </Button>
  ) : null;
  return (
    <>
      <PageTitle title={t('meetings.list.title')} actions={create} />
      <Text size="sm" mb="md">
        {t('meetings.list.intro')}
      </Text>
      <MeetingFiltersBar view={state.view} filters={state.filters} onChange={(filters) => go({ filters })} />
      <SegmentedControl
        mb="md"
        aria-label={t('meetings.list.view')}
        value={state.view}
        onChange={(v) => go({ view: v === 'calendar' ? 'calendar' : 'list' })}
        data={(['list', 'calendar'] as const satisfies readonly View[]).map((v) => ({ value: v, label: t(`meetings.list.views.${v}`) }))}
      />
      <MeetingsResults {...list} />
    </>
  );
}
