// One request as its reader sees it: the reference, status and priority; what may be done now; the reply clock in
// both parties' zones; the facts; what this party already holds on its entities; the documents filed with it; and
// the timeline of steps on both nodes with the documents given with each. Its free text (subject, details, each
// step's note) is shown in the reader's language first, and may be translated.
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { PageTitle } from '../../app/components/page-title';
import { QueryState } from '../../app/components/query-state';
import { RecordTranslations } from '../../app/components/record-translations';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { htmlLang } from '../../app/translations';
import { useApiQuery } from '../../app/use-api-query';
import { PartyBadge } from '../directory/party-badge';
import { PriorityBadge, RequestStatusBadge } from './badges';
import { ClockBox } from './clock-box';
import { textLang } from './codes';
import { DraftDocuments } from './draft-documents';
import { HoldingsSection } from './holdings-section';
import { RequestActions } from './request-actions';
import { RequestFacts } from './request-facts';
import { RequestTimeline } from './request-timeline';
import type { Request } from './types';

function RequestBody({ request: r, onChanged, reload }: { request: Request; onChanged: (r: Request) => void; reload: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack mt="sm">
      <PageTitle title={r.reference} />
      <Group gap="xs" mt={-8} role="group" aria-label={t('requests.detail.summaryLabel')}>
        <RequestStatusBadge status={r.status} />
        <PriorityBadge priority={r.priority} />
        <PartyBadge code={r.originParty} />
        <Text aria-hidden>→</Text>
        <PartyBadge code={r.toParty} />
      </Group>
      <TranslatableText field="subject" text={r.subject} lang={textLang(r.language)} size="lg" fw={600} />
      {r.returnNote && r.status === 'draft' ? (
        <Alert color="orange.9" variant="outline" title={t('requests.detail.returned')}>
          <Text size="sm" lang={htmlLang(textLang(r.language))} data-record="" style={{ whiteSpace: 'pre-wrap' }}>
            {r.returnNote}
          </Text>
        </Alert>
      ) : null}
      <RequestActions request={r} onChanged={onChanged} />
      <ClockBox request={r} />
      <RequestFacts request={r} />
      <HoldingsSection holdings={r.holdings} />
      <DraftDocuments request={r} onChanged={reload} />
      <Section title={t('requests.detail.timeline')}>
        <RequestTimeline request={r} onChanged={onChanged} />
      </Section>
    </Stack>
  );
}

/** The texts change with the request's version and its steps (a new one, or an answer that left after four eyes). */
const translationRevision = (r: Request): string => `${r.version}:${r.status}:${r.steps.map((s) => `${s.id}/${s.state}`).join(',')}`;

export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/requests/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <Anchor component={Link} to="/requests" size="sm">
        {t('requests.detail.backToList')}
      </Anchor>
      <QueryState query={query}>
        {(r) => (
          <RecordTranslations kind="request" id={r.id} revision={translationRevision(r)}>
            <RequestBody request={r} onChanged={query.setData} reload={query.reload} />
          </RecordTranslations>
        )}
      </QueryState>
    </>
  );
}
