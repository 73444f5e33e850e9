// A refusal of the node on the meeting pages, in the reader's language (meeting-problems.ts chooses the words):
// the problem's message, and the field issues the form could not place next to a field. The field errors of a
// form go through useMeetingFieldError, which says them the same way.
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiProblem, FieldIssue } from '../../app/api/problem';
import { useUiLocale } from '../../app/locale';
import { issueWords, problemKey } from './meeting-problems';

export function useMeetingIssueText(): (issue: FieldIssue) => string {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (issue) => {
    const words = issueWords(issue, locale);
    if (words.kind === 'server') return words.text;
    if (words.kind === 'generic') return t('form.fieldInvalid');
    return t(words.key, words.params);
  };
}

/** The error text for one field (a path below `body/`), in the reader's language. */
export function useMeetingFieldError(problem: ApiProblem | null): (field: string) => string | undefined {
  const text = useMeetingIssueText();
  const locale = useUiLocale();
  return (field) => {
    const issues = problem?.issuesFor(field) ?? [];
    if (issues.length === 0) return undefined;
    return [...new Set(issues.map(text))].join(locale === 'en' ? '; ' : '；');
  };
}

type Props = {
  problem: ApiProblem | null;
  /** Field paths (e.g. `title`, `agenda`) already shown next to their inputs. */
  placedFields?: readonly string[];
  /** Issues the form placed itself (it numbers rows differently from the node). */
  isPlaced?: (issue: FieldIssue) => boolean;
};

export function MeetingProblemAlert({ problem, placedFields = [], isPlaced }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const text = useMeetingIssueText();
  if (!problem) return null;
  const placed = (e: FieldIssue) => isPlaced?.(e) === true || placedFields.some((f) => e.path === `body/${f}` || e.path.startsWith(`body/${f}/`));
  const unplaced = problem.errors.filter((e) => !placed(e));
  return (
    <Alert color="red.9" variant="outline" title={t('common.errorTitle')} role="alert" mb="md">
      <Text size="sm">{t(problemKey(problem).key)}</Text>
      {unplaced.length > 0 ? (
        <List size="sm" mt="xs" lang={locale}>
          {unplaced.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              <code>{e.path}</code>: {text(e)}
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
