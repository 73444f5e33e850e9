// Where this node's incident stands at each party it is shared with (queued, delivered with a signed receipt, or
// failed), or, for another party's incident, when it arrived here.
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { RecordDelivery } from '../directory/record-delivery';
import type { Incident } from './types';

export function DeliverySection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  return (
    <RecordDelivery
      load={() => call(api.GET('/api/v1/incidents/{id}/delivery', { params: { path: { id: i.id } } }))}
      // Each new version, withdrawal or follow-up queues an envelope: read again when the incident changes.
      deps={[i.id, i.version, i.status, i.followUps.length]}
      texts={{ receivedFrom: (v) => t('incidents.detail.receivedFrom', v), caption: t('incidents.detail.deliveriesCaption'), none: t('incidents.detail.noDeliveries') }}
    />
  );
}
