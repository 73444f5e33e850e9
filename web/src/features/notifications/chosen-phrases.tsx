// The standard phrases chosen with a step, in the reader's language from this node's own list — never as codes. A
// code this node's list does not hold (a newer peer's) is said to be one.
import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLocale } from '../../app/locale';
import { usePhrases } from './phrases';

export function ChosenPhrases({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const phrases = usePhrases();
  if (codes.length === 0) return null;
  return (
    <List size="sm" spacing={2} lang={locale} aria-label={t('notification.phrases.label')} data-testid="chosen-phrases">
      {codes.map((code) => (
        <List.Item key={code}>{phrases.label(code) ?? t('notification.phrases.unknown')}</List.Item>
      ))}
    </List>
  );
}
