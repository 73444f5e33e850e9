// Shows a server problem in the UI language: the translated slug message, and the field issues the form could not
// place next to a field — the server's own English in English, the issue code's catalog message otherwise. Server
// English never reaches the Chinese UI.
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isValidationCode, type ApiProblem, type FieldIssue } from '../api/problem';
import { useUiLocale } from '../locale';

export function useProblemMessage(): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  return (problem) => t(`problem.${problem.slug}`);
}

/** One issue in the reader's language: in English the server's message (the most specific); otherwise its code's. */
export function useIssueText(): (issue: FieldIssue) => string {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (issue) => {
    if (locale === 'en') return issue.message;
    if (!isValidationCode(issue.code)) return t('form.fieldInvalid');
    return t(`validation.${issue.code}`, issue.params ?? {});
  };
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
  const issueText = useIssueText();
  if (!problem) return null;
  const placed = (path: string) => placedFields.some((f) => path === `body/${f}` || path.startsWith(`body/${f}/`));
  const unplaced = problem.errors.filter((e) => !placed(e.path));
  return (
    <Alert color="red.9" variant="outline" title={title ?? t('common.errorTitle')} role="alert" mb="md">
      <Text size="sm">{message(problem)}</Text>
      {unplaced.length > 0 ? (
        <List size="sm" mt="xs" lang={locale}>
          {unplaced.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              <code>{e.path}</code>: {issueText(e)}
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

/** The error text for one field, in the reader's language (see `useIssueText`). */
export function useFieldError(problem: ApiProblem | null): (field: string) => string | undefined {
  const issueText = useIssueText();
  const locale = useUiLocale();
  return (field) => {
    const issues = problem?.issuesFor(field) ?? [];
    if (issues.length === 0) return undefined;
    return [...new Set(issues.map(issueText))].join(locale === 'en' ? '; ' : '；');
  };
}
