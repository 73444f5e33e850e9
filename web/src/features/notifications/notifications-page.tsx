// Pre-export notifications: the inbox (notifications other parties sent to this one), the outbox (this party's,
// drafts included) or both, filtered and paged, with how long each importer has left to answer.
import { Button, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { useApiQuery } from '../../app/use-api-query';
import { NotificationFiltersBar } from './notification-filters';
import { NOTIFICATIONS_PAGE_SIZE, pageParams, readFilters, toNotificationQuery, type NotificationFilters } from './notification-query';
import { NotificationsTable } from './notifications-table';
import { BOXES, isBox } from './types';

export function NotificationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const { filters, page } = readFilters(params);
  const key = pageParams(filters, page).toString();
  const query = useApiQuery(() => call(api.GET('/api/v1/notifications', { params: { query: toNotificationQuery(filters, page) } })), [key]);
  const setFilters = (next: NotificationFilters) => setParams(pageParams(next, 1));
  const setPage = (next: number) => setParams(pageParams(filters, next));
  const canCreate = hasAnyRole(me, 'officer', 'supervisor');

  return (
    <>
      <PageTitle
        title={t('notifications.title')}
        actions={
          canCreate ? (
            <>
              <Button component={Link} to="/notifications/import" variant="default">
                {t('notifications.importCsv')}
              </Button>
              <Button component={Link} to="/notifications/new">
                {t('notifications.create')}
              </Button>
            </>
          ) : null
        }
      />
      <Text size="sm" mb="md">
        {t('notifications.intro')}
      </Text>
      <Tabs value={filters.box} onChange={(v) => (isBox(v) ? setFilters({ ...filters, box: v }) : undefined)}>
        <Tabs.List mb="md">
          {BOXES.map((box) => (
            <Tabs.Tab key={box} value={box}>
              {t(`notifications.box.${box}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* One panel per tab, so each tab's aria-controls names an element; only the open one holds the list. */}
        {BOXES.map((box) => (
          <Tabs.Panel key={box} value={box}>
            {box === filters.box ? (
              <>
                <NotificationFiltersBar filters={filters} onChange={setFilters} />
                <QueryState query={query}>
                  {(data) =>
                    data.items.length === 0 ? (
                      <Text py="lg">{t('notifications.empty')}</Text>
                    ) : (
                      <>
                        <NotificationsTable items={data.items} />
                        <Pager page={data.page} pageSize={data.pageSize || NOTIFICATIONS_PAGE_SIZE} total={data.total} onChange={setPage} />
                      </>
                    )
                  }
                </QueryState>
              </>
            ) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
