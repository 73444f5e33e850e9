// One key per wizard: a create that is sent twice (a double click, a retry after a lost answer) makes one draft.

/** A random key the server accepts (8–100 of letters, digits, `.`, `_`, `:`, `-`). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; a node reached over plain HTTP by address still has getRandomValues.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
