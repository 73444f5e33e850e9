// The keys this node trusts for each peer: added by an administrator after a phone check, or announced by the peer
// itself in a rotation envelope signed with a key already trusted.
import { Button, Group, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Peer } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useReference } from '../directory/reference';
import { formatFingerprint } from './fingerprint';

type Props = { peers: Peer[]; isAdmin: boolean; onAddKey: (peer: Peer) => void };

export function PeerKeys({ peers, isAdmin, onAddKey }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  return (
    <Stack gap="lg">
      {peers.map((p) => {
        const party = ref.partyLabel(p.partyCode);
        return (
          <Stack key={p.partyCode} gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Title order={3} size="h5">
                {t('peers.partyWithCode', { name: party, code: p.partyCode })}
              </Title>
              {isAdmin ? (
                <Button size="xs" variant="default" onClick={() => onAddKey(p)} aria-label={t('peers.addKeyNamed', { party })}>
                  {t('peers.addKey')}
                </Button>
              ) : null}
            </Group>
            <DataTable caption={t('peers.keysCaption', { party })} headers={[t('peers.fingerprint'), t('peers.keySource'), t('peers.keyAddedAt')]} minWidth={760} fz="sm">
              {p.keys.map((k) => (
                <Table.Tr key={k.kid}>
                  <Table.Td className="fingerprint" translate="no">{formatFingerprint(k.fingerprint)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`peers.source.${k.source}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(k.addedAt, { locale, timeZone: me.timeZone })}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </Stack>
        );
      })}
    </Stack>
  );
}
