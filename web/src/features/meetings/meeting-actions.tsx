// What the signed-in user may do with the meeting now, as the node says (`allowedActions`): on the convening party's
// node its secretariat and supervisors edit it and withdraw it (with a note, in a dialog); every party's keepers edit
// their own part (attendance, notes, decisions), which opens in place below the page's title.
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { NoteDialog } from '../requests/note-dialog';
import type { Meeting } from './types';

type Props = { meeting: Meeting; isEditingPart: boolean; onEditPart: () => void; onChanged: (m: Meeting) => void };

export function MeetingActions({ meeting: m, isEditingPart, onEditPart, onChanged }: Props) {
  const { t } = useTranslation();
  const [isWithdrawing, setWithdrawing] = useState(false);
  const allowed = m.allowedActions;
  if (allowed.length === 0) return null;
  return (
    <>
      <Group gap="sm" role="group" aria-label={t('meetings.detail.actions')}>
        {allowed.includes('edit') ? (
          <Button component={Link} to={`/meetings/${m.id}/edit`} variant="default">
            {t('meetings.action.edit')}
          </Button>
        ) : null}
        {allowed.includes('edit-part') && !isEditingPart ? (
          <Button onClick={onEditPart}>{m.parts.some((p) => p.own) ? t('meetings.action.editPart') : t('meetings.action.addPart')}</Button>
        ) : null}
        {allowed.includes('withdraw') ? (
          <Button variant="outline" color="red.9" onClick={() => setWithdrawing(true)}>
            {t('meetings.action.withdraw')}
          </Button>
        ) : null}
      </Group>
      {isWithdrawing ? (
        <NoteDialog
          title={t('meetings.dialog.withdraw.title', { reference: m.reference })}
          message={t('meetings.dialog.withdraw.message')}
          noteLabel={t('meetings.dialog.withdraw.note')}
          isNoteRequired={false}
          confirmLabel={t('meetings.action.withdraw')}
          colour="red.9"
          onClose={() => setWithdrawing(false)}
          onConfirm={async (note) => {
            onChanged(await call(api.POST('/api/v1/meetings/{id}/withdraw', { params: { path: { id: m.id } }, body: { note } })));
            setWithdrawing(false);
          }}
        />
      ) : null}
    </>
  );
}
