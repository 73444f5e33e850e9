// The meeting form's agenda — items in order, each a topic from the node's list and a title in the meeting's
// language, added and removed freely (an item keeps its id across versions, so the parties' notes stay on it) — and
// the records the meeting links (incidents, notifications, cases and requests by reference, through the fields
// commitments and readouts use too: commitments-links-fields.tsx).
import { Button, Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemFieldset } from '../incidents/form/item-fieldset';
import { useMeetingLists } from './codes';
import { LinkedRecordsFields } from './commitments-links-fields';
import { emptyAgendaItem, type AgendaDraft } from './meeting-draft';
import { draftLang, type MeetingFieldsProps } from './meeting-form-fields';

const MAX_ITEMS = 50;

export function MeetingAgendaFields({ draft: d, change, errorFor }: MeetingFieldsProps) {
  const { t } = useTranslation();
  const lists = useMeetingLists();
  const set = (key: string, patch: Partial<AgendaDraft>) => change({ agenda: d.agenda.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  return (
    <Fieldset legend={t('meetings.form.agenda')}>
      <Stack>
        <Text size="sm">{t('meetings.form.agendaHelp')}</Text>
        {d.agenda.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('meetings.agenda.empty')}
          </Text>
        ) : null}
        {d.agenda.map((a, i) => (
          <ItemFieldset key={a.key} legend={t('meetings.form.agendaLegend', { n: i + 1 })} removeLabel={t('meetings.form.removeAgendaItem', { n: i + 1 })} onRemove={() => change({ agenda: d.agenda.filter((x) => x.key !== a.key) })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select label={t('meetings.form.agendaTopic')} data={lists.options('topics')} value={a.topic || null} onChange={(v) => set(a.key, { topic: v ?? '' })} error={errorFor(`agenda/${i}/topic`)} required searchable allowDeselect={false} nothingFoundMessage={t('common.nothingFound')} />
              <TextInput label={t('meetings.form.agendaTitle')} value={a.title} onChange={(e) => set(a.key, { title: e.currentTarget.value })} error={errorFor(`agenda/${i}/title`) ?? errorFor(`agenda/${i}/id`)} required maxLength={300} lang={draftLang(d)} />
            </SimpleGrid>
          </ItemFieldset>
        ))}
        <div>
          <Button variant="default" onClick={() => change({ agenda: [...d.agenda, emptyAgendaItem()] })} disabled={d.agenda.length >= MAX_ITEMS}>
            {t('meetings.form.addAgendaItem')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

export function MeetingLinksFields({ draft: d, change, errorFor }: MeetingFieldsProps) {
  const { t } = useTranslation();
  return <LinkedRecordsFields legend={t('meetings.form.links')} help={t('meetings.form.linksHelp')} links={d.links} onChange={(links) => change({ links })} errorFor={errorFor} path="links" />;
}
