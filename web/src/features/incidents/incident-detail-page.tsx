// One incident as this party's users see it: what happened, where and when, the items seized, the route, what
// happened next, how it may be handled and how far the source is trusted, the entities behind it and where they
// link to other records (in words and as a graph), the follow-ups, and its delivery to the other parties.
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { Filled, slot } from '../../app/components/filled';
import { PageTitle } from '../../app/components/page-title';
import { PersonName } from '../../app/components/person-name';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import { RecordTranslations } from '../../app/components/record-translations';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { PartyBadge } from '../directory/party-badge';
import { agencyName } from '../directory/reference';
import { HandlingBadge, KindBadge, WithdrawnBadge } from './badges';
import { DeliverySection } from './delivery-section';
import { EntitiesSection } from './entities-section';
import { FollowUpsSection } from './follow-ups';
import { NeighbourhoodGraph } from './graph/neighbourhood-graph';
import { HandlingSection } from './handling-section';
import { IncidentActions } from './incident-actions';
import { exportIncidentStix } from './incident-transfer';
import { OutcomeSection, RouteSection, SummarySection } from './incident-facts';
import { ItemsSection } from './items-section';
import { LinksSection } from './links-section';
import type { Incident } from './types';

export function IncidentDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/incidents/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <Anchor component={Link} to="/incidents" size="sm">
        {t('incidents.detail.backToList')}
      </Anchor>
      <QueryState query={query}>
        {(i) => (
          <RecordTranslations kind="incident" id={i.id} revision={`${i.version}:${i.status}:${i.followUps.length}`}>
            <IncidentBody incident={i} onChanged={query.setData} />
          </RecordTranslations>
        )}
      </QueryState>
    </>
  );
}

function Header({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  return (
    <>
      <Group gap="xs" mt={-8} role="group" aria-label={t('incidents.detail.summaryLabel')}>
        <KindBadge kind={i.kind} />
        <HandlingBadge handling={i.handling} />
        {i.status === 'withdrawn' ? <WithdrawnBadge /> : null}
        <PartyBadge code={i.originParty} />
      </Group>
      <Text size="sm" c="dimmed">
        <Filled text={t('incidents.detail.filedBy', { agency: `${i.agency.acronym} — ${agencyName(i.agency, locale)}`, name: slot('name'), time: formatDateTime(i.updatedAt, { locale, timeZone: me.timeZone }), version: i.version })} parts={{ name: <PersonName name={i.createdByName} /> }} />
      </Text>
      {i.withdrawnAt ? (
        <Alert color="dark.6" variant="outline" title={t('incidents.detail.withdrawnTitle', { time: formatDateTime(i.withdrawnAt, { locale, timeZone: me.timeZone }) })}>
          {i.withdrawalNote ? <TranslatableText field="withdrawalNote" text={i.withdrawalNote} lang={i.language} size="sm" /> : <Text size="sm">{t('common.none')}</Text>}
        </Alert>
      ) : null}
    </>
  );
}

function IncidentBody({ incident: i, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const { t } = useTranslation();
  const exporting = useSubmit();
  const exportStix = (
    <Button variant="default" onClick={() => void exporting.run(() => exportIncidentStix(i))} loading={exporting.isBusy}>
      {t('incidents.detail.exportStix')}
    </Button>
  );
  return (
    <Stack mt="sm">
      <PageTitle
        title={i.reference}
        actions={
          <>
            {exportStix}
            <IncidentActions incident={i} onChanged={onChanged} />
          </>
        }
      />
      <ProblemAlert problem={exporting.problem} />
      <Header incident={i} />
      <SummarySection incident={i} />
      <ItemsSection incident={i} />
      <RouteSection incident={i} />
      <OutcomeSection incident={i} />
      <HandlingSection incident={i} />
      <EntitiesSection incident={i} />
      <LinksSection links={i.links} />
      <Section title={t('incidents.detail.sectionGraph')}>
        <NeighbourhoodGraph incident={i} />
      </Section>
      <FollowUpsSection incident={i} onChanged={onChanged} />
      <Section title={t('incidents.detail.sectionDelivery')}>
        <DeliverySection incident={i} />
      </Section>
    </Stack>
  );
}
