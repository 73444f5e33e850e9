// The species of a wildlife item, looked up in the node's CITES checklist as the officer types — a scientific,
// English or Chinese name, or the Chinese name in pinyin ("chuanshanjia", "csj") — and picked from the answers.
// Each answer shows both names, the reader's language first, and its appendix; what no consulted source confirms
// is said so once the species is chosen.
import { Badge, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../../app/components/problem-alert';
import { formatList } from '../../../app/format';
import { useUiLocale } from '../../../app/locale';
import type { SpeciesPick } from './item-draft';
import type { Species } from './types';
import { useSpeciesSearch } from '../wildlife';

type Props = { value: SpeciesPick | null; onChange: (species: SpeciesPick | null) => void; error: string | undefined };

const UNCONFIRMABLE = ['en', 'zh', 'appendix', 'annotation', 'note'] as const;

/** "中华穿山甲 Manis pentadactyla" in Chinese, "Chinese pangolin (Manis pentadactyla)" in English. */
export function speciesLabel(s: SpeciesPick, locale: string): string {
  const common = locale === 'zh-CN' ? (s.zh ?? s.en) : (s.en ?? s.zh);
  if (!common) return s.scientificName;
  return locale === 'zh-CN' ? `${common}（${s.scientificName}）` : `${common} (${s.scientificName})`;
}

function pickOf(s: Species): SpeciesPick {
  return { scientificName: s.scientificName, en: s.en, zh: s.zh, appendix: s.appendix, unconfirmed: s.unconfirmed };
}

export function SpeciesPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const message = useProblemMessage();
  const chosenLabel = value ? speciesLabel(value, locale) : '';
  const [search, setSearch] = useState(chosenLabel);
  // The search box shows the chosen species' label once one is picked: that is not a query.
  const found = useSpeciesSearch(search === chosenLabel ? '' : search);
  const picks = new Map<string, SpeciesPick>(found.items.map((s) => [s.scientificName, pickOf(s)]));
  if (value && !picks.has(value.scientificName)) picks.set(value.scientificName, value);
  const data = [...picks.values()].map((s) => ({ value: s.scientificName, label: speciesLabel(s, locale) }));
  const nothing = found.problem ? t('incidentForm.speciesLookupFailed', { reason: message(found.problem) }) : found.isLoading ? t('incidentForm.speciesSearching') : search.trim() ? t('incidentForm.speciesNone') : undefined;
  return (
    <Stack gap={6}>
      <Select
        label={t('incidentForm.species')}
        description={t('incidentForm.speciesHelp')}
        placeholder={t('incidentForm.speciesPlaceholder')}
        data={data}
        value={value?.scientificName ?? null}
        onChange={(v) => onChange(v ? (picks.get(v) ?? null) : null)}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        nothingFoundMessage={nothing}
        rightSection={found.isLoading ? <Loader size="xs" aria-hidden /> : undefined}
        renderOption={({ option }) => <SpeciesOption species={picks.get(option.value)} />}
        error={error}
        required
        clearable
        clearButtonProps={{ 'aria-label': t('common.clearSelection') }}
      />
      {value ? <ChosenSpecies species={value} /> : null}
    </Stack>
  );
}

function SpeciesOption({ species }: { species: SpeciesPick | undefined }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  if (!species) return null;
  const [first, second] = locale === 'zh-CN' ? [species.zh, species.en] : [species.en, species.zh];
  return (
    <Stack gap={0}>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} lang={locale === 'zh-CN' ? 'zh-CN' : 'en'}>
          {first ?? species.scientificName}
        </Text>
        <Badge size="xs" variant="outline" color="gray.8" tt="none">
          {t('incidentForm.appendix', { appendix: species.appendix })}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        <i lang="la">{species.scientificName}</i>
        {second ? (
          <>
            {' · '}
            <span lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}>{second}</span>
          </>
        ) : null}
      </Text>
    </Stack>
  );
}

function ChosenSpecies({ species }: { species: SpeciesPick }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const unconfirmed = UNCONFIRMABLE.filter((f) => species.unconfirmed?.includes(f));
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm" lang="la" fs="italic">
          {species.scientificName}
        </Text>
        {species.zh ? (
          <Text size="sm" lang="zh-CN">
            {species.zh}
          </Text>
        ) : null}
        {species.en ? (
          <Text size="sm" lang="en">
            {species.en}
          </Text>
        ) : null}
        <Badge size="sm" variant="outline" color="gray.8" tt="none">
          {t('incidentForm.appendix', { appendix: species.appendix })}
        </Badge>
      </Group>
      {unconfirmed.length > 0 ? (
        <Text size="xs" c="#b8400d">
          {t('incidentForm.speciesUnconfirmed', { fields: formatList(unconfirmed.map((f) => t(`incidentForm.speciesField.${f}`)), locale) })}
        </Text>
      ) : null}
    </Stack>
  );
}
