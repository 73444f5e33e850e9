// Cases this party opened or was named in, filtered by status and topic and paged: reference, title in its
// language, topic, parties, how many requests (and how many still open) sit in each.
import { Anchor, Button, Group, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { PageTitle } from '../../app/components/page-title';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { htmlLang } from '../../app/translations';
import { useApiQuery } from '../../app/use-api-query';
import { PartyBadge } from '../directory/party-badge';
import { CaseStatusBadge } from './badges';
import { CASE_STATUSES, isCaseStatus, isCaseTopic, textLang, useRequestCodes } from './codes';
import type { CaseQuery, CaseSummary } from './types';

const PAGE_SIZE = 50;

function CasesTable({ items }: { items: CaseSummary[] }) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const headers = [t('cases.list.colReference'), t('cases.list.colTitle'), t('cases.list.colTopic'), t('cases.list.colParties'), t('cases.list.colRequests'), t('cases.list.colStatus')];
  return (
    <DataTable caption={t('cases.list.caption')} headers={headers} minWidth={900} fz="sm">
      {items.map((c) => (
        <Table.Tr key={c.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Anchor component={Link} to={`/cases/${c.id}`} fw={600} size="sm">
              {c.reference}
            </Anchor>
          </Table.Td>
          <Table.Td maw={360}>
            <Text size="sm" lang={htmlLang(textLang(c.language))} data-record="">
              {c.title}
            </Text>
          </Table.Td>
          <Table.Td>{codes.label('caseTopics', c.topic)}</Table.Td>
          <Table.Td>
            <Group gap={4}>
              {[c.originParty, ...c.parties.filter((p) => p !== c.originParty)].map((p) => (
                <PartyBadge key={p} code={p} />
              ))}
            </Group>
          </Table.Td>
          <Table.Td>{t('cases.list.requestCount', { count: c.requestCount, open: c.openCount })}</Table.Td>
          <Table.Td>
            <CaseStatusBadge status={c.status} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

export function CasesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const codes = useRequestCodes();
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const topic = params.get('topic');
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query: CaseQuery = { page, pageSize: PAGE_SIZE };
  if (isCaseStatus(status)) query.status = status;
  if (isCaseTopic(topic)) query.topic = topic;
  const list = useApiQuery(() => call(api.GET('/api/v1/cases', { params: { query } })), [params.toString()]);
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next);
  };
  const clear = { clearable: true, clearButtonProps: { 'aria-label': t('common.clearSelection') }, placeholder: t('common.all') };
  return (
    <>
      <PageTitle title={t('cases.list.title')} actions={hasAnyRole(me, 'officer', 'supervisor') ? <Button component={Link} to="/cases/new">{t('cases.list.create')}</Button> : null} />
      <Text size="sm" mb="md">
        {t('cases.list.intro')}
      </Text>
      <Group align="flex-end" gap="md" mb="md" role="search" aria-label={t('cases.list.filtersLabel')}>
        <Select label={t('cases.list.filterStatus')} data={CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))} value={query.status ?? null} onChange={(v) => set('status', v)} {...clear} w={180} />
        <Select label={t('cases.list.filterTopic')} data={codes.options('caseTopics')} value={query.topic ?? null} onChange={(v) => set('topic', v)} {...clear} w={240} />
      </Group>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Text py="lg">{t('cases.list.empty')}</Text>
          ) : (
            <>
              <CasesTable items={data.items} />
              <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => set('page', String(p))} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
