// What became of each notification in an imported file, or would become of it in a dry run: the report every
// import shows (app/components/import-report.tsx), each problem in the reader's language, with a link to each
// draft an import created.
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvImportReportView } from '../../app/components/import-report';
import type { ImportItem, ImportReport } from './types';

function DraftLink({ item }: { item: ImportItem }) {
  const { t } = useTranslation();
  if (!item.id) return <>{t('common.none')}</>;
  return (
    <Anchor component={Link} to={`/notifications/${item.id}`} size="sm" aria-label={t('notificationImport.openDraftOf', { ref: item.ref })}>
      {t('notificationImport.openDraft')}
    </Anchor>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return <CsvImportReportView report={report} ns="notificationImport" record={{ header: t('notificationImport.colDraft'), cell: (item) => <DraftLink item={item} /> }} />;
}
