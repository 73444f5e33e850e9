// Audit filters: action, subject type and id, actor id, and a date range (days in the viewer's browser zone).
import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type AuditFilters = { action: string; subjectType: string; subjectId: string; actorId: string; from: string; to: string };

export const EMPTY_AUDIT_FILTERS: AuditFilters = { action: '', subjectType: '', subjectId: '', actorId: '', from: '', to: '' };

export function AuditFiltersForm({ initial, onApply }: { initial: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState(initial);
  const field = (key: keyof AuditFilters) => ({
    value: f[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setF((prev) => ({ ...prev, [key]: value }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(f);
  };
  return (
    <form role="search" aria-label={t('audit.filtersLabel')} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
        <TextInput label={t('audit.action')} description={t('audit.actionHelp')} {...field('action')} />
        <TextInput label={t('audit.subjectType')} description={t('audit.subjectTypeHelp')} {...field('subjectType')} />
        <TextInput label={t('audit.subjectId')} description={t('audit.idHelp')} {...field('subjectId')} />
        <TextInput label={t('audit.actorId')} description={t('audit.idHelp')} {...field('actorId')} />
        <TextInput type="date" label={t('audit.from')} description={t('audit.dateHelp')} {...field('from')} />
        <TextInput type="date" label={t('audit.to')} description={t('audit.dateHelp')} {...field('to')} />
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
