// Who took part, party by party (this party's part first, as the node gives them): each person by title and
// agency, principals marked, and a name only where one was given; when and by whom each part was last saved. A party
// named by the meeting that has not recorded its part yet is said so.
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { Filled, slot } from '../../app/components/filled';
import { PersonName } from '../../app/components/person-name';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { htmlLang } from '../../app/translations';
import { agencyName, useReference } from '../directory/reference';
import type { Meeting, PartView } from './types';

type Attendee = PartView['attendance'][number];

/** One person of a part: title (principals marked), agency, and a name only where one was given. */
function AttendeeRow({ attendee: a, lang }: { attendee: Attendee; lang: string }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" lang={lang} data-record="" span>
          {a.title}
        </Text>{' '}
        {a.principal ? (
          <Badge size="sm" variant="outline" color="blue.9" tt="none">
            {t('meetings.participants.principal')}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm" translate="no" span>
          {a.agency.acronym}
        </Text>{' '}
        <Text size="xs" c="dimmed" span>
          {agencyName(a.agency, locale)}
        </Text>
      </Table.Td>
      <Table.Td>{a.name ? <PersonName name={a.name} /> : <Text size="sm" c="dimmed">{t('meetings.participants.byTitle')}</Text>}</Table.Td>
    </Table.Tr>
  );
}

function PartTable({ part }: { part: PartView }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  const lang = htmlLang(part.language === 'zh' ? 'zh' : 'en');
  const heading = part.own ? t('meetings.participants.ownHeading', { party: ref.partyLabel(part.party) }) : t('meetings.participants.otherHeading', { party: ref.partyLabel(part.party) });
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {heading}
      </Title>
      {part.attendance.length === 0 ? (
        <Text size="sm">{t('meetings.participants.none')}</Text>
      ) : (
        <DataTable caption={t('meetings.participants.caption', { party: ref.partyLabel(part.party) })} headers={[t('meetings.part.attendeeTitle'), t('meetings.part.attendeeAgency'), t('meetings.part.attendeeName')]} minWidth={600} fz="sm">
          {part.attendance.map((a, i) => (
            <AttendeeRow key={`${a.title}:${i}`} attendee={a} lang={lang} />
          ))}
        </DataTable>
      )}
      <Text size="xs" c="dimmed">
        <Filled text={t('meetings.participants.savedBy', { version: part.version, time: formatDateTime(part.updatedAt, { locale, timeZone: me.timeZone }), name: slot('name') })} parts={{ name: <PersonName name={part.updatedByName} /> }} />
      </Text>
    </Stack>
  );
}

export function MeetingParticipants({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const ref = useReference();
  const missing = m.parties.filter((p) => !m.parts.some((part) => part.party === p));
  return (
    <Section title={t('meetings.detail.participants')}>
      <Stack gap="md">
        {m.parts.map((part) => (
          <PartTable key={part.id} part={part} />
        ))}
        {missing.map((p) => (
          <Text key={p} size="sm" c="dimmed">
            {t('meetings.participants.notYet', { party: ref.partyLabel(p) })}
          </Text>
        ))}
      </Stack>
    </Section>
  );
}
