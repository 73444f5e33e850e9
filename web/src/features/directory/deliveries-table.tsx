// The newest envelope of a contact for each party: what it carried (an update or a withdrawal), whether the party's
// node confirmed it with a signed receipt, and why the last attempt failed.
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { PartyBadge } from './party-badge';

const STATE_COLOURS: Record<Delivery['state'], string> = { queued: 'yellow.3', delivered: 'teal.9', failed: 'red.9' };

export function DeliveryStateBadge({ state }: { state: Delivery['state'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOURS[state]} autoContrast variant="filled" tt="none" style={{ minWidth: 'max-content' }}>
      {t(`contactExchange.state.${state}`)}
    </Badge>
  );
}

/** `caption` names what was delivered (a contact by default). */
export function DeliveriesTable({ deliveries, caption }: { deliveries: Delivery[]; caption?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const at = (iso: string) => formatDateTime(iso, { locale, timeZone: me.timeZone });
  const headers = [
    t('contactExchange.colParty'),
    t('contactExchange.colVersion'),
    t('contactExchange.colOp'),
    t('contactExchange.colState'),
    t('contactExchange.colQueuedAt'),
    t('contactExchange.colDeliveredAt'),
    t('contactExchange.colAttempts'),
    t('contactExchange.colLastError'),
  ];
  return (
    <DataTable caption={caption ?? t('contactExchange.deliveriesCaption')} headers={headers} minWidth={960} fz="sm">
      {deliveries.map((d) => (
        <Table.Tr key={d.party}>
          <Table.Td>
            <PartyBadge code={d.party} />
          </Table.Td>
          <Table.Td>{d.recordVersion}</Table.Td>
          <Table.Td>{t(`contactExchange.op.${d.op}`)}</Table.Td>
          <Table.Td>
            <DeliveryStateBadge state={d.state} />
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{at(d.queuedAt)}</Table.Td>
          <Table.Td>
            {d.deliveredAt ? (
              <>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{at(d.deliveredAt)}</Text>
                {d.receiptStatus ? (
                  <Text size="xs" c="dimmed">
                    {t('contactExchange.receipt', { status: t(`contactExchange.receiptStatus.${d.receiptStatus}`) })}
                  </Text>
                ) : null}
              </>
            ) : (
              t('common.none')
            )}
          </Table.Td>
          <Table.Td>{d.attempts}</Table.Td>
          {/* The node's technical reason, as the network or the peer gave it (in English). */}
          <Table.Td lang="en" maw={280} style={{ overflowWrap: 'anywhere' }}>
            {d.lastError ?? t('common.none')}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
