// Where a shared record stands in the exchange, for any kind of record: this node's own record at each party it was
// sent to (queued, delivered with the signed receipt, failed), or another party's record and when it arrived here.
// Each feature names its delivery route and its sentences (catalog keys); the rest is one component.
import { Stack, Text } from '@mantine/core';
import type { paths } from '../../app/api/schema';
import { useMe } from '../../app/auth-context';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { DeliveriesTable } from './deliveries-table';
import { useReference } from './reference';

type ExchangeState = paths['/api/v1/notifications/{id}/delivery']['get']['responses'][200]['content']['application/json'];

/** The feature's sentences, translated: `none` is shown when nothing was sent or received. */
export type DeliveryTexts = { receivedFrom: (v: { party: string; time: string; version: number }) => string; caption: string; none: string };

/** `deps`: what changes when the record queues a new envelope (its version, status…), to read the state again. */
export function RecordDelivery({ load, deps, texts }: { load: () => Promise<ExchangeState>; deps: readonly unknown[]; texts: DeliveryTexts }) {
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  const query = useApiQuery(load, deps);
  return (
    <QueryState query={query}>
      {(state) => (
        <Stack gap="sm">
          {state.received ? (
            <Text size="sm">
              {texts.receivedFrom({ party: ref.partyLabel(state.received.fromParty), time: formatDateTime(state.received.receivedAt, { locale, timeZone: me.timeZone }), version: state.received.recordVersion })}
            </Text>
          ) : null}
          {state.deliveries.length > 0 ? <DeliveriesTable deliveries={state.deliveries} caption={texts.caption} /> : null}
          {state.deliveries.length === 0 && !state.received ? <Text size="sm" c="dimmed">{texts.none}</Text> : null}
        </Stack>
      )}
    </QueryState>
  );
}
