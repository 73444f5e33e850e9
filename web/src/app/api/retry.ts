// Writes carry an Idempotency-Key, and a write whose connection failed before any answer is sent once more with the
// same key: the node answers the retry with the first answer if the first attempt did arrive, so a dropped
// connection never creates a record twice and never leaves the officer guessing. While the first attempt is still
// being handled the node answers 409 with Retry-After; the client waits and asks again a few times.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const RETRY_AFTER_MS = 800;
const IN_USE_TRIES = 3;

/** 32 hex characters; `crypto.getRandomValues` works on a plain-HTTP node too, where `randomUUID` does not exist. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

type Fetch = (request: Request) => Promise<Response>;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A 409 with Retry-After is the node saying "the first attempt with this key is still running". */
const stillRunning = (res: Response): boolean => res.status === 409 && res.headers.has('retry-after');

export function retryingFetch(fetchOnce: Fetch = (r) => fetch(r), waitMs = RETRY_AFTER_MS): Fetch {
  return async (request) => {
    if (SAFE_METHODS.has(request.method.toUpperCase())) return fetchOnce(request);
    if (!request.headers.has('idempotency-key')) request.headers.set('idempotency-key', newIdempotencyKey());
    const spare = request.clone();
    let res: Response;
    try {
      res = await fetchOnce(request);
    } catch {
      // A network failure (no answer at all): an HTTP error answer is never retried here.
      await wait(waitMs);
      res = await fetchOnce(spare.clone());
    }
    for (let tries = 0; tries < IN_USE_TRIES && stillRunning(res); tries += 1) {
      await wait(Math.min(5, Number(res.headers.get('retry-after')) || 1) * waitMs);
      res = await fetchOnce(spare.clone());
    }
    return res;
  };
}
