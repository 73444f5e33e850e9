// This party's own part of the meeting, edited in place on the meeting's page: its language, attendance, notes per
// agenda item and decisions; saved with the version it replaces (0 creates it), and the meeting as the node now
// gives it shown at once. What is plainly missing is said before anything is sent; the node's field issues are
// placed on the rows they concern (it numbers only the rows sent); a stale version says to reload.
import { Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import type { FieldIssue } from '../../app/api/problem';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';
import { checkPartDraft, editorPathOf, partDraftFrom, partDraftToInput, type PartDraft } from './part-draft';
import { AttendanceFields, DecisionsFields, NotesFields } from './part-fields';
import { MEETING_WORDS, useAlertWordsWith, useIssueTextWith } from './problem-words';
import type { Meeting } from './types';

type Props = { meeting: Meeting; onSaved: (m: Meeting) => void; onClose: () => void };

function usePartForm({ meeting: m, onSaved }: Pick<Props, 'meeting' | 'onSaved'>) {
  const { t } = useTranslation();
  const ref = useReference();
  const locale = useUiLocale();
  const issueText = useIssueTextWith(MEETING_WORDS);
  const { problem, isBusy, run } = useSubmit();
  const own = m.parts.find((p) => p.own) ?? null;
  const self = ref.parties.find((p) => p.isSelf)?.code;
  const agencies = ref.agencies.filter((a) => a.partyCode === self);
  const [draft, setDraft] = useState<PartDraft>(() => partDraftFrom(own, agencies, locale === 'zh-CN' ? 'zh' : 'en'));
  const [isChecked, setChecked] = useState(false);
  const change = (patch: Partial<PartDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const local = isChecked ? checkPartDraft(draft) : {};
  const placed = (issue: FieldIssue) => editorPathOf(issue.path, draft, m.agenda);
  const errorFor = (path: string): string | undefined => {
    const check = local[path];
    if (check) return t(`meetings.part.check.${check}`);
    const issues = (problem?.errors ?? []).filter((e) => placed(e) === path);
    return issues.length > 0 ? issues.map(issueText).join(locale === 'en' ? '; ' : '；') : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(checkPartDraft(draft)).length > 0) return;
    void run(async () => onSaved(await call(api.PUT('/api/v1/meetings/{id}/parts/own', { params: { path: { id: m.id } }, body: partDraftToInput(draft, m.agenda, own?.version ?? 0) }))));
  };
  return { draft, change, errorFor, submit, problem, isBusy, isPlaced: (e: FieldIssue) => placed(e) !== null || e.path === 'body/language', hasLocalIssues: Object.keys(local).length > 0 };
}

/** The language the part is written in (its notes and decisions are in it). */
function LanguageChoice({ language, change }: { language: PartDraft['language']; change: (patch: Partial<PartDraft>) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('meetings.part.language')} description={t('meetings.part.languageHelp')} value={language} onChange={(v) => change({ language: v === 'zh' ? 'zh' : 'en' })}>
      <Group mt="xs">
        <Radio value="en" label={t('meetings.form.languageEn')} />
        <Radio value="zh" label={t('meetings.form.languageZh')} />
      </Group>
    </Radio.Group>
  );
}

export function PartEditor({ meeting: m, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const f = usePartForm({ meeting: m, onSaved });
  const words = useAlertWordsWith(MEETING_WORDS);
  const fields = { draft: f.draft, change: f.change, errorFor: f.errorFor, agenda: m.agenda };
  const self = ref.parties.find((p) => p.isSelf)?.code ?? '';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="part-editor-title">
      <form onSubmit={f.submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="part-editor-title">
            {t('meetings.part.title', { party: ref.partyLabel(self) })}
          </Title>
          <Text size="sm">{t('meetings.part.intro')}</Text>
          <ProblemAlert problem={f.problem} isPlaced={f.isPlaced} message={words.message} issueText={words.issueText} />
          {f.hasLocalIssues ? (
            <Text size="sm" c="red.9" role="alert">
              {t('form.fixHighlighted')}
            </Text>
          ) : null}
          <LanguageChoice language={f.draft.language} change={f.change} />
          <AttendanceFields {...fields} />
          <NotesFields {...fields} />
          <DecisionsFields {...fields} />
          <Group justify="space-between">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={f.isBusy}>
              {t('meetings.part.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
