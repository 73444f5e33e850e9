// The controls in a peer's row that act at once: switch the exchange with the peer on or off, and "Sync now"
// (deliver what is queued and catch up on what the peer sent; the node answers at once whether the pass ended,
// goes on, or is another process's).
import { Button, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import type { Peer, SyncState } from '../../app/api/types';
import { useReference } from '../directory/reference';

/** A peer as the node now has it, and after "Sync now" what became of the pass. */
export type PeerChange = { peer: Peer; synced?: SyncState };

type Props = { peer: Peer; onChanged: (change: PeerChange) => void; onProblem: (problem: ApiProblem | null) => void };

/** Runs one request for a row, reporting the outcome to the page. */
function useRowRequest({ onChanged, onProblem }: Omit<Props, 'peer'>) {
  const [isBusy, setBusy] = useState(false);
  const send = async (request: () => Promise<PeerChange>) => {
    setBusy(true);
    onProblem(null);
    try {
      onChanged(await request());
    } catch (error) {
      onProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return { isBusy, send };
}

export function PeerEnabledSwitch({ peer, ...report }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const { isBusy, send } = useRowRequest(report);
  const params = { path: { party: peer.partyCode } };
  return (
    <Switch
      checked={peer.isEnabled}
      disabled={isBusy}
      label={t('peers.switchLabel')}
      aria-label={t('peers.enabledFor', { party: ref.partyLabel(peer.partyCode) })}
      onChange={(e) => {
        const isEnabled = e.currentTarget.checked;
        void send(async () => ({ peer: await call(api.PATCH('/api/v1/peers/{party}', { params, body: { isEnabled } })) }));
      }}
    />
  );
}

export function PeerSyncButton({ peer, ...report }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const { isBusy, send } = useRowRequest(report);
  const params = { path: { party: peer.partyCode } };
  return (
    <Button
      size="xs"
      variant="default"
      loading={isBusy}
      aria-label={t('peers.syncNamed', { party: ref.partyLabel(peer.partyCode) })}
      onClick={() =>
        void send(async () => {
          const { state, peer: synced } = await call(api.POST('/api/v1/peers/{party}/sync', { params, body: {} }));
          return { peer: synced, synced: state };
        })
      }
    >
      {t('peers.sync')}
    </Button>
  );
}
