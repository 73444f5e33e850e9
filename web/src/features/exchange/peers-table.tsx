// The peers: where each node is, whether the exchange with it is on, whether it is in step or behind (by how many
// envelopes, the oldest queued since when), why the last attempt failed and when the next one is due, and how far
// both hash chains have come.
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../app/api/problem';
import type { Peer } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { useUiLocale } from '../../app/locale';
import { formatDateTime, formatRelative } from '../../app/time';
import { PartyBadge } from '../directory/party-badge';
import { useReference } from '../directory/reference';
import { PeerEnabledSwitch, PeerSyncButton, type PeerChange } from './peer-row-controls';

type Props = {
  peers: Peer[];
  isAdmin: boolean;
  onChanged: (change: PeerChange) => void;
  onProblem: (problem: ApiProblem | null) => void;
  onEditAddress: (peer: Peer) => void;
  onVerify: (peer: Peer) => void;
};

/** A small labelled line under a cell's main value. */
function Note({ children, lang }: { children: string; lang?: string }) {
  return (
    <Text size="xs" c="dimmed" lang={lang}>
      {children}
    </Text>
  );
}

/**
 * In step (nothing queued for the peer, and this node holds all the peer last said it sent), or behind: by the
 * envelopes queued for the peer, or by those the peer sent that are still to come here.
 */
function DeliveryState({ peer }: { peer: Peer }) {
  const { t } = useTranslation();
  if (peer.inStep) return <Badge color="teal.9" tt="none">{t('peers.inStep')}</Badge>;
  if (peer.queued > 0) return <Text size="sm" fw={600}>{peer.queued === 1 ? t('peers.behindByOne') : t('peers.behindBy', { n: peer.queued })}</Text>;
  const toCome = Math.max(0, (peer.chains.peer?.sent.seq ?? 0) - peer.chains.received.seq);
  return <Text size="sm">{t('peers.catchingUp', { n: toCome })}</Text>;
}

export function PeersTable({ peers, isAdmin, onChanged, onProblem, onEditAddress, onVerify }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  const now = new Date();
  const at = (iso: string) => formatDateTime(iso, { locale, timeZone: me.timeZone });
  const headers = [t('peers.party'), t('peers.baseUrl'), t('peers.status'), t('peers.delivery'), t('peers.failures'), t('peers.chains'), t('common.actions')];
  return (
    <DataTable caption={t('peers.tableCaption')} headers={headers} minWidth={960} fz="sm">
      {peers.map((p) => {
        const party = ref.partyLabel(p.partyCode);
        return (
          <Table.Tr key={p.partyCode}>
            <Table.Td miw={110}>
              <Stack gap={4} align="flex-start">
                <PartyBadge code={p.partyCode} />
                <Text size="sm">{party}</Text>
              </Stack>
            </Table.Td>
            <Table.Td miw={140} maw={200}>
              <Text size="sm" className="mono">{p.baseUrl}</Text>
              {isAdmin ? (
                <Button size="compact-xs" variant="subtle" px={0} onClick={() => onEditAddress(p)} aria-label={t('peers.editAddressNamed', { party })}>
                  {t('peers.editAddress')}
                </Button>
              ) : null}
            </Table.Td>
            <Table.Td miw={130}>
              {isAdmin ? (
                <PeerEnabledSwitch peer={p} onChanged={onChanged} onProblem={onProblem} />
              ) : (
                <Badge color={p.isEnabled ? 'teal.9' : 'gray.7'} tt="none">{p.isEnabled ? t('peers.enabled') : t('peers.disabled')}</Badge>
              )}
              <Note>{t('peers.lastContactAt', { time: p.lastContactAt ? at(p.lastContactAt) : t('common.never') })}</Note>
            </Table.Td>
            <Table.Td miw={170}>
              <DeliveryState peer={p} />
              {p.oldestQueuedAt ? <Note>{t('peers.oldestQueuedAt', { age: formatRelative(p.oldestQueuedAt, now, locale), time: at(p.oldestQueuedAt) })}</Note> : null}
            </Table.Td>
            <Table.Td miw={220}>
              <Text size="sm">{p.failures}</Text>
              {p.lastError ? (
                <>
                  {p.lastErrorAt ? <Note>{t('peers.lastErrorAt', { time: at(p.lastErrorAt) })}</Note> : null}
                  {/* The node's technical reason, as the network or the peer gave it (in English). */}
                  <Text size="xs" lang="en" style={{ overflowWrap: 'anywhere' }}>{p.lastError}</Text>
                </>
              ) : null}
              {p.nextAttemptAt ? <Note>{t('peers.nextAttemptAt', { time: at(p.nextAttemptAt) })}</Note> : null}
            </Table.Td>
            <Table.Td miw={130}>
              <Text size="xs" style={{ whiteSpace: 'nowrap' }}>{t('peers.chainSent', { seq: p.chains.sent.seq })}</Text>
              <Text size="xs" style={{ whiteSpace: 'nowrap' }}>{t('peers.chainAcknowledged', { seq: p.chains.acknowledgedSeq })}</Text>
              <Text size="xs" style={{ whiteSpace: 'nowrap' }}>{t('peers.chainReceived', { seq: p.chains.received.seq })}</Text>
              {p.chains.peer ? (
                <Note>{t('peers.chainPeer', { received: p.chains.peer.received.seq, sent: p.chains.peer.sent.seq, time: at(p.chains.peer.at) })}</Note>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Stack gap="xs" align="stretch">
                <Button size="xs" variant="default" onClick={() => onVerify(p)} aria-label={t('peers.verifyNamed', { party })}>
                  {t('peers.verify')}
                </Button>
                {isAdmin ? <PeerSyncButton peer={p} onChanged={onChanged} onProblem={onProblem} /> : null}
              </Stack>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
