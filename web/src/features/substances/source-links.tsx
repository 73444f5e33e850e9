// Where a fact comes from: web addresses as links that open apart from the app, anything else as plain text.
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const isWebAddress = (value: string) => /^https?:\/\//i.test(value);

export function SourceLinks({ sources }: { sources: readonly string[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return <Text size="sm">{t('substance.noSources')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {sources.map((s) => (
        <List.Item key={s} style={{ overflowWrap: 'anywhere' }}>
          {isWebAddress(s) ? (
            <Anchor href={s} target="_blank" rel="noopener noreferrer" size="sm">
              {s}
            </Anchor>
          ) : (
            s
          )}
        </List.Item>
      ))}
    </List>
  );
}
