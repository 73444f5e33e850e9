// The exporting side is told which of its lines the importing party controls, making its PEN Light a PEN there
// (importer-scheme.ts); the importing side's scheme badge says so on its own.
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { useReference } from '../directory/reference';
import { isMadePenByImporter, linesControlledByImporter } from './importer-scheme';
import type { Notification } from './types';

export function ImporterSchemeNotice({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const ref = useReference();
  if (n.direction !== 'outgoing' || !isMadePenByImporter(n)) return null;
  const lines = linesControlledByImporter(n);
  const vars = { party: ref.partyLabel(n.importingParty), lines: formatList(lines, locale) };
  return (
    <Alert color="#b8400d" variant="outline" title={t('notification.importerPenTitle')}>
      <Text size="sm">{t(lines.length === 1 ? 'notification.importerPenOne' : 'notification.importerPen', vars)}</Text>
    </Alert>
  );
}
