// The filter bar above the notification list. Selects and checkboxes apply at once; the chemical applies on Enter
// or "Search".
import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../directory/reference';
import { EMPTY_FILTERS, type NotificationFilters } from './notification-query';
import { isStatus, STATUSES } from './types';

type Props = { filters: NotificationFilters; onChange: (filters: NotificationFilters) => void };

export function NotificationFiltersBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const [chemical, setChemical] = useState(filters.chemical);
  useEffect(() => setChemical(filters.chemical), [filters.chemical]);
  const set = (patch: Partial<NotificationFilters>) => onChange({ ...filters, ...patch });
  const clear = { clearButtonProps: { 'aria-label': t('common.clearSelection') } };
  const statusOptions = STATUSES.map((s) => ({ value: s, label: t(`notifications.status.${s}`) }));
  const partyOptions = ref.partyOptions.filter((p) => !ref.party(p.value)?.isSelf);
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ chemical });
  };

  return (
    <form onSubmit={onSearch} role="search" aria-label={t('notifications.filtersLabel')}>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <Select label={t('notifications.filterStatus')} placeholder={t('common.all')} data={statusOptions} value={filters.status || null} onChange={(v) => set({ status: isStatus(v) ? v : '' })} clearable {...clear} w={200} />
        <Select label={t('notifications.filterParty')} placeholder={t('common.all')} data={partyOptions} value={filters.party || null} onChange={(v) => set({ party: v ?? '' })} clearable {...clear} w={240} />
        <TextInput label={t('notifications.filterChemical')} description={t('notifications.filterChemicalHelp')} value={chemical} onChange={(e) => setChemical(e.currentTarget.value)} type="search" style={{ flex: '1 1 220px' }} />
        <Button type="submit">{t('notifications.search')}</Button>
      </Group>
      <Group gap="lg" mb="md" wrap="wrap">
        <Checkbox label={t('notifications.dueSoon')} checked={filters.dueSoon} onChange={(e) => set({ dueSoon: e.currentTarget.checked })} />
        <Checkbox label={t('notifications.overdueOnly')} checked={filters.overdue} onChange={(e) => set({ overdue: e.currentTarget.checked })} />
        <Button variant="default" size="xs" onClick={() => onChange({ ...EMPTY_FILTERS, box: filters.box })}>
          {t('notifications.clearFilters')}
        </Button>
      </Group>
    </form>
  );
}
