// The controlled-substance registry: search by name (English or Chinese), CAS number or InChIKey, filter by where
// it is controlled and by kind. Administrators add entries this node's party controls.
import { Box, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { QueryState } from '../../app/components/query-state';
import { useApiQuery } from '../../app/use-api-query';
import { filterParams, readSubstanceFilters, SubstanceFiltersBar, toSubstanceQuery, type SubstanceFilters } from './substance-filters';
import { ExportLicencesSection } from './export-licences';
import { SubstanceFormModal } from './substance-form';
import { SubstancesTable } from './substances-table';

export function SubstancesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readSubstanceFilters(params);
  const key = filterParams(filters).toString();
  const query = useApiQuery(() => call(api.GET('/api/v1/substances', { params: { query: toSubstanceQuery(filters) } })), [key]);
  const [isAdding, setAdding] = useState(false);
  const isAdmin = hasAnyRole(me, 'admin');

  return (
    <>
      <PageTitle title={t('substances.title')} actions={isAdmin ? <Button onClick={() => setAdding(true)}>{t('substances.add')}</Button> : null} />
      <Text size="sm" mb="md">
        {t('substances.intro')}
      </Text>
      <SubstanceFiltersBar filters={filters} onChange={(next: SubstanceFilters) => setParams(filterParams(next))} />
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text py="lg">{t('substances.empty')}</Text>
          ) : (
            <>
              <Text size="sm" mb="xs" aria-live="polite">
                {data.total > data.items.length ? t('substances.countLimited', { shown: data.items.length, total: data.total }) : t('substances.count', { count: data.total })}
              </Text>
              <SubstancesTable items={data.items} />
            </>
          )
        }
      </QueryState>
      <Box mt="xl">
        <ExportLicencesSection />
      </Box>
      <SubstanceFormModal opened={isAdding} onClose={() => setAdding(false)} onCreated={(s) => void navigate(`/substances/${s.id}`)} />
    </>
  );
}
