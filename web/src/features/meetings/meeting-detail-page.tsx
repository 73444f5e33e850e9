// One meeting as its reader sees it: reference, status and parties; what may be done now; the facts (level, mode,
// when on both clocks, where, handling); the agenda by topic with every party's notes; who took part, party by
// party; the decisions; the records it links; the commitments made at it and its readouts. Its free text (title,
// agenda items, notes, decisions) is shown in the reader's language first, and may be translated.
import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { PageTitle } from '../../app/components/page-title';
import { QueryState } from '../../app/components/query-state';
import { RecordTranslations } from '../../app/components/record-translations';
import { TranslatableText } from '../../app/components/translatable-text';
import type { TranslatableKind } from '../../app/translations';
import { useApiQuery } from '../../app/use-api-query';
import { PartyBadge } from '../directory/party-badge';
import { useReference } from '../directory/reference';
import { MeetingStatusBadge } from './badges';
import { MeetingAgenda, MeetingDecisions } from './meeting-agenda';
import { MeetingActions } from './meeting-actions';
import { MeetingFacts } from './meeting-facts';
import { MeetingCommitments, MeetingLinkedRecords, MeetingReadouts } from './meeting-outcomes';
import { MeetingParticipants } from './meeting-participants';
import { PartEditor } from './part-editor';
import type { Meeting } from './types';

/** The kind meeting texts are translated under (server: meetings/texts.ts). The shared TranslatableKind does not
 * name it yet: the integrator adds 'meeting' there, and this assertion goes. */
const MEETING_TEXTS: TranslatableKind = 'meeting';

/** The texts change with the meeting's version and with any party's part. */
const translationRevision = (m: Meeting): string => `${m.version}:${m.parts.map((p) => `${p.party}/${p.version}`).join(',')}`;

function MeetingBody({ meeting: m, onChanged }: { meeting: Meeting; onChanged: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  const [isEditingPart, setEditingPart] = useState(false);
  const saved = (next: Meeting) => {
    onChanged(next);
    setEditingPart(false);
  };
  return (
    <Stack mt="sm">
      <PageTitle title={m.reference} />
      <Group gap="xs" mt={-8} role="group" aria-label={t('meetings.detail.summaryLabel')}>
        <MeetingStatusBadge status={m.status} />
        {[m.originParty, ...m.parties.filter((p) => p !== m.originParty)].map((p) => (
          <PartyBadge key={p} code={p} />
        ))}
      </Group>
      <TranslatableText field="title" text={m.title} lang={m.language === 'zh' ? 'zh' : 'en'} size="lg" fw={600} />
      {m.status === 'withdrawn' ? (
        <Alert color="orange.9" variant="outline" title={t('meetings.detail.withdrawnTitle')}>
          {t('meetings.detail.withdrawn')}
        </Alert>
      ) : null}
      <MeetingActions meeting={m} isEditingPart={isEditingPart} onEditPart={() => setEditingPart(true)} onChanged={onChanged} />
      {isEditingPart ? <PartEditor key={ref.agencies.length} meeting={m} onSaved={saved} onClose={() => setEditingPart(false)} /> : null}
      <MeetingFacts meeting={m} />
      <MeetingAgenda meeting={m} />
      <MeetingParticipants meeting={m} />
      <MeetingDecisions meeting={m} />
      <MeetingLinkedRecords meeting={m} />
      <MeetingCommitments meeting={m} />
      <MeetingReadouts meeting={m} />
    </Stack>
  );
}

export function MeetingDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <Anchor component={Link} to="/meetings" size="sm">
        {t('meetings.detail.backToList')}
      </Anchor>
      <QueryState query={query}>
        {(m) => (
          <RecordTranslations kind={MEETING_TEXTS} id={m.id} revision={translationRevision(m)}>
            <MeetingBody meeting={m} onChanged={query.setData} />
          </RecordTranslations>
        )}
      </QueryState>
    </>
  );
}
