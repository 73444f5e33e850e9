// What the meeting is: its level and mode, when (on the clock of its place and on the reader's), where, the
// convening party and the others taking part, how it may be handled, who recorded it and when it last changed.
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { useCodeLists } from '../../app/code-lists';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { PersonName } from '../../app/components/person-name';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { htmlLang } from '../../app/translations';
import { PartyBadge } from '../directory/party-badge';
import { useReference } from '../directory/reference';
import { useMeetingLists } from './codes';
import { meetingTimes } from './meeting-time';
import type { Meeting } from './types';

/** When it is on the clock of its place, and on the reader's when that differs. */
function WhenItem({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const times = meetingTimes(m, me.timeZone, locale);
  return (
    <DetailItem label={t('meetings.detail.when')}>
      <Stack gap={2}>
        <Text size="sm">{t('meetings.when.place', { time: times.place })}</Text>
        {times.reader ? <Text size="sm">{t('meetings.when.reader', { time: times.reader })}</Text> : null}
      </Stack>
    </DetailItem>
  );
}

/** The convening party, and the others taking part. */
function PartyItems({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const ref = useReference();
  const others = m.parties.filter((p) => p !== m.originParty);
  return (
    <>
      <DetailItem label={t('meetings.detail.convener')}>
        <Group gap={6}>
          <PartyBadge code={m.originParty} />
          <Text size="sm">{ref.partyLabel(m.originParty)}</Text>
        </Group>
      </DetailItem>
      <DetailItem label={t('meetings.detail.otherParties')}>
        <Group gap={6}>
          {others.map((p) => (
            <Group key={p} gap={4}>
              <PartyBadge code={p} />
              <Text size="sm">{ref.partyLabel(p)}</Text>
            </Group>
          ))}
        </Group>
      </DetailItem>
    </>
  );
}

function RecordedItem({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  return (
    <DetailItem label={t('meetings.detail.recordedBy')}>
      <PersonName name={m.createdByName} />
      <Text size="xs" c="dimmed">
        {t('meetings.detail.versionAt', { version: m.version, time: formatDateTime(m.updatedAt, { locale, timeZone: me.timeZone }) })}
      </Text>
    </DetailItem>
  );
}

export function MeetingFacts({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const lists = useMeetingLists();
  const codes = useCodeLists();
  return (
    <Section title={t('meetings.detail.facts')}>
      <DetailList>
        <DetailItem label={t('meetings.form.level')}>{lists.label('levels', m.level)}</DetailItem>
        <DetailItem label={t('meetings.form.mode')}>{lists.label('modes', m.mode)}</DetailItem>
        <WhenItem meeting={m} />
        <DetailItem label={t('meetings.form.place')}>
          <Text size="sm" lang={htmlLang(m.language === 'zh' ? 'zh' : 'en')} data-record="">
            {m.place}
          </Text>
        </DetailItem>
        <PartyItems meeting={m} />
        <DetailItem label={t('meetings.form.handling')}>{codes.label('handling', m.handling)}</DetailItem>
        <RecordedItem meeting={m} />
      </DetailList>
    </Section>
  );
}
