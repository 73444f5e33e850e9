// Writes carry an Idempotency-Key, and a write whose connection failed before any answer is sent once more with the
// same key: the node answers the retry with the first answer if the first attempt did arrive, so a dropped
// connection never creates a record twice and never leaves the officer guessing.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const RETRY_AFTER_MS = 800;

/** 32 hex characters; `crypto.getRandomValues` works on a plain-HTTP node too, where `randomUUID` does not exist. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

type Fetch = (request: Request) => Promise<Response>;

export function retryingFetch(fetchOnce: Fetch = (r) => fetch(r), waitMs = RETRY_AFTER_MS): Fetch {
  return async (request) => {
    if (SAFE_METHODS.has(request.method.toUpperCase())) return fetchOnce(request);
    if (!request.headers.has('idempotency-key')) request.headers.set('idempotency-key', newIdempotencyKey());
    const spare = request.clone();
    try {
      return await fetchOnce(request);
    } catch {
      // A network failure (no answer at all): an HTTP error answer is never retried here.
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      return fetchOnce(spare);
    }
  };
}
