// Peers (admins, auditors): this node's identity for the other parties' administrators, and every peer node this
// node exchanges records with — its address, keys, queue, failures and chains. Administrators add and change peers.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { ApiProblem } from '../../app/api/problem';
import type { Peer, SyncState } from '../../app/api/types';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import { Section } from '../../app/components/section';
import { useApiQuery } from '../../app/use-api-query';
import { useReference } from '../directory/reference';
import { NodeIdentityPanel } from './node-identity';
import { AddKeyModal, EditAddressModal } from './peer-edit-forms';
import { AddPeerModal } from './peer-form';
import { PeerKeys } from './peer-keys';
import type { PeerChange } from './peer-row-controls';
import { PeerVerificationModal } from './peer-verification';
import { PeersTable } from './peers-table';
import { RecoveryNotices } from './recovery-notice';

/** After "Sync now" answered that the pass goes on, the peers are read again this much later. */
const SYNC_RELOAD_MS = 3000;

const SYNC_MESSAGES = {
  done: 'peers.synced',
  failed: 'peers.syncFailed',
  running: 'peers.syncRunning',
  elsewhere: 'peers.syncElsewhere',
  disabled: 'peers.syncDisabled',
} as const;

function syncColor({ peer, state }: { peer: Peer; state: SyncState }): string {
  if (state === 'done') return peer.failures > 0 ? 'red.9' : 'teal.9';
  return state === 'disabled' ? 'gray.8' : 'blue.9';
}

export function PeersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const ref = useReference();
  const isAdmin = hasAnyRole(me, 'admin');
  const node = useApiQuery(() => call(api.GET('/api/v1/exchange/node')), []);
  const peers = useApiQuery(() => call(api.GET('/api/v1/peers')), []);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [synced, setSynced] = useState<{ peer: Peer; state: SyncState } | null>(null);
  const [isAdding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Peer | null>(null);
  const [addingKey, setAddingKey] = useState<Peer | null>(null);
  const [verifying, setVerifying] = useState<Peer | null>(null);

  const items = peers.data?.items ?? [];
  const unpeered = ref.counterparts.map((p) => p.code).filter((code) => !items.some((p) => p.partyCode === code));
  const replace = (peer: Peer) => peers.setData({ items: items.map((p) => (p.partyCode === peer.partyCode ? peer : p)) });
  const onChanged = ({ peer, synced: state }: PeerChange) => {
    replace(peer);
    setSynced(state ? { peer, state } : null);
  };
  // A pass that goes on after the answer (or another process's): the table catches up a little later.
  const reload = peers.reload;
  const isPassGoingOn = synced?.state === 'running' || synced?.state === 'elsewhere';
  useEffect(() => {
    if (!isPassGoingOn) return undefined;
    const timer = setTimeout(reload, SYNC_RELOAD_MS);
    return () => clearTimeout(timer);
  }, [isPassGoingOn, synced, reload]);

  return (
    <>
      <PageTitle title={t('peers.title')} actions={isAdmin ? <Button onClick={() => setAdding(true)} disabled={peers.data === undefined || unpeered.length === 0}>{t('peers.addPeer')}</Button> : null} />
      <Text size="sm" mb="md">{t('peers.intro')}</Text>
      <Stack>
        <Section title={t('peers.thisNodeSection')}>
          <QueryState query={node}>{(identity) => <NodeIdentityPanel identity={identity} canRotate={isAdmin} onRotated={node.reload} />}</QueryState>
        </Section>
        <Section title={t('peers.peersSection')}>
          <ProblemAlert problem={problem} />
          <RecoveryNotices peers={items} />
          <div aria-live="polite">
            {synced ? (
              <Alert color={syncColor(synced)} variant="outline" mb="md" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setSynced(null)}>
                {t(SYNC_MESSAGES[synced.state === 'done' && synced.peer.failures > 0 ? 'failed' : synced.state], { party: ref.partyLabel(synced.peer.partyCode), queued: synced.peer.queued })}
              </Alert>
            ) : null}
          </div>
          <QueryState query={peers}>
            {(data) =>
              data.items.length === 0 ? (
                <Text>{isAdmin ? t('peers.emptyAdmin') : t('peers.empty')}</Text>
              ) : (
                <PeersTable peers={data.items} isAdmin={isAdmin} onChanged={onChanged} onProblem={setProblem} onEditAddress={setEditing} onVerify={setVerifying} />
              )
            }
          </QueryState>
          {isAdmin && peers.data !== undefined && unpeered.length === 0 ? (
            <Text size="sm" c="dimmed" mt="sm">{t('peers.allPeered')}</Text>
          ) : null}
        </Section>
        {items.length > 0 ? (
          <Section title={t('peers.keysSection')}>
            <Text size="sm" mb="md">{t('peers.keysIntro')}</Text>
            <PeerKeys peers={items} isAdmin={isAdmin} onAddKey={setAddingKey} />
          </Section>
        ) : null}
      </Stack>
      <AddPeerModal opened={isAdding} parties={unpeered} onClose={() => setAdding(false)} onAdded={() => peers.reload()} />
      <EditAddressModal peer={editing} onClose={() => setEditing(null)} onSaved={replace} />
      <AddKeyModal peer={addingKey} onClose={() => setAddingKey(null)} onSaved={replace} />
      <PeerVerificationModal peer={verifying} onClose={() => setVerifying(null)} />
    </>
  );
}
