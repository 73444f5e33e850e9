// Under a screening hit, the controls that make it controlled: each list in the reader's language, since when,
// the legal act in the reader's language (the other language beneath) and its sources marked official or not.
import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLocale } from '../../app/locale';
import { destinationNames, LegalBasis } from './control-card';
import { formatPartialDate, langOf, textIn } from './format';
import { NoOfficialSourceBadge, OfficialBadge } from './source-links';
import type { Hit, SourceView } from './types';

type ControlView = Hit['controls'][number];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function CompactSource({ source }: { source: SourceView }) {
  const locale = useUiLocale();
  const name = source.publisher ? textIn(source.publisher, locale) : hostOf(source.url);
  return (
    <Group gap={4} wrap="nowrap">
      <OfficialBadge official={source.official} otherGovernment={source.otherGovernment} />
      {/^https?:\/\//i.test(source.url) ? (
        <Anchor href={source.url} target="_blank" rel="noopener noreferrer" size="xs" lang={langOf(locale)} translate="no">
          {name}
        </Anchor>
      ) : (
        <Text size="xs">{source.url}</Text>
      )}
    </Group>
  );
}

export function ControlBases({ controls }: { controls: readonly ControlView[] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  if (controls.length === 0) return null;
  return (
    <List size="sm" spacing={6} aria-label={t('screening.legalBases')}>
      {controls.map((c) => (
        <List.Item key={`${c.jurisdiction}:${c.list}:${c.since}`}>
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('screening.controlLine', { jurisdiction: t(`substances.jurisdiction.${c.jurisdiction}`), list: textIn(c.listLabel, locale), since: formatPartialDate(c.since, locale) })}
              {c.kind === 'export-licence' ? ` ${t('screening.exportsTo', { destinations: destinationNames(c.destinations, locale) })}` : ''}
            </Text>
            <LegalBasis basis={c.basis} />
            <Group gap="sm">
              {c.hasOfficialSource ? null : <NoOfficialSourceBadge />}
              {c.sources.map((s) => (
                <CompactSource key={s.url} source={s} />
              ))}
            </Group>
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}
