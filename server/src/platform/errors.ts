// Typed errors; mapped to RFC 9457 problem+json in exactly one place (http/problem.ts).
/**
 * One problem with one field. `message` is English, for API users; `code` (with `params`) names the rule, so the UI
 * can say it in its reader's language (set for request validation; domain issues may add their own).
 */
export type FieldIssue = { path: string; message: string; code?: string; params?: Record<string, string | number> };

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    detail?: string,
    readonly errors: FieldIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

export class BadRequest extends AppError {
  constructor(detail: string, errors: FieldIssue[] = [], type = 'validation') {
    super(400, type, 'Invalid request', detail, errors);
  }
}

export class Unauthorized extends AppError {
  constructor(detail = 'sign in first', type = 'unauthenticated') {
    super(401, type, 'Not signed in', detail);
  }
}

export class Forbidden extends AppError {
  constructor(detail: string, type = 'forbidden') {
    super(403, type, 'Not allowed', detail);
  }
}

export class NotFound extends AppError {
  constructor(detail: string, type = 'not-found') {
    super(404, type, 'Not found', detail);
  }
}

export class Conflict extends AppError {
  constructor(detail: string, type = 'conflict') {
    super(409, type, 'Conflict', detail);
  }
}

export class Unprocessable extends AppError {
  constructor(detail: string, errors: FieldIssue[] = [], type = 'unprocessable') {
    super(422, type, 'Cannot process', detail, errors);
  }
}

export class TooManyRequests extends AppError {
  constructor(detail: string, retryAfterSeconds: number, type = 'rate-limited') {
    super(429, type, 'Too many requests', detail, [], { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) });
  }
}
