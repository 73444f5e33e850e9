// A new case: its title and summary in the language they are written in, the topic, the other parties it is shared
// with, the opening agency, and how it may be handled. It is shared with the named parties on creation.
import { Anchor, Button, Checkbox, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { useCodeLists } from '../../app/code-lists';
import { PageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useUiLocale } from '../../app/locale';
import { useSubmit } from '../../app/use-submit';
import { useReference } from '../directory/reference';
import { HANDLINGS, oneOf, USE_RESTRICTIONS, type Handling, type UseRestriction } from '../incidents/codes';
import { isCaseTopic, useRequestCodes } from './codes';
import type { CaseTopic } from './types';

const isHandling = oneOf(HANDLINGS);
const isRestriction = oneOf(USE_RESTRICTIONS);
type CaseDraft = { title: string; summary: string; language: 'en' | 'zh'; topic: CaseTopic | ''; parties: string[]; agencyId: string; handling: Handling; useRestrictions: UseRestriction[] };

export function CaseCreatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  const codes = useRequestCodes();
  const lists = useCodeLists();
  const navigate = useNavigate();
  const { problem, isBusy, fieldError, run } = useSubmit();
  const [d, setD] = useState<CaseDraft>({ title: '', summary: '', language: locale === 'zh-CN' ? 'zh' : 'en', topic: '', parties: [], agencyId: me.agency.id, handling: 'TLP:AMBER', useRestrictions: [] });
  const [isChecked, setChecked] = useState(false);
  const change = (patch: Partial<CaseDraft>) => setD((prev) => ({ ...prev, ...patch }));
  const missing = (value: boolean) => (isChecked && value ? t('cases.form.required') : undefined);
  const lang = d.language === 'zh' ? 'zh-CN' : 'en';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const topic = d.topic;
    if (!d.title.trim() || topic === '' || d.parties.length === 0) return;
    void run(async () => {
      const created = await call(api.POST('/api/v1/cases', { body: { ...d, topic, title: d.title.trim(), summary: d.summary.trim() } }));
      navigate(`/cases/${created.id}`);
    });
  };
  return (
    <>
      <Anchor component={Link} to="/cases" size="sm">
        {t('cases.detail.backToList')}
      </Anchor>
      <PageTitle title={t('cases.form.createTitle')} />
      <form onSubmit={submit} noValidate>
        <Stack maw={760}>
          <ProblemAlert problem={problem} placedFields={['title', 'summary', 'topic', 'parties', 'handling', 'language']} />
          <TextInput label={t('cases.form.title')} value={d.title} onChange={(e) => change({ title: e.currentTarget.value })} error={missing(!d.title.trim()) ?? fieldError('title')} required maxLength={300} lang={lang} />
          <Radio.Group label={t('requests.form.language')} value={d.language} onChange={(v) => change({ language: v === 'zh' ? 'zh' : 'en' })}>
            <Group mt="xs">
              <Radio value="en" label={t('requests.form.languageEn')} />
              <Radio value="zh" label={t('requests.form.languageZh')} />
            </Group>
          </Radio.Group>
          <Textarea label={t('cases.form.summary')} value={d.summary} onChange={(e) => change({ summary: e.currentTarget.value })} error={fieldError('summary')} autosize minRows={4} maxLength={20_000} lang={lang} />
          <Select label={t('cases.form.topic')} data={codes.options('caseTopics')} value={d.topic || null} onChange={(v) => change({ topic: isCaseTopic(v) ? v : '' })} error={missing(!d.topic) ?? fieldError('topic')} required allowDeselect={false} />
          <Checkbox.Group label={t('cases.form.parties')} description={t('cases.form.partiesHelp')} value={d.parties} onChange={(parties) => change({ parties })} error={missing(d.parties.length === 0) ?? fieldError('parties')} required>
            <Stack gap="xs" mt="xs">
              {ref.counterparts.map((p) => (
                <Checkbox key={p.code} value={p.code} label={`${ref.partyLabel(p.code)} (${p.code})`} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Select label={t('requests.form.agency')} data={ref.agencyOptions({ activeOnly: true, ownPartyOnly: true })} value={d.agencyId || null} onChange={(v) => change({ agencyId: v ?? '' })} allowDeselect={false} />
          <Select label={t('incidentForm.handlingLabel')} data={HANDLINGS.map((h) => ({ value: h, label: lists.label('handling', h) }))} value={d.handling} onChange={(v) => (isHandling(v) ? change({ handling: v }) : undefined)} error={fieldError('handling')} allowDeselect={false} />
          <Checkbox.Group label={t('incidentForm.useRestrictionsLabel')} value={d.useRestrictions} onChange={(v) => change({ useRestrictions: v.filter(isRestriction) })}>
            <Stack gap="xs" mt="xs">
              {USE_RESTRICTIONS.map((r) => (
                <Checkbox key={r} value={r} label={t(`incidentForm.restriction.${r}.label`)} />
              ))}
            </Stack>
          </Checkbox.Group>
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
