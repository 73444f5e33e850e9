// One row per meeting, newest first as the node lists them: reference and level, the title in its language, when
// (on the clock of the place, and on the reader's), where and how, the parties, the agenda's topics, the status.
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { useUiLocale } from '../../app/locale';
import { htmlLang } from '../../app/translations';
import { PartyBadge } from '../directory/party-badge';
import { MeetingStatusBadge } from './badges';
import { useMeetingLists } from './codes';
import { meetingTimes } from './meeting-time';
import type { MeetingSummary } from './types';

const langOf = (l: string) => htmlLang(l === 'zh' ? 'zh' : 'en');

function WhenCell({ m }: { m: MeetingSummary }) {
  const me = useMe();
  const locale = useUiLocale();
  const { t } = useTranslation();
  const times = meetingTimes(m, me.timeZone, locale);
  return (
    <Stack gap={2}>
      <Text size="sm">{times.place}</Text>
      {times.reader ? (
        <Text size="xs" c="dimmed">
          {t('meetings.when.readerShort', { time: times.reader })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Where (in the meeting's language) and how it meets. */
function PlaceCell({ m }: { m: MeetingSummary }) {
  const lists = useMeetingLists();
  return (
    <Table.Td maw={220}>
      <Text size="sm" lang={langOf(m.language)} data-record="">
        {m.place}
      </Text>
      <Text size="xs" c="dimmed">
        {lists.label('modes', m.mode)}
      </Text>
    </Table.Td>
  );
}

function MeetingRow({ m }: { m: MeetingSummary }) {
  const { t } = useTranslation();
  const lists = useMeetingLists();
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor component={Link} to={`/meetings/${m.id}`} fw={600} size="sm">
          {m.reference}
        </Anchor>
        <Text size="xs" c="dimmed">
          {lists.label('levels', m.level)}
        </Text>
      </Table.Td>
      <Table.Td miw={200} maw={320}>
        <Text size="sm" lang={langOf(m.language)} data-record="" style={{ overflowWrap: 'anywhere' }}>
          {m.title}
        </Text>
      </Table.Td>
      <Table.Td miw={220}>
        <WhenCell m={m} />
      </Table.Td>
      <PlaceCell m={m} />
      <Table.Td>
        <Group gap={4}>
          {m.parties.map((p) => (
            <PartyBadge key={p} code={p} />
          ))}
        </Group>
      </Table.Td>
      <Table.Td maw={220}>
        <Text size="xs">{m.topics.map((code) => lists.label('topics', code)).join(t('meetings.list.topicSeparator'))}</Text>
      </Table.Td>
      <Table.Td>
        <MeetingStatusBadge status={m.status} />
      </Table.Td>
    </Table.Tr>
  );
}

export function MeetingsTable({ items, caption }: { items: MeetingSummary[]; caption: string }) {
  const { t } = useTranslation();
  const headers = [t('meetings.list.colReference'), t('meetings.list.colTitle'), t('meetings.list.colWhen'), t('meetings.list.colPlace'), t('meetings.list.colParties'), t('meetings.list.colTopics'), t('meetings.list.colStatus')];
  return (
    <DataTable caption={caption} headers={headers} minWidth={1100} fz="sm">
      {items.map((m) => (
        <MeetingRow key={m.id} m={m} />
      ))}
    </DataTable>
  );
}
