// Reporting progress on one of this party's commitments (its keepers, and officers of the owning agency): the status
// it has reached — done or dropped settles it on this party's date, open or in progress reopens it — a note and the
// records that show it, over the updates reported so far, newest first, each with who and when.
import { Button, Group, Modal, Radio, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useSubmit } from '../../app/use-submit';
import { evidenceCount, isProgressStatus, PROGRESS_STATUSES, progressDraftFor, progressToInput } from './commitments-draft';
import { LinkedRecordsFields } from './commitments-links-fields';
import type { Commitment } from './commitments-types';
import { useAlertWordsWith, useFieldErrorWith, WG_WORDS } from './problem-words';

function UpdatesSoFar({ commitment: c }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  if (c.updates.length === 0) return <Text size="sm" c="dimmed">{t('commitments.progress.noUpdates')}</Text>;
  return (
    <Timeline bulletSize={12} lineWidth={2} aria-label={t('commitments.progress.updates')}>
      {c.updates.toReversed().map((u) => (
        <Timeline.Item key={`${u.at}:${u.byName}`} title={t(`commitments.status.${isProgressStatus(u.status) ? u.status : 'open'}`)}>
          <Text size="xs" c="dimmed">
            {t('commitments.progress.byAt', { name: u.byName, at: formatDateTime(u.at, { locale, timeZone: me.timeZone }) })}
          </Text>
          {u.note ? (
            <Text size="sm" data-record="" style={{ whiteSpace: 'pre-wrap' }}>
              {u.note}
            </Text>
          ) : null}
          {evidenceCount(u.evidence) > 0 ? (
            <Text size="xs" className="mono">
              {[...u.evidence.incidents, ...u.evidence.notifications, ...u.evidence.cases, ...u.evidence.requests].join(', ')}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

type Props = { commitment: Commitment; onSaved: (c: Commitment) => void; onClose: () => void };

export function ProgressDialog({ commitment: c, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => progressDraftFor(c));
  const { problem, isBusy, run } = useSubmit();
  const errorFor = useFieldErrorWith(WG_WORDS, problem);
  const words = useAlertWordsWith(WG_WORDS);
  const save = () => void run(async () => onSaved(await call(api.POST('/api/v1/commitments/{id}/progress', { params: { path: { id: c.id } }, body: progressToInput(draft, c.version) }))));
  return (
    <Modal opened onClose={onClose} title={t('commitments.progress.title', { reference: c.reference })} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text size="sm" data-record="" style={{ whiteSpace: 'pre-wrap' }}>
          {c.text}
        </Text>
        <ProblemAlert problem={problem} placedFields={['status', 'note', 'evidence']} message={words.message} issueText={words.issueText} />
        <Radio.Group label={t('commitments.progress.status')} description={t('commitments.progress.statusHelp')} value={draft.status} onChange={(v) => (isProgressStatus(v) ? setDraft({ ...draft, status: v }) : undefined)} error={errorFor('status')}>
          <Group mt="xs">
            {PROGRESS_STATUSES.map((s) => (
              <Radio key={s} value={s} label={t(`commitments.status.${s}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label={t('commitments.progress.note')} value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value })} error={errorFor('note')} autosize minRows={3} maxLength={4000} />
        <LinkedRecordsFields legend={t('commitments.form.evidence')} help={t('commitments.form.evidenceHelp')} links={draft.evidence} onChange={(evidence) => setDraft({ ...draft, evidence })} errorFor={errorFor} path="evidence" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={isBusy} onClick={save}>
            {t('commitments.progress.save')}
          </Button>
        </Group>
        <Text fw={600} size="sm">
          {t('commitments.progress.updates')}
        </Text>
        <UpdatesSoFar commitment={c} />
      </Stack>
    </Modal>
  );
}
