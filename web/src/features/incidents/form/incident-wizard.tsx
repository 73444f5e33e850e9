// The eight-step form that files an incident (or a new version of one): what and when, where, items (chemical
// lines screened as they are typed, wildlife from the checklist), route, entities, outcome, handling and sharing,
// and a review. Each step checks its own fields before the next opens; the server's field errors — in the
// reader's language, by issue code — are shown at their fields, and the step holding the first one is opened.
import { Alert, Button, Group, Stack, Stepper } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../../app/api/problem';
import { ProblemAlert, useFieldError } from '../../../app/components/problem-alert';
import { todayIn } from '../../substances/format';
import { checkStep, PLACED_FIELDS, STEPS, stepOf, type DraftIssues } from './checks';
import type { IncidentDraft } from './draft';
import { StepEntities } from './step-entities';
import { StepHandling } from './step-handling';
import { StepItems } from './step-items';
import { StepOutcome } from './step-outcome';
import { StepReview } from './step-review';
import { StepRoute } from './step-route';
import { StepWhat } from './step-what';
import { StepWhere } from './step-where';
import { useItemScreening } from './use-item-screening';

const LAST = STEPS.length - 1;

type Props = {
  initial: IncidentDraft;
  problem: ApiProblem | null;
  isBusy: boolean;
  submitLabel: string;
  onSubmit: (draft: IncidentDraft) => void;
  onCancel: () => void;
};

const localToday = () => todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);

export function IncidentWizard({ initial, problem, isBusy, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const serverError = useFieldError(problem);
  const [draft, setDraft] = useState(initial);
  const [active, setActive] = useState(0);
  // Steps the user has tried to leave: their local checks run live from then on.
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const { screenings, problem: screeningProblem } = useItemScreening(draft.items);
  const change = (patch: Partial<IncidentDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const today = localToday();

  const issues: DraftIssues = {};
  for (const step of checked) Object.assign(issues, checkStep(draft, STEPS[step] ?? 'review', today));
  const errorFor = (path: string) => {
    const issue = issues[path];
    return issue ? t(`incidentForm.issue.${issue}`) : serverError(path);
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
    setChecked((prev) => new Set([...prev, active]));
    if (Object.keys(checkStep(draft, STEPS[active] ?? 'review', today)).length === 0) setActive(Math.min(target, LAST));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (active < LAST) return leave(active + 1);
    const found = checkStep(draft, 'review', today);
    setChecked(new Set(STEPS.map((_, i) => i)));
    const first = Object.keys(found).map(stepOf).sort((a, b) => a - b)[0];
    if (first === undefined) onSubmit(draft);
    else setActive(first);
  };

  const hasLocalIssues = Object.keys(issues).some((path) => stepOf(path) === active);
  const stepProps = { draft, change, errorFor };
  const step = STEPS[active] ?? 'review';
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={PLACED_FIELDS} />
        <Stepper active={active} onStepClick={leave} allowNextStepsSelect={false} size="xs" iconSize={28}>
          {STEPS.map((s, i) => (
            <Stepper.Step
              key={s}
              label={t(`incidentForm.steps.${s}`)}
              description={stepsWithErrors.has(i) && i !== LAST ? t('incidentForm.stepHasErrors') : undefined}
              color={stepsWithErrors.has(i) && i !== LAST ? 'red.9' : undefined}
            />
          ))}
        </Stepper>
        {hasLocalIssues ? (
          <Alert color="red.9" variant="outline" role="alert">
            {t('form.fixHighlighted')}
          </Alert>
        ) : null}
        {step === 'what' ? <StepWhat {...stepProps} /> : null}
        {step === 'where' ? <StepWhere {...stepProps} /> : null}
        {step === 'items' ? <StepItems {...stepProps} screenings={screenings} screeningProblem={screeningProblem} /> : null}
        {step === 'route' ? <StepRoute {...stepProps} /> : null}
        {step === 'entities' ? <StepEntities {...stepProps} /> : null}
        {step === 'outcome' ? <StepOutcome {...stepProps} /> : null}
        {step === 'handling' ? <StepHandling {...stepProps} /> : null}
        {step === 'review' ? <StepReview draft={draft} screenings={screenings} /> : null}
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Group gap="sm">
            {active > 0 ? (
              <Button variant="default" onClick={() => setActive(active - 1)}>
                {t('incidentForm.back')}
              </Button>
            ) : null}
            <Button type="submit" loading={active === LAST && isBusy}>
              {active === LAST ? submitLabel : t('incidentForm.next')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
