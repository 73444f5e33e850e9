// The filter bar above the commitments board: the owning party and agency, the topic, the status (overdue among
// them), the meeting it was made at, the due period and words (a reference, or words of the text). Selects and dates
// apply at once; the words on Enter. The roll-up counts over the same due period.
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../app/components/date-field';
import { useReference } from '../directory/reference';
import { useMeetingLists } from './codes';
import type { MeetingOption } from './commitments-meetings';
import { BOARD_STATUSES, EMPTY_COMMITMENT_FILTERS, isBoardStatus, type CommitmentFilters } from './commitments-query';

type Props = { filters: CommitmentFilters; onChange: (filters: CommitmentFilters) => void; meetings: MeetingOption[] };

/** Agencies by acronym, every party's, each acronym once (the board filters on the acronym). */
function useAgencyOptions(): { value: string; label: string }[] {
  const ref = useReference();
  const seen = new Map<string, string>();
  for (const a of ref.agencies) if (!seen.has(a.acronym)) seen.set(a.acronym, `${a.acronym} (${a.partyCode})`);
  return [...seen].sort(([a], [b]) => a.localeCompare(b)).map(([value, label]) => ({ value, label }));
}

export function CommitmentFiltersBar({ filters, onChange, meetings }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const lists = useMeetingLists();
  const agencies = useAgencyOptions();
  const [words, setWords] = useState(filters.q);
  useEffect(() => setWords(filters.q), [filters.q]);
  const set = (patch: Partial<CommitmentFilters>) => onChange({ ...filters, ...patch });
  const clear = { clearable: true, clearButtonProps: { 'aria-label': t('common.clearSelection') }, placeholder: t('common.all') };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ q: words });
  };
  return (
    <form onSubmit={onSearch} role="search" aria-label={t('commitments.filter.label')}>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <Select label={t('commitments.filter.party')} data={ref.partyOptions} value={filters.party || null} onChange={(v) => set({ party: v ?? '' })} {...clear} w={180} />
        <Select label={t('commitments.filter.agency')} data={agencies} value={filters.agency || null} onChange={(v) => set({ agency: v ?? '' })} searchable {...clear} w={160} />
        <Select label={t('commitments.filter.topic')} data={lists.options('topics')} value={filters.topic || null} onChange={(v) => set({ topic: v ?? '' })} {...clear} w={240} />
        <Select label={t('commitments.filter.status')} data={BOARD_STATUSES.map((s) => ({ value: s, label: t(`commitments.boardStatus.${s}`) }))} value={filters.status || null} onChange={(v) => set({ status: isBoardStatus(v) ? v : '' })} {...clear} w={170} />
        <Select label={t('commitments.filter.meeting')} data={meetings} value={filters.meetingId || null} onChange={(v) => set({ meetingId: v ?? '' })} searchable {...clear} w={360} />
      </Group>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <DateField label={t('commitments.filter.dueFrom')} value={filters.dueFrom} onChange={(dueFrom) => set({ dueFrom })} w={180} />
        <DateField label={t('commitments.filter.dueTo')} value={filters.dueTo} onChange={(dueTo) => set({ dueTo })} w={180} />
        <TextInput label={t('commitments.filter.words')} description={t('commitments.filter.wordsHelp')} value={words} onChange={(e) => setWords(e.currentTarget.value)} type="search" style={{ flex: '1 1 240px' }} />
        <Button type="submit">{t('commitments.filter.search')}</Button>
        <Button variant="default" onClick={() => onChange(EMPTY_COMMITMENT_FILTERS)}>
          {t('commitments.filter.clear')}
        </Button>
      </Group>
    </form>
  );
}
