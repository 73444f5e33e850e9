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

export function MeetingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isKeeper = useIsKeeper();
  const [params, setParams] = useSearchParams();
  const today = wallOf(new Date(), me.timeZone).day;
  const state = readMeetingParams(params, today);
  const key = meetingParams(state, today).toString();
  const query = useApiQuery(() => call(api.GET('/api/v1/meetings', { params: { query: toMeetingQuery(state) } })), [key]);
  const go = (patch: Partial<ListState>) => setParams(meetingParams({ ...state, page: 1, ...patch }, today));
  return (
    <>
      <PageTitle
        title={t('meetings.list.title')}
        actions={
          isKeeper ? (
            <Button component={Link} to="/meetings/new">
              {t('meetings.list.create')}
            </Button>
          ) : null
        }
      />
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
      <QueryState query={query}>
        {(data) =>
          state.view === 'calendar' ? (
            <MeetingCalendar month={state.month} today={today} items={data.items} isTruncated={data.total > data.items.length} onMonth={(month) => go({ month })} />
          ) : data.items.length === 0 ? (
            <Text py="lg">{t('meetings.list.empty')}</Text>
          ) : (
            <Stack gap={0}>
              <MeetingsTable items={data.items} caption={t('meetings.list.caption')} />
              <Pager page={state.page} pageSize={MEETINGS_PAGE_SIZE} total={data.total} onChange={(page) => setParams(meetingParams({ ...state, page }, today))} />
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
