// A new case: its title and summary in the language they are written in, the topic, the other parties it is shared
// with, the opening agency, how it may be handled, the entities it names and the records it links. It is shared with
// the named parties on creation.
import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { useSubmit } from '../../app/use-submit';
import { caseDraftToInput, checkCaseDraft, emptyCaseDraft, type CaseCheck, type CaseDraft } from './case-draft';
import { CaseHandlingFields, CaseRecordsFields, CaseSharingFields, CaseTextFields } from './case-form-fields';

const PLACED_FIELDS = ['title', 'summary', 'topic', 'parties', 'handling', 'language', 'entities', 'links'];
const CHECK_KEYS = { required: 'cases.form.required', entityValue: 'requests.form.check.entityValue' } as const satisfies Record<CaseCheck, string>;

/** The draft, its checks once the officer tried to save, and the save: the new case's page on success. */
function useCaseForm() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const navigate = useNavigate();
  const { problem, isBusy, fieldError, run } = useSubmit();
  const [draft, setDraft] = useState<CaseDraft>(() => emptyCaseDraft({ agencyId: me.agency.id, language: locale === 'zh-CN' ? 'zh' : 'en' }));
  const [isChecked, setChecked] = useState(false);
  const change = (patch: Partial<CaseDraft>) => setDraft((prev) => ({ ...prev, ...patch }));
  const issues = isChecked ? checkCaseDraft(draft) : {};
  const errorFor = (path: string): string | undefined => {
    const issue = issues[path];
    return issue ? t(CHECK_KEYS[issue]) : fieldError(path);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const input = caseDraftToInput(draft);
    if (!input || Object.keys(checkCaseDraft(draft)).length > 0) return;
    void run(async () => {
      const created = await call(api.POST('/api/v1/cases', { body: input }));
      navigate(`/cases/${created.id}`);
    });
  };
  return { fields: { draft, change, errorFor }, submit, problem, isBusy };
}

export function CaseCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { fields, submit, problem, isBusy } = useCaseForm();
  return (
    <>
      <Anchor component={Link} to="/cases" size="sm">
        {t('cases.detail.backToList')}
      </Anchor>
      <PageTitle title={t('cases.form.createTitle')} />
      <form onSubmit={submit} noValidate>
        <Stack maw={760}>
          <ProblemAlert problem={problem} placedFields={PLACED_FIELDS} />
          <CaseTextFields {...fields} />
          <CaseSharingFields {...fields} />
          <CaseHandlingFields {...fields} />
          <CaseRecordsFields {...fields} />
          <Group justify="space-between">
            <Button variant="default" onClick={() => navigate('/cases')}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isBusy}>
              {t('cases.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
