// What the signed-in user may do to this incident: edit it (a new version, shared again) and withdraw it from
// every party holding it, with an optional note, after confirming. The server decides (canEdit); this only offers.
import { Button, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { ConfirmModal } from '../../app/components/confirm-modal';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import type { Incident } from './types';

export function IncidentActions({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [isOpen, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!incident.canEdit) return null;
  const withdraw = () =>
    submit.run(async () => {
      onChanged(await call(api.POST('/api/v1/incidents/{id}/withdraw', { params: { path: { id: incident.id } }, body: { note: note.trim() || null } })));
      setOpen(false);
    });
  return (
    <>
      <Button component={Link} to={`/incidents/${incident.id}/edit`} variant="default">
        {t('common.edit')}
      </Button>
      <Button color="red" variant="outline" onClick={() => setOpen(true)}>
        {t('incidents.detail.withdraw')}
      </Button>
      <ConfirmModal opened={isOpen} title={t('incidents.detail.withdrawTitle', { reference: incident.reference })} message={t('incidents.detail.withdrawMessage')} confirmLabel={t('incidents.detail.withdrawConfirm')} isBusy={submit.isBusy} onConfirm={() => void withdraw()} onClose={() => setOpen(false)}>
        <Textarea label={t('incidents.detail.withdrawNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} mb="md" />
        <ProblemAlert problem={submit.problem} />
      </ConfirmModal>
    </>
  );
}
