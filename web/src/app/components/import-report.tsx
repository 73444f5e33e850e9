// What became of each record of an imported file, or would become of it in a dry run — the one report the imports
// of notifications and incidents show: the counts, then a row per record (its ref, the file's lines, the outcome,
// each problem at its line and column, a link to what was created). A problem is said in the reader's language by
// its code (import-problems.ts); the rest of each page's wording comes from its own catalog namespace (`ns`).
import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../format';
import { importProblemText, type ImportProblemLike } from '../import-problems';
import { useUiLocale } from '../locale';
import { DataTable } from './data-table';

/** The catalog namespace of an import page; each holds the same report keys (outcome, summary, col…, problemAt). */
export type ImportNamespace = 'incidentImport' | 'notificationImport';
export type ImportOutcome = 'created' | 'already-imported' | 'invalid' | 'failed';
type Counts = { dryRun: boolean; created: number; invalid: number; items: readonly { outcome: ImportOutcome }[] };
type CsvItem = { ref: string; rows: number[]; outcome: ImportOutcome; id: string | null; problems: (ImportProblemLike & { line: number; column: string })[] };
export type CsvImportReportLike<I extends CsvItem> = { dryRun: boolean; created: number; invalid: number; items: I[] };

const OUTCOME_COLOURS: Record<ImportOutcome, string> = { created: 'teal.9', 'already-imported': 'gray.7', invalid: 'red.9', failed: 'red.9' };

export function ImportOutcomeBadge({ outcome, isDryRun, ns }: { outcome: ImportOutcome; isDryRun: boolean; ns: ImportNamespace }) {
  const { t } = useTranslation();
  const willCreate = outcome === 'created' && isDryRun;
  return (
    <Badge color={OUTCOME_COLOURS[outcome]} variant={willCreate ? 'outline' : 'filled'} tt="none" miw="max-content">
      {willCreate ? t(`${ns}.outcome.willCreate`) : t(`${ns}.outcome.${outcome}`)}
    </Badge>
  );
}

/** The counts above the table: what would be or was created, imported before, and not created. */
export function ImportSummary({ report, ns }: { report: Counts; ns: ImportNamespace }) {
  const { t } = useTranslation();
  const before = report.items.filter((i) => i.outcome === 'already-imported').length;
  const counts = [
    { label: report.dryRun ? t(`${ns}.summary.willCreate`) : t(`${ns}.summary.created`), value: report.created },
    ...(report.dryRun ? [] : [{ label: t(`${ns}.summary.alreadyImported`), value: before }]),
    { label: t(`${ns}.summary.invalid`), value: report.invalid },
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

export function ImportProblemList({ children, count }: { children: ReactNode; count: number }) {
  const { t } = useTranslation();
  if (count === 0) return <Text size="sm">{t('common.none')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {children}
    </List>
  );
}

/** One problem: where it is (`at`), then what it says, marked as English when the UI cannot say it otherwise. */
export function ImportProblemItem({ problem, at }: { problem: ImportProblemLike; at: ReactNode }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const { text, lang } = importProblemText(t, locale, problem);
  return (
    <List.Item>
      {at ? <>{at} </> : null}
      <Text component="span" size="sm" lang={lang}>
        {text}
      </Text>
    </List.Item>
  );
}

function CsvProblemAt({ line, column, ns }: { line: number; column: string; ns: ImportNamespace }) {
  const { t } = useTranslation();
  return (
    <Text component="span" size="sm" fw={600}>
      {column ? t(`${ns}.problemAt`, { line, column }) : t(`${ns}.problemAtLine`, { line })}
    </Text>
  );
}

type CsvViewProps<I extends CsvItem> = {
  report: CsvImportReportLike<I>;
  ns: ImportNamespace;
  /** The last column, shown after a real import: what each record became (a link to it). */
  record: { header: string; cell: (item: I) => ReactNode };
};

/** A CSV import's report: a row per record, grouped from the file's lines by ref. */
export function CsvImportReportView<I extends CsvItem>({ report, ns, record }: CsvViewProps<I>) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const headers = [t(`${ns}.colRef`), t(`${ns}.colLines`), t(`${ns}.colOutcome`), t(`${ns}.colProblems`), ...(report.dryRun ? [] : [record.header])];
  return (
    <Stack gap="sm">
      <ImportSummary report={report} ns={ns} />
      <DataTable caption={report.dryRun ? t(`${ns}.dryRunCaption`) : t(`${ns}.reportCaption`)} headers={headers} minWidth={720} fz="sm">
        {report.items.map((item) => (
          <Table.Tr key={`${item.ref}:${item.rows.join(',')}`}>
            <Table.Td fw={600} style={{ overflowWrap: 'anywhere' }}>
              {item.ref}
            </Table.Td>
            <Table.Td>{formatList(item.rows.map(String), locale)}</Table.Td>
            <Table.Td>
              <ImportOutcomeBadge outcome={item.outcome} isDryRun={report.dryRun} ns={ns} />
            </Table.Td>
            <Table.Td miw={280}>
              <ImportProblemList count={item.problems.length}>
                {item.problems.map((p, i) => (
                  <ImportProblemItem key={`${p.line}:${p.column}:${i}`} problem={p} at={<CsvProblemAt line={p.line} column={p.column} ns={ns} />} />
                ))}
              </ImportProblemList>
            </Table.Td>
            {report.dryRun ? null : <Table.Td style={{ whiteSpace: 'nowrap' }}>{record.cell(item)}</Table.Td>}
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
