// Registry errors the shared alert does not know by name get a specific title here, and field issues the service
// reports without the `body/` location (e.g. `cas` for a wrong check digit) are placed at their fields like the
// schema's own (`body/names/en`).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toProblem } from '../../app/api/problem';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';

const REGISTRY_SLUGS = ['foreign-jurisdiction', 'duplicate-substance', 'no-national-lists', 'already-replaced'] as const;
type RegistrySlug = (typeof REGISTRY_SLUGS)[number];

function isRegistrySlug(value: string): value is RegistrySlug {
  return (REGISTRY_SLUGS as readonly string[]).includes(value);
}

const LOCATIONS = /^(body|querystring|params|headers)(\/|$)/;

export function withBodyPaths(problem: ApiProblem): ApiProblem {
  if (problem.errors.every((e) => LOCATIONS.test(e.path))) return problem;
  const errors = problem.errors.map((e) => (LOCATIONS.test(e.path) ? e : { ...e, path: `body/${e.path}` }));
  return new ApiProblem({ status: problem.status, rawSlug: problem.rawSlug, detail: problem.detail, errors, requestId: problem.requestId });
}

/** The shared submit cycle, with the registry's field issues placed as above. */
export function useRegistrySubmit() {
  const submit = useSubmit();
  const { run: runShared } = submit;
  const run = useCallback(
    (work: () => Promise<void>) =>
      runShared(async () => {
        try {
          await work();
        } catch (error) {
          throw withBodyPaths(toProblem(error));
        }
      }),
    [runShared],
  );
  return { ...submit, run };
}

export function RegistryProblemAlert({ problem, placedFields }: { problem: ApiProblem | null; placedFields?: readonly string[] }) {
  const { t } = useTranslation();
  const title = problem && isRegistrySlug(problem.rawSlug) ? t(`substances.problem.${problem.rawSlug}`) : undefined;
  return <ProblemAlert problem={problem} placedFields={placedFields} title={title} />;
}
