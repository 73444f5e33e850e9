// The search bar above the registry: name in English or Chinese, CAS number or InChIKey; where it is controlled and
// what kind of substance. Filters live in the URL (shareable, back-button friendly); selects apply at once.
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isJurisdiction, isKind, JURISDICTIONS, KINDS, type SubstanceQuery } from './types';

export type SubstanceFilters = { q: string; jurisdiction: string; kind: string };

export function readSubstanceFilters(params: URLSearchParams): SubstanceFilters {
  return { q: params.get('q') ?? '', jurisdiction: params.get('jurisdiction') ?? '', kind: params.get('kind') ?? '' };
}

export function filterParams(filters: SubstanceFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'jurisdiction', 'kind'] as const) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function toSubstanceQuery(filters: SubstanceFilters): SubstanceQuery {
  const query: SubstanceQuery = { limit: 200 };
  if (filters.q.trim()) query.q = filters.q.trim();
  if (isJurisdiction(filters.jurisdiction)) query.jurisdiction = filters.jurisdiction;
  if (isKind(filters.kind)) query.kind = filters.kind;
  return query;
}

type Props = { filters: SubstanceFilters; onChange: (filters: SubstanceFilters) => void };

export function SubstanceFiltersBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const set = (patch: Partial<SubstanceFilters>) => onChange({ ...filters, ...patch });
  const clear = { clearable: true, clearButtonProps: { 'aria-label': t('common.clearSelection') } };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ q });
  };
  return (
    <form onSubmit={onSearch} role="search" aria-label={t('substances.filtersLabel')}>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <TextInput label={t('substances.search')} description={t('substances.searchHelp')} value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" style={{ flex: '1 1 400px' }} />
        <Button type="submit">{t('substances.searchSubmit')}</Button>
        <Select
          label={t('substances.filterJurisdiction')}
          placeholder={t('common.all')}
          data={JURISDICTIONS.map((j) => ({ value: j, label: t(`substances.jurisdictionName.${j}`) }))}
          value={filters.jurisdiction || null}
          onChange={(v) => set({ jurisdiction: v ?? '' })}
          w={230}
          {...clear}
        />
        <Select label={t('substances.filterKind')} placeholder={t('common.all')} data={KINDS.map((k) => ({ value: k, label: t(`substances.kind.${k}`) }))} value={filters.kind || null} onChange={(v) => set({ kind: v ?? '' })} w={180} {...clear} />
        <Button variant="default" onClick={() => onChange({ q: '', jurisdiction: '', kind: '' })}>
          {t('substances.clearFilters')}
        </Button>
      </Group>
    </form>
  );
}
