// Documents as a list: name, type and size, a download button for each, and (for a draft's own) a remove button.
import { Box, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/components/problem-alert';
import { saveBlob } from '../../app/download';
import { useUiLocale } from '../../app/locale';
import { useSubmit } from '../../app/use-submit';
import { formatFileSize, TYPE_LABELS, type AttachmentType } from '../notifications/attachments';
import { downloadRequestDocument, removeRequestDocument } from './documents';
import type { DocumentView } from './types';

type Props = { requestId: string; documents: readonly DocumentView[]; label: string; onRemoved?: () => void };

const typeLabel = (mediaType: string): string => TYPE_LABELS[mediaType as AttachmentType] ?? mediaType;

export function DocumentsList({ requestId, documents, label, onRemoved }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const { problem, run } = useSubmit();
  const [pending, setPending] = useState<string | null>(null);
  if (documents.length === 0) return null;
  const act = (d: DocumentView, work: () => Promise<void>) => {
    setPending(d.id);
    void run(work).finally(() => setPending(null));
  };
  return (
    <Box mt={4} role="group" aria-label={label}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <ProblemAlert problem={problem} />
      <List size="sm" spacing={4}>
        {documents.map((d) => {
          const size = formatFileSize(d.size, locale);
          return (
            <List.Item key={d.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {d.filename}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('requests.documents.typeAndSize', { type: typeLabel(d.mediaType), size: `${size.value} ${size.unit}` })}
                </Text>
                <Button size="compact-xs" variant="default" loading={pending === d.id} onClick={() => act(d, async () => saveBlob(await downloadRequestDocument(requestId, d.id), d.filename))} aria-label={t('requests.documents.downloadOf', { file: d.filename })}>
                  {t('requests.documents.download')}
                </Button>
                {onRemoved ? (
                  <Button size="compact-xs" variant="subtle" color="red.9" onClick={() => act(d, async () => { await removeRequestDocument(requestId, d.id); onRemoved(); })} aria-label={t('requests.documents.removeOf', { file: d.filename })}>
                    {t('requests.documents.remove')}
                  </Button>
                ) : null}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Box>
  );
}
