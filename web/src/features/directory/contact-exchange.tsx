// Where this contact stands in the exchange: the parties it is releasable to and what each party's node has
// received (with signed receipts), or, for another party's contact, the envelope it arrived in.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { Contact } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { QueryState } from '../../app/components/query-state';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { DeliveriesTable } from './deliveries-table';
import { EvidenceDownload } from './evidence-download';
import { useReference } from './reference';

export function ContactExchange({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  const params = { path: { id: contact.id } };
  // The version is a dependency: every saved change (or withdrawal) queues new envelopes.
  const query = useApiQuery(() => call(api.GET('/api/v1/contacts/{id}/exchange', { params })), [contact.id, contact.version]);
  const isOwn = ref.party(contact.originParty)?.isSelf ?? true;

  return (
    <Stack gap="md">
      {isOwn ? (
        <DetailList>
          <DetailItem label={t('contactExchange.releasableTo')}>
            <Text>
              {contact.releasableTo.length > 0
                ? formatList(contact.releasableTo.map((code) => ref.partyLabel(code)), locale)
                : t('contactExchange.notReleased')}
            </Text>
          </DetailItem>
        </DetailList>
      ) : null}
      <QueryState query={query}>
        {(state) => (
          <Stack gap="sm">
            {state.received ? (
              <Text>
                {t('contactExchange.receivedFrom', {
                  party: ref.partyLabel(state.received.fromParty),
                  time: formatDateTime(state.received.receivedAt, { locale, timeZone: me.timeZone }),
                  seq: state.received.seq,
                  version: state.received.recordVersion,
                })}
              </Text>
            ) : null}
            {state.deliveries.length > 0 ? (
              <DeliveriesTable deliveries={state.deliveries} />
            ) : state.received ? null : (
              <Text c="dimmed">{t('contactExchange.noDeliveries')}</Text>
            )}
          </Stack>
        )}
      </QueryState>
      <EvidenceDownload contactId={contact.id} />
    </Stack>
  );
}
