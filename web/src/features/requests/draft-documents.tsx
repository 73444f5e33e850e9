// The documents filed with the request itself: listed for every reader; on a draft the drafter adds (PDF, PNG,
// JPEG, checked here first for type, size and name) and removes them. They leave with the request when it is sent.
import { Button, FileButton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/components/problem-alert';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { useSubmit } from '../../app/use-submit';
import { ATTACHMENT_ACCEPT, attachmentIssue, formatFileSize, MAX_ATTACHMENT_BYTES } from '../notifications/attachments';
import { uploadRequestDocument } from './documents';
import { DocumentsList } from './documents-list';
import type { Request } from './types';

export function DraftDocuments({ request: r, onChanged }: { request: Request; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const { problem, isBusy, run } = useSubmit();
  const isDraft = r.allowed.includes('edit');
  const max = Object.values(formatFileSize(MAX_ATTACHMENT_BYTES, locale)).join(' ');
  const [refused, setRefused] = useState<string | null>(null);
  const add = (file: File | null) => {
    if (!file) return;
    const issue = attachmentIssue(file);
    const size = Object.values(formatFileSize(file.size, locale)).join(' ');
    setRefused(issue ? t(`notification.documents.issue.${issue}`, { file: file.name, max, size, length: 200 }) : null);
    if (issue) return;
    void run(async () => {
      await uploadRequestDocument(r.id, file);
      onChanged();
    });
  };
  if (!isDraft && r.documents.length === 0) return null;
  return (
    <Section title={t('requests.documents.title')}>
      <Stack gap="xs">
        {r.documents.length === 0 ? <Text size="sm">{t('requests.documents.none')}</Text> : null}
        <DocumentsList requestId={r.id} documents={r.documents} label={t('requests.documents.withRequest')} onRemoved={isDraft ? onChanged : undefined} />
        <ProblemAlert problem={problem} />
        {refused ? (
          <Text size="sm" c="red.9" role="alert">
            {refused}
          </Text>
        ) : null}
        {isDraft ? (
          <div>
            <FileButton onChange={add} accept={ATTACHMENT_ACCEPT}>
              {(props) => (
                <Button {...props} variant="default" size="xs" loading={isBusy}>
                  {t('requests.documents.add')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed" mt={4}>
              {t('requests.documents.help', { max })}
            </Text>
          </div>
        ) : null}
      </Stack>
    </Section>
  );
}
