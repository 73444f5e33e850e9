// A dialog that asks for a note (required or not) and runs one action with it: return a draft or an answer with
// the reason, withdraw a request. The server's refusal stays in the dialog.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';

type Props = {
  title: string;
  message: string;
  noteLabel: string;
  isNoteRequired: boolean;
  confirmLabel: string;
  colour?: string;
  onConfirm: (note: string | null) => Promise<void>;
  onClose: () => void;
};

export function NoteDialog({ title, message, noteLabel, isNoteRequired, confirmLabel, colour, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [isChecked, setChecked] = useState(false);
  const { problem, isBusy, fieldError, run } = useSubmit();
  const isMissing = isNoteRequired && note.trim() === '';
  const confirm = () => {
    setChecked(true);
    if (isMissing) return;
    void run(() => onConfirm(note.trim() === '' ? null : note.trim()));
  };
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      <Stack>
        <Text size="sm">{message}</Text>
        <ProblemAlert problem={problem} placedFields={['note']} />
        <Textarea label={noteLabel} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={isChecked && isMissing ? t('requests.dialog.check.note') : fieldError('note')} required={isNoteRequired} autosize minRows={3} maxLength={2000} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={colour} loading={isBusy} onClick={confirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
