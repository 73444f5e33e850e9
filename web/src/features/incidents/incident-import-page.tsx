// Incidents from a file: a CSV spreadsheet (one row per item, English or Chinese headers) or a STIX 2.1 bundle
// (another node's export, an OpenCTI or MISP export). The file is checked first (a dry run: nothing is filed) and,
// once the report shows what will become of each incident, imported for real, with links to the incidents filed.
import { Alert, Anchor, Button, Code, FileInput, Group, List, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiProblem } from '../../app/api/problem';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { useSubmit } from '../../app/use-submit';
import { formatFileSize } from '../notifications/attachments';
import { DARK_ORANGE } from '../notifications/badges';
import { CsvReportView, StixReportView } from './import-report';
import { IMPORT_LIMITS, importCsv, importStix, type CsvImportReport, type ImportFormat, type StixImportReport } from './incident-transfer';

/** Column names and values a file holds are written as code, the same in either language. */
const CODE = { code: <Code translate="no" /> };
const CSV_LISTS = ['columnsRequired', 'columnsIncident', 'columnsItem', 'columnsEntities', 'codedValues'] as const;

type Report = { format: 'csv'; report: CsvImportReport } | { format: 'stix'; report: StixImportReport };

function useSizeText(): (bytes: number) => string {
  const locale = useUiLocale();
  return (bytes) => {
    const size = formatFileSize(bytes, locale);
    return `${size.value} ${size.unit}`;
  };
}

function useLimits(format: ImportFormat) {
  const locale = useUiLocale();
  const sizeText = useSizeText();
  const limits = IMPORT_LIMITS[format];
  return { max: sizeText(limits.maxBytes), records: limits.maxRecords.toLocaleString(locale) };
}

/** The columns the node reads (CSV), or what it takes from a bundle (STIX), in the reader's language. */
function FormatHelp({ format }: { format: ImportFormat }) {
  const { t } = useTranslation();
  const limits = useLimits(format);
  return (
    <Section title={t(`incidentImport.${format}.formatTitle`)}>
      <Stack gap="sm">
        <Text size="sm">
          <Trans i18nKey={`incidentImport.${format}.formatIntro`} components={CODE} />
        </Text>
        <List size="sm" spacing={4} maw={900}>
          {format === 'csv'
            ? CSV_LISTS.map((key) => (
                <List.Item key={key}>
                  <Trans i18nKey={`incidentImport.csv.${key}`} components={CODE} />
                </List.Item>
              ))
            : null}
          {format === 'stix' ? (
            <>
              <List.Item>{t('incidentImport.stix.filedAs')}</List.Item>
              <List.Item>{t('incidentImport.stix.passedOver')}</List.Item>
              <List.Item>{t('incidentImport.stix.ownOnly')}</List.Item>
            </>
          ) : null}
          <List.Item>{t(`incidentImport.${format}.fileLimits`, limits)}</List.Item>
        </List>
      </Stack>
    </Section>
  );
}

type FormProps = {
  format: ImportFormat;
  file: File | null;
  report: Report | null;
  running: 'check' | 'import' | null;
  problem: ApiProblem | null;
  onFile: (file: File | null) => void;
  onSend: (dryRun: boolean) => void;
};

/** What the last step did, in a sentence. */
function outcomeKey(report: Report['report']): 'importDone' | 'dryRunDone' | 'nothingToImport' {
  if (!report.dryRun) return 'importDone';
  return report.created > 0 ? 'dryRunDone' : 'nothingToImport';
}

