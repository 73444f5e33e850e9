// The dialog behind every step: a delay notice (reason, the day the answer is now expected, a note), a request for
// clarification (the note), a clarification (the note, documents), a partial or final answer (a note or documents,
// its language, its handling — the request's or stricter — and its use restrictions: the request's, which cannot be
// unticked, and any added), a refusal (reason, note), a closure (note). Checked here first; the server's refusal
// stays in the dialog with its fields marked.
import { Button, Checkbox, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { useCodeLists } from '../../app/code-lists';
import { DateField } from '../../app/components/date-field';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { useSubmit } from '../../app/use-submit';
import { oneOf, HANDLINGS, USE_RESTRICTIONS } from '../incidents/codes';
import { AnswerFiles, type AnswerFilesKeys } from '../notifications/answer-files';
import { answerDocument, attachmentIssue } from '../notifications/attachments';
import { todayIn } from '../substances/format';
import { useRequestCodes } from './codes';
import { answerRestrictions, checkStep, handlingsAtLeast, STEP_FIELDS, stepInput, type StepAction, type StepDraft } from './step-input';
import type { Request } from './types';

const isHandling = oneOf(HANDLINGS);
const DOCUMENT_KEYS: AnswerFilesKeys = { label: 'requests.dialog.documents', add: 'requests.dialog.documentsAdd', help: 'requests.dialog.documentsHelp', cut: 'requests.dialog.documentsCut' };
type Props = { request: Request; action: StepAction; onDone: (r: Request) => void; onClose: () => void };

function useStepForm(request: Request, action: StepAction, onDone: (r: Request) => void) {
  const me = useMe();
  const locale = useUiLocale();
  const initialHandling = isHandling(request.handling) ? request.handling : 'TLP:AMBER';
  const language = locale === 'zh-CN' ? 'zh' : 'en';
  const [draft, setDraft] = useState<StepDraft>({ note: '', language, reason: '', expectedDay: '', handling: initialHandling, useRestrictions: answerRestrictions(request.useRestrictions, []) });
  const [files, setFiles] = useState<File[]>([]);
  const [isChecked, setChecked] = useState(false);
  const submit = useSubmit();
  const check = () => checkStep(action, draft, todayIn(me.timeZone), files.length);
  const issues = isChecked ? check() : {};
  const confirm = () => {
    setChecked(true);
    if (Object.keys(check()).length > 0 || files.some((f) => attachmentIssue(f) !== null)) return;
    void submit.run(async () => {
      const documents = await Promise.all(files.map(answerDocument));
      onDone(await call(api.POST('/api/v1/requests/{id}/steps', { params: { path: { id: request.id } }, body: stepInput(action, draft, me.timeZone, documents) })));
    });
  };
  const change = (patch: Partial<StepDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return { ...submit, draft, change, files, setFiles, issues, confirm };
}

/** What an answer carries besides its note: its handling (the request's or stricter) and its use restrictions. */
function AnswerHandling({ request: r, draft, change, errorOf }: { request: Request; draft: StepDraft; change: (patch: Partial<StepDraft>) => void; errorOf: (field: string) => string | undefined }) {
  const { t } = useTranslation();
  const lists = useCodeLists();
  const isKept = (u: string) => r.useRestrictions.includes(u);
  return (
    <>
      <Select label={t('incidentForm.handlingLabel')} description={t('requests.dialog.handlingHelp')} data={handlingsAtLeast(r.handling).map((h) => ({ value: h, label: lists.label('handling', h) }))} value={draft.handling} onChange={(v) => (isHandling(v) ? change({ handling: v }) : undefined)} error={errorOf('handling')} allowDeselect={false} />
      <Checkbox.Group label={t('incidentForm.useRestrictionsLabel')} description={t(r.useRestrictions.length > 0 ? 'requests.dialog.useRestrictionsKept' : 'requests.dialog.useRestrictionsHelp')} value={draft.useRestrictions} onChange={(v) => change({ useRestrictions: answerRestrictions(r.useRestrictions, v) })} error={errorOf('useRestrictions')}>
        <Stack gap="xs" mt="xs">
          {USE_RESTRICTIONS.map((u) => (
            <Checkbox key={u} value={u} label={t(`incidentForm.restriction.${u}.label`)} description={t(`incidentForm.restriction.${u}.help`)} disabled={isKept(u)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </>
  );
}

export function StepDialog({ request: r, action, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const spec = STEP_FIELDS[action];
  const { problem, isBusy, fieldError, draft, change, files, setFiles, issues, confirm } = useStepForm(r, action, onDone);
  const errorOf = (field: string): string | undefined => {
    const issue = issues[field];
    return issue ? t(`requests.dialog.check.${issue}`) : fieldError(field);
  };
  return (
    <Modal opened onClose={onClose} title={t(`requests.dialog.${action}.title`, { reference: r.reference })} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      <Stack>
        <Text size="sm">{t(`requests.dialog.${action}.message`)}</Text>
        <ProblemAlert problem={problem} placedFields={['note', 'reason', 'expectedAt', 'handling', 'useRestrictions', 'language', 'documents']} />
        {spec.reason ? <Select label={t('requests.dialog.reason')} data={codes.options(spec.reason)} value={draft.reason || null} onChange={(v) => change({ reason: v ?? '' })} error={errorOf('reason')} required allowDeselect={false} /> : null}
        {spec.expected ? <DateField label={t('requests.dialog.expectedAt')} description={t('requests.dialog.expectedAtHelp')} value={draft.expectedDay} onChange={(expectedDay) => change({ expectedDay })} error={errorOf('expectedAt')} required /> : null}
        <Textarea label={t(`requests.dialog.${action}.note`)} value={draft.note} onChange={(e) => change({ note: e.currentTarget.value })} error={errorOf('note')} required={spec.isNoteRequired} description={spec.answer ? t('requests.dialog.noteOrDocument') : undefined} autosize minRows={4} maxLength={20_000} lang={draft.language === 'zh' ? 'zh-CN' : 'en'} data-autofocus />
        <Radio.Group label={t('requests.form.language')} value={draft.language} onChange={(v) => change({ language: v === 'zh' ? 'zh' : 'en' })} error={errorOf('language')}>
          <Group mt="xs">
            <Radio value="en" label={t('requests.form.languageEn')} />
            <Radio value="zh" label={t('requests.form.languageZh')} />
          </Group>
        </Radio.Group>
        {spec.answer ? <AnswerHandling request={r} draft={draft} change={change} errorOf={errorOf} /> : null}
        {spec.documents ? <AnswerFiles files={files} onChange={setFiles} problem={problem} keys={DOCUMENT_KEYS} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={action === 'refusal' ? 'red.9' : undefined} loading={isBusy} onClick={confirm}>
            {t(`requests.action.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
