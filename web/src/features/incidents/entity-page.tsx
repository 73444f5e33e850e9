// An entity's page: one company, phone, address or account as the records write it, and every record it appears in
// that the reader may read (incidents, their follow-ups, pre-export notifications), newest first, each a link.
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { DataTable } from '../../app/components/data-table';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { Filled, slot } from '../../app/components/filled';
import { PageTitle } from '../../app/components/page-title';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { formatDay } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { PartyBadge } from '../directory/party-badge';
import { CommonBadge } from './entities-section';
import { EntityValue, useEntityLabels } from './entity-value';
import { isEntityKind } from './codes';
import { mentionPath, type EntityPage as EntityPageData } from './types';

const PAGE_SIZE = 50;

export function EntityPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const key = params.get('key') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query = useApiQuery(() => (isEntityKind(kind) && key ? call(api.GET('/api/v1/entities', { params: { query: { kind, key, page, pageSize: PAGE_SIZE } } })) : Promise.reject(new Error('no entity'))), [kind, key, page]);
  const setPage = (next: number) => {
    const p = new URLSearchParams(params);
    if (next > 1) p.set('page', String(next));
    else p.delete('page');
    setParams(p);
  };
  if (!isEntityKind(kind) || !key) {
    return (
      <>
        <PageTitle title={t('incidents.entity.title')} />
        <Text>{t('incidents.entity.missing')}</Text>
      </>
    );
  }
  return <QueryState query={query}>{(data) => <EntityBody data={data} onPage={setPage} />}</QueryState>;
}

function EntityBody({ data, onPage }: { data: EntityPageData; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const labels = useEntityLabels();
  const first = data.values[0] ?? data.key;
  return (
    <>
      <PageTitle title={t('incidents.entity.titleOf', { kind: labels.kind(data.kind), value: first })} heading={<Filled text={t('incidents.entity.titleOf', { kind: labels.kind(data.kind), value: slot('value') })} parts={{ value: <EntityValue value={first} /> }} />} />
      <Stack>
        <Section title={t('incidents.entity.sectionValues')}>
          <DetailList>
            <DetailItem label={t('incidents.entity.kind')}>
              <Text>{labels.kind(data.kind)}</Text>
            </DetailItem>
            <DetailItem label={t('incidents.entity.key')}>
              <Text className="mono">
                <EntityValue value={data.key} />
              </Text>
            </DetailItem>
            <DetailItem label={t('incidents.entity.values')}>
              <Stack gap={2}>
                {(data.values.length > 0 ? data.values : [first]).map((v) => (
                  <Text key={v} fw={600}>
                    <EntityValue value={v} />
                  </Text>
                ))}
              </Stack>
            </DetailItem>
            <DetailItem label={t('incidents.entity.records')}>
              <Group gap="xs">
                <Text>{t('incidents.entity.recordCount', { count: data.total })}</Text>
                {data.tooCommon ? <CommonBadge /> : null}
              </Group>
            </DetailItem>
          </DetailList>
          {data.tooCommon ? (
            <Text size="sm" mt="sm">
              {t('incidents.entity.commonHelp')}
            </Text>
          ) : null}
        </Section>
        <Section title={t('incidents.entity.sectionRecords')}>
          {data.items.length === 0 ? <Text size="sm">{t('incidents.entity.noRecords')}</Text> : <MentionsTable data={data} />}
          <Pager page={data.page} pageSize={data.pageSize || PAGE_SIZE} total={data.total} onChange={onPage} />
        </Section>
      </Stack>
    </>
  );
}

function MentionsTable({ data }: { data: EntityPageData }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const labels = useEntityLabels();
  const headers = [t('incidents.entity.colRecord'), t('incidents.entity.colKind'), t('incidents.entity.colParty'), t('incidents.entity.colRole'), t('incidents.entity.colValue'), t('incidents.entity.colDate')];
  return (
    <DataTable caption={t('incidents.entity.tableCaption')} headers={headers} minWidth={760} fz="sm">
      {data.items.map((m, n) => {
        const to = mentionPath(m);
        return (
          <Table.Tr key={`${m.recordId}:${n}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {to ? (
                <Anchor component={Link} to={to} size="sm" fw={600}>
                  {m.reference}
                </Anchor>
              ) : (
                m.reference
              )}
            </Table.Td>
            <Table.Td>{t(`incidents.recordKinds.${m.recordKind}`, { defaultValue: m.recordKind })}</Table.Td>
            <Table.Td>
              <PartyBadge code={m.originParty} />
            </Table.Td>
            <Table.Td>{labels.role(m.role)}</Table.Td>
            <Table.Td maw={320}>
              <EntityValue value={m.value} size="sm" />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.recordDate ? formatDay(m.recordDate, locale) : t('common.none')}</Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
