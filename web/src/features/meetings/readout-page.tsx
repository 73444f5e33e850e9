// One readout (/readouts/:id): the meeting it is about (on the clock of its place and the reader's), its kind and
// status, what the reader may do now, the clearance steps with who and when, the texts side by side (the original
// marked, the translation with its provenance and a STALE warning), for a joint readout the other parties' texts,
// the records it links, the link to its public page once released, and its version history with the differences.
// A refused clearance or release is shown beside the texts it concerns.
import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import type { FieldIssue } from '../../app/api/problem';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { PartyBadge } from '../directory/party-badge';
import { meetingTimes } from './meeting-time';
import { useAlertWordsWith, WG_WORDS } from './problem-words';
import { ReadoutActions } from './readout-actions';
import { ReadoutHistory } from './readout-history';
import { ReadoutLinksView, ReadoutStatusBadge } from './readout-parts';
import { groupIssues, issueField } from './readout-problems';
import { ClearanceStepper } from './readout-steps-view';
import { IssueLines, PartnerTexts, ReadoutTexts } from './readout-texts';
import type { Readout } from './readout-types';
import type { Meeting } from './types';

function MeetingLine({ readout: r, meeting }: { readout: Readout; meeting: Meeting | undefined }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const times = meeting ? meetingTimes({ startsAt: meeting.startsAt, endsAt: meeting.endsAt, timeZone: meeting.timeZone }, me.timeZone, locale) : null;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('readouts.page.meeting')}{' '}
        <Anchor component={Link} to={`/meetings/${r.meetingId}`} className="mono">
          {r.meetingReference}
        </Anchor>{' '}
        <Text span size="sm" data-record="">
          {r.meetingTitle}
        </Text>
      </Text>
      {times ? <Text size="sm">{times.place}</Text> : null}
      {times?.reader ? <Text size="xs" c="dimmed">{t('readouts.page.yourTime', { time: times.reader })}</Text> : null}
    </Stack>
  );
}

function PublicLink({ readout: r }: { readout: Readout }) {
  const { t } = useTranslation();
  if (!r.release) return null;
  return (
    <Alert color={r.release.current ? 'teal.9' : 'orange.9'} variant="outline" title={t('readouts.page.publicTitle')}>
      <Anchor href={`/public/readouts/${r.release.slug}`} data-testid="public-link" translate="no">{`/public/readouts/${r.release.slug}`}</Anchor>
      <Text size="xs" mt={4}>
        {r.release.current ? t('readouts.page.publicCurrent', { version: r.release.version }) : t('readouts.page.publicEarlier', { version: r.release.version, current: r.version })}
      </Text>
    </Alert>
  );
}

/** Its status, kind, the party whose readout it is, and its version. */
function ReadoutSummary({ readout: r }: { readout: Readout }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" mt={-8} role="group" aria-label={t('readouts.page.summary')}>
      <ReadoutStatusBadge status={r.status} />
      <Badge color={r.kind === 'joint' ? 'violet.9' : 'gray.7'} variant="outline" tt="none">
        {t(`readouts.kind.${r.kind}`)}
      </Badge>
      <PartyBadge code={r.originParty} />
      <Text size="sm" c="dimmed">
        {t('readouts.page.version', { version: r.version })}
      </Text>
    </Group>
  );
}

function ReadoutBody({ readout: r, onChanged }: { readout: Readout; onChanged: (r: Readout) => void }) {
  const { t } = useTranslation();
  const { problem, isBusy, run } = useSubmit();
  const words = useAlertWordsWith(WG_WORDS);
  const meeting = useApiQuery(() => call(api.GET('/api/v1/meetings/{id}', { params: { path: { id: r.meetingId } } })), [r.meetingId]);
  // A refused clearance or release names where each problem is (`readout/body`, `partners/CN/title`): shown there.
  const isPlaced = (e: FieldIssue) => !e.path.startsWith('body/') && issueField(e.path).field !== 'other';
  const issues = groupIssues((problem?.errors ?? []).filter(isPlaced));
  const linkIssues = issues.filter((g) => g.field === 'links').flatMap((g) => g.issues);
  return (
    <Stack mt="sm">
      <PageTitle title={r.reference} />
      <ReadoutSummary readout={r} />
      <MeetingLine readout={r} meeting={meeting.data} />
      {r.status === 'withdrawn' ? <Alert color="dark.6" variant="outline">{t('readouts.page.withdrawn')}</Alert> : null}
      {r.status !== 'withdrawn' && r.meetingHandling !== 'TLP:CLEAR' ? <Alert color="yellow.9" variant="outline">{t('readouts.page.notPublishable', { handling: r.meetingHandling })}</Alert> : null}
      <ReadoutActions readout={r} isBusy={isBusy} run={run} onChanged={onChanged} />
      <ProblemAlert problem={problem} isPlaced={isPlaced} message={words.message} issueText={words.issueText} />
      <PublicLink readout={r} />
      <Section title={t('readouts.page.steps')}>
        <ClearanceStepper readout={r} meetingParties={meeting.data?.parties ?? []} />
      </Section>
      <Section title={t('readouts.page.texts')}>
        <ReadoutTexts readout={r} issues={issues} />
      </Section>
      {r.kind === 'joint' ? (
        <Section title={t('readouts.page.partners')}>
          <PartnerTexts readout={r} issues={issues} />
        </Section>
      ) : null}
      <Section title={t('readouts.page.links')}>
        <ReadoutLinksView links={r.links} />
        <IssueLines issues={linkIssues} />
      </Section>
      <Section title={t('readouts.page.history')}>
        <ReadoutHistory id={r.id} version={r.version} />
      </Section>
    </Stack>
  );
}

export function ReadoutPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/readouts/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      {query.data ? (
        <Anchor component={Link} to={`/meetings/${query.data.meetingId}`} size="sm">
          {t('readouts.page.backToMeeting')}
        </Anchor>
      ) : null}
      <QueryState query={query}>{(r) => <ReadoutBody readout={r} onChanged={query.setData} />}</QueryState>
    </>
  );
}

