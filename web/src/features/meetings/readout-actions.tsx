// What the reader may do with the readout now, as the node says (`allowed`): edit it and translate it (the
// secretariat, in the editor), clear its current version (a supervisor who wrote none of it), release it to the
// public page, withdraw it. Clearing and releasing answer with the readout as it now is, or with the node's refusal,
// which the page shows field by field beside the texts.
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { NoteDialog } from '../requests/note-dialog';
import type { Readout } from './readout-types';

type Props = {
  readout: Readout;
  isBusy: boolean;
  /** Runs a write, keeping its refusal for the page. */
  run: (work: () => Promise<void>) => Promise<void>;
  onChanged: (r: Readout) => void;
};

type ButtonsProps = { readout: Readout; isBusy: boolean; onClear: () => void; onRelease: () => void; onWithdraw: () => void };

/** A button for each thing the node allows now (editing and translating open the editor). */
function ActionButtons({ readout: r, isBusy, onClear, onRelease, onWithdraw }: ButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="group" aria-label={t('readouts.action.label')}>
      {r.allowed.includes('edit') ? (
        <Button component={Link} to={`/readouts/${r.id}/edit`} variant="default">
          {t('readouts.action.edit')}
        </Button>
      ) : null}
      {r.allowed.includes('translate') ? (
        <Button component={Link} to={`/readouts/${r.id}/edit?focus=translation`} variant="default">
          {r.translation ? t('readouts.action.retranslate') : t('readouts.action.translate')}
        </Button>
      ) : null}
      {r.allowed.includes('clear') ? (
        <Button loading={isBusy} onClick={onClear} color="teal.9">
          {t('readouts.action.clear', { version: r.version })}
        </Button>
      ) : null}
      {r.allowed.includes('release') && !r.release?.current ? (
        <Button loading={isBusy} onClick={onRelease}>
          {r.release ? t('readouts.action.releaseAgain') : t('readouts.action.release')}
        </Button>
      ) : null}
      {r.allowed.includes('withdraw') ? (
        <Button variant="outline" color="red.9" onClick={onWithdraw}>
          {t('readouts.action.withdraw')}
        </Button>
      ) : null}
    </Group>
  );
}

export function ReadoutActions({ readout: r, isBusy, run, onChanged }: Props) {
  const { t } = useTranslation();
  const [isWithdrawing, setWithdrawing] = useState(false);
  const path = { path: { id: r.id } };
  const clear = () => void run(async () => onChanged(await call(api.POST('/api/v1/readouts/{id}/clear', { params: path, body: { version: r.version } }))));
  const release = () => void run(async () => onChanged(await call(api.POST('/api/v1/readouts/{id}/release', { params: path, body: {} }))));
  const withdraw = async (note: string | null) => {
    onChanged(await call(api.POST('/api/v1/readouts/{id}/withdraw', { params: path, body: { note } })));
    setWithdrawing(false);
  };
  if (r.allowed.length === 0) return null;
  return (
    <>
      <ActionButtons readout={r} isBusy={isBusy} onClear={clear} onRelease={release} onWithdraw={() => setWithdrawing(true)} />
      {isWithdrawing ? (
        <NoteDialog
          title={t('readouts.withdraw.title', { reference: r.reference })}
          message={r.release ? t('readouts.withdraw.messagePublic') : t('readouts.withdraw.message')}
          noteLabel={t('readouts.withdraw.note')}
          isNoteRequired={false}
          confirmLabel={t('readouts.action.withdraw')}
          colour="red.9"
          onClose={() => setWithdrawing(false)}
          onConfirm={withdraw}
        />
      ) : null}
    </>
  );
}
