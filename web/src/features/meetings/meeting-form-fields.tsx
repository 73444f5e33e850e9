// The meeting form's fields, group by group: what the meeting is (title in the language it is written in, level,
// mode, status), when and where (days and wall-clock times on the clock of the place, the place's zone, the place),
// who takes part besides this party, and how it may be handled. The agenda and the linked records have files of
// their own (meeting-agenda-fields.tsx).
import { Checkbox, Fieldset, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { DateField } from '../../app/components/date-field';
import { useUiLocale } from '../../app/locale';
import { timeZoneList, zoneOptions } from '../../app/time';
import { useReference } from '../directory/reference';
import { HANDLINGS, isHandling } from '../incidents/codes';
import { isLevel, isMeetingStatus, isMode, LEVELS, MEETING_STATUSES, MODES, useMeetingLists } from './codes';
import { withStartDay, type MeetingDraft } from './meeting-draft';

/** What every group gets: the draft, a way to change it, the error at a field path (as the node names it). */
export type MeetingFieldsProps = { draft: MeetingDraft; change: (patch: Partial<MeetingDraft>) => void; errorFor: (path: string) => string | undefined };

export const draftLang = (d: MeetingDraft): string => (d.language === 'zh' ? 'zh-CN' : 'en');

export function MeetingWhatFields({ draft: d, change, errorFor }: MeetingFieldsProps) {
  const { t } = useTranslation();
  const lists = useMeetingLists();
  return (
    <Fieldset legend={t('meetings.form.what')}>
      <Stack>
        <TextInput label={t('meetings.form.title')} value={d.title} onChange={(e) => change({ title: e.currentTarget.value })} error={errorFor('title')} required maxLength={300} lang={draftLang(d)} />
        <Radio.Group label={t('meetings.form.language')} description={t('meetings.form.languageHelp')} value={d.language} onChange={(v) => change({ language: v === 'zh' ? 'zh' : 'en' })}>
          <Group mt="xs">
            <Radio value="en" label={t('meetings.form.languageEn')} />
            <Radio value="zh" label={t('meetings.form.languageZh')} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label={t('meetings.form.level')} data={LEVELS.map((l) => ({ value: l, label: lists.label('levels', l) }))} value={d.level || null} onChange={(v) => change({ level: isLevel(v) ? v : '' })} error={errorFor('level')} required allowDeselect={false} />
          <Select label={t('meetings.form.mode')} data={MODES.map((m) => ({ value: m, label: lists.label('modes', m) }))} value={d.mode || null} onChange={(v) => change({ mode: isMode(v) ? v : '' })} error={errorFor('mode')} required allowDeselect={false} />
          <Select label={t('meetings.form.status')} data={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))} value={d.status} onChange={(v) => (isMeetingStatus(v) ? change({ status: v }) : undefined)} error={errorFor('status')} allowDeselect={false} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

export function MeetingWhenFields({ draft: d, change, errorFor }: MeetingFieldsProps) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const zones = useMemo(() => zoneOptions(timeZoneList(), locale), [locale]);
  return (
    <Fieldset legend={t('meetings.form.when')}>
      <Stack>
        <Select label={t('meetings.form.timeZone')} description={t('meetings.form.timeZoneHelp')} data={zones} value={d.timeZone} onChange={(v) => (v ? change({ timeZone: v }) : undefined)} error={errorFor('timeZone')} searchable required allowDeselect={false} nothingFoundMessage={t('common.nothingFound')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('meetings.form.startDay')} value={d.startDay} onChange={(v) => change(withStartDay(d, v))} error={errorFor('startsAt')} required />
          <TextInput type="time" label={t('meetings.form.startTime')} value={d.startTime} onChange={(e) => change({ startTime: e.currentTarget.value })} required />
          <DateField label={t('meetings.form.endDay')} value={d.endDay} onChange={(endDay) => change({ endDay })} error={errorFor('endsAt')} required />
          <TextInput type="time" label={t('meetings.form.endTime')} value={d.endTime} onChange={(e) => change({ endTime: e.currentTarget.value })} required />
        </SimpleGrid>
        <TextInput label={t('meetings.form.place')} description={t('meetings.form.placeHelp')} value={d.place} onChange={(e) => change({ place: e.currentTarget.value })} error={errorFor('place')} required maxLength={300} lang={draftLang(d)} />
      </Stack>
    </Fieldset>
  );
}

export function MeetingPartiesFields({ draft: d, change, errorFor }: MeetingFieldsProps) {
  const { t } = useTranslation();
  const ref = useReference();
  const lists = useCodeLists();
  return (
    <Fieldset legend={t('meetings.form.sharing')}>
      <Stack>
        <Checkbox.Group label={t('meetings.form.parties')} description={t('meetings.form.partiesHelp')} value={d.parties} onChange={(parties) => change({ parties })} error={errorFor('parties')} required>
          <Stack gap="xs" mt="xs">
            {ref.counterparts.map((p) => (
              <Checkbox key={p.code} value={p.code} label={`${ref.partyLabel(p.code)} (${p.code})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Select label={t('meetings.form.handling')} description={t('meetings.form.handlingHelp')} data={HANDLINGS.map((h) => ({ value: h, label: lists.label('handling', h) }))} value={d.handling} onChange={(v) => (isHandling(v) ? change({ handling: v }) : undefined)} error={errorFor('handling')} allowDeselect={false} />
      </Stack>
    </Fieldset>
  );
}
