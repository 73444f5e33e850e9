// The documents given with the information asked for, chosen in the answer's dialog: several at once, each listed with
// its size and, when it cannot go, why — what the node would refuse whatever the content (type, size, name) is said
// here before anything is sent, and what it refused on reading the content is said beside the file it named.
import { Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../app/api/problem';
import { useIssueText } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { ATTACHMENT_ACCEPT, attachmentIssue, formatFileSize, MAX_ANSWER_DOCUMENTS, MAX_ATTACHMENT_BYTES, MAX_FILENAME_LENGTH } from './attachments';

/** Catalog keys of the texts, for a dialog other than the notification's (its texts are the default). */
export type AnswerFilesKeys = { label: ParseKeys; add: ParseKeys; help: ParseKeys; cut: ParseKeys };
const NOTIFICATION_KEYS: AnswerFilesKeys = {
  label: 'notification.dialog.provide-info.documents',
  add: 'notification.dialog.provide-info.addDocuments',
  help: 'notification.dialog.provide-info.documentsHelp',
  cut: 'notification.dialog.provide-info.documentsCut',
};

type Props = { files: readonly File[]; onChange: (files: File[]) => void; problem: ApiProblem | null; keys?: AnswerFilesKeys };

/** Why the file cannot go, in the reader's language: this UI's own check first, else what the node said of it. */
function useFileError(problem: ApiProblem | null): (file: File) => string | null {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const issueText = useIssueText();
  const sizeText = (bytes: number) => Object.values(formatFileSize(bytes, locale)).join(' ');
  return (file) => {
    const kind = attachmentIssue(file);
    if (kind) return t(`notification.documents.issue.${kind}`, { file: file.name, size: sizeText(file.size), max: sizeText(MAX_ATTACHMENT_BYTES), length: MAX_FILENAME_LENGTH });
    const said = (problem?.errors ?? []).filter((e) => e.path.startsWith('body/documents/') && e.params?.file === file.name.trim());
    return said.length > 0 ? said.map(issueText).join(' ') : null;
  };
}

export function AnswerFiles({ files, onChange, problem, keys = NOTIFICATION_KEYS }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const errorOf = useFileError(problem);
  const resetRef = useRef<() => void>(null);
  const [isCut, setCut] = useState(false);
  const isFull = files.length >= MAX_ANSWER_DOCUMENTS;
  const add = (chosen: File[]) => {
    // The same file may be chosen again after it was taken off the list.
    resetRef.current?.();
    const all = [...files, ...chosen];
    setCut(all.length > MAX_ANSWER_DOCUMENTS);
    onChange(all.slice(0, MAX_ANSWER_DOCUMENTS));
  };
  return (
    <Stack gap={4} role="group" aria-labelledby="answer-files-label">
      <Text size="sm" fw={500} id="answer-files-label">
        {t(keys.label)}
      </Text>
      <Group gap="sm" align="center" wrap="wrap">
        <FileButton multiple onChange={add} accept={ATTACHMENT_ACCEPT} resetRef={resetRef} disabled={isFull}>
          {(props) => (
            <Button {...props} variant="default" size="xs" disabled={isFull} aria-describedby="answer-files-help">
              {t(keys.add)}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed" id="answer-files-help">
          {t(keys.help, { max: Object.values(formatFileSize(MAX_ATTACHMENT_BYTES, locale)).join(' '), count: MAX_ANSWER_DOCUMENTS })}
        </Text>
      </Group>
      {isCut ? (
        <Text size="sm" c="red.9" role="alert">
          {t(keys.cut, { count: MAX_ANSWER_DOCUMENTS })}
        </Text>
      ) : null}
      {files.length > 0 ? (
        <List size="sm" spacing={4} aria-label={t(keys.label)}>
          {files.map((file, i) => {
            const error = errorOf(file);
            const size = formatFileSize(file.size, locale);
            return (
              <List.Item key={`${i}:${file.name}`}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {file.name}
                  </Text>
                  <Text size="sm" c="dimmed">{`${size.value} ${size.unit}`}</Text>
                  <Button size="compact-xs" variant="subtle" color="red.9" onClick={() => onChange(files.filter((_, j) => j !== i))} aria-label={t('notification.documents.removeOf', { file: file.name })}>
                    {t('notification.documents.remove')}
                  </Button>
                </Group>
                {error ? (
                  <Text size="sm" c="red.9" role="alert">
                    {error}
                  </Text>
                ) : null}
              </List.Item>
            );
          })}
        </List>
      ) : null}
    </Stack>
  );
}
