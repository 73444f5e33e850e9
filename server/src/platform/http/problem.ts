// The one place errors become HTTP: RFC 9457 application/problem+json with a stable `type` slug and every
// validation issue listed. Unknown errors are a 500 whose detail names only the request id.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldIssue } from '../errors.js';
import { databaseUnavailable } from './db-errors.js';
import { issueCode } from './issue-codes.js';

export const PROBLEM_BASE = 'https://counterpart.dev/problems/';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldIssue[];
};

/** The path the problem happened at, without the query (it may carry search text or tokens), cut short, with
 * everything a URI path may not hold percent-encoded: a problem never echoes markup a hostile caller put in the URL. */
export function instanceOf(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path.replace(/[^A-Za-z0-9\-._~/%!$&'()*+,;=:@]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).slice(0, 200);
}

export function sendProblem(reply: FastifyReply, req: FastifyRequest, err: AppError): FastifyReply {
  const body: Problem = {
    type: `${PROBLEM_BASE}${err.type}`,
    title: err.title,
    status: err.status,
    detail: err.message,
    instance: instanceOf(req.url),
    requestId: req.id,
    ...(err.errors.length ? { errors: err.errors } : {}),
  };
  for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
  return reply.status(err.status).type('application/problem+json; charset=utf-8').send(body);
}

/** Fastify's own client errors (bad JSON, too large, wrong media type) keep their status under a stable slug. */
const FASTIFY_CODES: Record<string, { type: string; title: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { type: 'malformed-json', title: 'Malformed JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { type: 'malformed-json', title: 'Malformed JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { type: 'body-too-large', title: 'Request body too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { type: 'unsupported-media-type', title: 'Unsupported media type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { type: 'bad-content-length', title: 'Invalid content length' },
};

export function toAppError(error: FastifyError | Error): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const issues = error.validation.map((v) => ({ path: `${where}${v.instancePath}`.replace(/\/$/, ''), message: v.message ?? 'invalid', ...issueCode(v) }));
    return new AppError(400, 'validation', 'Invalid request', `${issues.length} problem(s) in the ${where}`, issues);
  }
  if (isResponseSerializationError(error)) return null;
  const away = databaseUnavailable(error);
  if (away) return away;
  const fe = error as FastifyError;
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known && fe.statusCode) return new AppError(fe.statusCode, known.type, known.title, fe.message);
  if (fe.statusCode === 429) return new AppError(429, 'rate-limited', 'Too many requests', fe.message);
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(fe.statusCode, 'bad-request', 'Bad request', fe.message);
  }
  return null;
}

/** What an unexpected error may put in the log: a failed query's message carries its parameters (hashes,
 * tokens, personal data), so only the database's own code, constraint and message are kept. */
export function loggable(error: Error): Record<string, unknown> {
  const cause = (error as { cause?: { code?: string; constraint?: string; message?: string } }).cause;
  if (error.message.startsWith('Failed query')) return { type: 'DatabaseError', code: cause?.code, constraint: cause?.constraint, message: cause?.message, stack: error.stack?.split('\n').filter((l) => l.startsWith('    at ')).join('\n') };
  return { err: error };
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const found = toAppError(error);
    // A 413 names the limit, so the sender knows how far to cut the file.
    const limit = req.routeOptions.bodyLimit ?? 0;
    const known = found?.type === 'body-too-large' ? new AppError(413, found.type, found.title, `the request body is larger than this endpoint's limit of ${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MiB` : `${limit} bytes`}`) : found;
    if (known) {
      // The database being away is an outage, not a bug: one line each, without a stack.
      if (known.type === 'database-unavailable') req.log.warn({ code: (error as { code?: string }).code }, 'database unavailable');
      else if (known.status >= 500) req.log.error(loggable(error), 'request failed');
      return sendProblem(reply, req, known);
    }
    req.log.error(loggable(error), 'unexpected error');
    return sendProblem(reply, req, new AppError(500, 'internal', 'Internal error', `something went wrong; quote request id ${req.id} to your administrator`));
  });
}

type Fallback = (req: FastifyRequest, reply: FastifyReply) => FastifyReply | null;

/** Unknown paths are problem+json 404s; `fallback` may answer first (the web app's client-side routes). */
export function registerNotFound(app: FastifyInstance, fallback?: Fallback): void {
  app.setNotFoundHandler((req, reply) => {
    const answered = fallback?.(req, reply);
    if (answered) return answered;
    return sendProblem(reply, req, new AppError(404, 'not-found', 'Not found', `no route ${req.method} ${instanceOf(req.url)}`));
  });
}
