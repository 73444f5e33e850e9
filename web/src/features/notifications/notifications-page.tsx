// Pre-export notifications: the inbox (notifications other parties sent to this one), the outbox (this party's,
// drafts included) or both, filtered and paged, with how long each importer has left to answer. Without a box in the
// address the list opens where the reader's work is (openingBox), and the tabs say how much waits in each box.
import { Button, Center, Loader, Tabs, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { ExportTruncatedNotice } from '../../app/components/export-truncated-notice';
import { PageTitle } from '../../app/components/page-title';
import { Pager } from '../../app/components/pager';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import type { ListCsvOutcome } from '../../app/download';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { exportNotificationsCsv } from './notification-export';
import { NotificationFiltersBar } from './notification-filters';
import { boxInAddress, NOTIFICATIONS_PAGE_SIZE, openingBox, pageParams, readFilters, toNotificationQuery, type NotificationFilters, type Waiting } from './notification-query';
import { NotificationsTable } from './notifications-table';
import { BOXES, isBox, type Box } from './types';

/** "Inbox (3)" / "收件箱（3）": the box's own label, with what waits there once it is known (none for "All"). */
function boxLabel(t: TFunction, box: Box, waiting: Waiting | undefined): string {
  const name = t(`notifications.box.${box}`);
  return waiting && box !== 'all' ? t('notifications.boxWaiting', { box: name, n: waiting[box] }) : name;
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const lang = useUiLocale();
  const [params] = useSearchParams();
  const waiting = useApiQuery(() => call(api.GET('/api/v1/notifications/boxes')), []);
  // An explicit box in the address always wins; otherwise the page waits for the counts to choose one.
  const box = boxInAddress(params) ?? (waiting.isLoading ? null : openingBox(waiting.data));
  const filters: NotificationFilters = { ...readFilters(params).filters, box: box ?? 'all' };
  const canCreate = hasAnyRole(me, 'officer', 'supervisor');
  const exporting = useSubmit();
  const [exported, setExported] = useState<ListCsvOutcome | null>(null);
  const exportCsv = () =>
    void exporting.run(async () => {
      setExported(null);
      setExported(await exportNotificationsCsv(filters, lang));
    });

  return (
    <>
      <PageTitle
        title={t('notifications.title')}
        actions={
          <>
            <Button variant="default" onClick={exportCsv} loading={exporting.isBusy} disabled={box === null}>
              {t('notifications.exportCsv')}
            </Button>
            {canCreate ? (
              <>
                <Button component={Link} to="/notifications/import" variant="default">
                  {t('notifications.importCsv')}
                </Button>
                <Button component={Link} to="/notifications/new">
                  {t('notifications.create')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <ProblemAlert problem={exporting.problem} />
      <ExportTruncatedNotice outcome={exported} />
      <Text size="sm" mb="md">
        {t('notifications.intro')}
      </Text>
      {box === null ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} role="status" />
        </Center>
      ) : (
        <NotificationBoxes box={box} waiting={waiting.data} />
      )}
    </>
  );
}

/** The tabs of the boxes, and the open box's filters, list and pager. */
function NotificationBoxes({ box, waiting }: { box: Box; waiting: Waiting | undefined }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const read = readFilters(params);
  const filters: NotificationFilters = { ...read.filters, box };
  const page = read.page;
  const key = pageParams(filters, page).toString();
  const query = useApiQuery(() => call(api.GET('/api/v1/notifications', { params: { query: toNotificationQuery(filters, page) } })), [key]);
  const setFilters = (next: NotificationFilters) => setParams(pageParams(next, 1));
  const setPage = (next: number) => setParams(pageParams(filters, next));

  return (
    <>
      <Tabs value={filters.box} onChange={(v) => (isBox(v) ? setFilters({ ...filters, box: v }) : undefined)}>
        <Tabs.List mb="md">
          {BOXES.map((b) => (
            <Tabs.Tab key={b} value={b}>
              {boxLabel(t, b, waiting)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* One panel per tab, so each tab's aria-controls names an element; only the open one holds the list. */}
        {BOXES.map((b) => (
          <Tabs.Panel key={b} value={b}>
            {b === filters.box ? (
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
