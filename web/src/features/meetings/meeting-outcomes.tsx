// What the meeting links and what came of it: the records discussed (each a link to its page where the node says the
// reader may open it, a plain reference otherwise), the commitments made at it (reference, owning party, due day,
// status, overdue marked) with the way to the commitments board filtered to this meeting, and its readouts (status,
// kind, language) with, for this party's secretariat, the way to draft one.
import { Anchor, Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { useCodeLists } from '../../app/code-lists';
import { DataTable } from '../../app/components/data-table';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { formatDay } from '../../app/time';
import { htmlLang } from '../../app/translations';
import { PartyBadge } from '../directory/party-badge';
import { useReference } from '../directory/reference';
import { useMeetingLists } from './codes';
import { isOverdue, todayIn } from './overdue';
import type { CommitmentBrief, LinkedRecord, Meeting, ReadoutBrief } from './types';

/** The catalog word of a commitment's or a readout's status (`other` for one this page does not know). */
const commitmentWord = (s: string) => (s === 'in-progress' ? 'inProgress' : s === 'open' || s === 'done' || s === 'dropped' ? s : 'other');
const readoutWord = (s: string) => (s === 'draft' || s === 'cleared' || s === 'released' ? s : 'other');

/** One linked record: a link to its page when the node gave its id (the reader may open it), else its reference. */
function LinkedRecordItem({ record: r }: { record: LinkedRecord }) {
  const { t } = useTranslation();
  return (
    <List.Item>
      <Text span size="sm" c="dimmed">
        {t(`meetings.links.kind.${r.kind}`)}
      </Text>{' '}
      {r.id ? (
        <Anchor component={Link} to={`/${r.kind}/${r.id}`} size="sm" className="mono">
          {r.reference}
        </Anchor>
      ) : (
        <Text span size="sm" className="mono">
          {r.reference}
        </Text>
      )}
    </List.Item>
  );
}

export function MeetingLinkedRecords({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <Section title={t('meetings.detail.links')}>
      {m.linked.length === 0 ? (
        <Text size="sm">{t('meetings.links.none')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {m.linked.map((r) => (
            <LinkedRecordItem key={`${r.kind}:${r.reference}`} record={r} />
          ))}
        </List>
      )}
    </Section>
  );
}

function CommitmentRow({ c }: { c: CommitmentBrief }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const ref = useReference();
  const lists = useMeetingLists();
  const overdue = isOverdue(c, todayIn(ref.party(c.party)?.timeZone ?? 'UTC'));
  return (
    <Table.Tr>
      <Table.Td className="mono">{c.reference}</Table.Td>
      <Table.Td>
        <PartyBadge code={c.party} />
      </Table.Td>
      <Table.Td>{lists.label('topics', c.topic)}</Table.Td>
      <Table.Td>{formatDay(c.dueOn, locale)}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Text size="sm">{t(`meetings.commitments.status.${commitmentWord(c.status)}`)}</Text>
          {overdue ? (
            <Badge color="red.9" variant="filled" tt="none" size="sm">
              {t('meetings.commitments.overdue')}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

export function MeetingCommitments({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const headers = [t('meetings.commitments.colReference'), t('meetings.commitments.colOwner'), t('meetings.commitments.colTopic'), t('meetings.commitments.colDue'), t('meetings.commitments.colStatus')];
  return (
    <Section title={t('meetings.detail.commitments')}>
      <Stack gap="sm">
        {m.commitments.length === 0 ? (
          <Text size="sm">{t('meetings.commitments.none')}</Text>
        ) : (
          <DataTable caption={t('meetings.commitments.caption', { reference: m.reference })} headers={headers} minWidth={640} fz="sm">
            {m.commitments.map((c) => (
              <CommitmentRow key={c.id} c={c} />
            ))}
          </DataTable>
        )}
        <Group>
          <Button component={Link} to={`/commitments?${new URLSearchParams({ meetingId: m.id }).toString()}`} variant="default" size="xs">
            {t('meetings.commitments.board')}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}

function ReadoutItem({ r }: { r: ReadoutBrief }) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/readouts/${r.id}`} size="sm" fw={600}>
          {r.reference}
        </Anchor>
        <PartyBadge code={r.party} />
        <Text span size="sm" lang={htmlLang(r.language === 'zh' ? 'zh' : 'en')} data-record="">
          {r.title}
        </Text>
        <Badge variant="outline" tt="none" size="sm" color={r.status === 'released' ? 'teal.9' : 'gray.7'}>
          {t(`meetings.readouts.status.${readoutWord(r.status)}`)}
        </Badge>
        <Text span size="xs" c="dimmed">
          {t(`meetings.readouts.kind.${r.kind === 'joint' ? 'joint' : 'own'}`)} · {codes.label('languages', r.language === 'zh' ? 'zh' : 'en')}
        </Text>
      </Group>
    </List.Item>
  );
}

export function MeetingReadouts({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const mayDraft = hasAnyRole(useMe(), 'secretariat') && m.status !== 'withdrawn';
  return (
    <Section title={t('meetings.detail.readouts')}>
      <Stack gap="sm">
        {m.readouts.length === 0 ? (
          <Text size="sm">{t('meetings.readouts.none')}</Text>
        ) : (
          <List size="sm" spacing={6} listStyleType="none" p={0}>
            {m.readouts.map((r) => (
              <ReadoutItem key={r.id} r={r} />
            ))}
          </List>
        )}
        {mayDraft ? (
          <Group>
            <Button component={Link} to={`/readouts/new?${new URLSearchParams({ meetingId: m.id }).toString()}`} size="xs">
              {t('meetings.readouts.draft')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Section>
  );
}
