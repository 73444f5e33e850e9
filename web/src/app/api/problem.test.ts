// Problems from the server: issues keep their code and numbers (what the UI translates), and junk is dropped.
import { describe, expect, it } from 'vitest';
import { ApiProblem, isValidationCode, PROBLEM_BASE } from './problem';

describe('ApiProblem.fromResponse', () => {
  it('keeps each issue with its code and numeric or text params, and drops malformed issues and params', () => {
    const problem = ApiProblem.fromResponse(400, {
      type: `${PROBLEM_BASE}validation`,
      detail: '3 problem(s) in the body',
      errors: [
        { path: 'body/name', message: 'must be at most 5 characters', code: 'too_big.string', params: { maximum: 5, note: { nested: true } } },
        { path: 'body/kind', message: 'Invalid option', code: 7 },
        { path: 42, message: 'no path' },
      ],
    });
    expect(problem.slug).toBe('validation');
    expect(problem.errors).toEqual([
      { path: 'body/name', message: 'must be at most 5 characters', code: 'too_big.string', params: { maximum: 5 } },
      { path: 'body/kind', message: 'Invalid option' },
    ]);
    expect(problem.issuesFor('name')).toHaveLength(1);
  });

  it('knows only the codes the catalogs say', () => {
    expect(isValidationCode('too_big.string')).toBe(true);
    expect(isValidationCode('something-new')).toBe(false);
    expect(isValidationCode(undefined)).toBe(false);
  });
});
