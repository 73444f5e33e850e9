// "Withdraw": takes this node's contact back from every party it was released to. Their nodes purge it and keep only
// a tombstone; the contact stays here, released to no one.
import { Button, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import type { Contact } from '../../app/api/types';
import { ConfirmModal } from '../../app/components/confirm-modal';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { useReference } from './reference';

type Props = { contact: Contact; onChanged: (contact: Contact) => void; onProblem: (problem: ApiProblem | null) => void };

export function WithdrawAction({ contact, onChanged, onProblem }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const ref = useReference();
  const [isConfirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const [isBusy, setBusy] = useState(false);
  if (!contact.canEdit || contact.releasableTo.length === 0) return null;

  const withdraw = async () => {
    setBusy(true);
    onProblem(null);
    try {
      const body = note.trim() ? { note: note.trim() } : {};
      onChanged(await call(api.POST('/api/v1/contacts/{id}/withdrawal', { params: { path: { id: contact.id } }, body })));
      setNote('');
    } catch (error) {
      onProblem(toProblem(error));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
        {t('contactExchange.withdraw')}
      </Button>
      <ConfirmModal
        opened={isConfirming}
        title={t('contactExchange.withdrawTitle')}
        message={t('contactExchange.withdrawMessage', { name: contact.name, parties: formatList(contact.releasableTo.map((code) => ref.partyLabel(code)), locale) })}
        confirmLabel={t('contactExchange.withdraw')}
        isBusy={isBusy}
        onConfirm={() => void withdraw()}
        onClose={() => setConfirming(false)}
      >
        <Textarea label={t('contactExchange.withdrawNote')} description={t('contactExchange.withdrawNoteHelp')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} autosize minRows={2} mb="lg" />
      </ConfirmModal>
    </>
  );
}
