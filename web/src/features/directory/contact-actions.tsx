// Verify / edit / deactivate / reactivate / withdraw, offered only when the server says this user may edit the contact.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import type { Contact } from '../../app/api/types';
import { ConfirmModal } from '../../app/components/confirm-modal';
import { WithdrawAction } from './withdraw-action';

type Props = { contact: Contact; onChanged: (contact: Contact) => void; onProblem: (problem: ApiProblem | null) => void };
type Action = 'verify' | 'deactivate' | 'reactivate';

export function ContactActions({ contact, onChanged, onProblem }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Action | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  if (!contact.canEdit) return null;
  const params = { path: { id: contact.id } };

  const run = async (action: Action) => {
    setBusy(action);
    onProblem(null);
    try {
      const updated =
        action === 'verify'
          ? await call(api.POST('/api/v1/contacts/{id}/verifications', { params, body: {} }))
          : action === 'deactivate'
            ? await call(api.POST('/api/v1/contacts/{id}/deactivation', { params, body: {} }))
            : await call(api.POST('/api/v1/contacts/{id}/reactivation', { params, body: {} }));
      onChanged(updated);
    } catch (error) {
      onProblem(toProblem(error));
    } finally {
      setBusy(null);
      setConfirming(false);
    }
  };

  return (
    <>
      {contact.isActive ? (
        <Button onClick={() => void run('verify')} loading={busy === 'verify'}>
          {t('contact.verifyNow')}
        </Button>
      ) : null}
      <Button component={Link} to={`/contacts/${contact.id}/edit`} variant="default">
        {t('contact.edit')}
      </Button>
      {contact.isActive ? (
        <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
          {t('contact.deactivate')}
        </Button>
      ) : (
        <Button variant="default" onClick={() => void run('reactivate')} loading={busy === 'reactivate'}>
          {t('contact.reactivate')}
        </Button>
      )}
      <WithdrawAction contact={contact} onChanged={onChanged} onProblem={onProblem} />
      <ConfirmModal
        opened={isConfirming}
        title={t('contact.deactivateTitle')}
        message={t('contact.deactivateMessage', { name: contact.name })}
        confirmLabel={t('contact.deactivate')}
        isBusy={busy === 'deactivate'}
        onConfirm={() => void run('deactivate')}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
