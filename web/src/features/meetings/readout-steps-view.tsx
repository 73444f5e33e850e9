// The clearance steps as a stepper (drafted → cleared by this party → for a joint readout, cleared by each other
// party → released), each done step with who and when on the reader's clock, the waiting ones with why they wait.
// Read only: the actions above it move the readout on.
import { Stepper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useReference } from '../directory/reference';
import { activeStep, clearanceSteps, type ByWhom, type ClearanceStep } from './readout-steps';
import type { Readout } from './readout-types';

/** A person by name; another party's supervisor by role and agency, in the reader's language. */
function useByText(): (by: ByWhom) => string {
  const { t } = useTranslation();
  return (by) => ('name' in by ? by.name : by.supervisorOf ? t('readouts.steps.supervisorOf', { agency: by.supervisorOf }) : t('readouts.steps.supervisor'));
}

function StepDescription({ step }: { step: ClearanceStep }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const byText = useByText();
  const at = step.at ? formatDateTime(step.at, { locale, timeZone: me.timeZone }) : null;
  return (
    <>
      {step.by ? <Text size="xs">{byText(step.by)}</Text> : null}
      {at ? <Text size="xs" c="dimmed">{at}</Text> : null}
      {step.note ? (
        <Text size="xs" c="dimmed">
          {t(`readouts.steps.note.${step.note}`, { party: step.party })}
        </Text>
      ) : null}
      {!step.isDone && !step.note ? (
        <Text size="xs" c="dimmed">
          {t('readouts.steps.waiting')}
        </Text>
      ) : null}
    </>
  );
}

export function ClearanceStepper({ readout, meetingParties }: { readout: Readout; meetingParties: readonly string[] }) {
  const { t } = useTranslation();
  const ref = useReference();
  const steps = clearanceSteps(readout, meetingParties);
  return (
    <Stepper active={activeStep(steps)} allowNextStepsSelect={false} size="sm" orientation="horizontal" wrap aria-label={t('readouts.steps.label')} data-testid="clearance-steps">
      {steps.map((s) => (
        <Stepper.Step key={`${s.key}:${s.party}`} label={t(`readouts.steps.${s.key}`, { party: ref.partyLabel(s.party) })} description={<StepDescription step={s} />} allowStepSelect={false} />
      ))}
    </Stepper>
  );
}
