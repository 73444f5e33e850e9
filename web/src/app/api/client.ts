// The one API client: typed by the node's OpenAPI document (schema.d.ts), same-origin cookies, the CSRF header on
// every write, an Idempotency-Key and one retry on a dropped connection (retry.ts), and problem+json turned into
// a thrown ApiProblem.
import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem } from './problem';
import { retryingFetch } from './retry';
import type { paths } from './schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** Set from the login response or GET /session; cookie-authenticated writes must echo it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401 after sign-in (the session expired or was revoked). */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const csrfHeader: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !SAFE_METHODS.has(request.method.toUpperCase())) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', fetch: retryingFetch() });
api.use(csrfHeader);

type Outcome<D> = { data?: D; error?: unknown; response: Response };

async function settle<D>(pending: Promise<Outcome<D>>): Promise<Outcome<D>> {
  let outcome: Outcome<D>;
  try {
    outcome = await pending;
  } catch (cause) {
    throw ApiProblem.network(cause);
  }
  if (!outcome.response.ok) {
    const problem = ApiProblem.fromResponse(outcome.response.status, outcome.error);
    const isSessionCall = new URL(outcome.response.url, window.location.href).pathname === '/api/v1/session';
    if (problem.status === 401 && problem.slug === 'unauthenticated' && !isSessionCall) {
      for (const listener of unauthenticatedListeners) listener();
    }
    throw problem;
  }
  return outcome;
}

/** Awaits an openapi-fetch call and returns its body, or throws an ApiProblem. */
export async function call<D>(pending: Promise<Outcome<D>>): Promise<D> {
  return (await callWithResponse(pending)).data;
}

/** As `call`, with the response beside the body, for the headers that say something about it. */
export async function callWithResponse<D>(pending: Promise<Outcome<D>>): Promise<{ data: D; response: Response }> {
  const outcome = await settle(pending);
  if (outcome.data === undefined) throw new ApiProblem({ status: outcome.response.status, rawSlug: 'unknown', detail: 'empty body' });
  return { data: outcome.data, response: outcome.response };
}

/** Awaits an openapi-fetch call that answers 204 No Content; throws an ApiProblem on error. */
export async function callVoid(pending: Promise<Outcome<unknown>>): Promise<void> {
  await settle(pending);
}
