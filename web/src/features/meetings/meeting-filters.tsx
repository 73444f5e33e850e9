// The filter bar above the meeting list and calendar: level, agenda topic, status, the other party, the period (the
// list only: the calendar shows its month) and words (a reference, words of the title). Selects and days apply at
// once; the words on Enter.
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../app/components/date-field';
import { useReference } from '../directory/reference';
import { isLevel, isListStatus, LEVELS, LIST_STATUSES, useMeetingLists } from './codes';
import { EMPTY_MEETING_FILTERS, type MeetingFilters, type View } from './meeting-query';

type Props = { view: View; filters: MeetingFilters; onChange: (filters: MeetingFilters) => void };

export function MeetingFiltersBar({ view, filters, onChange }: Props) {
  const { t } = useTranslation();
  const lists = useMeetingLists();
  const ref = useReference();
  const [words, setWords] = useState(filters.q);
  useEffect(() => setWords(filters.q), [filters.q]);
  const set = (patch: Partial<MeetingFilters>) => onChange({ ...filters, ...patch });
  const clear = { clearable: true, clearButtonProps: { 'aria-label': t('common.clearSelection') }, placeholder: t('common.all') };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ q: words });
  };
  return (
    <form onSubmit={onSearch} role="search" aria-label={t('meetings.list.filtersLabel')}>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <Select label={t('meetings.list.filterLevel')} data={LEVELS.map((l) => ({ value: l, label: lists.label('levels', l) }))} value={filters.level || null} onChange={(v) => set({ level: isLevel(v) ? v : '' })} {...clear} w={220} />
        <Select label={t('meetings.list.filterTopic')} data={lists.options('topics')} value={filters.topic || null} onChange={(v) => set({ topic: v ?? '' })} {...clear} w={260} searchable />
        <Select label={t('meetings.list.filterStatus')} data={LIST_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))} value={filters.status || null} onChange={(v) => set({ status: isListStatus(v) ? v : '' })} {...clear} w={160} />
        <Select label={t('meetings.list.filterParty')} data={ref.counterparts.map((p) => ({ value: p.code, label: ref.partyLabel(p.code) }))} value={filters.party || null} onChange={(v) => set({ party: v ?? '' })} {...clear} w={180} />
      </Group>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        {view === 'list' ? (
          <>
            <DateField label={t('meetings.list.filterFrom')} value={filters.from} onChange={(from) => set({ from })} w={180} />
            <DateField label={t('meetings.list.filterTo')} value={filters.to} onChange={(to) => set({ to })} w={180} />
          </>
        ) : null}
        <TextInput label={t('meetings.list.filterWords')} description={t('meetings.list.filterWordsHelp')} value={words} onChange={(e) => setWords(e.currentTarget.value)} type="search" style={{ flex: '1 1 240px' }} />
        <Button type="submit">{t('meetings.list.search')}</Button>
        <Button variant="default" onClick={() => onChange(EMPTY_MEETING_FILTERS)}>
          {t('meetings.list.clearFilters')}
        </Button>
      </Group>
    </form>
  );
}
