// This node as its peers know it: its party, the fingerprint of its current signing key (to read out over the phone),
// the public key to give the other party's administrator, and the older keys it signed with before a rotation.
import { Alert, Button, Code, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { NodeIdentity, NodeKey } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { ConfirmModal } from '../../app/components/confirm-modal';
import { CopyField } from '../../app/components/copy-field';
import { DataTable } from '../../app/components/data-table';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';
import { formatFingerprint } from './fingerprint';

type Props = { identity: NodeIdentity; canRotate: boolean; onRotated: () => void };

export function NodeIdentityPanel({ identity, canRotate, onRotated }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  const [isConfirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState<NodeKey | null>(null);
  const { problem, isBusy, run } = useSubmit();
  const at = (iso: string) => formatDateTime(iso, { locale, timeZone: me.timeZone });
  const older = identity.keys.filter((k) => k.kid !== identity.current.kid);

  const rotate = async () => {
    await run(async () => {
      setRotated(await call(api.POST('/api/v1/exchange/node-keys', { body: {} })));
      onRotated();
    });
    setConfirming(false);
  };

  return (
    <Stack gap="md">
      <DetailList>
        <DetailItem label={t('peers.nodeParty')}>
          <Text>{t('peers.partyWithCode', { name: ref.partyLabel(identity.party), code: identity.party })}</Text>
        </DetailItem>
        <DetailItem label={t('peers.keyCreated')}>
          <Text>{at(identity.current.createdAt)}</Text>
        </DetailItem>
      </DetailList>
      <div>
        <Text size="sm" fw={600} c="dimmed">
          {t('peers.nodeFingerprint')}
        </Text>
        <Code block fz="md" className="fingerprint" translate="no">
          {formatFingerprint(identity.current.fingerprint)}
        </Code>
        <Text size="sm" c="dimmed" mt={4}>
          {t('peers.nodeFingerprintHelp')}
        </Text>
      </div>
      <CopyField label={t('peers.nodePublicKey')} value={identity.current.publicKey} />
      {older.length > 0 ? (
        <DataTable caption={t('peers.olderKeysCaption')} headers={[t('peers.fingerprint'), t('peers.keyCreated'), t('peers.keyRetired')]} minWidth={640} fz="sm">
          {older.map((k) => (
            <Table.Tr key={k.kid}>
              <Table.Td className="fingerprint" translate="no">{formatFingerprint(k.fingerprint)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{at(k.createdAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{k.retiredAt ? at(k.retiredAt) : t('common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      ) : null}
      <ProblemAlert problem={problem} />
      <div aria-live="polite">
        {rotated ? (
          <Alert color="teal.9" variant="outline" title={t('peers.rotated')}>
            <Text size="sm">{t('peers.rotatedMessage', { fingerprint: formatFingerprint(rotated.fingerprint) })}</Text>
          </Alert>
        ) : null}
      </div>
      {canRotate ? (
        <div>
          <Button variant="default" onClick={() => setConfirming(true)}>
            {t('peers.rotateKey')}
          </Button>
        </div>
      ) : null}
      <ConfirmModal
        opened={isConfirming}
        title={t('peers.rotateTitle')}
        message={t('peers.rotateMessage')}
        confirmLabel={t('peers.rotateKey')}
        isBusy={isBusy}
        onConfirm={() => void rotate()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
