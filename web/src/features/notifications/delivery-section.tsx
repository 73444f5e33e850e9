// Where this node's record of the notification stands at the other party's node: queued, delivered (with the signed
// receipt) or failed; and, for a record the other node keeps, when it arrived here.
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { RecordDelivery } from '../directory/record-delivery';
import type { Notification } from './types';

export function DeliverySection({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  return (
    <RecordDelivery
      load={() => call(api.GET('/api/v1/notifications/{id}/delivery', { params: { path: { id: n.id } } }))}
      // Every change of either side's record queues a new envelope: read again when the notification changes.
      deps={[n.id, n.version, n.status, n.events.length]}
      texts={{ receivedFrom: (v) => t('notification.receivedFrom', v), caption: t('notification.deliveriesCaption'), none: n.status === 'draft' ? t('notification.notSentYet') : t('notification.noDeliveries') }}
    />
  );
}
