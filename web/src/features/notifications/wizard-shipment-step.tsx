// Step 3: the shipment — what the chemicals are for, when and how they travel, the papers (the exporting party's
// authorisation, the importing party's permit, the invoice), the language the free text is written in, and how the
// notification may be shared (TLP).
import { Fieldset, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { DateField } from '../../app/components/date-field';
import { HANDLINGS, isHandling, isMode, MODES } from './types';
import type { StepProps } from './wizard-step';

export function WizardShipmentStep({ draft, change, errorFor }: StepProps) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const lang = draft.language === 'zh' ? 'zh-CN' : 'en';
  const modes = MODES.map((m) => ({ value: m, label: t(`notificationForm.mode.${m}`) }));
  const handlings = HANDLINGS.map((h) => ({ value: h, label: codes.label('handling', h) }));
  return (
    <Stack>
      <Textarea label={t('notificationForm.intendedUse')} description={t('notificationForm.intendedUseHelp')} value={draft.intendedUse} onChange={(e) => change({ intendedUse: e.currentTarget.value })} error={errorFor('intendedUse')} lang={lang} autosize minRows={2} required maxLength={2000} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('notificationForm.shipmentDate')} description={t('notificationForm.shipmentDateHelp')} value={draft.shipmentDate} onChange={(v) => change({ shipmentDate: v })} error={errorFor('shipmentDate')} required />
      </SimpleGrid>
      <Fieldset legend={t('notificationForm.route')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('notificationForm.portOfExit')} value={draft.portOfExit} onChange={(e) => change({ portOfExit: e.currentTarget.value })} error={errorFor('route/portOfExit')} maxLength={200} />
          <TextInput label={t('notificationForm.portOfEntry')} value={draft.portOfEntry} onChange={(e) => change({ portOfEntry: e.currentTarget.value })} error={errorFor('route/portOfEntry')} maxLength={200} />
          <Select label={t('notificationForm.modeLabel')} data={modes} value={draft.mode} onChange={(v) => (isMode(v) ? change({ mode: v }) : undefined)} error={errorFor('route/mode')} allowDeselect={false} required />
          <TextInput label={t('notificationForm.carrier')} value={draft.carrier} onChange={(e) => change({ carrier: e.currentTarget.value })} error={errorFor('route/carrier')} maxLength={200} />
        </SimpleGrid>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('notificationForm.permitNumber')} description={t('notificationForm.permitNumberHelp')} value={draft.permitNumber} onChange={(e) => change({ permitNumber: e.currentTarget.value })} error={errorFor('permitNumber')} maxLength={100} />
        <TextInput label={t('notificationForm.importPermitNumber')} description={t('notificationForm.importPermitNumberHelp')} value={draft.importPermitNumber} onChange={(e) => change({ importPermitNumber: e.currentTarget.value })} error={errorFor('importPermitNumber')} maxLength={100} />
        <TextInput label={t('notificationForm.invoiceNumber')} value={draft.invoiceNumber} onChange={(e) => change({ invoiceNumber: e.currentTarget.value })} error={errorFor('invoiceNumber')} maxLength={100} />
      </SimpleGrid>
      <Radio.Group label={t('notificationForm.language')} description={t('notificationForm.languageHelp')} value={draft.language} onChange={(v) => (v === 'en' || v === 'zh' ? change({ language: v }) : undefined)} error={errorFor('language')} required>
        <Group mt={8}>
          <Radio value="en" label={codes.label('languages', 'en')} />
          <Radio value="zh" label={codes.label('languages', 'zh')} />
        </Group>
      </Radio.Group>
      <Select label={t('notificationForm.handling')} description={t('notificationForm.handlingHelp')} data={handlings} value={draft.handling} onChange={(v) => (isHandling(v) ? change({ handling: v }) : undefined)} error={errorFor('handling')} allowDeselect={false} w={{ base: '100%', sm: 420 }} />
    </Stack>
  );
}
