// One rule for every string the API takes — path, query, JSON body (keys too) and the headers that carry values:
// no NUL character and no lone UTF-16 surrogate. PostgreSQL refuses both (22021, 22P02), so letting them through
// turns a typo or a probe into a 500 and a failed audit insert; refusing them at the edge names the field instead.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BadRequest, type FieldIssue } from '../errors.js';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Headers whose values reach the database or the audit log. */
const VALUE_HEADERS = ['idempotency-key'] as const;

const MAX_ISSUES = 20;

/** Text made storable where it must be kept rather than refused (what a refused caller claimed, for the audit log). */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}

function textIssue(text: string, path: string): FieldIssue | null {
  if (text.includes('\u0000')) return { path, message: 'must not contain a NUL character', code: 'nul-character' };
  if (LONE_SURROGATE.test(text)) return { path, message: 'must be valid Unicode text (a lone surrogate was sent)', code: 'lone-surrogate' };
  return null;
}

/** Every bad string in `value`, with its path (`body/lines/0/name`); object keys are checked as well. */
export function badTextIssues(value: unknown, path: string, out: FieldIssue[] = []): FieldIssue[] {
  if (out.length >= MAX_ISSUES) return out;
  if (typeof value === 'string') {
    const issue = textIssue(value, path);
    if (issue) out.push(issue);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => badTextIssues(v, `${path}/${i}`, out));
  } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      const keyIssue = textIssue(k, `${path}/${safeKey(k)}`);
      if (keyIssue) out.push({ ...keyIssue, message: `a field name ${keyIssue.message}` });
      badTextIssues(v, `${path}/${safeKey(k)}`, out);
    }
  }
  return out;
}

// A path names the field, so it must itself be safe to store and show.
const safeKey = (k: string): string => k.replaceAll('\u0000', '\\0').replace(/[\uD800-\uDFFF]/g, '\uFFFD').slice(0, 100);

export function checkRequestText(req: FastifyRequest): void {
  const issues: FieldIssue[] = [];
  badTextIssues(req.params, 'params', issues);
  badTextIssues(req.query, 'querystring', issues);
  badTextIssues(req.body, 'body', issues);
  for (const name of VALUE_HEADERS) badTextIssues(req.headers[name], `headers/${name}`, issues);
  if (issues.length) throw new BadRequest(`${issues.length} problem(s) in the text sent`, issues);
}

/** Runs after authentication (onRequest) and before schema validation, on every route. */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => checkRequestText(req));
}
