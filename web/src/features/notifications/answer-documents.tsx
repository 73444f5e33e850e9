// The documents given with one answer to a request for information, listed beside that answer in the timeline: name,
// type and size, and a button downloading each. Both nodes show them, the importer's beside its own question.
import { Box, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/components/problem-alert';
import { saveBlob } from '../../app/download';
import { useUiLocale } from '../../app/locale';
import { useSubmit } from '../../app/use-submit';
import { downloadAttachment, formatFileSize, TYPE_LABELS } from './attachments';
import type { AttachmentView } from './types';

type Props = { notificationId: string; documents: readonly AttachmentView[] };

export function AnswerDocuments({ notificationId, documents }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const { problem, run } = useSubmit();
  const [pending, setPending] = useState<string | null>(null);
  if (documents.length === 0) return null;
  const download = (a: AttachmentView) => {
    setPending(a.id);
    void run(async () => saveBlob(await downloadAttachment(notificationId, a.id), a.filename)).finally(() => setPending(null));
  };
  return (
    <Box mt={4} role="group" aria-label={t('notification.documents.withAnswer')}>
      <Text size="sm" fw={600}>
        {t('notification.documents.withAnswer')}
      </Text>
      <ProblemAlert problem={problem} />
      <List size="sm" spacing={4}>
        {documents.map((a) => {
          const size = formatFileSize(a.size, locale);
          return (
            <List.Item key={a.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {a.filename}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('notification.documents.typeAndSize', { type: TYPE_LABELS[a.mediaType], size: `${size.value} ${size.unit}` })}
                </Text>
                <Button size="compact-xs" variant="default" loading={pending === a.id} onClick={() => download(a)} aria-label={t('notification.documents.downloadOf', { file: a.filename })}>
                  {t('notification.documents.download')}
                </Button>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Box>
  );
}
