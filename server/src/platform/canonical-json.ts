// Deterministic JSON (sorted keys, no whitespace) so a digest computed now matches one computed on re-read.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Plain loops and string appends: this runs twice per envelope on each side of the exchange.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (v === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + canonicalJson(v);
  }
  return `${out}}`;
}

/** Round-trips through JSON so dates become strings exactly as jsonb will store them. */
export function toPlainJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}
