// The dialog behind every action on a notification: what it does, a note (required where the other party must be
// told why), and the server's answer — the dialog stays open with the problem shown if the action is refused.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';

type Props = {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** No note field when undefined. */
  noteLabel?: string;
  noteHelp?: string;
  isNoteRequired?: boolean;
  colour?: string;
  /** Extra fields above the note (the decision's choice). */
  children?: ReactNode;
  onConfirm: (note: string | null) => Promise<void>;
  onClose: () => void;
};

export function ActionModal({ opened, title, message, confirmLabel, noteLabel, noteHelp, isNoteRequired = false, colour, children, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [isChecked, setChecked] = useState(false);
  const { problem, isBusy, fieldError, run } = useSubmit();
  const isMissing = isNoteRequired && note.trim() === '';
  const confirm = () => {
    setChecked(true);
    if (isMissing) return;
    void run(async () => {
      await onConfirm(note.trim() === '' ? null : note.trim());
      setNote('');
      setChecked(false);
    });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      <Stack>
        <Text size="sm">{message}</Text>
        <ProblemAlert problem={problem} placedFields={['note']} />
        {children}
        {noteLabel ? (
          <Textarea
            label={noteLabel}
            description={noteHelp}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={isChecked && isMissing ? t('notification.noteRequired') : fieldError('note')}
            required={isNoteRequired}
            autosize
            minRows={3}
            maxLength={4000}
            data-autofocus
          />
        ) : null}
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
