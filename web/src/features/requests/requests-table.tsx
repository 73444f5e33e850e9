// One row per request: reference (and its case), subject in its language, who asks whom, priority, status, and the
// reply clock — time left, the deadline on the reader's clock and on the other party's.
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../app/components/data-table';
import { htmlLang } from '../../app/translations';
import { PartyBadge } from '../directory/party-badge';
import { PriorityBadge, RequestStatusBadge } from './badges';
import { DueBothZones, TimeLeftText } from './clock-text';
import { textLang, useRequestCodes } from './codes';
import type { RequestSummary } from './types';

export function RequestsTable({ items, caption }: { items: RequestSummary[]; caption: string }) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const headers = [t('requests.list.colReference'), t('requests.list.colSubject'), t('requests.list.colParties'), t('requests.list.colPriority'), t('requests.list.colStatus'), t('requests.list.colTimeLeft')];
  return (
    <DataTable caption={caption} headers={headers} minWidth={1000} fz="sm">
      {items.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Anchor component={Link} to={`/requests/${r.id}`} fw={600} size="sm">
              {r.reference}
            </Anchor>
            {r.caseReference ? (
              <Text size="xs" c="dimmed">
                {r.caseReference}
              </Text>
            ) : null}
          </Table.Td>
          <Table.Td miw={200} maw={360}>
            <Text size="sm" lang={htmlLang(textLang(r.language))} data-record="" style={{ overflowWrap: 'anywhere' }}>
              {r.subject}
            </Text>
            <Text size="xs" c="dimmed">
              {codes.label('requestTypes', r.type)}
            </Text>
          </Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap" aria-label={t('requests.list.fromTo', { from: r.originParty, to: r.toParty })}>
              <PartyBadge code={r.originParty} />
              <Text size="sm" aria-hidden>
                →
              </Text>
              <PartyBadge code={r.toParty} />
            </Group>
            <Text size="xs" translate="no">
              {r.agency.acronym}
            </Text>
          </Table.Td>
          <Table.Td>
            <PriorityBadge priority={r.priority} />
          </Table.Td>
          <Table.Td>
            <RequestStatusBadge status={r.status} />
          </Table.Td>
          <Table.Td miw={220}>
            <Stack gap={2}>
              <TimeLeftText request={r} />
              <DueBothZones request={r} size="xs" />
            </Stack>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
