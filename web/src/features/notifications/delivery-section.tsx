// Where this node's record of the notification stands at the other party's node: queued, delivered (with the signed
// receipt) or failed; and, for a record the other node keeps, when it arrived here.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { DeliveriesTable } from '../directory/deliveries-table';
import { useReference } from '../directory/reference';
import type { Notification } from './types';

export function DeliverySection({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  // Every change of either side's record queues a new envelope: read again when the notification changes.
  const query = useApiQuery(() => call(api.GET('/api/v1/notifications/{id}/delivery', { params: { path: { id: n.id } } })), [n.id, n.version, n.status, n.events.length]);
  return (
    <QueryState query={query}>
      {(state) => (
        <Stack gap="sm">
          {state.received ? (
            <Text size="sm">
              {t('notification.receivedFrom', {
                party: ref.partyLabel(state.received.fromParty),
                time: formatDateTime(state.received.receivedAt, { locale, timeZone: me.timeZone }),
                version: state.received.recordVersion,
              })}
            </Text>
          ) : null}
          {state.deliveries.length > 0 ? <DeliveriesTable deliveries={state.deliveries} caption={t('notification.deliveriesCaption')} /> : null}
          {state.deliveries.length === 0 && !state.received ? <Text size="sm" c="dimmed">{n.status === 'draft' ? t('notification.notSentYet') : t('notification.noDeliveries')}</Text> : null}
        </Stack>
      )}
    </QueryState>
  );
}
