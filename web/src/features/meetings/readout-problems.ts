// What the node's refusals on the readout and commitment pages say in the reader's language. The shared catalogs
// (`problem.<slug>`, `validation.<code>`) do not know the working group's slugs and codes (a readout not cleared, a
// link that is not TLP:CLEAR, a person named who is not a principal, a due date before the meeting): a slug or code
// this file knows is said from `readouts.problem.*` / `readouts.issue.*`, any other the shared way; in English an
// issue is said in the node's own words (the most specific). A refused clearance or release names its problems by
// where they are (`readout/title`, `readout/translation/body`, `readout/links/incidents/0`, `partners/CN/body`):
// `issueField` sorts them under the field of the page they concern, so each is shown beside its text. Pure.
import { isValidationCode, type ApiProblem, type FieldIssue, type ValidationCode } from '../../app/api/problem';
import type { Locale } from '../../app/api/types';

export const WG_PROBLEMS = [
  'readout-handling',
  'readout-names-person',
  'readout-stale-translation',
  'readout-not-cleared',
  'readout-joint-not-cleared',
  'readout-withdrawn',
  'second-person-required',
  'meeting-withdrawn',
  'commitment-withdrawn',
  'version-conflict',
  'wrong-party',
] as const;
export type WgProblem = (typeof WG_PROBLEMS)[number];

export const WG_ISSUES = [
  'readout-handling',
  'readout-names-person',
  'readout-stale-translation',
  'unknown-meeting',
  'meeting-not-ours',
  'unknown-joint',
  'joint-text-exists',
  'joint-id-own',
  'no-other-party',
  'unknown-topic',
  'due-before-meeting',
  'unknown-incident',
  'unknown-case',
  'unknown-request',
  'link-third-party',
  'link-stricter',
  'link-kept-unfit',
  'meeting-not-clear',
] as const;
export type WgIssue = (typeof WG_ISSUES)[number];

const isWgProblem = (slug: string): slug is WgProblem => (WG_PROBLEMS as readonly string[]).includes(slug);
const isWgIssue = (code: string | undefined): code is WgIssue => (WG_ISSUES as readonly (string | undefined)[]).includes(code);

export type WgProblemKey = `readouts.problem.${WgProblem}` | `problem.${ApiProblem['slug']}`;

export function wgProblemKey(problem: Pick<ApiProblem, 'rawSlug' | 'slug'>): WgProblemKey {
  return isWgProblem(problem.rawSlug) ? `readouts.problem.${problem.rawSlug}` : `problem.${problem.slug}`;
}

export type WgIssueWords =
  | { kind: 'server'; text: string }
  | { kind: 'own'; key: `readouts.issue.${WgIssue}`; params: Record<string, string | number> }
  | { kind: 'shared'; key: `validation.${ValidationCode}`; params: Record<string, string | number> }
  | { kind: 'generic' };

export function wgIssueWords(issue: FieldIssue, locale: Locale): WgIssueWords {
  if (locale === 'en') return { kind: 'server', text: issue.message };
  const params = issue.params ?? {};
  if (isWgIssue(issue.code)) return { kind: 'own', key: `readouts.issue.${issue.code}`, params };
  if (isValidationCode(issue.code)) return { kind: 'shared', key: `validation.${issue.code}`, params };
  return { kind: 'generic' };
}

/** The parts of the readout page a clearance or release problem can concern. */
export const ISSUE_FIELDS = ['title', 'body', 'translation', 'links', 'partner', 'other'] as const;
export type IssueField = (typeof ISSUE_FIELDS)[number];

/** Where on the page an issue belongs, by its path (with or without the `body/` of an input check). */
export function issueField(path: string): { field: IssueField; party: string | null } {
  const parts = path.replace(/^body\//, '').split('/');
  if (parts[0] === 'partners') return { field: 'partner', party: parts[1] ?? null };
  const at = parts[0] === 'readout' ? parts.slice(1) : parts;
  const head = at[0] ?? '';
  if (head === 'title' || head === 'body' || head === 'translation' || head === 'links') return { field: head, party: null };
  return { field: 'other', party: null };
}

export type IssueGroup = { field: IssueField; party: string | null; issues: FieldIssue[] };

/** The issues grouped by field in the page's order (partners' by party), empty groups left out. */
export function groupIssues(issues: readonly FieldIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const { field, party } = issueField(issue.path);
    const key = `${field}:${party ?? ''}`;
    const group = groups.get(key) ?? { field, party, issues: [] };
    group.issues.push(issue);
    groups.set(key, group);
  }
  const rank = (g: IssueGroup) => ISSUE_FIELDS.indexOf(g.field);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || (a.party ?? '').localeCompare(b.party ?? ''));
}
