// "Verify" (admins, auditors): the node compares both hash chains with the peer's own signed statement of them and
// re-checks every receipt it holds. It says "in step" apart from "behind by N envelopes (oldest queued at …)",
// which is normal while deliveries are under way, and both apart from a divergence or a peer that did not answer.
import { Alert, Center, List, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { Peer, PeerVerification } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { useReference } from '../directory/reference';
import { shortHash } from './fingerprint';

export function PeerVerificationModal({ peer, onClose }: { peer: Peer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  return (
    <Modal opened={peer !== null} onClose={onClose} title={t('peers.verifyTitle', { party: peer ? ref.partyLabel(peer.partyCode) : '' })} closeButtonProps={{ 'aria-label': t('common.close') }} size="xl">
      {peer ? <Verification key={peer.partyCode} party={peer.partyCode} /> : null}
    </Modal>
  );
}

function Verification({ party }: { party: string }) {
  const { t } = useTranslation();
  const query = useApiQuery(() => call(api.GET('/api/v1/peers/{party}/verification', { params: { path: { party } } })), [party]);
  if (query.error) return <ProblemAlert problem={query.error} />;
  if (!query.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('peers.verifying')} role="status" />
      </Center>
    );
  }
  return <Report report={query.data} />;
}

/** One end of a chain: its length and the hash of its last envelope, or "unknown" when the peer did not answer. */
function Head({ head }: { head: { seq: number; hash: string } }) {
  const { t } = useTranslation();
  if (head.seq < 0) return <Text size="sm">{t('peers.unknownHead')}</Text>;
  return (
    <>
      <Text size="sm">{t('peers.headSeq', { seq: head.seq })}</Text>
      {head.seq > 0 ? <Text size="xs" className="mono" title={head.hash}>{shortHash(head.hash)}</Text> : null}
    </>
  );
}

/** In step, behind (no divergence), not compared (no answer) or diverged: the last two call for attention. */
function verdictOf(report: PeerVerification, t: TFunction): { title: string; color: string; isAlarm: boolean } {
  if (report.inStep) return { title: t('peers.verifyInStep'), color: 'teal.9', isAlarm: false };
  if (report.diverged) return { title: t('peers.verifyDiverged'), color: 'red.9', isAlarm: true };
  if (report.problems.some((p) => p.code === 'unreachable')) return { title: t('peers.verifyUnreachable'), color: 'red.9', isAlarm: true };
  return { title: t('peers.verifyBehind'), color: 'blue.9', isAlarm: false };
}

function Report({ report }: { report: PeerVerification }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  const party = ref.partyLabel(report.party);
  const at = (time: string | null) => (time ? formatDateTime(time, { locale, timeZone: me.timeZone }) : '');
  const verdict = verdictOf(report, t);
  // `sent` pairs this node's outgoing chain with the peer's outgoing one; each is checked against the other side's
  // `received` head, so the rows below pair them by direction.
  const chains = [
    { label: t('peers.chainToPeer', { party }), ours: report.sent.ours, theirs: report.received.theirs },
    { label: t('peers.chainFromPeer', { party }), ours: report.received.ours, theirs: report.sent.theirs },
  ];
  return (
    <Stack>
      <Alert color={verdict.color} variant="outline" role={verdict.isAlarm ? 'alert' : undefined} title={verdict.title}>
        {report.behindBy > 0 ? (
          <Text size="sm" fw={600}>
            {report.behindBy === 1 ? t('peers.peerBehindByOne', { party, time: at(report.oldestQueuedAt) }) : t('peers.peerBehindBy', { party, n: report.behindBy, time: at(report.oldestQueuedAt) })}
          </Text>
        ) : null}
        {report.toReceive > 0 ? (
          <Text size="sm" fw={600}>
            {report.toReceive === 1 ? t('peers.selfBehindByOne', { party }) : t('peers.selfBehindBy', { party, n: report.toReceive })}
          </Text>
        ) : null}
        <Text size="sm">{t('peers.checkedAt', { time: at(report.checkedAt) })}</Text>
        <Text size="sm">{t('peers.receiptsChecked', { n: report.receiptsChecked })}</Text>
      </Alert>
      <DataTable caption={t('peers.chainsCaption')} headers={[t('peers.chain'), t('peers.thisNode'), party]} minWidth={560} fz="sm">
        {chains.map((c) => (
          <Table.Tr key={c.label}>
            <Table.Th scope="row" fw={400}>{c.label}</Table.Th>
            <Table.Td><Head head={c.ours} /></Table.Td>
            <Table.Td><Head head={c.theirs} /></Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {report.problems.length > 0 ? (
        <div>
          <Text fw={600} mb={4}>{t('peers.problems')}</Text>
          <List spacing="xs">
            {report.problems.map((p, i) => (
              <List.Item key={`${p.code}-${i}`}>
                <Text size="sm">{t(`peers.problem.${p.code}`)}</Text>
                <Text size="xs" c="dimmed" lang="en">{p.detail}</Text>
              </List.Item>
            ))}
          </List>
        </div>
      ) : (
        <Text size="sm">{t('peers.noProblems')}</Text>
      )}
    </Stack>
  );
}
