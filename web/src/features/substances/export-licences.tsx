// Export-licence requirements: a licence to export listed substances to some destinations (the PRC's for the US,
// Mexico and Canada from 10 Nov 2025), with the act in the reader's language, its sources and which substances it
// lists — or, where no source confirms them, that the list is not confirmed.
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { QueryState } from '../../app/components/query-state';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { UnconfirmedBadge } from './badges';
import { ControlCard } from './control-card';
import { langOf, textIn, todayIn } from './format';
import type { ExportLicence } from './types';

function Licence({ licence, today }: { licence: ExportLicence; today: string }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const unconfirmed = licence.unconfirmed.includes('entries');
  return (
    <Stack gap="xs" component="section" aria-labelledby={`licence-${licence.id}`}>
      <Title order={3} size="h5" id={`licence-${licence.id}`} lang={langOf(locale)}>
        {textIn(licence.names, locale)}
      </Title>
      <ControlCard control={licence.control} today={today} />
      <Text size="sm" fw={600}>
        {licence.declaredCount !== null ? t('exportLicences.declaredCount', { count: licence.declaredCount }) : t('exportLicences.substances')}
      </Text>
      {licence.entries.length > 0 ? (
        <List size="sm">
          {licence.entries.map((e) => (
            <List.Item key={e.id}>
              <Anchor component={Link} to={`/substances/${e.id}`} size="sm">
                {textIn(e.names, locale)}
              </Anchor>
            </List.Item>
          ))}
        </List>
      ) : null}
      {unconfirmed ? (
        <Text size="sm">
          <UnconfirmedBadge /> {t('exportLicences.entriesUnconfirmed')}
        </Text>
      ) : null}
    </Stack>
  );
}

export function ExportLicencesSection() {
  const { t } = useTranslation();
  const me = useMe();
  const query = useApiQuery(() => call(api.GET('/api/v1/substances/export-licences', {})), []);
  const today = todayIn(me.timeZone);
  return (
    <Section title={t('exportLicences.title')}>
      <Text size="sm" mb="sm">
        {t('exportLicences.intro')}
      </Text>
      <QueryState query={query}>
        {(data) => (
          <Stack gap="lg">
            {data.items.length === 0 ? <Text size="sm">{t('exportLicences.none')}</Text> : data.items.map((l) => <Licence key={l.id} licence={l} today={today} />)}
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}
