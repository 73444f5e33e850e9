// Server errors arrive as RFC 9457 problem+json with a stable `type` slug; the UI translates the slug and never
// shows the server's English `detail` to a reader of another language.
import { isProblemSlug, type ProblemSlug } from './problem-codes';

export const PROBLEM_BASE = 'https://counterpart.dev/problems/';

export { isProblemSlug, isValidationCode, PROBLEM_SLUGS, VALIDATION_CODES, type ProblemSlug, type ValidationCode } from './problem-codes';

/** `message` is the server's English; `code` and `params` let the UI say it in the reader's language. */
export type FieldIssue = { path: string; message: string; code?: string; params?: Record<string, string | number> };


/** A slug this UI does not know yet still gets a message that fits its HTTP status. */
function slugForStatus(status: number): ProblemSlug {
  if (status >= 500) return 'internal';
  const byStatus: Record<number, ProblemSlug> = {
    400: 'bad-request',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not-found',
    409: 'conflict',
    413: 'body-too-large',
    415: 'unsupported-media-type',
    422: 'unprocessable',
    429: 'rate-limited',
  };
  return byStatus[status] ?? 'unknown';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readParams(value: unknown): Record<string, string | number> | undefined {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
}

function readIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): FieldIssue[] => {
    if (!isRecord(item) || typeof item.path !== 'string' || typeof item.message !== 'string') return [];
    const params = readParams(item.params);
    return [{ path: item.path, message: item.message, ...(typeof item.code === 'string' ? { code: item.code } : {}), ...(params ? { params } : {}) }];
  });
}

export class ApiProblem extends Error {
  readonly status: number;
  /** The slug as the server sent it (may be one the UI does not know). */
  readonly rawSlug: string;
  /** The slug the UI translates: `rawSlug` when known, else a fallback by status. */
  readonly slug: ProblemSlug;
  readonly detail: string;
  readonly errors: FieldIssue[];
  readonly requestId: string | null;

  constructor(init: { status: number; rawSlug: string; detail: string; errors?: FieldIssue[]; requestId?: string | null }) {
    super(init.detail || init.rawSlug);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.rawSlug = init.rawSlug;
    this.slug = isProblemSlug(init.rawSlug) ? init.rawSlug : slugForStatus(init.status);
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId ?? null;
  }

  /** Builds a problem from whatever an error response carried (problem+json, or not). */
  static fromResponse(status: number, body: unknown): ApiProblem {
    if (isRecord(body) && typeof body.type === 'string') {
      const rawSlug = body.type.startsWith(PROBLEM_BASE) ? body.type.slice(PROBLEM_BASE.length) : body.type;
      return new ApiProblem({
        status,
        rawSlug,
        detail: typeof body.detail === 'string' ? body.detail : '',
        errors: readIssues(body.errors),
        requestId: typeof body.requestId === 'string' ? body.requestId : null,
      });
    }
    return new ApiProblem({ status, rawSlug: slugForStatus(status), detail: '' });
  }

  static network(cause: unknown): ApiProblem {
    const problem = new ApiProblem({ status: 0, rawSlug: 'network', detail: cause instanceof Error ? cause.message : '' });
    return problem;
  }

  /** Issues whose path is `body/<field>` or below it (e.g. `body/hours/start` for field `hours`). */
  issuesFor(field: string): FieldIssue[] {
    const path = `body/${field}`;
    return this.errors.filter((e) => e.path === path || e.path.startsWith(`${path}/`));
  }
}

export function isApiProblem(value: unknown): value is ApiProblem {
  return value instanceof ApiProblem;
}

/** Anything thrown in a data call, as an ApiProblem. */
export function toProblem(error: unknown): ApiProblem {
  return isApiProblem(error) ? error : ApiProblem.network(error);
}
