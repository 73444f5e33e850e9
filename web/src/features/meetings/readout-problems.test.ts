import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../app/api/problem';
import { groupIssues, issueField, wgIssueWords, wgProblemKey } from './readout-problems';

describe('the readout problems', () => {
  it("says the working group's slugs from its own catalog and any other the shared way", () => {
    expect(wgProblemKey(new ApiProblem({ status: 422, rawSlug: 'readout-names-person', detail: '' }))).toBe('readouts.problem.readout-names-person');
    expect(wgProblemKey(new ApiProblem({ status: 409, rawSlug: 'readout-joint-not-cleared', detail: '' }))).toBe('readouts.problem.readout-joint-not-cleared');
    expect(wgProblemKey(new ApiProblem({ status: 403, rawSlug: 'role-required', detail: '' }))).toBe('problem.role-required');
    expect(wgProblemKey(new ApiProblem({ status: 409, rawSlug: 'something-new', detail: '' }))).toBe('problem.conflict');
  });

  it("says an issue in the node's words in English, and by its code in Chinese", () => {
    const issue = { path: 'readout/body', message: 'names Wang Wei, who is not a principal of the meeting', code: 'readout-names-person', params: { name: 'Wang Wei' } };
    expect(wgIssueWords(issue, 'en')).toEqual({ kind: 'server', text: issue.message });
    expect(wgIssueWords(issue, 'zh-CN')).toEqual({ kind: 'own', key: 'readouts.issue.readout-names-person', params: { name: 'Wang Wei' } });
    expect(wgIssueWords({ path: 'body/agencyId', message: 'x', code: 'unknown-agency' }, 'zh-CN')).toMatchObject({ kind: 'shared', key: 'validation.unknown-agency' });
    expect(wgIssueWords({ path: 'body/x', message: 'x', code: 'never-heard-of' }, 'zh-CN')).toEqual({ kind: 'generic' });
  });

  it('puts each clearance problem under the field it concerns, in the order of the page', () => {
    expect(issueField('readout/translation/body')).toEqual({ field: 'translation', party: null });
    expect(issueField('readout/links/incidents/0')).toEqual({ field: 'links', party: null });
    expect(issueField('body/title')).toEqual({ field: 'title', party: null });
    expect(issueField('partners/CN/body')).toEqual({ field: 'partner', party: 'CN' });
    const groups = groupIssues([
      { path: 'readout/translation', message: 'stale' },
      { path: 'partners/CN/title', message: 'cn' },
      { path: 'readout/body', message: 'names' },
      { path: 'readout/links/cases/0', message: 'red' },
      { path: 'readout/body', message: 'quotes' },
    ]);
    expect(groups.map((g) => [g.field, g.party, g.issues.length])).toEqual([['body', null, 2], ['translation', null, 1], ['links', null, 1], ['partner', 'CN', 1]]);
  });
});
