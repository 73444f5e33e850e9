// One control of a substance: the list in the UI language, when it took effect and ends, what it extends to
// (salts, isomers, derivatives), the legal act and its sources, and whether it is in force today.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { useUiLocale } from '../../app/locale';
import { LocalBadge, UnconfirmedBadge } from './badges';
import { ScriptRuns } from '../../app/components/script-runs';
import { bothIn, formatPartialDate, isExactDate, textIn } from './format';
import { NoOfficialSourceBadge, SourceLinks } from './source-links';
import type { Control } from './types';

type Props = { control: Control; today: string; onAmend?: (control: Control) => void };

function Flagged({ isUnconfirmed, children }: { isUnconfirmed: boolean; children: ReactNode }) {
  return (
    <Group gap={6} align="center">
      {children}
      {isUnconfirmed ? <UnconfirmedBadge /> : null}
    </Group>
  );
}

export function InForceBadge({ control, today }: { control: Control; today: string }) {
  const { t } = useTranslation();
  if (control.inForce) return <Badge color="teal.9" variant="filled" tt="none">{t('substance.inForce')}</Badge>;
  const isUpcoming = control.since > today;
  return (
    <Badge color="gray.7" variant="filled" tt="none">
      {isUpcoming ? t('substance.notYetInForce') : t('substance.ended')}
    </Badge>
  );
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** "United States, Mexico, Canada" / "美国、墨西哥、加拿大": countries by their ISO codes, through Intl. */
export function destinationNames(codes: readonly string[], locale: string): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  const display = names;
  return codes.map((c) => display.of(c) ?? c).join(locale === 'zh-CN' ? '、' : ', ');
}

/** The legal act in the reader's language, and beneath it as the other language cites it. */
export function LegalBasis({ basis }: { basis: Control['basis'] }) {
  const locale = useUiLocale();
  const { first, second } = bothIn(basis, locale);
  return (
    <div>
      <Text size="sm" lang={first.lang} style={{ overflowWrap: 'anywhere' }}>
        {first.lang === 'en' ? <ScriptRuns text={first.text} /> : first.text}
      </Text>
      {second ? (
        <Text size="xs" c="dimmed" lang={second.lang} style={{ overflowWrap: 'anywhere' }}>
          {second.lang === 'en' ? <ScriptRuns text={second.text} /> : second.text}
        </Text>
      ) : null}
    </div>
  );
}

export function ControlCard({ control: c, today, onAmend }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const isUnconfirmed = (field: string) => c.unconfirmed.includes(field);
  const label = textIn(c.listLabel, locale);
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Group gap={8}>
            <Flagged isUnconfirmed={isUnconfirmed('list')}>
              <Text fw={600}>{label}</Text>
            </Flagged>
            <InForceBadge control={c} today={today} />
            {c.hasOfficialSource ? null : <NoOfficialSourceBadge />}
            {c.origin === 'local' ? <LocalBadge /> : null}
          </Group>
          {onAmend ? (
            <Button size="xs" variant="default" onClick={() => onAmend(c)} aria-label={t('substance.amendNamed', { list: label })}>
              {t('substance.amend')}
            </Button>
          ) : null}
        </Group>
        <DetailList>
          <DetailItem label={t('substance.since')}>
            <Flagged isUnconfirmed={isUnconfirmed('since') || !isExactDate(c.since)}>
              <Text>{formatPartialDate(c.since, locale)}</Text>
            </Flagged>
          </DetailItem>
          <DetailItem label={t('substance.until')}>
            <Flagged isUnconfirmed={c.until !== null && isUnconfirmed('until')}>
              <Text>{c.until ? formatPartialDate(c.until, locale) : t('substance.noEnd')}</Text>
            </Flagged>
          </DetailItem>
          <DetailItem label={t('substance.covers')}>
            <Flagged isUnconfirmed={isUnconfirmed('covers')}>
              {c.covers.length === 0 ? (
                <Text>{t('substance.coversNothing')}</Text>
              ) : (
                c.covers.map((cover) => (
                  <Badge key={cover} variant="default" tt="none">
                    {t(`substances.covers.${cover}`)}
                  </Badge>
                ))
              )}
            </Flagged>
          </DetailItem>
          {c.kind === 'export-licence' ? (
            <DetailItem label={t('substance.destinations')}>
              <Text size="sm">{destinationNames(c.destinations, locale)}</Text>
            </DetailItem>
          ) : null}
          <DetailItem label={t('substance.basis')}>
            <LegalBasis basis={c.basis} />
          </DetailItem>
        </DetailList>
        <div>
          <Text size="sm" fw={600} c="dimmed">
            {t('substance.controlSources')}
          </Text>
          <SourceLinks sources={c.sources} />
        </div>
      </Stack>
    </Paper>
  );
}
