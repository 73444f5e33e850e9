// After a list's CSV export: when the node left rows out (more than it puts in one file match the filters), says
// so where the export's errors show, so nobody takes the file for the whole list.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIST_CSV_MAX_ROWS, type ListCsvOutcome } from '../download';
import { useUiLocale } from '../locale';

export function ExportTruncatedNotice({ outcome }: { outcome: ListCsvOutcome | null }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  if (!outcome?.truncated) return null;
  const number = (n: number) => n.toLocaleString(locale);
  const total = outcome.total === null ? `> ${number(LIST_CSV_MAX_ROWS)}` : number(outcome.total);
  return (
    <Alert color="#b8400d" variant="outline" role="status" mb="md">
      {t('common.exportTruncated', { rows: number(LIST_CSV_MAX_ROWS), total })}
    </Alert>
  );
}
