// The records a case or a request links: this node's incidents and pre-export notifications, by reference. While
// the officer types, the node's own records are offered (an incident by words of its reference or title); any
// reference may also be typed or pasted. The node checks each on saving — it must be here and readable, another
// party's record only if that party receives this one, and not marked stricter — and says so at the field.
// An edited draft also keeps the points of contact it links, shown by name with what the node says of each, and
// removable. The request form and the case form both link records through these fields.
import { Fieldset, SimpleGrid, TagsInput, Text, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useApiQuery } from '../../app/use-api-query';
import { KeptContacts } from './kept-contacts';
import { matchesSuggestion, MAX_LINKS, normaliseReferences, type LinksDraft, type LinkSuggestion } from './links';

const SUGGESTED = 20;

function useIncidentSuggestions(search: string): LinkSuggestion[] {
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = useApiQuery(async () => {
    const page = await call(api.GET('/api/v1/incidents', { params: { query: { status: 'active', pageSize: SUGGESTED, ...(q ? { q } : {}) } } }));
    return page.items.map((i) => ({ reference: i.reference, description: i.title }));
  }, [q]);
  return query.data ?? [];
}

/** Notifications that have left (a draft cannot be linked), most recent first. */
function useNotificationSuggestions(): LinkSuggestion[] {
  const query = useApiQuery(async () => {
    const page = await call(api.GET('/api/v1/notifications', { params: { query: { box: 'all', pageSize: 100 } } }));
    return page.items.filter((n) => n.status !== 'draft').map((n) => ({ reference: n.reference, description: [n.exporterName, ...n.chemicals].join(' · ') }));
  }, []);
  return query.data ?? [];
}

/** `isSearched`: the node already chose the suggestions by what is typed (an incident may match on an entity). */
type FieldProps = { label: string; help: string; suggestions: LinkSuggestion[]; isSearched?: boolean; value: string[]; onChange: (v: string[]) => void; error: string | undefined; search: string; onSearch: (s: string) => void };

function ReferencesField({ label, help, suggestions, isSearched = false, value, onChange, error, search, onSearch }: FieldProps) {
  const described = new Map(suggestions.map((s) => [s.reference, s.description]));
  const filter: OptionsFilter = ({ options }) => (isSearched ? options : (options as ComboboxItem[]).filter((o) => matchesSuggestion({ reference: o.value, description: described.get(o.value) ?? '' }, search)));
  return (
    <TagsInput
      label={label}
      description={help}
      data={suggestions.map((s) => s.reference)}
      value={value}
      onChange={(v) => onChange(normaliseReferences(v))}
      searchValue={search}
      onSearchChange={onSearch}
      filter={filter}
      renderOption={({ option }) => (
        <Text size="sm">
          {option.value}
          {described.get(option.value) ? <Text span size="sm" c="dimmed" data-record="">{` — ${described.get(option.value) ?? ''}`}</Text> : null}
        </Text>
      )}
      error={error}
      maxTags={MAX_LINKS}
      splitChars={[',', ' ', ';']}
      classNames={{ input: 'mono' }}
    />
  );
}

type Props = { links: LinksDraft; onChange: (links: LinksDraft) => void; errorFor: (path: string) => string | undefined };

export function LinksFields({ links, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const [incidentSearch, setIncidentSearch] = useState('');
  const [notificationSearch, setNotificationSearch] = useState('');
  const incidents = useIncidentSuggestions(incidentSearch);
  const notifications = useNotificationSuggestions();
  return (
    <Fieldset legend={t('requests.links.legend')}>
      <Text size="xs" c="dimmed" mb="xs">
        {t('requests.links.help')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ReferencesField label={t('requests.links.incidents')} help={t('requests.links.incidentsHelp')} suggestions={incidents} isSearched value={links.incidents} onChange={(incidents) => onChange({ ...links, incidents })} error={errorFor('links/incidents')} search={incidentSearch} onSearch={setIncidentSearch} />
        <ReferencesField label={t('requests.links.notifications')} help={t('requests.links.notificationsHelp')} suggestions={notifications} value={links.notifications} onChange={(notifications) => onChange({ ...links, notifications })} error={errorFor('links/notifications')} search={notificationSearch} onSearch={setNotificationSearch} />
      </SimpleGrid>
      <KeptContacts contacts={links.contacts} onChange={(contacts) => onChange({ ...links, contacts })} errorFor={errorFor} />
    </Fieldset>
  );
}
