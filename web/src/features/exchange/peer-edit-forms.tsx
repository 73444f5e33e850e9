// Changing a peer (admins): a new address for its node, or another public key for it (after the other party changed
// keys without a rotation envelope reaching this node). A new key, like the first, is confirmed by phone.
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { Peer } from '../../app/api/types';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';
import { FingerprintCheck } from './fingerprint-check';

type Props = { peer: Peer | null; onClose: () => void; onSaved: (peer: Peer) => void };

function PeerModal({ title, opened, onClose, children }: { title: string; opened: boolean; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      {children}
    </Modal>
  );
}

function FormButtons({ label, isBusy, isDisabled, onCancel }: { label: string; isBusy: boolean; isDisabled: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={isBusy} disabled={isDisabled}>
        {label}
      </Button>
    </Group>
  );
}

export function EditAddressModal({ peer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  return (
    <PeerModal title={t('peers.editAddressTitle', { party: peer ? ref.partyLabel(peer.partyCode) : '' })} opened={peer !== null} onClose={onClose}>
      {peer ? <EditAddressForm key={peer.partyCode} peer={peer} onClose={onClose} onSaved={onSaved} /> : null}
    </PeerModal>
  );
}

function EditAddressForm({ peer, onClose, onSaved }: Props & { peer: Peer }) {
  const { t } = useTranslation();
  const [baseUrl, setBaseUrl] = useState(peer.baseUrl);
  const { problem, isBusy, fieldError, run } = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      onSaved(await call(api.PATCH('/api/v1/peers/{party}', { params: { path: { party: peer.partyCode } }, body: { baseUrl: baseUrl.trim() } })));
      onClose();
    });
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={['baseUrl']} />
        <TextInput label={t('peers.baseUrl')} description={t('peers.baseUrlHelp')} type="url" value={baseUrl} onChange={(e) => setBaseUrl(e.currentTarget.value)} error={fieldError('baseUrl')} required data-autofocus />
        <FormButtons label={t('common.save')} isBusy={isBusy} isDisabled={!baseUrl.trim()} onCancel={onClose} />
      </Stack>
    </form>
  );
}

export function AddKeyModal({ peer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const [added, setAdded] = useState<{ party: string; fingerprint: string } | null>(null);
  const close = () => {
    setAdded(null);
    onClose();
  };
  return (
    <PeerModal title={t('peers.addKeyTitle', { party: peer ? ref.partyLabel(peer.partyCode) : '' })} opened={peer !== null} onClose={close}>
      {added ? (
        <Stack>
          <FingerprintCheck title={t('peers.keyAddedTitle')} party={added.party} fingerprint={added.fingerprint} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('peers.done')}</Button>
          </Group>
        </Stack>
      ) : peer ? (
        <AddKeyForm
          key={peer.partyCode}
          peer={peer}
          onClose={close}
          onSaved={(saved, publicKey) => {
            const key = saved.keys.find((k) => k.publicKey === publicKey);
            if (key) setAdded({ party: ref.partyLabel(saved.partyCode), fingerprint: key.fingerprint });
            onSaved(saved);
          }}
        />
      ) : null}
    </PeerModal>
  );
}

function AddKeyForm({ peer, onClose, onSaved }: { peer: Peer; onClose: () => void; onSaved: (peer: Peer, publicKey: string) => void }) {
  const { t } = useTranslation();
  const [publicKey, setPublicKey] = useState('');
  const { problem, isBusy, fieldError, run } = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const key = publicKey.trim();
    await run(async () => {
      onSaved(await call(api.POST('/api/v1/peers/{party}/keys', { params: { path: { party: peer.partyCode } }, body: { publicKey: key } })), key);
    });
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={['publicKey']} />
        <TextInput label={t('peers.publicKey')} description={t('peers.publicKeyHelp')} value={publicKey} onChange={(e) => setPublicKey(e.currentTarget.value)} error={fieldError('publicKey')} styles={{ input: { fontFamily: 'monospace' } }} spellCheck={false} autoComplete="off" required data-autofocus />
        <FormButtons label={t('peers.addKey')} isBusy={isBusy} isDisabled={!publicKey.trim()} onCancel={onClose} />
      </Stack>
    </form>
  );
}
