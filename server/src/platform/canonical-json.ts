// Deterministic JSON (sorted keys, no whitespace) so a digest computed now matches one computed on re-read.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** Round-trips through JSON so dates become strings exactly as jsonb will store them. */
export function toPlainJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}
