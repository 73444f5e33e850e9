// Step 7: handling and sharing — the TLP label with what it means here, the use restrictions that travel with the
// record, the admiralty evaluation of the source and the information (handling-fields.tsx), and the parties it is
// releasable to.
import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../directory/reference';
import { HandlingFields, SourceFields } from './handling-fields';
import type { StepProps } from './wizard-step';

export function StepHandling({ draft, change, errorFor }: StepProps) {
  const { t } = useTranslation();
  const ref = useReference();
  const others = ref.partyOptions.filter((p) => !ref.party(p.value)?.isSelf);
  return (
    <Stack>
      <HandlingFields draft={draft} change={change} errorFor={errorFor} />
      <SourceFields draft={draft} change={change} errorFor={errorFor} />
      <Checkbox.Group label={t('incidentForm.releasableTo')} description={others.length === 0 ? t('incidentForm.noOtherParties') : t('incidentForm.releasableToHelp')} value={draft.releasableTo} onChange={(v) => change({ releasableTo: v })} error={errorFor('releasableTo')}>
        <Stack gap="xs" mt="xs">
          {others.map((p) => (
            <Checkbox key={p.value} value={p.value} label={`${p.label} (${p.value})`} />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}
