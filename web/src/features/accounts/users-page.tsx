// Users of this node (admins): filter, page, create, edit.
import { Badge, Button, Checkbox, Group, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { User, UserQuery } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { isRole, useCodeLists } from '../../app/code-lists';
import { DataTable } from '../../app/components/data-table';
import { PageTitle } from '../../app/components/page-title';
import { PersonName } from '../../app/components/person-name';
import { Pager } from '../../app/components/pager';
import { QueryState } from '../../app/components/query-state';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { useReference } from '../directory/reference';
import { UserFormModal } from './user-form';

const PAGE_SIZE = 25;


export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const codes = useCodeLists();
  const ref = useReference();
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<UserQuery>({ page: 1, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const query = useApiQuery(() => call(api.GET('/api/v1/users', { params: { query: filters } })), [JSON.stringify(filters)]);
  const set = (patch: Partial<UserQuery>) => setFilters((f) => ({ ...f, page: 1, ...patch }));
  const at = (iso: string | null) => (iso ? formatDateTime(iso, { locale, timeZone: me.timeZone }) : t('common.never'));

  return (
    <>
      <PageTitle title={t('users.title')} actions={<Button onClick={() => setEditing('new')}>{t('users.create')}</Button>} />
      <form role="search" aria-label={t('users.filtersLabel')} onSubmit={(e) => { e.preventDefault(); set({ q: text.trim() || undefined }); }}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="sm">
          <TextInput label={t('users.search')} type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Select label={t('users.agency')} placeholder={t('common.all')} data={ref.agencyOptions()} value={filters.agencyId ?? null} onChange={(v) => set({ agencyId: v ?? undefined })} searchable clearable clearButtonProps={{ 'aria-label': t('common.clearSelection') }} nothingFoundMessage={t('common.nothingFound')} />
          <Select label={t('users.role')} placeholder={t('common.all')} data={codes.options('roles')} value={filters.role ?? null} onChange={(v) => set({ role: isRole(v) ? v : undefined })} clearable clearButtonProps={{ 'aria-label': t('common.clearSelection') }} />
          <Group align="flex-end" pb={6}>
            <Checkbox label={t('users.includeInactive')} checked={filters.includeInactive === 'true'} onChange={(e) => set({ includeInactive: e.currentTarget.checked ? 'true' : undefined })} />
          </Group>
        </SimpleGrid>
        <Button type="submit" mb="md">
          {t('users.searchSubmit')}
        </Button>
      </form>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('users.empty')}</Text>
          ) : (
            <>
              <DataTable caption={t('users.tableCaption')} minWidth={980} headers={[t('users.username'), t('users.displayName'), t('users.agency'), t('users.roles'), t('users.status'), t('users.twoFactor'), t('users.lastLogin'), t('common.actions')]}>
                    {data.items.map((u) => (
                      <Table.Tr key={u.id}>
                        <Table.Td className="mono">{u.username}</Table.Td>
                        <Table.Td>
                          <Text size="sm"><PersonName name={u.displayName} nameZh={u.displayNameZh} /></Text>
                          {u.email ? <Text size="xs" c="dimmed">{u.email}</Text> : null}
                        </Table.Td>
                        <Table.Td>{ref.agency(u.agencyId)?.acronym ?? ''}</Table.Td>
                        <Table.Td>{formatList(u.roles.map((r) => codes.label('roles', r)), locale)}</Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {u.isActive ? <Text size="sm">{t('users.activeStatus')}</Text> : <Badge color="gray.7" tt="none">{t('users.inactiveStatus')}</Badge>}
                            {u.lockedUntil && new Date(u.lockedUntil) > new Date() ? <Badge color="red.9" tt="none">{t('users.locked')}</Badge> : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>{u.totpEnabled ? t('totp.on') : t('totp.off')}</Table.Td>
                        <Table.Td>{at(u.lastLoginAt)}</Table.Td>
                        <Table.Td>
                          <Button size="xs" variant="default" onClick={() => setEditing(u)} aria-label={t('users.editNamed', { name: u.username })}>
                            {t('common.edit')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </DataTable>
              <Pager page={data.page} pageSize={data.pageSize || PAGE_SIZE} total={data.total} onChange={(page) => setFilters((f) => ({ ...f, page }))} />
            </>
          )
        }
      </QueryState>
      <UserFormModal user={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); query.reload(); }} />
    </>
  );
}
