import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../app/api/problem';
import en from '../../app/i18n/en.json';
import zhCN from '../../app/i18n/zh-CN.json';
import { issueWords, MEETING_ISSUES, MEETING_PROBLEMS, problemKey } from './meeting-problems';

const problem = (status: number, type: string) => ApiProblem.fromResponse(status, { type: `https://counterpart.dev/problems/${type}`, detail: 'English detail' });

describe('refusals on the meeting pages', () => {
  it("says the working group's slugs in the meetings catalog, and any other slug the shared way", () => {
    expect(problemKey(problem(409, 'meeting-withdrawn'))).toEqual({ key: 'meetings.problem.meeting-withdrawn' });
    expect(problemKey(problem(403, 'wrong-party'))).toEqual({ key: 'meetings.problem.wrong-party' });
    expect(problemKey(problem(404, 'not-found'))).toEqual({ key: 'problem.not-found' });
    // A slug nobody knows falls back on its status, as everywhere.
    expect(problemKey(problem(409, 'readout-not-cleared-yet'))).toEqual({ key: 'problem.conflict' });
  });

  it("gives the node's own English in English, and never server English in Chinese", () => {
    const issue = { path: 'body/agenda/0/topic', message: 'bogus is not a topic', code: 'unknown-topic', params: { topic: 'bogus' } };
    expect(issueWords(issue, 'en')).toEqual({ kind: 'server', text: 'bogus is not a topic' });
    expect(issueWords(issue, 'zh-CN')).toEqual({ kind: 'meeting', key: 'meetings.issue.unknown-topic', params: { topic: 'bogus' } });
    expect(issueWords({ ...issue, code: 'own-party', params: { party: 'US' } }, 'zh-CN')).toEqual({ kind: 'shared', key: 'validation.own-party', params: { party: 'US' } });
    expect(issueWords({ ...issue, code: 'never-heard-of' }, 'zh-CN')).toEqual({ kind: 'generic' });
    expect(issueWords({ path: 'body', message: 'x' }, 'zh-CN')).toEqual({ kind: 'generic' });
  });

  it('has words for each of its slugs and codes in both catalogs', () => {
    const catalogs = [en, zhCN] as const;
    for (const catalog of catalogs) {
      const words = catalog.meetings as { problem: Record<string, string>; issue: Record<string, string> };
      expect(MEETING_PROBLEMS.filter((s) => !words.problem[s])).toEqual([]);
      expect(MEETING_ISSUES.filter((c) => !words.issue[c])).toEqual([]);
    }
  });
});
