// A refusal of the node on the working group's pages, in the reader's language. The meeting pages choose their words
// in meeting-problems.ts, the readout and commitment pages in readout-problems.ts; these hooks turn either choice into
// text, for the shared ProblemAlert (`message`, `issueText`) and for the field errors of a form, said the same way.
import { useTranslation } from 'react-i18next';
import type { ApiProblem, FieldIssue } from '../../app/api/problem';
import type { Locale } from '../../app/api/types';
import { useUiLocale } from '../../app/locale';
import { issueWords, problemKey, type IssueWords, type ProblemKey } from './meeting-problems';
import { wgIssueWords, wgProblemKey, type WgIssueWords, type WgProblemKey } from './readout-problems';

/** How a page chooses the catalog key of a problem's message and the words of one field issue. */
export type PageWords = {
  problemKey: (problem: Pick<ApiProblem, 'rawSlug' | 'slug'>) => ProblemKey['key'] | WgProblemKey;
  issueWords: (issue: FieldIssue, locale: Locale) => IssueWords | WgIssueWords;
};

export const MEETING_WORDS: PageWords = { problemKey: (problem) => problemKey(problem).key, issueWords };
export const WG_WORDS: PageWords = { problemKey: wgProblemKey, issueWords: wgIssueWords };

export function useProblemTextWith(words: PageWords): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  return (problem) => t(words.problemKey(problem));
}

export function useIssueTextWith(words: PageWords): (issue: FieldIssue) => string {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (issue) => {
    const said = words.issueWords(issue, locale);
    if (said.kind === 'server') return said.text;
    if (said.kind === 'generic') return t('form.fieldInvalid');
    return t(said.key, said.params);
  };
}

/** The error text for one field (a path below `body/`), in the reader's language. */
export function useFieldErrorWith(words: PageWords, problem: ApiProblem | null): (field: string) => string | undefined {
  const text = useIssueTextWith(words);
  const locale = useUiLocale();
  return (field) => {
    const issues = problem?.issuesFor(field) ?? [];
    if (issues.length === 0) return undefined;
    return [...new Set(issues.map(text))].join(locale === 'en' ? '; ' : '；');
  };
}

/** The `message` and `issueText` a ProblemAlert takes to say a problem in these words. */
export function useAlertWordsWith(words: PageWords): { message: (problem: ApiProblem) => string; issueText: (issue: FieldIssue) => string } {
  return { message: useProblemTextWith(words), issueText: useIssueTextWith(words) };
}
