// One row per commitment on the board: its reference and the meeting it was made at, what will be done (in its
// language) and on which topic, the owning party and agency, the due date, the status with overdue and demo data
// marked, and — on this party's own commitments, for those who may — reporting progress and editing.
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { useUiLocale } from '../../app/locale';
import { formatDay } from '../../app/time';
import { htmlLang } from '../../app/translations';
import { PartyBadge } from '../directory/party-badge';
import { useMeetingLists } from './codes';
import { CommitmentStatusBadges } from './commitments-badges';
import type { CommitmentSummary } from './commitments-types';

export type RowAction = { kind: 'progress' | 'edit'; id: string };
type Props = { items: CommitmentSummary[]; caption: string; onAction: (action: RowAction) => void };

/** What the reader may start on a row (the node decides again, and the dialog asks it first). */
function useRowActions(): (c: CommitmentSummary) => RowAction['kind'][] {
  const me = useMe();
  const isKeeper = hasAnyRole(me, 'secretariat', 'supervisor');
  const isOfficer = hasAnyRole(me, 'officer');
  return (c) => {
    if (c.party !== me.agency.partyCode || c.status === 'withdrawn') return [];
    // By id: two parties' agencies may share an acronym; another party's agency has no id here (null).
    const mayReport = isKeeper || (isOfficer && c.agency.id !== null && c.agency.id === me.agency.id);
    return [...(mayReport ? (['progress'] as const) : []), ...(isKeeper ? (['edit'] as const) : [])];
  };
}

function RowButtons({ c, onAction }: { c: CommitmentSummary; onAction: Props['onAction'] }) {
  const { t } = useTranslation();
  const actions = useRowActions()(c);
  if (actions.length === 0) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {actions.map((kind) => (
        <Button key={kind} size="compact-sm" variant={kind === 'progress' ? 'light' : 'default'} onClick={() => onAction({ kind, id: c.id })} aria-label={t(`commitments.action.${kind}Of`, { reference: c.reference })}>
          {t(`commitments.action.${kind}`)}
        </Button>
      ))}
    </Group>
  );
}

/** Its reference, and the meeting it was made at. */
function ReferenceCell({ c }: { c: CommitmentSummary }) {
  return (
    <Table.Td style={{ whiteSpace: 'nowrap' }}>
      <Text size="sm" fw={600} className="mono">
        {c.reference}
      </Text>
      {c.meetingId && c.meetingReference ? (
        <Anchor component={Link} to={`/meetings/${c.meetingId}`} size="xs">
          {c.meetingReference}
        </Anchor>
      ) : null}
    </Table.Td>
  );
}

/** The due date (red once overdue), and the day it was settled. */
function DueCell({ c }: { c: CommitmentSummary }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (
    <Table.Td style={{ whiteSpace: 'nowrap' }}>
      <Text size="sm" c={c.overdue ? 'red.9' : undefined} fw={c.overdue ? 700 : undefined}>
        {formatDay(c.dueOn, locale)}
      </Text>
      {c.settledOn ? (
        <Text size="xs" c="dimmed">
          {t('commitments.settledOn', { day: formatDay(c.settledOn, locale) })}
        </Text>
      ) : null}
    </Table.Td>
  );
}

function CommitmentRow({ c, onAction }: { c: CommitmentSummary; onAction: Props['onAction'] }) {
  const lists = useMeetingLists();
  return (
    <Table.Tr data-testid="commitment-row">
      <ReferenceCell c={c} />
      <Table.Td miw={260} maw={420}>
        <Text size="sm" lang={htmlLang(c.language === 'zh' ? 'zh' : 'en')} data-record="" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {c.text}
        </Text>
        <Text size="xs" c="dimmed">
          {lists.label('topics', c.topic)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <PartyBadge code={c.party} />
          <Text size="xs" translate="no">
            {c.agency.acronym}
          </Text>
        </Stack>
      </Table.Td>
      <DueCell c={c} />
      <Table.Td miw={140}>
        <CommitmentStatusBadges commitment={c} />
      </Table.Td>
      <Table.Td>
        <RowButtons c={c} onAction={onAction} />
      </Table.Td>
    </Table.Tr>
  );
}

export function CommitmentsTable({ items, caption, onAction }: Props) {
  const { t } = useTranslation();
  const headers = [t('commitments.col.reference'), t('commitments.col.text'), t('commitments.col.owner'), t('commitments.col.due'), t('commitments.col.status'), t('common.actions')];
  return (
    <DataTable caption={caption} headers={headers} minWidth={1000} fz="sm">
      {items.map((c) => (
        <CommitmentRow key={c.id} c={c} onAction={onAction} />
      ))}
    </DataTable>
  );
}
