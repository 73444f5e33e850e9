// The contact create/edit form. Field errors come from the client-side checks or from the server's problem
// (paths like body/name), shown next to the field they concern.
import { Alert, Button, Group, MultiSelect, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../app/api/problem';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { isLanguageCode, isTopic, useCodeLists } from '../../app/code-lists';
import { ProblemAlert, useFieldError } from '../../app/components/problem-alert';
import { ChannelsFields } from './channels-fields';
import { checkDraft, isDraftIssue, type ContactDraft, type DraftIssue } from './contact-draft';
import { HoursFields } from './hours-fields';
import { ReleasableField } from './releasable-field';
import { useReference } from './reference';

const PLACED = ['agencyId', 'kind', 'name', 'nameZh', 'title', 'topics', 'coverage', 'hours', 'channels', 'languages', 'notes', 'language', 'releasableTo'];

type Props = {
  initial: ContactDraft;
  problem: ApiProblem | null;
  isBusy: boolean;
  submitLabel: string;
  onSubmit: (draft: ContactDraft) => void;
  onCancel: () => void;
};

export function ContactForm({ initial, problem, isBusy, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const codes = useCodeLists();
  const ref = useReference();
  const serverError = useFieldError(problem);
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<DraftIssue[]>([]);
  const change = (patch: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const local = (issue: DraftIssue) => (issues.includes(issue) ? t(`contactForm.missing.${issue}`) : undefined);
  const errorFor = (field: string) => (isDraftIssue(field) ? local(field) : undefined) ?? serverError(field);

  const agencyOptions = hasAnyRole(me, 'admin')
    ? ref.agencyOptions({ activeOnly: true, ownPartyOnly: true })
    : [{ value: me.agency.id, label: me.agency.acronym }];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft);
    setIssues(found);
    if (found.length === 0) onSubmit(draft);
  };

  const setCoverage = (value: string) => {
    if (value !== '24x7' && value !== 'hours') return;
    const agency = ref.agency(draft.agencyId);
    const partyZone = agency ? ref.party(agency.partyCode)?.timeZone : undefined;
    change({ coverage: value, ...(value === 'hours' && partyZone && draft.timeZone === initial.timeZone ? { timeZone: partyZone } : {}) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={PLACED} />
        {issues.length > 0 ? (
          <Alert color="red.9" variant="outline" role="alert">
            {t('form.fixHighlighted')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('contactForm.agency')} data={agencyOptions} value={draft.agencyId || null} onChange={(v) => change({ agencyId: v ?? '' })} error={errorFor('agencyId')} searchable allowDeselect={false} nothingFoundMessage={t('common.nothingFound')} required />
          <Radio.Group label={t('contactForm.kind')} value={draft.kind} onChange={(v) => (v === 'person' || v === 'desk' ? change({ kind: v }) : undefined)} error={errorFor('kind')} required>
            <Group mt={8}>
              {codes.options('contactKinds').map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput label={t('contactForm.name')} value={draft.name} onChange={(e) => change({ name: e.currentTarget.value })} error={errorFor('name')} required />
          <TextInput label={t('contactForm.nameZh')} description={t('contactForm.nameZhHelp')} value={draft.nameZh} onChange={(e) => change({ nameZh: e.currentTarget.value })} error={errorFor('nameZh')} lang="zh-CN" maxLength={200} />
          <TextInput label={t('contactForm.title')} value={draft.title} onChange={(e) => change({ title: e.currentTarget.value })} error={errorFor('title')} />
        </SimpleGrid>
        <MultiSelect label={t('contactForm.topics')} data={codes.options('topics')} value={draft.topics} onChange={(v) => change({ topics: v.filter(isTopic) })} error={errorFor('topics')} required clearButtonProps={{ 'aria-label': t('common.clearSelection') }} />
        <Radio.Group label={t('contactForm.coverage')} value={draft.coverage} onChange={setCoverage} error={errorFor('coverage')} required>
          <Group mt={8}>
            {codes.options('coverage').map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Radio.Group>
        {draft.coverage === 'hours' ? (
          <HoursFields draft={draft} onChange={change} errorFor={(f) => (f === 'timeZone' ? serverError('hours/timeZone') : (local(f) ?? serverError(`hours/${f}`)))} />
        ) : null}
        <ChannelsFields
          channels={draft.channels}
          onChange={(channels) => change({ channels })}
          errorFor={(i) => (i < 0 ? local('channels') : serverError(`channels/${i}`))}
        />
        <MultiSelect label={t('contactForm.languages')} data={codes.options('languages')} value={draft.languages} onChange={(v) => change({ languages: v.filter(isLanguageCode) })} error={errorFor('languages')} searchable required nothingFoundMessage={t('common.nothingFound')} />
        <Textarea label={t('contactForm.notes')} value={draft.notes} onChange={(e) => change({ notes: e.currentTarget.value })} error={errorFor('notes')} autosize minRows={3} lang={draft.language === 'zh' ? 'zh-CN' : 'en'} />
        <Radio.Group label={t('contactForm.language')} description={t('contactForm.languageHelp')} value={draft.language} onChange={(v) => (v === 'en' || v === 'zh' ? change({ language: v }) : undefined)} error={errorFor('language')} required>
          <Group mt={8}>
            <Radio value="en" label={codes.label('languages', 'en')} />
            <Radio value="zh" label={codes.label('languages', 'zh')} />
          </Group>
        </Radio.Group>
        <ReleasableField value={draft.releasableTo} onChange={(releasableTo) => change({ releasableTo })} error={serverError('releasableTo')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isBusy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
