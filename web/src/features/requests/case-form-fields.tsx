// The case form's fields, group by group: what the case is (title and summary in the language they are written in,
// the topic), with whom it is shared and by which agency, how it may be handled, the entities it names (the list
// incidents and requests use) and the records it links (the request form's fields).
import { Checkbox, Fieldset, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { useReference } from '../directory/reference';
import { HANDLINGS, oneOf, USE_RESTRICTIONS } from '../incidents/codes';
import { EntityList } from '../incidents/form/entity-list';
import type { CaseDraft } from './case-draft';
import { isCaseTopic, useRequestCodes } from './codes';
import { LinksFields } from './links-fields';

const isHandling = oneOf(HANDLINGS);
const isRestriction = oneOf(USE_RESTRICTIONS);

/** What every group gets: the draft, a way to change it, the error at a field path. */
export type CaseFieldsProps = { draft: CaseDraft; change: (patch: Partial<CaseDraft>) => void; errorFor: (path: string) => string | undefined };

export function CaseTextFields({ draft: d, change, errorFor }: CaseFieldsProps) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const lang = d.language === 'zh' ? 'zh-CN' : 'en';
  return (
    <>
      <TextInput label={t('cases.form.title')} value={d.title} onChange={(e) => change({ title: e.currentTarget.value })} error={errorFor('title')} required maxLength={300} lang={lang} />
      <Radio.Group label={t('requests.form.language')} value={d.language} onChange={(v) => change({ language: v === 'zh' ? 'zh' : 'en' })}>
        <Group mt="xs">
          <Radio value="en" label={t('requests.form.languageEn')} />
          <Radio value="zh" label={t('requests.form.languageZh')} />
        </Group>
      </Radio.Group>
      <Textarea label={t('cases.form.summary')} value={d.summary} onChange={(e) => change({ summary: e.currentTarget.value })} error={errorFor('summary')} autosize minRows={4} maxLength={20_000} lang={lang} />
      <Select label={t('cases.form.topic')} data={codes.options('caseTopics')} value={d.topic || null} onChange={(v) => change({ topic: isCaseTopic(v) ? v : '' })} error={errorFor('topic')} required allowDeselect={false} />
    </>
  );
}

export function CaseSharingFields({ draft: d, change, errorFor }: CaseFieldsProps) {
  const { t } = useTranslation();
  const ref = useReference();
  return (
    <>
      <Checkbox.Group label={t('cases.form.parties')} description={t('cases.form.partiesHelp')} value={d.parties} onChange={(parties) => change({ parties })} error={errorFor('parties')} required>
        <Stack gap="xs" mt="xs">
          {ref.counterparts.map((p) => (
            <Checkbox key={p.code} value={p.code} label={`${ref.partyLabel(p.code)} (${p.code})`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Select label={t('requests.form.agency')} data={ref.agencyOptions({ activeOnly: true, ownPartyOnly: true })} value={d.agencyId || null} onChange={(v) => change({ agencyId: v ?? '' })} allowDeselect={false} />
    </>
  );
}

export function CaseHandlingFields({ draft: d, change, errorFor }: CaseFieldsProps) {
  const { t } = useTranslation();
  const lists = useCodeLists();
  return (
    <>
      <Select label={t('incidentForm.handlingLabel')} data={HANDLINGS.map((h) => ({ value: h, label: lists.label('handling', h) }))} value={d.handling} onChange={(v) => (isHandling(v) ? change({ handling: v }) : undefined)} error={errorFor('handling')} allowDeselect={false} />
      <Checkbox.Group label={t('incidentForm.useRestrictionsLabel')} value={d.useRestrictions} onChange={(v) => change({ useRestrictions: v.filter(isRestriction) })}>
        <Stack gap="xs" mt="xs">
          {USE_RESTRICTIONS.map((r) => (
            <Checkbox key={r} value={r} label={t(`incidentForm.restriction.${r}.label`)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </>
  );
}

export function CaseRecordsFields({ draft: d, change, errorFor }: CaseFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Fieldset legend={t('cases.form.entities')}>
        <EntityList entities={d.entities} language={d.language} intro={t('cases.form.entitiesIntro')} onChange={(entities) => change({ entities })} errorFor={errorFor} />
      </Fieldset>
      <LinksFields links={d.links} onChange={(links) => change({ links })} errorFor={errorFor} />
    </>
  );
}
