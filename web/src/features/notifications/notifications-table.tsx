// One row per notification: reference, which way it goes and the other party, its chemicals and most severe verdict,
// its status, the importer's deadline (time left, the day it ends and the reader's own clock) and the shipment date.
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../app/components/data-table';
import { useUiLocale } from '../../app/locale';
import { writtenLang } from '../../app/translations';
import { formatDay } from '../../app/time';
import { PartyBadge } from '../directory/party-badge';
import { VerdictBadge } from '../substances/badges';
import { IdentifiedNames } from '../substances/identified-names';
import { DirectionBadge, OverdueBadge, StatusBadge } from './badges';
import { DueText, TimeLeftText } from './due-times';
import type { NotificationSummary } from './types';

export function NotificationsTable({ items }: { items: NotificationSummary[] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const headers = [
    t('notifications.colReference'),
    t('notifications.colDirection'),
    t('notifications.colChemicals'),
    t('notifications.colVerdict'),
    t('notifications.colStatus'),
    t('notifications.colDue'),
    t('notifications.colShipment'),
  ];
  return (
    <DataTable caption={t('notifications.tableCaption')} headers={headers} minWidth={960} fz="sm">
      {items.map((n) => (
        <Table.Tr key={n.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Anchor component={Link} to={`/notifications/${n.id}`} fw={600} size="sm">
              {n.reference}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              <DirectionBadge direction={n.direction} />
              <PartyBadge code={n.direction === 'outgoing' ? n.importingParty : n.exportingParty} />
            </Stack>
          </Table.Td>
          <Table.Td miw={160} maw={240}>
            <Stack gap={4}>
              {n.chemicalLines.map((l, i) => (
                <div key={i}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }} lang={writtenLang(l.declaredName, n.language)}>
                    {l.declaredName}
                  </Text>
                  <IdentifiedNames substances={l.substances} />
                </div>
              ))}
            </Stack>
          </Table.Td>
          <Table.Td>
            <VerdictBadge verdict={n.verdict} />
          </Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap">
              <StatusBadge status={n.status} />
              {n.overdue ? <OverdueBadge /> : null}
            </Group>
          </Table.Td>
          <Table.Td>
            <Stack gap={2}>
              <TimeLeftText due={n} />
              <DueText due={n} compact />
            </Stack>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(n.shipmentDate, locale)}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
