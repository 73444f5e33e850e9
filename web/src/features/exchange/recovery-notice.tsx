// What the node did when it found itself restored from an older backup: it took back from a peer the envelopes it
// had sent after that backup, restored its own records from them and re-sent what it wrote since. The operator sees
// the last such recovery per peer, with the records it could not restore named (so someone can check them), and a
// recovery that was refused, with the node's reason.
import { Alert, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Peer } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useReference } from '../directory/reference';

type Report = NonNullable<Peer['lastRecovery']>;

function Figures({ report }: { report: Report }) {
  const { t } = useTranslation();
  const rows: [string, number][] = [
    [t('peers.recovery.takenBack'), report.takenBack],
    [t('peers.recovery.restored'), report.counts.restored],
    [t('peers.recovery.kept'), report.counts.kept],
    [t('peers.recovery.notRestored'), report.counts.skipped],
    [t('peers.recovery.resent'), report.resent],
    [t('peers.recovery.droppedCount'), report.dropped.length],
  ];
  return (
    <Table withRowBorders={false} fz="sm" w="auto">
      <Table.Tbody>
        {rows.map(([label, n]) => (
          <Table.Tr key={label}>
            <Table.Td py={2} pl={0}>{label}</Table.Td>
            <Table.Td py={2} ta="right">{n}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Unrestored({ report }: { report: Report }) {
  const { t } = useTranslation();
  const kind = (k: string) => t(`peers.recovery.kinds.${k}`, { defaultValue: k });
  const left = report.records.filter((r) => r.status === 'skipped');
  if (left.length === 0 && report.dropped.length === 0) return null;
  return (
    <List size="xs" mt="xs">
      {left.map((r) => (
        <List.Item key={r.recordId}>
          {t('peers.recovery.skipped', { kind: kind(r.kind), reference: r.reference ?? r.recordId, reason: t(`peers.recovery.reasons.${r.reason ?? 'not-restored'}`) })}
        </List.Item>
      ))}
      {report.dropped.map((d) => (
        <List.Item key={`${d.recordId}:${d.recordVersion}`}>{t('peers.recovery.dropped', { kind: kind(d.kind), reference: d.reference ?? d.recordId, version: d.recordVersion })}</List.Item>
      ))}
    </List>
  );
}

export function RecoveryNotices({ peers }: { peers: Peer[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  const at = (iso: string) => formatDateTime(iso, { locale, timeZone: me.timeZone });
  return peers.flatMap((p) => {
    const party = ref.partyLabel(p.partyCode);
    const out = [];
    if (p.recoveryRefusal) {
      out.push(
        <Alert key={`${p.partyCode}:refused`} color="red.9" variant="outline" mb="md" title={t('peers.recovery.refusedTitle', { party, time: at(p.recoveryRefusal.at) })}>
          <Text size="sm">{t('peers.recovery.refusedBody', { party })}</Text>
          {/* The node's technical reason (in English), as for delivery errors. */}
          <Text size="xs" lang="en" mt={4} style={{ overflowWrap: 'anywhere' }}>{p.recoveryRefusal.reason}</Text>
        </Alert>,
      );
    }
    if (p.lastRecovery) {
      out.push(
        <Alert key={`${p.partyCode}:recovered`} color="yellow.9" variant="outline" mb="md" title={t('peers.recovery.title', { party, time: at(p.lastRecovery.at) })}>
          <Text size="sm">{t('peers.recovery.summary', { party })}</Text>
          <Figures report={p.lastRecovery} />
          <Unrestored report={p.lastRecovery} />
        </Alert>,
      );
    }
    return out;
  });
}