/** The file, and the two steps: check it (a dry run), then import what the check showed. */
function ImportForm({ format, file, report, running, problem, onFile, onSend }: FormProps) {
  const { t } = useTranslation();
  const sizeText = useSizeText();
  const limits = useLimits(format);
  const maxBytes = IMPORT_LIMITS[format].maxBytes;
  const isTooLarge = file !== null && file.size > maxBytes;
  // Import for real only what a check of this very file has shown.
  const canImport = report !== null && report.report.dryRun && report.report.created > 0;
  const check = (event: FormEvent) => {
    event.preventDefault();
    if (file && !isTooLarge) onSend(true);
  };
  return (
    <form onSubmit={check} noValidate>
      <Stack gap="sm" align="flex-start">
        <FileInput
          label={t(`incidentImport.${format}.file`)}
          description={t(`incidentImport.${format}.fileHelp`, limits)}
          placeholder={t('incidentImport.filePlaceholder')}
          accept={IMPORT_LIMITS[format].accept}
          value={file}
          onChange={onFile}
          error={isTooLarge ? t('incidentImport.tooLarge', { size: sizeText(file.size), max: limits.max }) : undefined}
          clearable
          clearButtonProps={{ 'aria-label': t('incidentImport.clearFile') }}
          // The placeholder here is text on a button, not an input's ::placeholder: it needs full contrast.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          w={420}
          maw="100%"
          required
        />
        <ProblemAlert problem={problem} />
        <Group gap="sm">
          <Button type="submit" variant={canImport ? 'default' : 'filled'} loading={running === 'check'} disabled={!file || isTooLarge || running === 'import'}>
            {t('incidentImport.check')}
          </Button>
          <Button onClick={() => onSend(false)} loading={running === 'import'} disabled={!canImport || running === 'check'}>
            {t('incidentImport.import')}
          </Button>
        </Group>
        <Text size="sm">{t('incidentImport.importHelp')}</Text>
        <Text size="sm" fw={600} aria-live="polite">
          {report ? t(`incidentImport.${outcomeKey(report.report)}`) : ''}
        </Text>
      </Stack>
    </form>
  );
}

function ReportSection({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { dryRun, invalid } = report.report;
  return (
    <Section title={dryRun ? t('incidentImport.dryRunTitle') : t('incidentImport.reportTitle')}>
      <Stack gap="sm">
        {dryRun && invalid > 0 ? (
          <Alert color={DARK_ORANGE} variant="outline" title={t('incidentImport.invalidTitle')}>
            <Text size="sm">{t('incidentImport.invalidHelp')}</Text>
          </Alert>
        ) : null}
        {report.format === 'csv' ? <CsvReportView report={report.report} /> : <StixReportView report={report.report} />}
      </Stack>
    </Section>
  );
}

export function IncidentImportPage() {
  const { t } = useTranslation();
  const { problem, run } = useSubmit();
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [running, setRunning] = useState<'check' | 'import' | null>(null);
  const send = (dryRun: boolean) => {
    if (!file) return;
    setRunning(dryRun ? 'check' : 'import');
    const work = format === 'csv' ? async () => setReport({ format, report: await importCsv(file, dryRun) }) : async () => setReport({ format, report: await importStix(file, dryRun) });
    void run(work).finally(() => setRunning(null));
  };
  const choose = (next: File | null) => {
    setFile(next);
    setReport(null);
  };
  const chooseFormat = (next: string) => {
    setFormat(next === 'stix' ? 'stix' : 'csv');
    choose(null);
  };
  return (
    <>
      <Anchor component={Link} to="/incidents" size="sm">
        {t('incidents.detail.backToList')}
      </Anchor>
      <PageTitle title={t('incidentImport.title')} />
      <Stack>
        <Text size="sm">{t('incidentImport.intro')}</Text>
        <Radio.Group label={t('incidentImport.formatLabel')} value={format} onChange={chooseFormat}>
          <Group gap="xl" mt={6}>
            <Radio value="csv" label={t('incidentImport.formatCsv')} />
            <Radio value="stix" label={t('incidentImport.formatStix')} />
          </Group>
        </Radio.Group>
        <FormatHelp format={format} />
        <Section title={t('incidentImport.fileTitle')}>
          <ImportForm format={format} file={file} report={report} running={running} problem={problem} onFile={choose} onSend={send} />
        </Section>
        {report ? <ReportSection report={report} /> : null}
      </Stack>
    </>
  );
}
