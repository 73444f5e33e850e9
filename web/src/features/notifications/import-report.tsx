// What became of each notification in an imported file, or would become of it in a dry run: its ref, the file's
// lines it came from, the outcome and, for one that cannot be saved, each problem with its line and column. The
// problems are the node's own words (per-row details, in English); everything around them is translated.
import { Anchor, Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../app/components/data-table';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import type { ImportItem, ImportOutcome, ImportReport } from './types';

const OUTCOME_COLOURS: Record<ImportOutcome, string> = { created: 'teal.9', 'already-imported': 'gray.7', invalid: 'red.9', failed: 'red.9' };

function OutcomeBadge({ outcome, isDryRun }: { outcome: ImportOutcome; isDryRun: boolean }) {
  const { t } = useTranslation();
  const label = outcome === 'created' && isDryRun ? t('notificationImport.outcome.willCreate') : t(`notificationImport.outcome.${outcome}`);
  return (
    <Badge color={OUTCOME_COLOURS[outcome]} variant={outcome === 'created' && isDryRun ? 'outline' : 'filled'} tt="none" miw="max-content">
      {label}
    </Badge>
  );
}

function Problems({ problems }: { problems: ImportItem['problems'] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return <Text size="sm">{t('common.none')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {problems.map((p, i) => (
        <List.Item key={`${p.line}:${p.column}:${i}`}>
          <Text component="span" size="sm" fw={600}>
            {p.column ? t('notificationImport.problemAt', { line: p.line, column: p.column }) : t('notificationImport.problemAtLine', { line: p.line })}
          </Text>{' '}
          <Text component="span" size="sm" lang="en">
            {p.message}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The counts above the table: what would be or was created, imported before, and not saved. */
function Summary({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const before = report.items.filter((i) => i.outcome === 'already-imported').length;
  const counts = [
    { label: report.dryRun ? t('notificationImport.summary.willCreate') : t('notificationImport.summary.created'), value: report.created },
    ...(report.dryRun ? [] : [{ label: t('notificationImport.summary.alreadyImported'), value: before }]),
    { label: t('notificationImport.summary.invalid'), value: report.invalid },
  ];
  return (
    <Group component="dl" gap="xl" m={0}>
      {counts.map((c) => (
        <div key={c.label}>
          <Text component="dt" size="sm">
            {c.label}
          </Text>
          <Text component="dd" m={0} fw={700} fz="xl">
            {c.value}
          </Text>
        </div>
      ))}
    </Group>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const headers = [t('notificationImport.colRef'), t('notificationImport.colLines'), t('notificationImport.colOutcome'), t('notificationImport.colProblems'), ...(report.dryRun ? [] : [t('notificationImport.colDraft')])];
  return (
    <Stack gap="sm">
      <Summary report={report} />
      <DataTable caption={report.dryRun ? t('notificationImport.dryRunCaption') : t('notificationImport.reportCaption')} headers={headers} minWidth={720} fz="sm">
        {report.items.map((item) => (
          <Table.Tr key={`${item.ref}:${item.rows.join(',')}`}>
            <Table.Td fw={600} style={{ overflowWrap: 'anywhere' }}>
              {item.ref}
            </Table.Td>
            <Table.Td>{formatList(item.rows.map(String), locale)}</Table.Td>
            <Table.Td>
              <OutcomeBadge outcome={item.outcome} isDryRun={report.dryRun} />
            </Table.Td>
            <Table.Td miw={280}>
              <Problems problems={item.problems} />
            </Table.Td>
            {report.dryRun ? null : (
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {item.id ? (
                  <Anchor component={Link} to={`/notifications/${item.id}`} size="sm" aria-label={t('notificationImport.openDraftOf', { ref: item.ref })}>
                    {t('notificationImport.openDraft')}
                  </Anchor>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
