// Step 4: how the request may be handled — the TLP label and the use restrictions that travel with it (the incidents'
// handling fields), what they mean for four eyes, and for spontaneous information the evaluation of the source and
// of the information.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HandlingFields, SourceFields } from '../incidents/form/handling-fields';
import type { FormStepProps } from './form-steps';

export function StepHandling({ draft, change, errorFor }: FormStepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <HandlingFields draft={draft} change={change} errorFor={errorFor} />
      <Text size="sm">{t('requests.form.fourEyesNote')}</Text>
      {draft.type === 'spontaneous' ? <SourceFields draft={draft} change={change} errorFor={errorFor} /> : null}
    </Stack>
  );
}
