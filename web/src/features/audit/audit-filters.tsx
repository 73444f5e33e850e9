// Audit filters: action, subject type and actor chosen from what occurs in the log (labelled in the reader's
// language), a subject's identifier, and a date range (days in the viewer's browser zone).
import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVocabulary } from '../../app/api/types';
import { DateField } from '../../app/components/date-field';
import { useAuditLabels } from './audit-labels';

/** `actor` is `id:<uuid>` for a user or token, `label:<label>` for this node, its exchange service or a peer. */
export type AuditFilters = { action: string; subjectType: string; subjectId: string; actor: string; from: string; to: string };

export const EMPTY_AUDIT_FILTERS: AuditFilters = { action: '', subjectType: '', subjectId: '', actor: '', from: '', to: '' };

type Option = { value: string; label: string };
const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

function useOptions(vocabulary: AuditVocabulary | null) {
  const labels = useAuditLabels();
  const coded = (code: string, l: { text: string }) => ({ value: code, label: l.text });
  return {
    actions: (vocabulary?.actions ?? []).map((c) => coded(c, labels.action(c))).sort(byLabel),
    subjectTypes: (vocabulary?.subjectTypes ?? []).map((c) => coded(c, labels.subjectType(c))).sort(byLabel),
    actors: (vocabulary?.actors ?? []).map((a) => ({ value: a.actorId ? `id:${a.actorId}` : `label:${a.actorLabel ?? ''}`, label: labels.actor(a) || (a.actorId ?? '') })),
  };
}

type Props = { initial: AuditFilters; vocabulary: AuditVocabulary | null; onApply: (filters: AuditFilters) => void };

export function AuditFiltersForm({ initial, vocabulary, onApply }: Props) {
  const { t } = useTranslation();
  const [f, setF] = useState(initial);
  const options = useOptions(vocabulary);
  const set = (patch: Partial<AuditFilters>) => setF((prev) => ({ ...prev, ...patch }));
  const text = (key: 'subjectId') => ({ value: f[key], onChange: (e: ChangeEvent<HTMLInputElement>) => set({ [key]: e.currentTarget.value }) });
  const select = (key: 'action' | 'subjectType' | 'actor') => ({
    value: f[key] || null,
    onChange: (v: string | null) => set({ [key]: v ?? '' }),
    placeholder: t('audit.anyValue'),
    clearable: true,
    searchable: true,
    nothingFoundMessage: t('common.nothingFound'),
    clearButtonProps: { 'aria-label': t('common.clearSelection') },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(f);
  };
  return (
    <form role="search" aria-label={t('audit.filtersLabel')} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
        <Select label={t('audit.action')} description={t('audit.actionHelp')} data={options.actions} {...select('action')} />
        <Select label={t('audit.subjectType')} description={t('audit.subjectTypeHelp')} data={options.subjectTypes} {...select('subjectType')} />
        <Select label={t('audit.actor')} description={t('audit.actorHelp')} data={options.actors} {...select('actor')} />
        <TextInput label={t('audit.subjectId')} description={t('audit.idHelp')} {...text('subjectId')} />
        <DateField label={t('audit.from')} description={t('audit.dateHelp')} value={f.from} onChange={(v) => set({ from: v })} />
        <DateField label={t('audit.to')} description={t('audit.dateHelp')} value={f.to} onChange={(v) => set({ to: v })} />
      </SimpleGrid>
      <Group mb="md">
        <Button type="submit">{t('audit.applyFilters')}</Button>
        <Button variant="default" onClick={() => { setF(EMPTY_AUDIT_FILTERS); onApply(EMPTY_AUDIT_FILTERS); }}>
          {t('audit.clearFilters')}
        </Button>
      </Group>
    </form>
  );
}
