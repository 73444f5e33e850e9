// A refusal of the node on the readout and commitment pages, in the reader's language (readout-problems.ts chooses
// the words): the problem's message and the field issues the form could not place next to a field. Forms say their
// field errors through useWgFieldError, the same way.
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiProblem, FieldIssue } from '../../app/api/problem';
import { useUiLocale } from '../../app/locale';
import { wgIssueWords, wgProblemKey } from './readout-problems';

export function useWgIssueText(): (issue: FieldIssue) => string {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (issue) => {
    const words = wgIssueWords(issue, locale);
    if (words.kind === 'server') return words.text;
    if (words.kind === 'generic') return t('form.fieldInvalid');
    return t(words.key, words.params);
  };
}

/** The error text for one field (a path below `body/`), in the reader's language. */
export function useWgFieldError(problem: ApiProblem | null): (field: string) => string | undefined {
  const text = useWgIssueText();
  const locale = useUiLocale();
  return (field) => {
    const issues = problem?.issuesFor(field) ?? [];
    if (issues.length === 0) return undefined;
    return [...new Set(issues.map(text))].join(locale === 'en' ? '; ' : '；');
  };
}

export function useWgProblemText(): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  return (problem) => t(wgProblemKey(problem));
}

type Props = {
  problem: ApiProblem | null;
  /** Field paths (e.g. `title`, `evidence`) already shown next to their inputs. */
  placedFields?: readonly string[];
  /** Issues the page shows itself, beside the texts they concern. */
  isPlaced?: (issue: FieldIssue) => boolean;
};

export function WgProblemAlert({ problem, placedFields = [], isPlaced }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const text = useWgIssueText();
  const message = useWgProblemText();
  if (!problem) return null;
  const placed = (e: FieldIssue) => isPlaced?.(e) === true || placedFields.some((f) => e.path === `body/${f}` || e.path.startsWith(`body/${f}/`));
  const unplaced = problem.errors.filter((e) => !placed(e));
  return (
    <Alert color="red.9" variant="outline" title={t('common.errorTitle')} role="alert" mb="md">
      <Text size="sm">{message(problem)}</Text>
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
