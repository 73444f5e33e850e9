// Documents filed with the notification, for both sides to read and download. The exporting side adds documents to
// a draft and removes them from it (`edit` in the server's `allowed`); documents given with the information the
// importer asked for come in the answer's own dialog, and are shown here under that answer, beside the question
// it answered and the information given.
import { Alert, Box, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../app/components/confirm-modal';
import { ProblemAlert } from '../../app/components/problem-alert';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { ATTACHMENT_ACCEPT, documentsByAnswer, formatFileSize, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_FILENAME_LENGTH } from './attachments';
import { DocumentsTable } from './documents-table';
import { InfoQuestion } from './info-question';
import type { AttachmentView, EventView, Notification } from './types';
import { useDocuments, type Pending, type RefusedFile } from './use-documents';

type Props = { notification: Notification; onChanged: (n: Notification) => void };

/** "4 MB" in the UI language's digits. */
function useSizeText(): (bytes: number) => string {
  const locale = useUiLocale();
  return (bytes) => {
    const size = formatFileSize(bytes, locale);
    return `${size.value} ${size.unit}`;
  };
}

/** Why a file was not sent at all: the node would refuse its type, size or name whatever its content. */
function RefusedAlert({ refused }: { refused: RefusedFile }) {
  const { t } = useTranslation();
  const sizeText = useSizeText();
  const values = { file: refused.file.name, size: sizeText(refused.file.size), max: sizeText(MAX_ATTACHMENT_BYTES), length: MAX_FILENAME_LENGTH };
  return (
    <Alert color="red.9" variant="outline" role="alert" title={t('notification.documents.refusedTitle')}>
      <Text size="sm">{t(`notification.documents.issue.${refused.kind}`, values)}</Text>
    </Alert>
  );
}

type UploadProps = { isFull: boolean; isBusy: boolean; resetRef: RefObject<(() => void) | null>; onFile: (file: File | null) => void };

function UploadControl({ isFull, isBusy, resetRef, onFile }: UploadProps) {
  const { t } = useTranslation();
  const sizeText = useSizeText();
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <FileButton onChange={onFile} accept={ATTACHMENT_ACCEPT} resetRef={resetRef} disabled={isFull}>
        {(props) => (
          <Button {...props} variant="default" loading={isBusy} disabled={isFull} aria-describedby="documents-upload-help">
            {t('notification.documents.upload')}
          </Button>
        )}
      </FileButton>
      <Text size="sm" c="dimmed" id="documents-upload-help">
        {isFull ? t('notification.documents.limitReached', { count: MAX_ATTACHMENTS }) : t('notification.documents.uploadHelp', { max: sizeText(MAX_ATTACHMENT_BYTES), count: MAX_ATTACHMENTS })}
      </Text>
    </Group>
  );
}

type AnswerProps = { events: readonly EventView[]; answer: EventView; documents: AttachmentView[]; pending: Pending; onDownload: (a: AttachmentView) => void };

/** One answer's documents, beside the question it answered and the information given. */
function AnswerGroup({ events, answer, documents, pending, onDownload }: AnswerProps) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const title = t('notification.documents.answerTitle', { at: formatDateTime(answer.at, { locale, timeZone: me.timeZone }) });
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <InfoQuestion events={events} answer={answer} />
      {answer.note ? (
        <Box mb="sm" role="group" aria-label={t('notification.documents.answerNote')}>
          <Text size="sm" fw={600} mb={4}>
            {t('notification.documents.answerNote')}
          </Text>
          <TranslatableText field={`events.${answer.id}.note`} text={answer.note} size="sm" />
        </Box>
      ) : null}
      <DocumentsTable attachments={documents} caption={t('notification.documents.withAnswer')} pending={pending} canRemove={false} onDownload={onDownload} onRemove={() => undefined} />
    </Paper>
  );
}

export function DocumentsSection({ notification: n, onChanged }: Props) {
  const { t } = useTranslation();
  const docs = useDocuments(n, onChanged);
  const canAdd = n.allowed.includes('edit');
  const { byAnswer, untied } = documentsByAnswer(n.attachments, n.events);
  const answers = n.events.filter((e) => byAnswer.has(e.id));
  return (
    <Section title={t('notification.documents.title')}>
      <Stack gap="sm">
        {canAdd ? <Text size="sm">{t('notification.documents.helpDraft')}</Text> : null}
        {n.allowed.includes('provide-info') ? <Text size="sm">{t('notification.documents.helpInfo')}</Text> : null}
        <ProblemAlert problem={docs.listProblem} />
        {docs.refused ? <RefusedAlert refused={docs.refused} /> : null}
        {n.attachments.length === 0 ? <Text size="sm">{t('notification.documents.empty')}</Text> : null}
        {untied.length > 0 ? <DocumentsTable attachments={untied} pending={docs.pending} canRemove={canAdd} onDownload={docs.download} onRemove={docs.setRemoving} /> : null}
        {answers.map((e) => (
          <AnswerGroup key={e.id} events={n.events} answer={e} documents={byAnswer.get(e.id) ?? []} pending={docs.pending} onDownload={docs.download} />
        ))}
        {canAdd ? <UploadControl isFull={untied.length >= MAX_ATTACHMENTS} isBusy={docs.pending?.kind === 'upload'} resetRef={docs.resetRef} onFile={docs.upload} /> : null}
        <Text size="sm" aria-live="polite">
          {docs.done}
        </Text>
      </Stack>
      {docs.removing ? (
        <ConfirmModal
          opened
          title={t('notification.documents.removeTitle', { file: docs.removing.filename })}
          message={t('notification.documents.removeMessage')}
          confirmLabel={t('notification.documents.remove')}
          isBusy={docs.pending?.kind === 'remove'}
          onConfirm={() => (docs.removing ? docs.remove(docs.removing) : undefined)}
          onClose={() => docs.setRemoving(null)}
        >
          <ProblemAlert problem={docs.removalProblem} />
        </ConfirmModal>
      ) : null}
    </Section>
  );
}
