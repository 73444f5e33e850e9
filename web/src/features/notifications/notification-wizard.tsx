// The four-step form that drafts a notification (or edits a draft): parties and traders, chemical lines screened
// as they are typed, the shipment, and a review before saving. Each step checks its own fields before the next
// opens; the server's field errors are shown at their fields, and the step holding the first one is opened.
import { Alert, Button, Group, Stack, Stepper } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../app/api/problem';
import { ProblemAlert, useFieldError } from '../../app/components/problem-alert';
import type { NotificationDraft } from './draft';
import { checkStep, STEPS, stepOf, type DraftIssues } from './draft-checks';
import { useLiveScreening } from './use-live-screening';
import { WizardLinesStep } from './wizard-lines-step';
import { WizardPartiesStep } from './wizard-parties-step';
import { WizardReviewStep } from './wizard-review-step';
import { WizardShipmentStep } from './wizard-shipment-step';

const PLACED = ['importingParty', 'transitParties', 'agencyId', 'exporter', 'importer', 'consignee', 'lines', 'intendedUse', 'shipmentDate', 'route', 'invoiceNumber', 'permitNumber', 'importPermitNumber', 'language', 'handling'];
const LAST = STEPS.length - 1;
const STEP_LABELS = { parties: 'notificationForm.stepParties', lines: 'notificationForm.stepLines', shipment: 'notificationForm.stepShipment', review: 'notificationForm.stepReview' } as const;

type Props = {
  initial: NotificationDraft;
  problem: ApiProblem | null;
  isBusy: boolean;
  onSubmit: (draft: NotificationDraft) => void;
  onCancel: () => void;
};

export function NotificationWizard({ initial, problem, isBusy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const serverError = useFieldError(problem);
  const [draft, setDraft] = useState(initial);
  const [active, setActive] = useState(0);
  // Steps the user has tried to leave: their local checks run live from then on.
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const { screenings, problem: screeningProblem } = useLiveScreening(draft.lines);
  const change = (patch: Partial<NotificationDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const issues: DraftIssues = {};
  for (const step of checked) Object.assign(issues, checkStep(draft, STEPS[step] ?? 'review'));
  const issueAt = (path: string) => issues[path];
  const errorFor = (path: string) => {
    const issue = issueAt(path);
    return issue ? t(`notificationForm.issue.${issue}`) : serverError(path);
  };
  const stepsWithErrors = new Set([...Object.keys(issues), ...(problem?.errors.map((e) => e.path) ?? [])].map(stepOf));

  // A new step starts at the top, where the stepper and any alert are.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [active]);

  useEffect(() => {
    const first = problem?.errors.map((e) => stepOf(e.path)).sort((a, b) => a - b)[0];
    if (first !== undefined) setActive(first);
  }, [problem]);

  const leave = (target: number) => {
    if (target < active) return setActive(target);
    const step = STEPS[active] ?? 'review';
    setChecked((prev) => new Set([...prev, active]));
    if (Object.keys(checkStep(draft, step)).length === 0) setActive(Math.min(target, LAST));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (active < LAST) return leave(active + 1);
    const found = checkStep(draft, 'review');
    setChecked(new Set(STEPS.map((_, i) => i)));
    const first = Object.keys(found).map(stepOf).sort((a, b) => a - b)[0];
    if (first === undefined) onSubmit(draft);
    else setActive(first);
  };

  const hasLocalIssues = Object.keys(issues).some((path) => stepOf(path) === active);
  const stepProps = { draft, change, errorFor };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={PLACED} />
        <Stepper active={active} onStepClick={leave} allowNextStepsSelect={false} size="sm">
          {STEPS.map((step, i) => (
            <Stepper.Step
              key={step}
              label={t(STEP_LABELS[step])}
              description={stepsWithErrors.has(i) && i !== LAST ? t('notificationForm.stepHasErrors') : undefined}
              color={stepsWithErrors.has(i) && i !== LAST ? 'red.9' : undefined}
            />
          ))}
        </Stepper>
        {hasLocalIssues ? (
          <Alert color="red.9" variant="outline" role="alert">
            {t('form.fixHighlighted')}
          </Alert>
        ) : null}
        {active === 0 ? <WizardPartiesStep {...stepProps} /> : null}
        {active === 1 ? <WizardLinesStep {...stepProps} screenings={screenings} screeningProblem={screeningProblem} /> : null}
        {active === 2 ? <WizardShipmentStep {...stepProps} /> : null}
        {active === LAST ? <WizardReviewStep draft={draft} screenings={screenings} /> : null}
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Group gap="sm">
            {active > 0 ? (
              <Button variant="default" onClick={() => setActive(active - 1)}>
                {t('notificationForm.back')}
              </Button>
            ) : null}
            <Button type="submit" loading={active === LAST && isBusy}>
              {active === LAST ? t('notificationForm.saveDraft') : t('notificationForm.next')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
