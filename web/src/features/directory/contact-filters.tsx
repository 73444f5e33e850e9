// The filter bar above the contact list. Selects apply at once; the search text applies on Enter or "Search".
import { Button, Checkbox, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { EMPTY_FILTERS, type ContactFilters } from './contact-query';
import { useReference } from './reference';

type Props = { filters: ContactFilters; onChange: (filters: ContactFilters) => void };

export function ContactFiltersBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const ref = useReference();
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);

  const set = (patch: Partial<ContactFilters>) => onChange({ ...filters, ...patch });
  const clear = { clearButtonProps: { 'aria-label': t('common.clearSelection') } };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ q });
  };

  return (
    <form onSubmit={onSearch} role="search" aria-label={t('contacts.filtersLabel')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="sm">
        <Select label={t('contacts.filterParty')} placeholder={t('common.all')} data={ref.partyOptions} value={filters.party || null} onChange={(v) => set({ party: v ?? '' })} clearable {...clear} />
        <Select label={t('contacts.filterTopic')} placeholder={t('common.all')} data={codes.options('topics')} value={filters.topic || null} onChange={(v) => set({ topic: v ?? '' })} clearable {...clear} />
        <Select label={t('contacts.filterLanguage')} placeholder={t('common.all')} data={codes.options('languages')} value={filters.language || null} onChange={(v) => set({ language: v ?? '' })} clearable searchable nothingFoundMessage={t('common.nothingFound')} {...clear} />
        <Select label={t('contacts.filterCoverage')} placeholder={t('common.all')} data={codes.options('coverage')} value={filters.coverage || null} onChange={(v) => set({ coverage: v ?? '' })} clearable {...clear} />
      </SimpleGrid>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <TextInput label={t('contacts.search')} description={t('contacts.searchHelp')} value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" style={{ flex: '1 1 260px' }} />
        <Button type="submit" variant="filled">
          {t('contacts.searchSubmit')}
        </Button>
        <Checkbox label={t('contacts.staleOnly')} checked={filters.stale} onChange={(e) => set({ stale: e.currentTarget.checked })} mb={8} />
        <Checkbox label={t('contacts.includeInactive')} checked={filters.includeInactive} onChange={(e) => set({ includeInactive: e.currentTarget.checked })} mb={8} />
        <Button variant="default" onClick={() => onChange(EMPTY_FILTERS)}>
          {t('contacts.clearFilters')}
        </Button>
      </Group>
    </form>
  );
}
