// One audit entry in full: every identifier untruncated, and the recorded change as JSON text.
import { Code, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';

export function AuditEntryModal({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  return (
    <Modal opened={entry !== null} onClose={onClose} title={t('audit.changeTitle', { seq: entry?.seq ?? '' })} closeButtonProps={{ 'aria-label': t('common.close') }} size="xl">
      {entry ? (
        <Stack>
          <DetailList>
            <DetailItem label={t('audit.time')}>
              <Text size="sm">{formatDateTime(entry.at, { locale, timeZone: me.timeZone })}</Text>
            </DetailItem>
            <DetailItem label={t('audit.actor')}>
              <Text size="sm">{entry.actorLabel}</Text>
              {entry.actorId ? <Text size="xs" className="mono">{entry.actorId}</Text> : null}
            </DetailItem>
            <DetailItem label={t('audit.action')}>
              <Text size="sm" className="mono">{entry.action}</Text>
            </DetailItem>
            <DetailItem label={t('audit.subject')}>
              <Text size="sm">{entry.subjectType}</Text>
              <Text size="xs" className="mono">{entry.subjectId}</Text>
            </DetailItem>
            <DetailItem label={t('audit.requestId')}>
              <Text size="xs" className="mono">{entry.requestId ?? t('common.none')}</Text>
            </DetailItem>
          </DetailList>
          <div>
            <Text size="sm" fw={600} mb={4}>{t('audit.change')}</Text>
            <Code block>{JSON.stringify(entry.change ?? null, null, 2)}</Code>
          </div>
        </Stack>
      ) : null}
    </Modal>
  );
}
