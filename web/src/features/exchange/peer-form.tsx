// "Add peer" (admins): the other party's node address and public key. The node answers with the key's fingerprint,
// which the administrator confirms with the other party by phone before relying on the peer.
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { Peer } from '../../app/api/types';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';
import { FingerprintCheck } from './fingerprint-check';

type Props = { opened: boolean; parties: string[]; onClose: () => void; onAdded: (peer: Peer) => void };

export function AddPeerModal({ opened, parties, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const [added, setAdded] = useState<Peer | null>(null);
  const close = () => {
    setAdded(null);
    onClose();
  };
  const fingerprint = added?.keys[0]?.fingerprint;
  return (
    <Modal opened={opened} onClose={close} title={added ? t('peers.addedTitle') : t('peers.addTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      {added ? (
        <Stack>
          {fingerprint ? <FingerprintCheck title={t('peers.added', { party: ref.partyLabel(added.partyCode) })} party={ref.partyLabel(added.partyCode)} fingerprint={fingerprint} /> : null}
          <Group justify="flex-end">
            <Button onClick={close}>{t('peers.done')}</Button>
          </Group>
        </Stack>
      ) : opened ? (
        <AddPeerForm parties={parties} onCancel={close} onAdded={(peer) => { setAdded(peer); onAdded(peer); }} />
      ) : null}
    </Modal>
  );
}

function AddPeerForm({ parties, onCancel, onAdded }: { parties: string[]; onCancel: () => void; onAdded: (peer: Peer) => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  const [partyCode, setPartyCode] = useState<string | null>(parties.length === 1 ? (parties[0] ?? null) : null);
  const [baseUrl, setBaseUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const { problem, isBusy, fieldError, run } = useSubmit();
  const isComplete = Boolean(partyCode && baseUrl.trim() && publicKey.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!partyCode) return;
    await run(async () => {
      onAdded(await call(api.POST('/api/v1/peers', { body: { partyCode, baseUrl: baseUrl.trim(), publicKey: publicKey.trim() } })));
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={['partyCode', 'baseUrl', 'publicKey']} />
        <Select
          label={t('peers.party')}
          data={parties.map((code) => ({ value: code, label: t('peers.partyWithCode', { name: ref.partyLabel(code), code }) }))}
          value={partyCode}
          onChange={setPartyCode}
          error={fieldError('partyCode')}
          allowDeselect={false}
          required
        />
        <TextInput label={t('peers.baseUrl')} description={t('peers.baseUrlHelp')} type="url" value={baseUrl} onChange={(e) => setBaseUrl(e.currentTarget.value)} error={fieldError('baseUrl')} required />
        <TextInput
          label={t('peers.publicKey')}
          description={t('peers.publicKeyHelp')}
          value={publicKey}
          onChange={(e) => setPublicKey(e.currentTarget.value)}
          error={fieldError('publicKey')}
          styles={{ input: { fontFamily: 'monospace' } }}
          spellCheck={false}
          autoComplete="off"
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isBusy} disabled={!isComplete}>
            {t('peers.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
