// Notifications from a CSV file, as drafts: the columns the node reads and an example file to start from; then the
// file is checked (a dry run: nothing is created) and, once the report shows what will become of each notification,
// imported for real, with links to the drafts created. Nothing is sent: each draft is sent from its own page.
import { Alert, Anchor, Button, Code, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiProblem } from '../../app/api/problem';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { Section } from '../../app/components/section';
import { saveBlob } from '../../app/download';
import { useUiLocale } from '../../app/locale';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';
import { formatFileSize } from './attachments';
import { DARK_ORANGE } from './badges';
import { ImportReportView } from './import-report';
import { exampleCsv, exampleShipmentDate, IMPORT_ACCEPT, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, importNotifications } from './notification-import';
import type { ImportReport } from './types';

/** Column names and values a file holds are written as code, the same in either language. */
const CODE = { code: <Code translate="no" /> };

function ImportFormat() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const { counterparts } = useReference();
  const max = formatFileSize(IMPORT_MAX_BYTES, locale);
  const downloadExample = () => {
    const text = exampleCsv(locale, { importingParty: counterparts[0]?.code ?? '', agency: me.agency.acronym, shipmentDate: exampleShipmentDate(new Date()) });
    saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), t('notificationImport.exampleFileName'));
  };
  return (
    <Section title={t('notificationImport.formatTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          <Trans i18nKey="notificationImport.formatIntro" components={CODE} />
        </Text>
        <List size="sm" spacing={4} maw={900}>
          <List.Item>
            <Trans i18nKey="notificationImport.columnsRequired" components={CODE} />
          </List.Item>
          <List.Item>{t('notificationImport.columnsPerNotification')}</List.Item>
          <List.Item>
            <Trans i18nKey="notificationImport.columnsOptional" components={CODE} />
          </List.Item>
          <List.Item>{t('notificationImport.fileLimits', { max: `${max.value} ${max.unit}`, rows: IMPORT_MAX_ROWS })}</List.Item>
        </List>
        <Button variant="default" onClick={downloadExample}>
          {t('notificationImport.downloadExample')}
        </Button>
      </Stack>
    </Section>
  );
}

type FormProps = {
  file: File | null;
  report: ImportReport | null;
  running: 'check' | 'import' | null;
  problem: ApiProblem | null;
  onFile: (file: File | null) => void;
  onSend: (dryRun: boolean) => void;
};

/** What the last step did, in a sentence. */
function outcomeKey(report: ImportReport): 'importDone' | 'dryRunDone' | 'nothingToImport' {
  if (!report.dryRun) return 'importDone';
  return report.created > 0 ? 'dryRunDone' : 'nothingToImport';
}

/** The file, and the two steps: check it (a dry run), then import what the check showed. */
function ImportForm({ file, report, running, problem, onFile, onSend }: FormProps) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const sizeText = (bytes: number) => {
    const size = formatFileSize(bytes, locale);
    return `${size.value} ${size.unit}`;
  };
  const isTooLarge = file !== null && file.size > IMPORT_MAX_BYTES;
  // Import for real only what a check of this very file has shown.
  const canImport = report !== null && report.dryRun && report.created > 0;
  const check = (event: FormEvent) => {
    event.preventDefault();
    if (file && !isTooLarge) onSend(true);
  };
  return (
    <form onSubmit={check} noValidate>
      <Stack gap="sm" align="flex-start">
        <FileInput
          label={t('notificationImport.file')}
          description={t('notificationImport.fileHelp', { max: sizeText(IMPORT_MAX_BYTES), rows: IMPORT_MAX_ROWS })}
          placeholder={t('notificationImport.filePlaceholder')}
          accept={IMPORT_ACCEPT}
          value={file}
          onChange={onFile}
          error={isTooLarge ? t('notificationImport.tooLarge', { size: sizeText(file.size), max: sizeText(IMPORT_MAX_BYTES) }) : undefined}
          clearable
          clearButtonProps={{ 'aria-label': t('notificationImport.clearFile') }}
          // The placeholder here is text on a button, not an input's ::placeholder: it needs full contrast.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          w={420}
          maw="100%"
          required
        />
        <ProblemAlert problem={problem} />
        <Group gap="sm">
          <Button type="submit" variant={canImport ? 'default' : 'filled'} loading={running === 'check'} disabled={!file || isTooLarge || running === 'import'}>
            {t('notificationImport.check')}
          </Button>
          <Button onClick={() => onSend(false)} loading={running === 'import'} disabled={!canImport || running === 'check'}>
            {t('notificationImport.import')}
          </Button>
        </Group>
        <Text size="sm">{t('notificationImport.importHelp')}</Text>
        <Text size="sm" fw={600} aria-live="polite">
          {report ? t(`notificationImport.${outcomeKey(report)}`) : ''}
        </Text>
      </Stack>
    </form>
  );
}

export function NotificationImportPage() {
  const { t } = useTranslation();
  const { problem, run } = useSubmit();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [running, setRunning] = useState<'check' | 'import' | null>(null);
  const send = (dryRun: boolean) => {
    if (!file) return;
    setRunning(dryRun ? 'check' : 'import');
    void run(async () => setReport(await importNotifications(file, dryRun))).finally(() => setRunning(null));
  };
  const choose = (next: File | null) => {
    setFile(next);
    setReport(null);
  };
  return (
    <>
      <Anchor component={Link} to="/notifications" size="sm">
        {t('notification.backToList')}
      </Anchor>
      <PageTitle title={t('notificationImport.title')} />
      <Stack>
        <Text size="sm">{t('notificationImport.intro')}</Text>
        <ImportFormat />
        <Section title={t('notificationImport.fileTitle')}>
          <ImportForm file={file} report={report} running={running} problem={problem} onFile={choose} onSend={send} />
        </Section>
        {report ? (
          <Section title={report.dryRun ? t('notificationImport.dryRunTitle') : t('notificationImport.reportTitle')}>
            <Stack gap="sm">
              {report.dryRun && report.invalid > 0 ? (
                <Alert color={DARK_ORANGE} variant="outline" title={t('notificationImport.invalidTitle')}>
                  <Text size="sm">{t('notificationImport.invalidHelp')}</Text>
                </Alert>
              ) : null}
              <ImportReportView report={report} />
            </Stack>
          </Section>
        ) : null}
      </Stack>
    </>
  );
}
