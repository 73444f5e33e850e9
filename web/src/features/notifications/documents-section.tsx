// Documents filed with the notification, for both sides to read and download. The exporting side adds documents to
// a draft, or with the information the importer asked for, and removes them from a draft; the server's `allowed`
// says which (`edit` on a draft, `provide-info` while information is requested).
import { Alert, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../app/components/confirm-modal';
import { ProblemAlert } from '../../app/components/problem-alert';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { ATTACHMENT_ACCEPT, formatFileSize, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_FILENAME_LENGTH } from './attachments';
import { DocumentsTable } from './documents-table';
import type { Notification } from './types';
import { useDocuments, type RefusedFile } from './use-documents';

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

export function DocumentsSection({ notification: n, onChanged }: Props) {
  const { t } = useTranslation();
  const docs = useDocuments(n, onChanged);
  const canRemove = n.allowed.includes('edit');
  const canAdd = canRemove || n.allowed.includes('provide-info');
  return (
    <Section title={t('notification.documents.title')}>
      <Stack gap="sm">
        {canAdd ? <Text size="sm">{canRemove ? t('notification.documents.helpDraft') : t('notification.documents.helpInfo')}</Text> : null}
        <ProblemAlert problem={docs.listProblem} />
        {docs.refused ? <RefusedAlert refused={docs.refused} /> : null}
        {n.attachments.length === 0 ? (
          <Text size="sm">{t('notification.documents.empty')}</Text>
        ) : (
          <DocumentsTable attachments={n.attachments} pending={docs.pending} canRemove={canRemove} onDownload={docs.download} onRemove={docs.setRemoving} />
        )}
        {canAdd ? <UploadControl isFull={n.attachments.length >= MAX_ATTACHMENTS} isBusy={docs.pending?.kind === 'upload'} resetRef={docs.resetRef} onFile={docs.upload} /> : null}
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
