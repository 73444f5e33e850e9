// The dialog behind every action on a notification: what it does, the standard phrases it offers (phrase-picker.tsx)
// and a note — where the other party must be told why, a phrase or a note is required — documents where the action
// carries them (answer-files.tsx), and the server's answer: the dialog stays open with the problem shown if the
// action is refused, a refused document's reason beside it.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { AnswerFiles } from './answer-files';
import { attachmentIssue } from './attachments';
import { PhrasePicker, useOffered } from './phrase-picker';
import type { PhraseListName } from './phrases';
import type { Decision } from './types';

type Props = {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** No note field when undefined. */
  noteLabel?: string;
  noteHelp?: string;
  /** A reason is due: a note, or a phrase when `phrases` are offered. */
  isNoteRequired?: boolean;
  /** The standard phrases offered (decision notes: those fitting `decision`), labelled `phrasesLabel`. */
  phrases?: { list: PhraseListName; label: string; decision?: Decision };
  colour?: string;
  /** Documents may be given with the action (the information asked for). */
  isDocumentsOffered?: boolean;
  /** Extra fields above the note (the decision's choice). */
  children?: ReactNode;
  onConfirm: (note: string | null, codes: string[], files: File[]) => Promise<void>;
  onClose: () => void;
};

/** The dialog's state: the note, the phrases chosen (those still offered), whether a due reason is missing, and the submit. */
function useAnswer({ isNoteRequired = false, phrases, onConfirm }: Pick<Props, 'isNoteRequired' | 'phrases' | 'onConfirm'>) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [isChecked, setChecked] = useState(false);
  const submit = useSubmit();
  const codes = useOffered(phrases?.list, phrases?.decision)(chosen);
  const isMissing = isNoteRequired && note.trim() === '' && codes.length === 0;
  const missing = isChecked && isMissing ? t(phrases ? 'notification.phrases.phraseOrNote' : 'notification.noteRequired') : undefined;
  const confirm = () => {
    setChecked(true);
    // A file this UI already says cannot go is taken off the list first; its reason is shown beside it.
    if (isMissing || files.some((f) => attachmentIssue(f) !== null)) return;
    void submit.run(async () => {
      await onConfirm(note.trim() === '' ? null : note.trim(), codes, files);
      setNote('');
      setChosen([]);
      setFiles([]);
      setChecked(false);
    });
  };
  return { ...submit, note, setNote, codes, setChosen, files, setFiles, missing, confirm };
}

export function ActionModal({ opened, title, message, confirmLabel, noteLabel, noteHelp, isNoteRequired = false, phrases, colour, isDocumentsOffered = false, children, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const { problem, isBusy, fieldError, note, setNote, codes, setChosen, files, setFiles, missing, confirm } = useAnswer({ isNoteRequired, phrases, onConfirm });
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      <Stack>
        <Text size="sm">{message}</Text>
        <ProblemAlert problem={problem} placedFields={isDocumentsOffered ? ['note', 'codes', 'documents'] : ['note', 'codes']} />
        {children}
        {phrases ? <PhrasePicker list={phrases.list} decision={phrases.decision} label={phrases.label} value={codes} onChange={setChosen} error={fieldError('codes')} isRequired={isNoteRequired} /> : null}
        {noteLabel ? (
          <Textarea
            label={noteLabel}
            description={noteHelp}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={missing ?? fieldError('note')}
            required={isNoteRequired && !phrases}
            autosize
            minRows={3}
            maxLength={4000}
            data-autofocus
          />
        ) : null}
        {isDocumentsOffered ? <AnswerFiles files={files} onChange={setFiles} problem={problem} /> : null}
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
