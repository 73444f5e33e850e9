// Shows a server problem in the UI language: the translated slug message, and the field issues the form could not
// place next to a field — the server's own English in English, the issue code's catalog message otherwise. Server
// English never reaches the Chinese UI. A page whose server speaks slugs and codes the shared catalogs do not know
// passes its own `message` and `issueText` (the working group's pages do, see features/meetings/problem-words.ts).
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
  /** Issues the form placed itself (e.g. rows it numbers differently from the server). */
  isPlaced?: (issue: FieldIssue) => boolean;
  title?: string;
  /** The problem's message; the translated slug message unless a page says its own problems. */
  message?: (problem: ApiProblem) => string;
  /** One issue's text; `useIssueText` unless a page says its own issue codes. */
  issueText?: (issue: FieldIssue) => string;
};

export function ProblemAlert({ problem, placedFields = [], isPlaced, title, message, issueText }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const slugMessage = useProblemMessage();
  const sharedIssueText = useIssueText();
  if (!problem) return null;
  const inPlacedField = (path: string) => placedFields.some((f) => path === `body/${f}` || path.startsWith(`body/${f}/`));
  const unplaced = problem.errors.filter((e) => isPlaced?.(e) !== true && !inPlacedField(e.path));
  const sayIssue = issueText ?? sharedIssueText;
  return (
    <Alert color="red.9" variant="outline" title={title ?? t('common.errorTitle')} role="alert" mb="md">
      <Text size="sm">{(message ?? slugMessage)(problem)}</Text>
      {unplaced.length > 0 ? (
        <List size="sm" mt="xs" lang={locale}>
          {unplaced.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              <code>{e.path}</code>: {sayIssue(e)}
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
