// Step 2: what is asked and on what basis — the type, the legal basis (in words when "other"), the priority (an
// urgent request names at least one asked item), the coded items asked with a note each, the subject, the details
// and the language they are written in.
import { Button, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemFieldset } from '../incidents/form/item-fieldset';
import { draftLang } from '../incidents/form/wizard-step';
import { isAskedItem, isLegalBasis, isPriority, isRequestType, PRIORITIES, REQUEST_TYPES, useRequestCodes } from './codes';
import type { FormStepProps } from './form-steps';
import { emptyItem, type ItemDraft } from './request-draft';

const MAX_ITEMS = 30;

function AskedItems({ draft, change, errorFor }: FormStepProps) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const setItem = (index: number, patch: Partial<ItemDraft>) => change({ items: draft.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) });
  return (
    <Stack gap="xs" role="group" aria-labelledby="asked-items-label">
      <Text size="sm" fw={500} id="asked-items-label">
        {t('requests.form.items')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('requests.form.itemsHelp')}
      </Text>
      {errorFor('items') ? (
        <Text size="sm" c="red.9" role="alert">
          {errorFor('items')}
        </Text>
      ) : null}
      {draft.items.map((item, i) => (
        <ItemFieldset key={item.key} legend={t('requests.form.itemLegend', { n: i + 1 })} removeLabel={t('requests.form.removeItem', { n: i + 1 })} onRemove={() => change({ items: draft.items.filter((_, j) => j !== i) })}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t('requests.form.itemCode')} data={codes.options('askedItems')} value={item.code || null} onChange={(v) => setItem(i, { code: isAskedItem(v) ? v : '' })} error={errorFor(`items/${i}/code`)} required allowDeselect={false} searchable />
            <TextInput label={t('requests.form.itemNote')} value={item.note} onChange={(e) => setItem(i, { note: e.currentTarget.value })} error={errorFor(`items/${i}/note`)} lang={draftLang(draft.language)} maxLength={2000} />
          </SimpleGrid>
        </ItemFieldset>
      ))}
      <div>
        <Button variant="default" onClick={() => change({ items: [...draft.items, emptyItem()] })} disabled={draft.items.length >= MAX_ITEMS}>
          {t('requests.form.addItem')}
        </Button>
      </div>
    </Stack>
  );
}

export function StepRequest(props: FormStepProps) {
  const { t } = useTranslation();
  const codes = useRequestCodes();
  const { draft, change, errorFor } = props;
  return (
    <Stack maw={800}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('requests.form.type')} data={REQUEST_TYPES.map((v) => ({ value: v, label: codes.label('requestTypes', v) }))} value={draft.type} onChange={(v) => (isRequestType(v) ? change({ type: v }) : undefined)} error={errorFor('type')} allowDeselect={false} required />
        <Select label={t('requests.form.priority')} description={t(`requests.form.priorityHelp.${draft.priority}`)} data={PRIORITIES.map((v) => ({ value: v, label: codes.label('priorities', v) }))} value={draft.priority} onChange={(v) => (isPriority(v) ? change({ priority: v }) : undefined)} error={errorFor('priority')} allowDeselect={false} required />
      </SimpleGrid>
      <Select label={t('requests.form.legalBasis')} data={codes.options('legalBases')} value={draft.legalBasis || null} onChange={(v) => change({ legalBasis: isLegalBasis(v) ? v : '' })} error={errorFor('legalBasis')} allowDeselect={false} required />
      {draft.legalBasis === 'other' ? <TextInput label={t('requests.form.legalBasisOther')} value={draft.legalBasisOther} onChange={(e) => change({ legalBasisOther: e.currentTarget.value })} error={errorFor('legalBasisOther')} required maxLength={500} lang={draftLang(draft.language)} /> : null}
      <Radio.Group label={t('requests.form.language')} description={t('requests.form.languageHelp')} value={draft.language} onChange={(v) => change({ language: v === 'zh' ? 'zh' : 'en' })} error={errorFor('language')}>
        <Group mt="xs">
          <Radio value="en" label={t('requests.form.languageEn')} />
          <Radio value="zh" label={t('requests.form.languageZh')} />
        </Group>
      </Radio.Group>
      <TextInput label={t('requests.form.subject')} value={draft.subject} onChange={(e) => change({ subject: e.currentTarget.value })} error={errorFor('subject')} required maxLength={300} lang={draftLang(draft.language)} />
      <Textarea label={t('requests.form.details')} description={t('requests.form.detailsHelp')} value={draft.details} onChange={(e) => change({ details: e.currentTarget.value })} error={errorFor('details')} autosize minRows={5} maxLength={20_000} lang={draftLang(draft.language)} />
      <AskedItems {...props} />
    </Stack>
  );
}
