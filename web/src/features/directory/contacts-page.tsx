// Points of contact of every party, filterable, paged, exportable as CSV with the same filters.
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { ContactFiltersBar } from './contact-filters';
import { CONTACTS_PAGE_SIZE, exportHref, pageParams, readFilters, toContactQuery, type ContactFilters } from './contact-query';
import { ContactsTable } from './contacts-table';

export function ContactsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const [params, setParams] = useSearchParams();
  const { filters, page } = readFilters(params);
  const key = pageParams(filters, page).toString();
  const query = useApiQuery(() => call(api.GET('/api/v1/contacts', { params: { query: toContactQuery(filters, page) } })), [key]);

  const setFilters = (next: ContactFilters) => setParams(pageParams(next, 1));
  const setPage = (next: number) => setParams(pageParams(filters, next));
  const canCreate = hasAnyRole(me, 'admin', 'supervisor');

  return (
    <>
      <PageTitle
        title={t('contacts.title')}
        actions={
          <>
            <Button component="a" href={exportHref(filters, locale)} download variant="default">
              {t('contacts.exportCsv')}
            </Button>
            {canCreate ? (
              <Button component={Link} to="/contacts/new">
                {t('contacts.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <ContactFiltersBar filters={filters} onChange={setFilters} />
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text py="lg">{t('contacts.empty')}</Text>
          ) : (
            <>
              <ContactsTable contacts={data.items} />
              <Pager page={data.page} pageSize={data.pageSize || CONTACTS_PAGE_SIZE} total={data.total} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
