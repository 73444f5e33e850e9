// What a refusal of the node says in the reader's language on the meeting pages. The shared catalogs
// (`problem.<slug>`, `validation.<code>`) do not know the working group's slugs and codes yet (a withdrawn meeting,
// an unknown topic, a note on an item no longer on the agenda): without this a Chinese reader would be told only
// "something is wrong". A slug or code the meetings catalog knows is said from `meetings.problem.*` /
// `meetings.issue.*`; any other goes the shared way. In English the node's own message of an issue is said (it is
// the most specific).
import type { ApiProblem, FieldIssue, ValidationCode } from '../../app/api/problem';
import { isValidationCode } from '../../app/api/problem';
import type { Locale } from '../../app/api/types';

/** Problem types of the working group the meeting pages say in their own words. */
export const MEETING_PROBLEMS = ['meeting-withdrawn', 'version-conflict', 'wrong-party'] as const;
export type MeetingProblem = (typeof MEETING_PROBLEMS)[number];

/** Field issue codes of meetings and their parts that the shared catalog does not say. */
export const MEETING_ISSUES = [
  'unknown-topic',
  'duplicate-agenda-item',
  'handling-not-readable',
  'unknown-agenda-item',
  'duplicate-note',
  'duplicate-decision',
  'unknown-user',
  'unknown-notification',
  'unknown-request',
] as const;
export type MeetingIssue = (typeof MEETING_ISSUES)[number];

const isMeetingProblem = (slug: string): slug is MeetingProblem => (MEETING_PROBLEMS as readonly string[]).includes(slug);
const isMeetingIssue = (code: string | undefined): code is MeetingIssue => (MEETING_ISSUES as readonly (string | undefined)[]).includes(code);

/** The catalog key of a problem's message: the meeting's own for its slugs, the shared one otherwise. */
export type ProblemKey = { key: `meetings.problem.${MeetingProblem}` } | { key: `problem.${ApiProblem['slug']}` };

export function problemKey(problem: Pick<ApiProblem, 'rawSlug' | 'slug'>): ProblemKey {
  return isMeetingProblem(problem.rawSlug) ? { key: `meetings.problem.${problem.rawSlug}` } : { key: `problem.${problem.slug}` };
}

/** How an issue is said: the node's words (English), a catalog key with its parameters, or the generic message. */
export type IssueWords =
  | { kind: 'server'; text: string }
  | { kind: 'meeting'; key: `meetings.issue.${MeetingIssue}`; params: Record<string, string | number> }
  | { kind: 'shared'; key: `validation.${ValidationCode}`; params: Record<string, string | number> }
  | { kind: 'generic' };

export function issueWords(issue: FieldIssue, locale: Locale): IssueWords {
  if (locale === 'en') return { kind: 'server', text: issue.message };
  const params = issue.params ?? {};
  if (isMeetingIssue(issue.code)) return { kind: 'meeting', key: `meetings.issue.${issue.code}`, params };
  if (isValidationCode(issue.code)) return { kind: 'shared', key: `validation.${issue.code}`, params };
  return { kind: 'generic' };
}
