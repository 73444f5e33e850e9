// One audit entry in full: who, what and which record in the reader's language, every identifier untruncated, and
// the recorded change as a labelled table (before and after when the entry recorded both); the JSON as recorded
// stays one click away, since it is what the hash chain covers.
import { Code, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../app/api/types';
import { useMe } from '../../app/auth-context';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { CodeText, SubjectCell } from './audit-cells';
import { changeRows, useAuditLabels } from './audit-labels';

function ChangeTable({ change }: { change: Record<string, unknown> }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const { rows, hasBefore } = changeRows(change);
  if (rows.length === 0) return <Text size="sm">{t('audit.noDetails')}</Text>;
  return (
    <Table withTableBorder fz="sm" aria-label={t('audit.change')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('audit.field')}</Table.Th>
          {hasBefore ? <Table.Th>{t('audit.before')}</Table.Th> : null}
          <Table.Th>{hasBefore ? t('audit.after') : t('audit.value')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.path.join('.')}>
            <Table.Th scope="row" fw={500}>{r.path.map((p) => labels.field(p).text).join(' › ')}</Table.Th>
            {hasBefore ? <Table.Td style={{ wordBreak: 'break-word' }}>{labels.value(r.before)}</Table.Td> : null}
            <Table.Td style={{ wordBreak: 'break-word' }}>{labels.value(r.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function EntryDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const labels = useAuditLabels();
  return (
    <DetailList>
      <DetailItem label={t('audit.time')}>
        <Text size="sm">{formatDateTime(entry.at, { locale, timeZone: me.timeZone })}</Text>
      </DetailItem>
      <DetailItem label={t('audit.actor')}>
        <Text size="sm">{labels.actor(entry)}</Text>
        {entry.actorId ? <Text size="xs" className="mono">{entry.actorId}</Text> : null}
      </DetailItem>
      <DetailItem label={t('audit.action')}>
        <CodeText value={labels.action(entry.action)} />
        <Text size="xs" className="mono">{entry.action}</Text>
      </DetailItem>
      <DetailItem label={t('audit.subject')}>
        <SubjectCell entry={entry} />
        <Text size="xs" className="mono">{entry.subjectId}</Text>
      </DetailItem>
      <DetailItem label={t('audit.requestId')}>
        <Text size="xs" className="mono">{entry.requestId ?? t('common.none')}</Text>
      </DetailItem>
    </DetailList>
  );
}

export function AuditEntryModal({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={entry !== null} onClose={onClose} title={t('audit.changeTitle', { seq: entry?.seq ?? '' })} closeButtonProps={{ 'aria-label': t('common.close') }} size="xl">
      {entry ? (
        <Stack>
          <EntryDetails entry={entry} />
          <div>
            <Text size="sm" fw={600} mb={4}>{t('audit.change')}</Text>
            <ChangeTable change={entry.change} />
          </div>
          <details>
            <summary><Text span size="sm">{t('audit.rawChange')}</Text></summary>
            <Code block>{JSON.stringify(entry.change, null, 2)}</Code>
          </details>
        </Stack>
      ) : null}
    </Modal>
  );
}
