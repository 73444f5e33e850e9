// Shows a server problem in the UI language: the translated slug message, and in English the field issues the
// form could not place next to a field. Server English never reaches the Chinese UI.
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/problem';
import { useUiLocale } from '../locale';

export function useProblemMessage(): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  return (problem) => t(`problem.${problem.slug}`);
}

type Props = {
  problem: ApiProblem | null;
  /** Field paths (e.g. `body/name`) already shown next to their inputs. */
  placedFields?: readonly string[];
  title?: string;
};

export function ProblemAlert({ problem, placedFields = [], title }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const message = useProblemMessage();
  if (!problem) return null;
  const placed = (path: string) => placedFields.some((f) => path === `body/${f}` || path.startsWith(`body/${f}/`));
  const unplaced = problem.errors.filter((e) => !placed(e.path));
  return (
    <Alert color="red.9" variant="outline" title={title ?? t('common.errorTitle')} role="alert" mb="md">
      <Text size="sm">{message(problem)}</Text>
      {locale === 'en' && unplaced.length > 0 ? (
        <List size="sm" mt="xs">
          {unplaced.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              <code>{e.path}</code>: {e.message}
            </List.Item>
          ))}
        </List>
      ) : null}
      {problem.requestId && problem.status >= 500 ? (
        <Text size="xs" mt="xs">
          {t('common.requestId', { id: problem.requestId })}
        </Text>
      ) : null}
    </Alert>
  );
}

/** The error text for one field: the server's message in English, a translated one otherwise. */
export function useFieldError(problem: ApiProblem | null): (field: string) => string | undefined {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (field) => {
    const issues = problem?.issuesFor(field) ?? [];
    if (issues.length === 0) return undefined;
    return locale === 'en' ? issues.map((i) => i.message).join('; ') : t('form.fieldInvalid');
  };
}
