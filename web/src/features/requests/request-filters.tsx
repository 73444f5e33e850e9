// The filter bar above the request list: status, the other party, priority, type, words (a reference, a subject),
// and two switches — overdue, and due within 8 hours. Selects apply at once; the words on Enter.
import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../directory/reference';
import { isPriority, isRequestStatus, isRequestType, PRIORITIES, REQUEST_STATUSES, REQUEST_TYPES, useRequestCodes } from './codes';
import { DUE_SOON_HOURS, EMPTY_REQUEST_FILTERS, type RequestFilters } from './request-query';

type Props = { filters: RequestFilters; onChange: (filters: RequestFilters) => void };

export function RequestFiltersBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const codes = useRequestCodes();
  const [words, setWords] = useState(filters.q);
  useEffect(() => setWords(filters.q), [filters.q]);
  const set = (patch: Partial<RequestFilters>) => onChange({ ...filters, ...patch });
  const clear = { clearable: true, clearButtonProps: { 'aria-label': t('common.clearSelection') }, placeholder: t('common.all') };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ q: words });
  };
  return (
    <form onSubmit={onSearch} role="search" aria-label={t('requests.list.filtersLabel')}>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <Select label={t('requests.list.filterStatus')} data={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`requests.status.${s}`) }))} value={filters.status || null} onChange={(v) => set({ status: isRequestStatus(v) ? v : '' })} {...clear} w={200} />
        <Select label={t('requests.list.filterParty')} data={ref.counterparts.map((p) => ({ value: p.code, label: ref.partyLabel(p.code) }))} value={filters.party || null} onChange={(v) => set({ party: v ?? '' })} {...clear} w={200} />
        <Select label={t('requests.list.filterPriority')} data={PRIORITIES.map((p) => ({ value: p, label: codes.label('priorities', p) }))} value={filters.priority || null} onChange={(v) => set({ priority: isPriority(v) ? v : '' })} {...clear} w={160} />
        <Select label={t('requests.list.filterType')} data={REQUEST_TYPES.map((p) => ({ value: p, label: codes.label('requestTypes', p) }))} value={filters.type || null} onChange={(v) => set({ type: isRequestType(v) ? v : '' })} {...clear} w={260} />
      </Group>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <TextInput label={t('requests.list.filterWords')} description={t('requests.list.filterWordsHelp')} value={words} onChange={(e) => setWords(e.currentTarget.value)} type="search" style={{ flex: '1 1 240px' }} />
        <Button type="submit">{t('requests.list.search')}</Button>
      </Group>
      <Group gap="lg" mb="md" wrap="wrap">
        <Checkbox label={t('requests.list.filterOverdue')} checked={filters.isOverdue} onChange={(e) => set({ isOverdue: e.currentTarget.checked })} />
        <Checkbox label={t('requests.list.filterDueSoon', { hours: DUE_SOON_HOURS })} checked={filters.isDueSoon} onChange={(e) => set({ isDueSoon: e.currentTarget.checked })} />
        <Button variant="default" size="xs" onClick={() => onChange(EMPTY_REQUEST_FILTERS)}>
          {t('requests.list.clearFilters')}
        </Button>
      </Group>
    </form>
  );
}
