// What became of each incident in an imported file, or would become of it in a dry run. A CSV's incidents are
// told by their ref and the file's lines, each problem with its line and column; a STIX bundle's by the id of the
// incident object, each problem with where in the object it is, and then what the import passed over (other types,
// markings that are not TLP). A problem or note the node gives a code for is said in the reader's language; the
// rest are the node's own words (per-row details, in English), as in the notifications import.
import { Anchor, Badge, Code, Group, List, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isValidationCode } from '../../app/api/problem';
import { DataTable } from '../../app/components/data-table';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import type { CsvImportReport, StixImportReport } from './incident-transfer';

type Outcome = CsvImportReport['items'][number]['outcome'];
type StixProblem = StixImportReport['notes'][number];

const OUTCOME_COLOURS: Record<Outcome, string> = { created: 'teal.9', 'already-imported': 'gray.7', invalid: 'red.9', failed: 'red.9' };

function OutcomeBadge({ outcome, isDryRun }: { outcome: Outcome; isDryRun: boolean }) {
  const { t } = useTranslation();
  const willCreate = outcome === 'created' && isDryRun;
  return (
    <Badge color={OUTCOME_COLOURS[outcome]} variant={willCreate ? 'outline' : 'filled'} tt="none" miw="max-content">
      {willCreate ? t('incidentImport.outcome.willCreate') : t(`incidentImport.outcome.${outcome}`)}
    </Badge>
  );
}

/** The counts above the table: what would be or was filed, imported before, and not filed. */
function Summary({ report }: { report: CsvImportReport | StixImportReport }) {
  const { t } = useTranslation();
  const before = report.items.filter((i) => i.outcome === 'already-imported').length;
  const counts = [
    { label: report.dryRun ? t('incidentImport.summary.willCreate') : t('incidentImport.summary.created'), value: report.created },
    ...(report.dryRun ? [] : [{ label: t('incidentImport.summary.alreadyImported'), value: before }]),
    { label: t('incidentImport.summary.invalid'), value: report.invalid },
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

function IncidentLink({ id, label }: { id: string | null; label: string }) {
  const { t } = useTranslation();
  if (!id) return <>{t('common.none')}</>;
  return (
    <Anchor component={Link} to={`/incidents/${id}`} size="sm" aria-label={t('incidentImport.openIncidentOf', { ref: label })}>
      {t('incidentImport.openIncident')}
    </Anchor>
  );
}

function ProblemList({ children, count }: { children: ReactNode; count: number }) {
  const { t } = useTranslation();
  if (count === 0) return <Text size="sm">{t('common.none')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {children}
    </List>
  );
}


export function CsvReportView({ report }: { report: CsvImportReport }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const headers = [t('incidentImport.colRef'), t('incidentImport.colLines'), t('incidentImport.colOutcome'), t('incidentImport.colProblems'), ...(report.dryRun ? [] : [t('incidentImport.colIncident')])];
  return (
    <Stack gap="sm">
      <Summary report={report} />
      <DataTable caption={report.dryRun ? t('incidentImport.dryRunCaption') : t('incidentImport.reportCaption')} headers={headers} minWidth={720} fz="sm">
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
              <ProblemList count={item.problems.length}>
                {item.problems.map((p, i) => (
                  <List.Item key={`${p.line}:${p.column}:${i}`}>
                    <Text component="span" size="sm" fw={600}>
                      {p.column ? t('incidentImport.problemAt', { line: p.line, column: p.column }) : t('incidentImport.problemAtLine', { line: p.line })}
                    </Text>{' '}
                    <Text component="span" size="sm" lang="en">
                      {p.message}
                    </Text>
                  </List.Item>
                ))}
              </ProblemList>
            </Table.Td>
            {report.dryRun ? null : (
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <IncidentLink id={item.id} label={item.ref} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}

/** A STIX problem or note: where it is, and what it says — by its code in the reader's language when it has one. */
function StixProblemItem({ problem: p, at }: { problem: StixProblem; at: string }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const code = locale !== 'en' && isValidationCode(p.code) ? p.code : null;
  return (
    <List.Item>
      {at ? (
        <>
          <Code translate="no">{at}</Code>{' '}
        </>
      ) : null}
      <Text component="span" size="sm" lang={code ? locale : 'en'}>
        {code ? t(`validation.${code}`) : p.message}
      </Text>
    </List.Item>
  );
}

/** What the import passed over: the type of objects no incident field takes, markings, entities it could not read. */
function Notes({ notes }: { notes: StixImportReport['notes'] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('incidentImport.notesTitle')}
      </Text>
      <List size="sm" spacing={2}>
        {notes.map((n, i) => (
          <StixProblemItem key={`${n.stixId ?? ''}:${n.path}:${i}`} problem={n} at={n.code === 'ignored-type' ? (n.stixId?.split('--')[0] ?? '') : (n.stixId ?? n.path)} />
        ))}
      </List>
    </Stack>
  );
}

export function StixReportView({ report }: { report: StixImportReport }) {
  const { t } = useTranslation();
  const headers = [t('incidentImport.colObject'), t('incidentImport.colOutcome'), t('incidentImport.colProblems'), ...(report.dryRun ? [] : [t('incidentImport.colIncident')])];
  return (
    <Stack gap="sm">
      <Summary report={report} />
      {report.items.length > 0 ? (
        <DataTable caption={report.dryRun ? t('incidentImport.dryRunCaption') : t('incidentImport.reportCaption')} headers={headers} minWidth={720} fz="sm">
          {report.items.map((item) => (
            <Table.Tr key={item.stixId}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Code translate="no">{item.stixId}</Code>
              </Table.Td>
              <Table.Td>
                <OutcomeBadge outcome={item.outcome} isDryRun={report.dryRun} />
              </Table.Td>
              <Table.Td miw={280}>
                <ProblemList count={item.problems.length}>
                  {item.problems.map((p, i) => (
                    <StixProblemItem key={`${p.path}:${i}`} problem={p} at={p.path} />
                  ))}
                </ProblemList>
              </Table.Td>
              {report.dryRun ? null : (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <IncidentLink id={item.id} label={item.stixId} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </DataTable>
      ) : null}
      <Notes notes={report.notes} />
    </Stack>
  );
}
