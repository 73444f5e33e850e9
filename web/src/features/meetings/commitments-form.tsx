// The form that records a commitment made at a meeting, or replaces one of this party's: the meeting (picked), the
// topic, what will be done and in which language, the owning agency (one of this party's), the due date (not before
// the meeting: the node says so at the field), the evidence, the handling and whether it is demo data. Missing
// fields are named before anything is sent; the node's refusals are shown at their fields, in the reader's language.
import { Button, Checkbox, Group, Modal, Radio, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useCodeLists } from '../../app/code-lists';
import { DateField } from '../../app/components/date-field';
import { ProblemAlert } from '../../app/components/problem-alert';
import { htmlLang } from '../../app/translations';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';
import { useMeetingLists } from './codes';
import { COMMITMENT_HANDLINGS, commitmentDraftToInput, commitmentDraftToUpdate, missingCommitmentFields, type CommitmentDraft, type CommitmentField, type CommitmentHandling } from './commitments-draft';
import { LinkedRecordsFields } from './commitments-links-fields';
import type { MeetingOption } from './commitments-meetings';
import type { Commitment } from './commitments-types';
import { useAlertWordsWith, useFieldErrorWith, WG_WORDS } from './problem-words';

type FieldsProps = { draft: CommitmentDraft; change: (patch: Partial<CommitmentDraft>) => void; errorFor: (path: string) => string | undefined; meetings: MeetingOption[] };

function CommitmentFields({ draft, change, errorFor, meetings }: FieldsProps) {
  const { t } = useTranslation();
  const ref = useReference();
  const lists = useMeetingLists();
  const codes = useCodeLists();
  const isHandling = (v: string | null): v is CommitmentHandling => (COMMITMENT_HANDLINGS as readonly (string | null)[]).includes(v);
  return (
    <Stack>
      <Select label={t('commitments.form.meeting')} description={t('commitments.form.meetingHelp')} data={meetings} value={draft.meetingId || null} onChange={(v) => change({ meetingId: v ?? '' })} error={errorFor('meetingId')} searchable required />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('commitments.form.topic')} data={lists.options('topics')} value={draft.topic || null} onChange={(v) => change({ topic: v ?? '' })} error={errorFor('topic')} searchable required />
        <Select label={t('commitments.form.agency')} description={t('commitments.form.agencyHelp')} data={ref.agencyOptions({ activeOnly: true, ownPartyOnly: true })} value={draft.agencyId || null} onChange={(v) => change({ agencyId: v ?? '' })} error={errorFor('agencyId')} searchable required />
      </SimpleGrid>
      <Radio.Group label={t('commitments.form.language')} value={draft.language} onChange={(v) => change({ language: v === 'zh' ? 'zh' : 'en' })} error={errorFor('language')}>
        <Group mt="xs">
          <Radio value="en" label={codes.label('languages', 'en')} />
          <Radio value="zh" label={codes.label('languages', 'zh')} />
        </Group>
      </Radio.Group>
      <Textarea label={t('commitments.form.text')} description={t('commitments.form.textHelp')} value={draft.text} onChange={(e) => change({ text: e.currentTarget.value })} error={errorFor('text')} lang={htmlLang(draft.language)} autosize minRows={3} maxLength={4000} required />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('commitments.form.dueOn')} description={t('commitments.form.dueOnHelp')} value={draft.dueOn} onChange={(dueOn) => change({ dueOn })} error={errorFor('dueOn')} required />
        <Select label={t('commitments.form.handling')} data={COMMITMENT_HANDLINGS.map((h) => ({ value: h, label: codes.label('handling', h) }))} value={draft.handling} onChange={(v) => (isHandling(v) ? change({ handling: v }) : undefined)} error={errorFor('handling')} allowDeselect={false} />
      </SimpleGrid>
      <LinkedRecordsFields legend={t('commitments.form.evidence')} help={t('commitments.form.evidenceHelp')} links={draft.evidence} onChange={(evidence) => change({ evidence })} errorFor={errorFor} path="evidence" />
      <Checkbox label={t('commitments.form.demo')} description={t('commitments.form.demoHelp')} checked={draft.demo} onChange={(e) => change({ demo: e.currentTarget.checked })} />
    </Stack>
  );
}

type Props = { initial: CommitmentDraft; commitment: Commitment | null; meetings: MeetingOption[]; onSaved: (c: Commitment) => void; onClose: () => void };

export function CommitmentFormDialog({ initial, commitment, meetings, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [missing, setMissing] = useState<CommitmentField[]>([]);
  const { problem, isBusy, run } = useSubmit();
  const serverError = useFieldErrorWith(WG_WORDS, problem);
  const words = useAlertWordsWith(WG_WORDS);
  const errorFor = (path: string) => (missing.includes(path as CommitmentField) ? t('commitments.form.required') : serverError(path));
  const change = (patch: Partial<CommitmentDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = () => {
    const gaps = missingCommitmentFields(draft);
    setMissing(gaps);
    if (gaps.length > 0) return;
    void run(async () => {
      const saved = commitment
        ? await call(api.PUT('/api/v1/commitments/{id}', { params: { path: { id: commitment.id } }, body: commitmentDraftToUpdate(draft, commitment.version) }))
        : await call(api.POST('/api/v1/commitments', { body: commitmentDraftToInput(draft) }));
      onSaved(saved);
    });
  };
  const title = commitment ? t('commitments.form.editTitle', { reference: commitment.reference }) : t('commitments.form.createTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <ProblemAlert problem={problem} placedFields={['meetingId', 'topic', 'agencyId', 'language', 'text', 'dueOn', 'handling', 'evidence']} message={words.message} issueText={words.issueText} />
      <CommitmentFields draft={draft} change={change} errorFor={errorFor} meetings={meetings} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={isBusy} onClick={save}>
          {commitment ? t('commitments.form.saveEdit') : t('commitments.form.create')}
        </Button>
      </Group>
    </Modal>
  );
}
