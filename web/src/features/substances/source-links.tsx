// Where a fact comes from: web addresses as links that open apart from the app, anything else as plain text; each
// with who publishes it and whether that is an official publication (a government or treaty body) or not.
import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLocale } from '../../app/locale';
import { DARK_ORANGE } from './badges';
import { langOf, textIn } from './format';
import type { SourceView } from './types';

const isWebAddress = (value: string) => /^https?:\/\//i.test(value);

/** Official, official for another government only (not for this act), or not official. */
export function OfficialBadge({ official, otherGovernment = false }: { official: boolean; otherGovernment?: boolean }) {
  const { t } = useTranslation();
  const label = official ? t('substance.sourceOfficial') : otherGovernment ? t('substance.sourceOtherGovernment') : t('substance.sourceUnofficial');
  return (
    <Badge size="xs" variant={official ? 'filled' : 'outline'} color={official ? 'teal.9' : 'gray.8'} tt="none">
      {label}
    </Badge>
  );
}

/** Beside a control none of whose sources is an official publication of the act. */
export function NoOfficialSourceBadge() {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="outline" color={DARK_ORANGE} tt="none">
      {t('substance.noOfficialSource')}
    </Badge>
  );
}

export function SourceLinks({ sources }: { sources: readonly SourceView[] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  if (sources.length === 0) return <Text size="sm">{t('substance.noSources')}</Text>;
  return (
    <List size="sm" spacing={4}>
      {sources.map((s) => (
        <List.Item key={s.url} style={{ overflowWrap: 'anywhere' }}>
          <Group gap={6} wrap="wrap">
            <OfficialBadge official={s.official} otherGovernment={s.otherGovernment} />
            {s.publisher ? (
              <Text span size="sm" fw={600} lang={langOf(locale)} translate="no">
                {textIn(s.publisher, locale)}
              </Text>
            ) : null}
          </Group>
          {isWebAddress(s.url) ? (
            <Anchor href={s.url} target="_blank" rel="noopener noreferrer" size="sm">
              {s.url}
            </Anchor>
          ) : (
            s.url
          )}
        </List.Item>
      ))}
    </List>
  );
}
