// Pickers that look their options up as one types: a registry substance (by name in either language, CAS number)
// and a species from the wildlife checklist (scientific, English or Chinese name, pinyin). The chosen value is a
// substance id or a scientific name; its label is read back when the page opens with one in the address.
import { Select, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useUiLocale } from '../../app/locale';
import { textIn } from '../substances/format';
import type { Species } from './types';
import { findSpecies } from './wildlife';

type Option = { value: string; label: string };
type PickerProps = { label: string; value: string; onChange: (value: string) => void; w?: number };

/** The options for what is typed, asked a moment after typing stops; the chosen one stays among them. */
function useLookup(search: string, find: (q: string) => Promise<Option[]>, chosen: Option | null): Option[] {
  const [found, setFound] = useState<Option[]>([]);
  useEffect(() => {
    const q = search.trim();
    if (q.length < 2) return setFound([]);
    let live = true;
    const timer = setTimeout(() => void find(q).then((o) => live && setFound(o), () => live && setFound([])), 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `find` is rebuilt each render; the search text is what changes the answer.
  }, [search]);
  return chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;
}

function LookupSelect({ label, value, onChange, w, options, search, setSearch }: PickerProps & { options: Option[]; search: string; setSearch: (s: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      placeholder={t('incidents.list.typeToSearch')}
      data={options}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={search.trim().length >= 2 ? t('incidents.list.nothingFound') : undefined}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clearSelection') }}
      w={w}
    />
  );
}

export function SubstancePicker(props: PickerProps) {
  const locale = useUiLocale();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(null);
  useEffect(() => {
    if (!props.value) return setChosen(null);
    if (chosen?.value === props.value) return;
    void call(api.GET('/api/v1/substances/{id}', { params: { path: { id: props.value } } })).then((s) => setChosen({ value: s.id, label: textIn(s.names, locale) }), () => setChosen(null));
  }, [props.value, locale]);
  const find = async (q: string) => (await call(api.GET('/api/v1/substances', { params: { query: { q, limit: 10 } } }))).items.map((s) => ({ value: s.id, label: s.cas ? `${textIn(s.names, locale)} (${s.cas})` : textIn(s.names, locale) }));
  const options = useLookup(search, find, chosen);
  const onChange = (v: string) => {
    setChosen(options.find((o) => o.value === v) ?? null);
    props.onChange(v);
  };
  return <LookupSelect {...props} onChange={onChange} options={options} search={search} setSearch={setSearch} />;
}

/** The species' name in the reader's language, when the checklist has one. */
export function speciesName(s: Pick<Species, 'en' | 'zh'>, locale: string): string | null {
  return locale === 'zh-CN' ? s.zh : s.en;
}

export function SpeciesPicker(props: PickerProps) {
  const locale = useUiLocale();
  const [search, setSearch] = useState('');
  const chosen = props.value ? { value: props.value, label: props.value } : null;
  const find = async (q: string) =>
    (await findSpecies(q, 10)).map((s) => {
      const name = speciesName(s, locale);
      return { value: s.scientificName, label: name ? `${s.scientificName} — ${name}` : s.scientificName };
    });
  const options = useLookup(search, find, chosen);
  return <LookupSelect {...props} options={options} search={search} setSearch={setSearch} />;
}

/** A scientific name: Latin in every language, in italics as biology writes it. */
export function ScientificName({ name }: { name: string }) {
  return (
    <Text span inherit fs="italic" lang="la" translate="no">
      {name}
    </Text>
  );
}
