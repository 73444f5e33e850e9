// The fields of this party's part: who took part (title, one of this party's agencies, principal or not, a name
// only where the person is not named by title alone), a note per agenda item, and the decisions (each on an item
// or on the meeting as a whole). Rows are added and removed freely; a blank row is left out on saving.
import { Button, Checkbox, Fieldset, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemFieldset } from '../incidents/form/item-fieldset';
import { useReference } from '../directory/reference';
import { useMeetingLists } from './codes';
import { emptyAttendee, emptyDecision, WHOLE_MEETING, type AttendeeDraft, type DecisionDraft, type PartDraft } from './part-draft';
import type { AgendaView } from './types';

/** `errorFor` takes the editor's paths: `attendance/<key>/title`, `notes/<itemId>`, `decisions/<key>/text`. */
export type PartFieldsProps = { draft: PartDraft; change: (patch: Partial<PartDraft>) => void; errorFor: (path: string) => string | undefined; agenda: readonly AgendaView[] };

const MAX_ROWS = 200;
const langOf = (d: PartDraft) => (d.language === 'zh' ? 'zh-CN' : 'en');

export function AttendanceFields({ draft: d, change, errorFor }: PartFieldsProps) {
  const { t } = useTranslation();
  const ref = useReference();
  const agencies = ref.agencyOptions({ activeOnly: true, ownPartyOnly: true });
  const set = (key: string, patch: Partial<AttendeeDraft>) => change({ attendance: d.attendance.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  return (
    <Fieldset legend={t('meetings.part.attendance')}>
      <Stack>
        <Text size="sm">{t('meetings.part.attendanceHelp')}</Text>
        {d.attendance.map((a, i) => (
          <ItemFieldset key={a.key} legend={t('meetings.part.attendeeLegend', { n: i + 1 })} removeLabel={t('meetings.part.removeAttendee', { n: i + 1 })} onRemove={() => change({ attendance: d.attendance.filter((x) => x.key !== a.key) })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
              <TextInput label={t('meetings.part.attendeeTitle')} description={t('meetings.part.attendeeTitleHelp')} value={a.title} onChange={(e) => set(a.key, { title: e.currentTarget.value })} error={errorFor(`attendance/${a.key}/title`)} required maxLength={300} lang={langOf(d)} />
              <Select label={t('meetings.part.attendeeAgency')} data={agencies} value={a.agencyId || null} onChange={(v) => set(a.key, { agencyId: v ?? '' })} error={errorFor(`attendance/${a.key}/agencyId`)} required searchable allowDeselect={false} nothingFoundMessage={t('common.nothingFound')} />
              <TextInput label={t('meetings.part.attendeeName')} description={t('meetings.part.attendeeNameHelp')} value={a.name} onChange={(e) => set(a.key, { name: e.currentTarget.value })} error={errorFor(`attendance/${a.key}/name`)} maxLength={200} />
              <Checkbox mt={{ sm: 'xl' }} label={t('meetings.part.principal')} checked={a.principal} onChange={(e) => set(a.key, { principal: e.currentTarget.checked })} />
            </SimpleGrid>
          </ItemFieldset>
        ))}
        <div>
          <Button variant="default" onClick={() => change({ attendance: [...d.attendance, emptyAttendee()] })} disabled={d.attendance.length >= MAX_ROWS}>
            {t('meetings.part.addAttendee')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

export function NotesFields({ draft: d, change, errorFor, agenda }: PartFieldsProps) {
  const { t } = useTranslation();
  const lists = useMeetingLists();
  return (
    <Fieldset legend={t('meetings.part.notes')}>
      <Stack>
        <Text size="sm">{agenda.length === 0 ? t('meetings.part.noAgenda') : t('meetings.part.notesHelp')}</Text>
        {agenda.map((item) => (
          <Textarea
            key={item.id}
            label={`${lists.label('topics', item.topic)} — ${item.title}`}
            value={d.notes[item.id] ?? ''}
            onChange={(e) => change({ notes: { ...d.notes, [item.id]: e.currentTarget.value } })}
            error={errorFor(`notes/${item.id}`)}
            autosize
            minRows={2}
            maxLength={20_000}
            lang={langOf(d)}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}

export function DecisionsFields({ draft: d, change, errorFor, agenda }: PartFieldsProps) {
  const { t } = useTranslation();
  const items = [{ value: WHOLE_MEETING, label: t('meetings.decisions.onMeeting') }, ...agenda.map((a) => ({ value: a.id, label: a.title }))];
  const set = (key: string, patch: Partial<DecisionDraft>) => change({ decisions: d.decisions.map((x) => (x.key === key ? { ...x, ...patch } : x)) });
  return (
    <Fieldset legend={t('meetings.part.decisions')}>
      <Stack>
        {d.decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('meetings.decisions.empty')}
          </Text>
        ) : null}
        {d.decisions.map((x, i) => (
          <ItemFieldset key={x.key} legend={t('meetings.part.decisionLegend', { n: i + 1 })} removeLabel={t('meetings.part.removeDecision', { n: i + 1 })} onRemove={() => change({ decisions: d.decisions.filter((y) => y.key !== x.key) })}>
            <Stack gap="xs">
              <Select label={t('meetings.part.decisionItem')} data={items} value={x.itemId} onChange={(v) => set(x.key, { itemId: v ?? WHOLE_MEETING })} error={errorFor(`decisions/${x.key}/itemId`)} allowDeselect={false} />
              <Textarea label={t('meetings.part.decisionText')} value={x.text} onChange={(e) => set(x.key, { text: e.currentTarget.value })} error={errorFor(`decisions/${x.key}/text`)} autosize minRows={2} maxLength={20_000} lang={langOf(d)} />
            </Stack>
          </ItemFieldset>
        ))}
        <div>
          <Button variant="default" onClick={() => change({ decisions: [...d.decisions, emptyDecision()] })} disabled={d.decisions.length >= MAX_ROWS}>
            {t('meetings.part.addDecision')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
