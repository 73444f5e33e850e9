// What one problem of an import report says in the reader's language. The node gives each a code (and the numbers
// its message needs) from IMPORT_PROBLEM_CODES (server/src/platform/import/problem-codes.ts), said here by the
// `validation.<code>` catalog entry request validation uses too. In English the node's own message is said: it is
// the most specific (it names the species or party). A refusal of the whole record (`record-too-large`) has the
// problem type as its code and is said by `problem.<type>`. A code this UI does not know is said in the node's
// English (with lang="en"), rather than hidden.
import type { TFunction } from 'i18next';
import { isProblemSlug, isValidationCode } from './api/problem';
import type { Locale } from './api/types';

export type ImportProblemLike = { message: string; code?: string; params?: Record<string, string | number> };

/** The problem's text, and the language it is in (for the element's `lang`). */
export function importProblemText(t: TFunction, locale: Locale, problem: ImportProblemLike): { text: string; lang: Locale } {
  if (locale === 'en') return { text: problem.message, lang: 'en' };
  if (isValidationCode(problem.code)) return { text: t(`validation.${problem.code}`, problem.params ?? {}), lang: locale };
  if (isProblemSlug(problem.code)) return { text: t(`problem.${problem.code}`), lang: locale };
  return { text: problem.message, lang: 'en' };
}
