// Step 4: how the request may be handled — the TLP label and the use restrictions that travel with it (the incidents'
// handling fields), what they mean for four eyes, for spontaneous information the evaluation of the source and of
// the information, and the records it links (here, as whether a record may be linked depends on the handling).
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HandlingFields, SourceFields } from '../incidents/form/handling-fields';
import type { FormStepProps } from './form-steps';
import { LinksFields } from './links-fields';

export function StepHandling({ draft, change, errorFor }: FormStepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <HandlingFields draft={draft} change={change} errorFor={errorFor} />
      <Text size="sm">{t('requests.form.fourEyesNote')}</Text>
      {draft.type === 'spontaneous' ? <SourceFields draft={draft} change={change} errorFor={errorFor} /> : null}
      <LinksFields links={draft.links} onChange={(links) => change({ links })} errorFor={errorFor} />
    </Stack>
  );
}
