// The four-step request form: to whom, what is asked and on what basis, the entities, handling. It can be saved as
// a draft at any step (the reference is assigned at once) or submitted from the last; the local checks run on the
// steps the officer has tried to leave, and the server's field errors open the step that holds them.
import { Alert, Button, Group, Stack, Stepper } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../app/api/problem';
import { ProblemAlert, useFieldError } from '../../app/components/problem-alert';
import { FORM_STEPS, PLACED_FIELDS, stepOfPath } from './form-steps';
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

export function RequestWizard({ initial, problem, isBusy, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const serverError = useFieldError(problem);
  const [draft, setDraft] = useState(initial);
  const [active, setActive] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const change = (patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const all = checkRequestDraft(draft);
  const issues = Object.fromEntries(Object.entries(all).filter(([path]) => checked.has(stepOfPath(path))));
  const errorFor = (path: string): string | undefined => {
    const issue = issues[path];
    return issue ? t(`requests.form.check.${issue}`) : serverError(path);
  };
  const withErrors = new Set([...Object.keys(issues), ...(problem?.errors.map((e) => e.path) ?? [])].map(stepOfPath));

  useEffect(() => {
    const first = problem?.errors.map((e) => stepOfPath(e.path)).sort((a, b) => a - b)[0];
    if (first !== undefined) setActive(first);
  }, [problem]);

  const leave = (target: number) => {
    if (target < active) return setActive(target);
    setChecked((prev) => new Set([...prev, active]));
    if (!Object.keys(all).some((path) => stepOfPath(path) === active)) setActive(Math.min(target, LAST));
  };
  const save = (isSubmit: boolean) => {
    setChecked(new Set(FORM_STEPS.map((_, i) => i)));
    const first = Object.keys(all).map(stepOfPath).sort((a, b) => a - b)[0];
    if (first === undefined) onSave(draft, isSubmit);
    else setActive(first);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (active < LAST) leave(active + 1);
    else save(true);
  };
  const stepProps = { draft, change, errorFor };
  const step = FORM_STEPS[active] ?? 'handling';
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={PLACED_FIELDS} />
        <Stepper active={active} onStepClick={leave} allowNextStepsSelect={false} size="xs" iconSize={28}>
          {FORM_STEPS.map((s, i) => (
            <Stepper.Step key={s} label={t(`requests.form.steps.${s}`)} description={withErrors.has(i) ? t('requests.form.stepHasErrors') : undefined} color={withErrors.has(i) ? 'red.9' : undefined} />
          ))}
        </Stepper>
        {Object.keys(issues).some((p) => stepOfPath(p) === active) ? (
          <Alert color="red.9" variant="outline" role="alert">
            {t('form.fixHighlighted')}
          </Alert>
        ) : null}
        {step === 'recipient' ? <StepRecipient {...stepProps} /> : null}
        {step === 'request' ? <StepRequest {...stepProps} /> : null}
        {step === 'entities' ? <StepEntities {...stepProps} /> : null}
        {step === 'handling' ? <StepHandling {...stepProps} /> : null}
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Group gap="sm">
            {active > 0 ? (
              <Button variant="default" onClick={() => setActive(active - 1)}>
                {t('requests.form.back')}
              </Button>
            ) : null}
            <Button variant="default" onClick={() => save(false)} loading={isBusy}>
              {t('requests.form.saveDraft')}
            </Button>
            <Button type="submit" loading={active === LAST && isBusy}>
              {active === LAST ? t('requests.form.submit') : t('requests.form.next')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
