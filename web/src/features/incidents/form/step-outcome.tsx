// Step 6: what happened next — the investigation, arrests, prosecution, and what became of the goods.
import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DISPOSITIONS, INVESTIGATION, oneOf, PROSECUTION } from '../codes';
import type { StepProps } from './wizard-step';

const isInvestigation = oneOf(INVESTIGATION);
const isProsecution = oneOf(PROSECUTION);
const isDisposition = oneOf(DISPOSITIONS);

export function StepOutcome({ draft, change, errorFor }: StepProps) {
  const { t } = useTranslation();
  const investigations = INVESTIGATION.map((v) => ({ value: v, label: t(`incidentForm.investigation.${v}`) }));
  const prosecutions = PROSECUTION.map((v) => ({ value: v, label: t(`incidentForm.prosecution.${v}`) }));
  const dispositions = DISPOSITIONS.map((v) => ({ value: v, label: t(`incidentForm.disposition.${v}`) }));
  return (
    <Stack>
      <Text size="sm">{t('incidentForm.outcomeIntro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('incidentForm.investigationLabel')} data={investigations} value={draft.investigation} onChange={(v) => (isInvestigation(v) ? change({ investigation: v }) : undefined)} error={errorFor('outcome/investigation')} allowDeselect={false} />
        <TextInput label={t('incidentForm.arrests')} value={draft.arrests} onChange={(e) => change({ arrests: e.currentTarget.value })} error={errorFor('outcome/arrests')} inputMode="numeric" w={{ base: '100%', sm: 160 }} />
        <Select label={t('incidentForm.prosecutionLabel')} data={prosecutions} value={draft.prosecution} onChange={(v) => (isProsecution(v) ? change({ prosecution: v }) : undefined)} error={errorFor('outcome/prosecution')} allowDeselect={false} />
        <Select label={t('incidentForm.dispositionLabel')} data={dispositions} value={draft.disposition} onChange={(v) => (isDisposition(v) ? change({ disposition: v }) : undefined)} error={errorFor('outcome/disposition')} allowDeselect={false} />
      </SimpleGrid>
    </Stack>
  );
}
