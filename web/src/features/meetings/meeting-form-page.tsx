// A new meeting this party convenes (POST: numbered and shared with the parties it names on saving) or one of its
// meetings changed (PUT with the version it was loaded at: a change made meanwhile is refused, and the form says to
// reload). What is plainly missing is said before anything is sent; the node's field issues are said at the field.
// A meeting no longer editable (another party's, or withdrawn) says so.
import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { QueryState } from '../../app/components/query-state';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { MeetingAgendaFields, MeetingLinksFields } from './meeting-agenda-fields';
import { checkMeetingDraft, draftFromMeeting, emptyMeetingDraft, meetingDraftToInput, type MeetingDraft } from './meeting-draft';
import { MeetingPartiesFields, MeetingWhatFields, MeetingWhenFields } from './meeting-form-fields';
import { MEETING_WORDS, useAlertWordsWith, useFieldErrorWith } from './problem-words';
import type { Meeting, MeetingInput } from './types';

const PLACED_FIELDS = ['level', 'mode', 'title', 'language', 'startsAt', 'endsAt', 'timeZone', 'place', 'parties', 'agenda', 'links', 'handling', 'status'];

/** The draft, its checks once saving was tried, the node's field errors, and the save. */
function useMeetingForm(initial: MeetingDraft, save: (input: MeetingInput) => Promise<void>) {
  const { t } = useTranslation();
  const { problem, isBusy, run } = useSubmit();
  const serverError = useFieldErrorWith(MEETING_WORDS, problem);
  const [draft, setDraft] = useState(initial);
  const [isChecked, setChecked] = useState(false);
  const change = (patch: Partial<MeetingDraft>) => setDraft((prev) => ({ ...prev, ...patch }));
  const issues = isChecked ? checkMeetingDraft(draft) : {};
  const errorFor = (path: string): string | undefined => {
    const issue = issues[path];
    return issue ? t(`meetings.form.check.${issue}`) : serverError(path);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const input = meetingDraftToInput(draft);
    if (!input || Object.keys(checkMeetingDraft(draft)).length > 0) return;
    void run(() => save(input));
  };
  return { fields: { draft, change, errorFor }, submit, problem, isBusy, hasIssues: Object.keys(issues).length > 0 };
}

type FormProps = { initial: MeetingDraft; submitLabel: string; onSave: (input: MeetingInput) => Promise<void>; onCancel: () => void };

function MeetingForm({ initial, submitLabel, onSave, onCancel }: FormProps) {
  const { t } = useTranslation();
  const f = useMeetingForm(initial, onSave);
  const words = useAlertWordsWith(MEETING_WORDS);
  return (
    <form onSubmit={f.submit} noValidate>
      <Stack maw={860}>
        <ProblemAlert problem={f.problem} placedFields={PLACED_FIELDS} message={words.message} issueText={words.issueText} />
        {f.hasIssues ? (
          <Alert color="red.9" variant="outline" role="alert">
            {t('form.fixHighlighted')}
          </Alert>
        ) : null}
        <MeetingWhatFields {...f.fields} />
        <MeetingWhenFields {...f.fields} />
        <MeetingPartiesFields {...f.fields} />
        <MeetingAgendaFields {...f.fields} />
        <MeetingLinksFields {...f.fields} />
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={f.isBusy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MeetingCreatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const navigate = useNavigate();
  const [initial] = useState(() => emptyMeetingDraft({ language: locale === 'zh-CN' ? 'zh' : 'en', timeZone: me.timeZone }));
  const save = async (input: MeetingInput) => {
    const created = await call(api.POST('/api/v1/meetings', { body: input }));
    navigate(`/meetings/${created.id}`);
  };
  return (
    <>
      <Anchor component={Link} to="/meetings" size="sm">
        {t('meetings.detail.backToList')}
      </Anchor>
      <PageTitle title={t('meetings.form.createTitle')} />
      <MeetingForm initial={initial} submitLabel={t('meetings.form.create')} onSave={save} onCancel={() => navigate('/meetings')} />
    </>
  );
}

export function MeetingEditPage() {
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } })), [id]);
  return <QueryState query={query}>{(m) => <EditMeeting key={`${m.id}@${m.version}`} meeting={m} />}</QueryState>;
}

function EditMeeting({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const back = `/meetings/${m.id}`;
  const save = async (input: MeetingInput) => {
    await call(api.PUT('/api/v1/meetings/{id}', { params: { path: { id: m.id } }, body: { ...input, version: m.version } }));
    navigate(back);
  };
  return (
    <>
      <Anchor component={Link} to={back} size="sm">
        {t('meetings.form.backToMeeting', { reference: m.reference })}
      </Anchor>
      <PageTitle title={t('meetings.form.editTitle', { reference: m.reference })} />
      {m.allowedActions.includes('edit') ? (
        <MeetingForm initial={draftFromMeeting(m)} submitLabel={t('meetings.form.save')} onSave={save} onCancel={() => navigate(back)} />
      ) : (
        <Alert color="orange.9" variant="outline" title={t('meetings.form.notEditableTitle')}>
          {t('meetings.form.notEditable', { reference: m.reference })}
        </Alert>
      )}
    </>
  );
}
