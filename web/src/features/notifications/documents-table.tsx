// The documents filed with a notification, one row each: name, type, size, who added it and when, the start of its
// SHA-256 (the whole value in the title, to compare with the other authority's copy), and its buttons.
import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { DataTable } from '../../app/components/data-table';
import { PersonName } from '../../app/components/person-name';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { formatFileSize, shortHash, TYPE_LABELS } from './attachments';
import type { AttachmentView } from './types';
import type { Pending } from './use-documents';

type Props = {
  attachments: AttachmentView[];
  /** The table's name (the draft's documents when not given). */
  caption?: string;
  pending: Pending;
  canRemove: boolean;
  onDownload: (a: AttachmentView) => void;
  onRemove: (a: AttachmentView) => void;
};

export function DocumentsTable({ attachments, caption, pending, canRemove, onDownload, onRemove }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const headers = [
    t('notification.documents.colFile'),
    t('notification.documents.colType'),
    t('notification.documents.colSize'),
    t('notification.documents.colAddedBy'),
    t('notification.documents.colAddedAt'),
    t('notification.documents.colHash'),
    t('common.actions'),
  ];
  const isBusy = (kind: 'download' | 'remove', a: AttachmentView) => pending !== null && pending.kind === kind && pending.id === a.id;
  return (
    <DataTable caption={caption ?? t('notification.documents.caption')} headers={headers} minWidth={900} fz="sm">
      {attachments.map((a) => {
        const size = formatFileSize(a.size, locale);
        return (
          <Table.Tr key={a.id}>
            <Table.Td miw={180} style={{ overflowWrap: 'anywhere' }}>
              {a.filename}
            </Table.Td>
            <Table.Td>{TYPE_LABELS[a.mediaType]}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${size.value} ${size.unit}`}</Table.Td>
            <Table.Td><PersonName name={a.createdByName} /></Table.Td>
            <Table.Td>{formatDateTime(a.createdAt, { locale, timeZone: me.timeZone })}</Table.Td>
            <Table.Td>
              <Text component="span" size="sm" ff="monospace" title={t('notification.documents.hashTitle', { hash: a.sha256 })}>
                {shortHash(a.sha256)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button size="xs" variant="default" loading={isBusy('download', a)} onClick={() => onDownload(a)} aria-label={t('notification.documents.downloadOf', { file: a.filename })}>
                  {t('notification.documents.download')}
                </Button>
                {canRemove ? (
                  <Button size="xs" variant="outline" color="red.9" loading={isBusy('remove', a)} onClick={() => onRemove(a)} aria-label={t('notification.documents.removeOf', { file: a.filename })}>
                    {t('notification.documents.remove')}
                  </Button>
                ) : null}
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
