// The filter bar above the incident list: kind, period, reporting party, substance, species, handling, and words
// (a reference, a title, an entity as written: a phone, a company). Selects apply at once; the words on Enter.
import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { DateField } from '../../app/components/date-field';
import { useReference } from '../directory/reference';
import { EMPTY_FILTERS, type IncidentFilters } from './incident-query';
import { SpeciesPicker, SubstancePicker } from './lookups';
import { HANDLINGS, INCIDENT_KINDS, isHandling, isIncidentKind } from './codes';

type Props = { filters: IncidentFilters; onChange: (filters: IncidentFilters) => void };

export function IncidentFiltersBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const codes = useCodeLists();
  const [words, setWords] = useState(filters.q);
  useEffect(() => setWords(filters.q), [filters.q]);
  const set = (patch: Partial<IncidentFilters>) => onChange({ ...filters, ...patch });
  const clear = { clearable: true, clearButtonProps: { 'aria-label': t('common.clearSelection') } };
  const kindOptions = INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidents.kinds.${k}`) }));
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ q: words });
  };

  return (
    <form onSubmit={onSearch} role="search" aria-label={t('incidents.list.filtersLabel')}>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <Select label={t('incidents.list.filterKind')} placeholder={t('common.all')} data={kindOptions} value={filters.kind || null} onChange={(v) => set({ kind: isIncidentKind(v) ? v : '' })} {...clear} w={230} />
        <DateField label={t('incidents.list.filterFrom')} value={filters.from} onChange={(from) => set({ from })} w={170} />
        <DateField label={t('incidents.list.filterTo')} value={filters.to} onChange={(to) => set({ to })} w={170} />
        <Select label={t('incidents.list.filterParty')} placeholder={t('common.all')} data={ref.partyOptions} value={filters.party || null} onChange={(v) => set({ party: v ?? '' })} {...clear} w={200} />
      </Group>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <Select label={t('incidents.list.filterHandling')} placeholder={t('common.all')} data={HANDLINGS.map((h) => ({ value: h, label: codes.label('handling', h) }))} value={filters.handling || null} onChange={(v) => set({ handling: isHandling(v) ? v : '' })} {...clear} w={280} />
        <SubstancePicker label={t('incidents.list.filterSubstance')} value={filters.substance} onChange={(substance) => set({ substance })} w={260} />
        <SpeciesPicker label={t('incidents.list.filterSpecies')} value={filters.taxon} onChange={(taxon) => set({ taxon })} w={260} />
      </Group>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <TextInput label={t('incidents.list.filterWords')} description={t('incidents.list.filterWordsHelp')} value={words} onChange={(e) => setWords(e.currentTarget.value)} type="search" style={{ flex: '1 1 240px' }} />
        <Button type="submit">{t('incidents.list.search')}</Button>
      </Group>
      <Group gap="lg" mb="md" wrap="wrap">
        <Checkbox label={t('incidents.list.showWithdrawn')} checked={filters.isWithdrawn} onChange={(e) => set({ isWithdrawn: e.currentTarget.checked })} />
        <Button variant="default" size="xs" onClick={() => onChange(EMPTY_FILTERS)}>
          {t('incidents.list.clearFilters')}
        </Button>
      </Group>
    </form>
  );
}
