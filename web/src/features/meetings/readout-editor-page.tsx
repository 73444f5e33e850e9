// The readout editor: /readouts/new?meetingId=… drafts one of a meeting (the secretariat), /readouts/:id/edit edits
// one of this party's (`?focus=translation` opens on the translation). The two languages side by side
// (readout-editor-form.tsx); saving sends the original first, then the translation when one was written or changed,
// each with the version it replaces, so the translation translates the original as saved. A draft whose translation
// the node refuses is already saved: the page goes on editing it. Then the readout's page.
import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { useMeetingOptions } from './commitments-meetings';
import { draftFromReadout, editWrites, emptyReadoutDraft, hasTranslation, jointChoices, missingReadoutFields, readoutDraftToEdit, readoutDraftToInput, translationToInput, type JointChoice, type ReadoutDraft, type ReadoutField } from './readout-draft';
import { KindFields, ReadoutEditorFields, type ErrorFor } from './readout-editor-form';
import { useAlertWordsWith, useFieldErrorWith, WG_WORDS } from './problem-words';
import type { Readout } from './readout-types';

type Phase = 'original' | 'translation';

/** Saves the draft as a new readout or over `existing`, telling which write runs (its refusal is shown on that side). */
async function saveReadout(draft: ReadoutDraft, existing: Readout | null, on: { phase: (p: Phase) => void; saved: (r: Readout) => void }): Promise<Readout> {
  let r = existing;
  const writes = r ? editWrites(draft, r) : { original: true, translation: hasTranslation(draft) };
  if (writes.original) {
    on.phase('original');
    r = r ? await call(api.PUT('/api/v1/readouts/{id}', { params: { path: { id: r.id } }, body: readoutDraftToEdit(draft, r.version) })) : await call(api.POST('/api/v1/readouts', { body: readoutDraftToInput(draft) }));
    on.saved(r);
  }
  if (!r) throw new Error('nothing to save');
  if (!writes.translation) return r;
  on.phase('translation');
  return call(api.PUT('/api/v1/readouts/{id}/translation', { params: { path: { id: r.id } }, body: translationToInput(draft, r.version) }));
}

/** The fields the form shows the node's issues beside, in each phase of saving. */
const PLACED_IN: Record<Phase, string[]> = { original: ['title', 'body', 'links', 'kind', 'jointId', 'language', 'meetingId'], translation: ['title', 'body', 'by'] };

const SIDE_OF_MISSING: Record<ReadoutField, [Phase | 'form', string]> = { meetingId: ['form', 'meetingId'], title: ['original', 'title'], body: ['original', 'body'], 'translation/title': ['translation', 'title'], 'translation/body': ['translation', 'body'] };

/** An existing translation that is stale, or will be once the edited original is saved. */
const isTranslationAtRisk = (d: ReadoutDraft, r: Readout | null): boolean => r !== null && r.translation !== null && (r.stale || d.original.title.trim() !== r.title || d.original.body.trim() !== r.body);

type EditorProps = { initial: ReadoutDraft; existing: Readout | null; choices: JointChoice[]; focus: 'translation' | null };

function ReadoutEditor({ initial, existing: first, choices, focus }: EditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [existing, setExisting] = useState(first);
  const [missing, setMissing] = useState<ReadoutField[]>([]);
  const [phase, setPhase] = useState<Phase>('original');
  const { problem, isBusy, run } = useSubmit();
  const serverError = useFieldErrorWith(WG_WORDS, problem);
  const errorFor: ErrorFor = (side, field) => {
    if (missing.some((m) => SIDE_OF_MISSING[m][0] === side && SIDE_OF_MISSING[m][1] === field)) return t('readouts.editor.required');
    return side === phase || (side === 'form' && phase === 'original') ? serverError(field) : undefined;
  };
  const change = (patch: Partial<ReadoutDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = () => {
    const gaps = missingReadoutFields(draft);
    setMissing(gaps);
    if (gaps.length > 0) return;
    void run(async () => {
      const saved = await saveReadout(draft, existing, { phase: setPhase, saved: setExisting });
      void navigate(`/readouts/${saved.id}`);
    });
  };
  const words = useAlertWordsWith(WG_WORDS);
  return (
    <Stack>
      {existing ? null : <KindFields draft={draft} change={change} choices={choices} errorFor={errorFor} />}
      <ProblemAlert problem={problem} placedFields={PLACED_IN[phase]} message={words.message} issueText={words.issueText} />
      <ReadoutEditorFields draft={draft} change={change} errorFor={errorFor} isNew={!existing} isStale={isTranslationAtRisk(draft, existing)} focus={focus} />
      <Group justify="flex-end">
        <Button variant="default" component={Link} to={existing ? `/readouts/${existing.id}` : `/meetings/${draft.meetingId}`}>
          {t('common.cancel')}
        </Button>
        <Button loading={isBusy} onClick={save}>
          {existing ? t('readouts.editor.saveEdit') : t('readouts.editor.saveNew')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The meeting a new readout is of, when the address names none. */
function MeetingPicker() {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const meetings = useMeetingOptions();
  return <Select label={t('readouts.editor.meeting')} data={meetings.options} onChange={(v) => (v ? setParams({ meetingId: v }) : undefined)} searchable w={{ base: '100%', sm: 560 }} />;
}

export function ReadoutCreatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const meetingId = params.get('meetingId') ?? '';
  const context = useApiQuery(async () => {
    if (!meetingId) return null;
    const [meeting, readouts] = await Promise.all([call(api.GET('/api/v1/meetings/{id}', { params: { path: { id: meetingId } } })), call(api.GET('/api/v1/readouts', { params: { query: { meetingId, pageSize: 200 } } }))]);
    return { meeting, choices: jointChoices(readouts.items, me.agency.partyCode) };
  }, [meetingId]);
  return (
    <>
      <PageTitle title={t('readouts.editor.createTitle')} />
      {meetingId ? null : <MeetingPicker />}
      <QueryState query={context}>
        {(c) =>
          c ? (
            <Stack>
              <Text size="sm">
                {t('readouts.editor.ofMeeting')}{' '}
                <Anchor component={Link} to={`/meetings/${c.meeting.id}`} className="mono">
                  {c.meeting.reference}
                </Anchor>{' '}
                <Text span size="sm" data-record="">
                  {c.meeting.title}
                </Text>
              </Text>
              <ReadoutEditor key={c.meeting.id} initial={{ ...emptyReadoutDraft(c.meeting.id, me.locale === 'zh-CN' ? 'zh' : 'en') }} existing={null} choices={c.choices} focus={null} />
            </Stack>
          ) : null
        }
      </QueryState>
    </>
  );
}

export function ReadoutEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/readouts/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <Anchor component={Link} to={`/readouts/${id}`} size="sm">
        {t('readouts.editor.backToReadout')}
      </Anchor>
      <QueryState query={query}>
        {(r) => (
          <>
            <PageTitle title={t('readouts.editor.editTitle', { reference: r.reference })} />
            <ReadoutEditor key={`${r.id}:${r.version}`} initial={draftFromReadout(r)} existing={r} choices={[]} focus={params.get('focus') === 'translation' ? 'translation' : null} />
          </>
        )}
      </QueryState>
    </>
  );
}
