// Agencies of every party, in both languages; administrators add and edit them.
import { Badge, Button, Checkbox, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { Agency } from '../../app/api/types';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { useCodeLists } from '../../app/code-lists';
import { DataTable } from '../../app/components/data-table';
import { PageTitle } from '../../app/components/page-title';
import { QueryState } from '../../app/components/query-state';
import { useApiQuery } from '../../app/use-api-query';
import { AgencyFormModal } from './agency-form';
import { PartyBadge } from './party-badge';
import { useReference } from './reference';

export function AgenciesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const codes = useCodeLists();
  const ref = useReference();
  const isAdmin = hasAnyRole(me, 'admin');
  const [party, setParty] = useState<string | null>(null);
  const [withInactive, setWithInactive] = useState(false);
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const query = useApiQuery(
    () => call(api.GET('/api/v1/agencies', { params: { query: { ...(party ? { party } : {}), ...(withInactive ? { includeInactive: 'true' } : {}) } } })),
    [party, withInactive],
  );

  const onSaved = () => {
    setEditing(null);
    query.reload();
    ref.reloadAgencies();
  };

  return (
    <>
      <PageTitle title={t('agencies.title')} actions={isAdmin ? <Button onClick={() => setEditing('new')}>{t('agencies.create')}</Button> : null} />
      <Group align="flex-end" mb="md" gap="lg">
        <Select label={t('agencies.filterParty')} placeholder={t('common.all')} data={ref.partyOptions} value={party} onChange={setParty} clearable clearButtonProps={{ 'aria-label': t('common.clearSelection') }} w={320} />
        <Checkbox label={t('agencies.includeInactive')} checked={withInactive} onChange={(e) => setWithInactive(e.currentTarget.checked)} mb={8} />
      </Group>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('agencies.empty')}</Text>
          ) : (
            <DataTable caption={t('agencies.tableCaption')} minWidth={760} headers={[t('agencies.party'), t('agencies.acronym'), t('agencies.nameEn'), t('agencies.nameZh'), t('agencies.kind'), t('agencies.status'), ...(isAdmin ? [t('common.actions')] : [])]}>
                  {data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <PartyBadge code={a.partyCode} />
                      </Table.Td>
                      <Table.Td fw={600}>{a.acronym}</Table.Td>
                      <Table.Td lang="en">{a.nameEn}</Table.Td>
                      <Table.Td lang="zh-CN">{a.nameZh}</Table.Td>
                      <Table.Td>{codes.label('agencyKinds', a.kind)}</Table.Td>
                      <Table.Td>
                        {a.isActive ? t('agencies.activeStatus') : <Badge color="gray.7" tt="none">{t('agencies.inactiveStatus')}</Badge>}
                      </Table.Td>
                      {isAdmin ? (
                        <Table.Td>
                          <Button size="xs" variant="default" onClick={() => setEditing(a)} aria-label={t('agencies.editNamed', { name: a.acronym })}>
                            {t('common.edit')}
                          </Button>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </DataTable>
          )
        }
      </QueryState>
      <AgencyFormModal agency={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} onSaved={onSaved} />
    </>
  );
}
