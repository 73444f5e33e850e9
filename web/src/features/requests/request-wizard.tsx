// The four-step request form: to whom, what is asked and on what basis, the entities, handling. It can be saved as
// a draft at any step (the reference is assigned at once) or submitted from the last; the local checks run on the
// steps the officer has tried to leave, and the server's field errors open the step that holds them.
import { Alert, Button, Group, Stack, Stepper } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../app/api/problem';
import { ProblemAlert, useFieldError } from '../../app/components/problem-alert';
import { FORM_STEPS, PLACED_FIELDS, stepOfPath, type FormStepProps } from './form-steps';
import { checkRequestDraft, type RequestDraft } from './request-draft';
import { StepEntities } from './step-entities';
import { StepHandling } from './step-handling';
import { StepRecipient } from './step-recipient';
import { StepRequest } from './step-request';

const LAST = FORM_STEPS.length - 1;

type Props = {
  initial: RequestDraft;
  problem: ApiProblem | null;
  isBusy: boolean;
  onSave: (draft: RequestDraft, isSubmit: boolean) => void;
  onCancel: () => void;
};

/** The local checks of the steps already tried, the server's field errors, and which steps hold either. */
function useStepChecks(draft: RequestDraft, checked: ReadonlySet<number>, problem: ApiProblem | null) {
  const { t } = useTranslation();
  const serverError = useFieldError(problem);
  const all = checkRequestDraft(draft);
  const issues = Object.fromEntries(Object.entries(all).filter(([path]) => checked.has(stepOfPath(path))));
  const errorFor = (path: string): string | undefined => {
    const issue = issues[path];
    return issue ? t(`requests.form.check.${issue}`) : serverError(path);
  };
  const withErrors = new Set([...Object.keys(issues), ...(problem?.errors.map((e) => e.path) ?? [])].map(stepOfPath));
  const activeHasIssues = (active: number) => Object.keys(issues).some((p) => stepOfPath(p) === active);
  return { all, errorFor, withErrors, activeHasIssues };
}

/** The draft and the step shown: leaving a step checks it, saving checks them all and opens the first with errors. */
function useWizard({ initial, problem, onSave }: Pick<Props, 'initial' | 'problem' | 'onSave'>) {
  const [draft, setDraft] = useState(initial);
  const [active, setActive] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const checks = useStepChecks(draft, checked, problem);
  useEffect(() => {
    const first = problem?.errors.map((e) => stepOfPath(e.path)).sort((a, b) => a - b)[0];
    if (first !== undefined) setActive(first);
  }, [problem]);
  const change = (patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const leave = (target: number) => {
    if (target < active) return setActive(target);
    setChecked((prev) => new Set([...prev, active]));
    if (!Object.keys(checks.all).some((path) => stepOfPath(path) === active)) setActive(Math.min(target, LAST));
  };
  const save = (isSubmit: boolean) => {
    setChecked(new Set(FORM_STEPS.map((_, i) => i)));
    const first = Object.keys(checks.all).map(stepOfPath).sort((a, b) => a - b)[0];
    if (first === undefined) onSave(draft, isSubmit);
    else setActive(first);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (active < LAST) leave(active + 1);
    else save(true);
  };
  return { draft, change, active, setActive, leave, save, submit, ...checks };
}

function WizardStepper({ active, withErrors, onStepClick }: { active: number; withErrors: ReadonlySet<number>; onStepClick: (step: number) => void }) {
  const { t } = useTranslation();
  return (
    <Stepper active={active} onStepClick={onStepClick} allowNextStepsSelect={false} size="xs" iconSize={28}>
      {FORM_STEPS.map((s, i) => (
        <Stepper.Step key={s} label={t(`requests.form.steps.${s}`)} description={withErrors.has(i) ? t('requests.form.stepHasErrors') : undefined} color={withErrors.has(i) ? 'red.9' : undefined} />
      ))}
    </Stepper>
  );
}

function ActiveStep({ active, ...stepProps }: FormStepProps & { active: number }) {
  const step = FORM_STEPS[active] ?? 'handling';
  if (step === 'recipient') return <StepRecipient {...stepProps} />;
  if (step === 'request') return <StepRequest {...stepProps} />;
  if (step === 'entities') return <StepEntities {...stepProps} />;
  return <StepHandling {...stepProps} />;
}

type ButtonsProps = { active: number; isBusy: boolean; onCancel: () => void; onBack: () => void; onSaveDraft: () => void };

function WizardButtons({ active, isBusy, onCancel, onBack, onSaveDraft }: ButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Group gap="sm">
        {active > 0 ? (
          <Button variant="default" onClick={onBack}>
            {t('requests.form.back')}
          </Button>
        ) : null}
        <Button variant="default" onClick={onSaveDraft} loading={isBusy}>
          {t('requests.form.saveDraft')}
        </Button>
        <Button type="submit" loading={active === LAST && isBusy}>
          {active === LAST ? t('requests.form.submit') : t('requests.form.next')}
        </Button>
      </Group>
    </Group>
  );
}

export function RequestWizard({ initial, problem, isBusy, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const w = useWizard({ initial, problem, onSave });
  return (
    <form onSubmit={w.submit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={PLACED_FIELDS} />
        <WizardStepper active={w.active} withErrors={w.withErrors} onStepClick={w.leave} />
        {w.activeHasIssues(w.active) ? (
          <Alert color="red.9" variant="outline" role="alert">
            {t('form.fixHighlighted')}
          </Alert>
        ) : null}
        <ActiveStep active={w.active} draft={w.draft} change={w.change} errorFor={w.errorFor} />
        <WizardButtons active={w.active} isBusy={isBusy} onCancel={onCancel} onBack={() => w.setActive(w.active - 1)} onSaveDraft={() => w.save(false)} />
      </Stack>
    </form>
  );
}
