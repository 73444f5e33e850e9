// What became of each incident in an imported file, or would become of it in a dry run. A CSV's incidents are
// told by their ref and the file's lines, each problem with its line and column; a STIX bundle's by the id of the
// incident object, each problem with where in the object it is, and then what the import passed over (other types,
// markings that are not TLP). The report, and how a problem is said in the reader's language, are the ones every
// import shows (app/components/import-report.tsx); here are what is the incidents' own: the link, the STIX view.
import { Anchor, Code, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../app/components/data-table';
import { CsvImportReportView, ImportOutcomeBadge, ImportProblemItem, ImportProblemList, ImportSummary } from '../../app/components/import-report';
import type { CsvImportReport, StixImportReport } from './incident-transfer';

function IncidentLink({ id, label }: { id: string | null; label: string }) {
  const { t } = useTranslation();
  if (!id) return <>{t('common.none')}</>;
  return (
    <Anchor component={Link} to={`/incidents/${id}`} size="sm" aria-label={t('incidentImport.openIncidentOf', { ref: label })}>
      {t('incidentImport.openIncident')}
    </Anchor>
  );
}

export function CsvReportView({ report }: { report: CsvImportReport }) {
  const { t } = useTranslation();
  const record = { header: t('incidentImport.colIncident'), cell: (item: CsvImportReport['items'][number]) => <IncidentLink id={item.id} label={item.ref} /> };
  return <CsvImportReportView report={report} ns="incidentImport" record={record} />;
}

/** Where in a STIX object (or which object) a problem or note is, written as the bundle writes it. */
const stixAt = (at: string) => (at ? <Code translate="no">{at}</Code> : null);

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
          <ImportProblemItem key={`${n.stixId ?? ''}:${n.path}:${i}`} problem={n} at={stixAt(n.code === 'ignored-type' ? (n.stixId?.split('--')[0] ?? '') : (n.stixId ?? n.path))} />
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
      <ImportSummary report={report} ns="incidentImport" />
      {report.items.length > 0 ? (
        <DataTable caption={report.dryRun ? t('incidentImport.dryRunCaption') : t('incidentImport.reportCaption')} headers={headers} minWidth={720} fz="sm">
          {report.items.map((item) => (
            <Table.Tr key={item.stixId}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Code translate="no">{item.stixId}</Code>
              </Table.Td>
              <Table.Td>
                <ImportOutcomeBadge outcome={item.outcome} isDryRun={report.dryRun} ns="incidentImport" />
              </Table.Td>
              <Table.Td miw={280}>
                <ImportProblemList count={item.problems.length}>
                  {item.problems.map((p, i) => (
                    <ImportProblemItem key={`${p.path}:${i}`} problem={p} at={stixAt(p.path)} />
                  ))}
                </ImportProblemList>
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
