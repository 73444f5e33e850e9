// The problem+json answers of the OpenAPI document: one shared `Problem` schema (the body problem.ts sends) and one
// description per status, so every operation documents its 4xx the same way.
import { z } from 'zod';
import type { Problem } from './problem.js';

const FieldIssue = z.object({
  path: z.string().describe('where: `body/lines/0/casNumber`, `querystring/page`, `headers/idempotency-key`'),
  message: z.string().describe('in English, for API users'),
  code: z.string().optional().describe('the rule broken, for a client to say it in its reader’s language'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const ProblemBody = z.object({
  type: z.string().describe('a stable URI whose last segment names the problem, e.g. …/problems/validation'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().describe('the path the problem happened at, without the query'),
  requestId: z.string(),
  errors: z.array(FieldIssue).optional().describe('every validation issue, not just the first'),
});

// The schema documents exactly what problem.ts sends: either changing alone fails the typecheck.
const sent: z.infer<typeof ProblemBody> = {} as Problem;
const documented: Problem = {} as z.infer<typeof ProblemBody>;
void [sent, documented];

/** RFC 9457 problem details, as JSON Schema for `components.schemas.Problem`. */
export const PROBLEM_SCHEMA: Record<string, unknown> = (() => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(ProblemBody, { target: 'draft-2020-12', io: 'output' });
  return { ...schema, description: 'RFC 9457 problem details (application/problem+json)' };
})();

const PROBLEMS = {
  400: 'Invalid request: `errors[]` lists every problem with the path, query, headers or body',
  401: 'Not signed in, or the session or API token is no longer valid',
  403: 'Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch',
  404: 'No such record, or none the caller may see',
  409: 'Conflicts with the current state, or the first request with this Idempotency-Key is still running',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Cannot process: a rule refuses it, or this Idempotency-Key was used for another request',
  429: 'Too many requests: try again after the seconds in Retry-After',
} as const;

export type ProblemStatus = keyof typeof PROBLEMS;

export const problemResponse = (status: ProblemStatus) => ({
  description: PROBLEMS[status],
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
