// Server errors arrive as RFC 9457 problem+json with a stable `type` slug; the UI translates the slug and never
// shows the server's English `detail` to a reader of another language.
export const PROBLEM_BASE = 'https://counterpart.dev/problems/';

/** Every slug the UI has a translated message for (catalog key `problem.<slug>`). */
export const PROBLEM_SLUGS = [
  'validation',
  'malformed-json',
  'body-too-large',
  'unsupported-media-type',
  'bad-content-length',
  'bad-request',
  'bad-url',
  'path-too-long',
  'headers-too-large',
  'request-timeout',
  'unauthenticated',
  'invalid-credentials',
  'mfa-required',
  'invalid-second-factor',
  'account-locked',
  'rate-limited',
  'forbidden',
  'role-required',
  'mfa-enrolment-required',
  'csrf',
  'not-found',
  'conflict',
  'stale-version',
  'duplicate',
  'unknown-party',
  'already-bootstrapped',
  'contact-inactive',
  'totp-not-started',
  'mfa-required-by-policy',
  'self-lockout',
  'foreign-agency',
  'foreign-agency-acronym',
  'third-party-rule',
  'peer-exists',
  'peer-key-exists',
  'unknown-sender',
  'peer-disabled',
  'bad-signature',
  'wrong-recipient',
  'unsupported-envelope',
  'chain-broken',
  'chain-conflict',
  'stale-request',
  'replayed-request',
  'manifest-type',
  'manifest-unreadable',
  'manifest-empty',
  'manifest-columns',
  'manifest-encoding',
  'not-finished',
  'foreign-jurisdiction',
  'duplicate-substance',
  'no-national-lists',
  'already-replaced',
  'no-structure',
  'idempotency-key-reused',
  'idempotency-key-in-use',
  'idempotency-outcome-unknown',
  'review-required',
  'four-eyes',
  'supervisor-required',
  'review-not-needed',
  'already-reviewed',
  'not-exporting-agency',
  'awaiting-signature',
  'nothing-to-sign',
  'second-person',
  'line-unidentified',
  'not-a-draft',
  'not-sent',
  'notification-withdrawn',
  'reply-not-allowed',
  'wrong-party',
  'info-not-requested',
  'decision-not-allowed',
  'already-shipped',
  'no-clearance',
  'not-a-clearance',
  'attachment-type-unsupported',
  'attachment-type-mismatch',
  'too-many-attachments',
  'attachments-closed',
  'import-columns',
  'import-empty',
  'import-too-large',
  'import-unreadable',
  'translation-stale',
  'translation-unavailable',
  'translation-restricted',
  'translation-not-allowed',
  'version-conflict',
  'not-reporting-agency',
  'incident-withdrawn',
  'follow-up-withdrawn',
  'stix-not-a-bundle',
  'stix-too-many-objects',
  'record-too-large',
  'unprocessable',
  'database-unavailable',
  'internal',
  'network',
  'unknown',
] as const;

export type ProblemSlug = (typeof PROBLEM_SLUGS)[number];

/**
 * Every validation code the UI says in the reader's language (catalog key `validation.<code>`); the server sends
 * them with request validation issues (server/src/platform/http/issue-codes.ts). Others get a generic message.
 */
export const VALIDATION_CODES = [
  'required',
  'empty',
  'too_small.string',
  'too_big.string',
  'too_small.number',
  'too_big.number',
  'too_small.array',
  'too_big.array',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'unrecognized_keys',
  'invalid_union',
  'custom',
  'positive-decimal',
  'single-line',
  'not-chinese',
  'control-characters',
  'nul-character',
  'lone-surrogate',
  'idempotency-key',
  'time-zone',
  'date-in-past',
  'public-key-format',
  'own-party',
  'unknown-party',
  'transit-party',
  'not-another-party',
  'hours-required',
  'in-future',
  'older-than-last-verification',
  'unknown-agency',
  'foreign-agency',
  'not-reporting-agency',
  'not-exporting-agency',
  'hs-digits',
  'smiles-unreadable',
  'end-before-start',
  'password-unchanged',
  'wrong-code',
  'unknown-field',
  'unsupported-language',
  'same-language',
  'unknown-phrase',
  'phrase-not-for-decision',
  'phrase-or-note',
  // Incidents (issue 15): filing checks, and the entity normaliser's reasons as `entity-<reason>`.
  'unknown-species',
  'unknown-trade-term',
  'unknown-notification',
  'notification-not-stopped',
  'date-in-future',
  'currency',
  'entity-empty',
  'entity-too-long',
  'entity-country-invalid',
  'entity-phone-needs-country',
  'entity-phone-invalid',
  'entity-email-invalid',
  'entity-website-invalid',
  'entity-uscc-invalid',
  'entity-address-needs-country',
  'entity-iban-invalid',
  'entity-account-invalid',
  'entity-payment-invalid',
  'entity-crypto-invalid',
  'entity-crypto-checksum',
  'entity-imo-invalid',
  'entity-container-invalid',
  'entity-tracking-invalid',
  'entity-licence-needs-country',
  // The STIX import of incidents: per-object problems, what it passed over, and why a bundle was refused whole.
  'foreign-reporter',
  'invalid-incident',
  'ignored-type',
  'unsupported-marking',
  'partial-entities',
  'ignored-entity',
  'missing-ref',
  'no-incidents',
  'not-an-object',
  'not-a-bundle',
  'empty-bundle',
  'invalid-object',
  'too-many-objects',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

export const isValidationCode = (value: string | undefined): value is ValidationCode => (VALIDATION_CODES as readonly (string | undefined)[]).includes(value);

/** `message` is the server's English; `code` and `params` let the UI say it in the reader's language. */
export type FieldIssue = { path: string; message: string; code?: string; params?: Record<string, string | number> };

function isSlug(value: string): value is ProblemSlug {
  return (PROBLEM_SLUGS as readonly string[]).includes(value);
}

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
    this.slug = isSlug(init.rawSlug) ? init.rawSlug : slugForStatus(init.status);
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
