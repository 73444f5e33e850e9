// Incidents this party's users may read (its own and those other parties shared), filtered and paged, as a table
// or on a map of their places, and exported as CSV or a STIX bundle with the same filters. Officers and supervisors file
// new ones, or import them from a file.
import { Button, Tabs, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
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
import { IncidentFiltersBar } from './incident-filters';
import { INCIDENTS_PAGE_SIZE, pageParams, readFilters, toIncidentQuery, type IncidentFilters } from './incident-query';
import { exportListCsv, exportListStix } from './incident-transfer';
import { IncidentsTable } from './incidents-table';

// d3-geo and the outlines' reader load with the map, not with the list.
const IncidentMap = lazy(() => import('./map/incident-map').then((m) => ({ default: m.IncidentMap })));

const VIEWS = ['table', 'map'] as const;
type View = (typeof VIEWS)[number];

export function IncidentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const lang = useUiLocale();
  const [params, setParams] = useSearchParams();
  const { filters, page } = readFilters(params);
  const view: View = params.get('view') === 'map' ? 'map' : 'table';
  const withView = (p: URLSearchParams, v: View) => {
    if (v === 'map') p.set('view', 'map');
    return p;
  };
  const key = pageParams(filters, page).toString();
  const query = useApiQuery(() => call(api.GET('/api/v1/incidents', { params: { query: toIncidentQuery(filters, page) } })), [key]);
  const setFilters = (next: IncidentFilters) => setParams(withView(pageParams(next, 1), view));
  const setPage = (next: number) => setParams(withView(pageParams(filters, next), view));
  const setView = (next: string | null) => setParams(withView(pageParams(filters, page), next === 'map' ? 'map' : 'table'));
  const canCreate = hasAnyRole(me, 'officer', 'supervisor');
  const exporting = useSubmit();
  const [exported, setExported] = useState<ListCsvOutcome | null>(null);
  const exportStix = () =>
    void exporting.run(async () => {
      setExported(null);
      await exportListStix(filters);
    });
  const exportCsv = () =>
    void exporting.run(async () => {
      setExported(null);
      setExported(await exportListCsv(filters, lang));
    });

  return (
    <>
      <PageTitle
        title={t('incidents.list.title')}
        actions={
          <>
            <Button variant="default" onClick={exportCsv} loading={exporting.isBusy}>
              {t('incidents.list.exportCsv')}
            </Button>
            <Button variant="default" onClick={exportStix} loading={exporting.isBusy}>
              {t('incidents.list.exportStix')}
            </Button>
            {canCreate ? (
              <>
                <Button component={Link} to="/incidents/import" variant="default">
                  {t('incidents.list.import')}
                </Button>
                <Button component={Link} to="/incidents/new">
                  {t('incidents.list.create')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <ProblemAlert problem={exporting.problem} />
      <ExportTruncatedNotice outcome={exported} />
      <Text size="sm" mb="md">
        {t('incidents.list.intro')}
      </Text>
      <IncidentFiltersBar filters={filters} onChange={setFilters} />
      <Tabs value={view} onChange={setView}>
        <Tabs.List mb="md">
          {VIEWS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`incidents.list.view.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {VIEWS.map((v) => (
          <Tabs.Panel key={v} value={v}>
            {v === view ? (
              <QueryState query={query}>
                {(data) =>
                  data.items.length === 0 ? (
                    <Text py="lg">{t('incidents.list.empty')}</Text>
                  ) : (
                    <>
                      {v === 'map' ? (
                        <Suspense fallback={null}>
                          <Text size="sm" mb="xs">
                            {t('incidents.map.shown', { count: data.items.length, total: data.total })}
                          </Text>
                          <IncidentMap items={data.items} />
                        </Suspense>
                      ) : (
                        <IncidentsTable items={data.items} />
                      )}
                      <Pager page={data.page} pageSize={data.pageSize || INCIDENTS_PAGE_SIZE} total={data.total} onChange={setPage} />
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
