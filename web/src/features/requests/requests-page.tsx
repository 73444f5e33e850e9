// Requests this party asked of others (outbox) and others asked of it (inbox), each tab with its counts — open,
// overdue and due soon in the inbox; open, drafts and awaiting approval in the outbox — filtered and paged; and the
// way to this party's request settings (its reply periods and four-eyes rule).
import { Badge, Button, Group, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { useApiQuery } from '../../app/use-api-query';
import { DARK_ORANGE } from '../notifications/badges';
import { RequestFiltersBar } from './request-filters';
import { BOXES, readRequestParams, requestParams, REQUESTS_PAGE_SIZE, toRequestQuery, type Box, type RequestFilters } from './request-query';
import { RequestsTable } from './requests-table';
import type { Boxes } from './types';

function BoxCounts({ box, boxes }: { box: Box; boxes: Boxes | undefined }) {
  const { t } = useTranslation();
  if (!boxes) return null;
  const counts: ['open' | 'overdue' | 'dueSoon' | 'drafts' | 'awaitingApproval', number, string][] =
    box === 'inbox'
      ? [
          ['open', boxes.inbox.open, 'blue.9'],
          ['overdue', boxes.inbox.overdue, 'red.9'],
          ['dueSoon', boxes.inbox.dueSoon, DARK_ORANGE],
        ]
      : [
          ['open', boxes.outbox.open, 'blue.9'],
          ['drafts', boxes.outbox.drafts, 'gray.7'],
          ['awaitingApproval', boxes.outbox.awaitingApproval, DARK_ORANGE],
        ];
  return (
    <Group gap={4} wrap="nowrap">
      {counts.map(([name, count, colour]) => (
        <Badge key={name} color={colour} variant={count > 0 ? 'filled' : 'outline'} tt="none" size="sm">
          {t(`requests.boxes.${name}`, { count })}
        </Badge>
      ))}
    </Group>
  );
}

/** The agreement profile, for every reader; a new request, for officers and supervisors. */
function ListActions() {
  const { t } = useTranslation();
  const canCreate = hasAnyRole(useMe(), 'officer', 'supervisor');
  return (
    <>
      <Button component={Link} to="/requests/settings" variant="default">
        {t('requests.list.settings')}
      </Button>
      {canCreate ? (
        <Button component={Link} to="/requests/new">
          {t('requests.list.create')}
        </Button>
      ) : null}
    </>
  );
}

export function RequestsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { box, filters, page } = readRequestParams(params);
  const key = requestParams(box, filters, page).toString();
  const query = useApiQuery(() => call(api.GET('/api/v1/requests', { params: { query: toRequestQuery(box, filters, page) } })), [key]);
  const boxes = useApiQuery(() => call(api.GET('/api/v1/requests/boxes')), [key]);
  const setFilters = (next: RequestFilters) => setParams(requestParams(box, next, 1));
  const setBox = (next: string | null) => setParams(requestParams(next === 'outbox' ? 'outbox' : 'inbox', filters, 1));
  return (
    <>
      <PageTitle
        title={t('requests.list.title')}
        actions={<ListActions />}
      />
      <Text size="sm" mb="md">
        {t('requests.list.intro')}
      </Text>
      <RequestFiltersBar filters={filters} onChange={setFilters} />
      <Tabs value={box} onChange={setBox}>
        <Tabs.List mb="md">
          {BOXES.map((b) => (
            <Tabs.Tab key={b} value={b} rightSection={<BoxCounts box={b} boxes={boxes.data} />}>
              {t(`requests.boxes.${b}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* One panel per tab, so each tab's aria-controls names an element; only the open one holds the list. */}
        {BOXES.map((b) => (
          <Tabs.Panel key={b} value={b}>
            {b === box ? (
              <QueryState query={query}>
                {(data) =>
                  data.items.length === 0 ? (
                    <Text py="lg">{t('requests.list.empty')}</Text>
                  ) : (
                    <>
                      <RequestsTable items={data.items} caption={t(`requests.list.caption.${box}`)} />
                      <Pager page={page} pageSize={REQUESTS_PAGE_SIZE} total={data.total} onChange={(p) => setParams(requestParams(box, filters, p))} />
                    </>
                  )
                }
              </QueryState>
            ) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
