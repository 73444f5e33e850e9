// Screening results: one row per declared line with its verdict and summary, a row opens to show why; filtered by
// verdict, and the rows shown can be saved as CSV or JSON.
import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import { useUiLocale } from '../../app/locale';
import { VerdictBadge } from './badges';
import { formatPartialDate, langOf, textIn } from './format';
import { ScreeningDetails } from './screening-details';
import { downloadText, screeningCsv, screeningJson, type ScreenedLine } from './screening-export';
import type { DeclaredLine } from './screening-input';
import { isVerdict, VERDICTS, type ScreeningCheck, type Verdict } from './types';

type Props = { check: Pick<ScreeningCheck, 'registryVersion' | 'asOf'>; screened: ScreenedLine[] };

function Declared({ line }: { line: DeclaredLine }) {
  const { t } = useTranslation();
  const fields = (['name', 'cas', 'smiles', 'hs'] as const).filter((f) => line[f] !== '');
  if (fields.length === 0) return <Text size="sm">{t('screening.nothingDeclared')}</Text>;
  return (
    <Stack gap={0}>
      {fields.map((f) => (
        <Text key={f} size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Text span size="xs" c="dimmed">{t('screening.fieldLabel', { field: t(`screening.field.${f}`) })} </Text>
          <span className={f === 'name' ? undefined : 'mono'}>{line[f]}</span>
        </Text>
      ))}
    </Stack>
  );
}

export function ScreeningResults({ check, screened }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const shown = verdict ? screened.filter((s) => s.result.verdict === verdict) : screened;
  const count = (v: Verdict) => screened.filter((s) => s.result.verdict === v).length;
  const options = VERDICTS.filter((v) => count(v) > 0).map((v) => ({ value: v, label: t('screening.verdictCount', { verdict: t(`screening.verdict.${v}`), count: count(v) }) }));
  const toggle = (lineNo: number) => setOpen((prev) => (prev.has(lineNo) ? new Set([...prev].filter((n) => n !== lineNo)) : new Set([...prev, lineNo])));
  const file = `screening-${check.asOf}`;
  const csvHeaders = [t('screening.colLine'), t('screening.field.name'), t('screening.field.cas'), t('screening.field.smiles'), t('screening.field.hs'), t('screening.colVerdict'), t('screening.colIdentified'), t('screening.colSummary'), t('screening.colDetails')];
  const exportCsv = () => downloadText(`${file}.csv`, screeningCsv(shown, locale, { headers: csvHeaders, verdict: (v) => t(`screening.verdict.${v}`) }), 'text/csv;charset=utf-8');
  const exportJson = () => downloadText(`${file}.json`, screeningJson(check, shown), 'application/json');

  return (
    <Stack gap="sm">
      <Text size="sm">{t('screening.resultsIntro', { date: formatPartialDate(check.asOf, locale) })}</Text>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Select label={t('screening.filterVerdict')} placeholder={t('screening.allVerdicts', { count: screened.length })} data={options} value={verdict} onChange={(v) => setVerdict(isVerdict(v) ? v : null)} clearable clearButtonProps={{ 'aria-label': t('common.clearSelection') }} w={300} />
        <Group gap="sm">
          <Button variant="default" onClick={exportCsv} disabled={shown.length === 0}>{t('screening.exportCsv')}</Button>
          <Button variant="default" onClick={exportJson} disabled={shown.length === 0}>{t('screening.exportJson')}</Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('screening.shown', { shown: shown.length, total: screened.length })}
      </Text>
      <DataTable caption={t('screening.tableCaption')} headers={[t('screening.colLine'), t('screening.colDeclared'), t('screening.colVerdict'), t('screening.colSummary'), t('screening.colDetails')]} minWidth={820}>
        {shown.map(({ line, result }) => {
          const isOpen = open.has(line.lineNo);
          const detailsId = `screening-details-${line.lineNo}`;
          return (
            <Fragment key={line.lineNo}>
              <Table.Tr>
                <Table.Td>{line.lineNo}</Table.Td>
                <Table.Td maw={340}><Declared line={line} /></Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}><VerdictBadge verdict={result.verdict} /></Table.Td>
                <Table.Td miw={220} lang={langOf(locale)}>{textIn(result.summary, locale)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => toggle(line.lineNo)} aria-expanded={isOpen} aria-controls={isOpen ? detailsId : undefined} aria-label={t(isOpen ? 'screening.hideDetailsOf' : 'screening.showDetailsOf', { line: line.lineNo })} style={{ whiteSpace: 'nowrap' }}>
                    {isOpen ? t('screening.hideDetails') : t('screening.showDetails')}
                  </Button>
                </Table.Td>
              </Table.Tr>
              {isOpen ? (
                <Table.Tr id={detailsId}>
                  <Table.Td colSpan={5}>
                    <ScreeningDetails result={result} />
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Fragment>
          );
        })}
      </DataTable>
    </Stack>
  );
}
