// A readable copy of a clearance (the `document` beside the signature in a downloaded bundle, or sent to the verify
// endpoint) must say exactly what was signed: a copy edited to read "objected", or 5,000 kg where 500 kg was
// cleared, must fail verification and say where it differs. Paths are JSON pointers without the leading slash.
export type Difference = { path: string; signed: string | null; readable: string | null };

const MAX_DIFFERENCES = 50;
const MAX_VALUE = 200;

const shown = (v: unknown): string | null => {
  if (v === undefined) return null;
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(signed: unknown, readable: unknown, path: string, out: Difference[]): void {
  if (out.length >= MAX_DIFFERENCES) return;
  const at = (key: string | number) => (path ? `${path}/${key}` : String(key));
  if (isObject(signed) && isObject(readable)) {
    const keys = [...new Set([...Object.keys(signed), ...Object.keys(readable)])].sort();
    for (const k of keys) walk(signed[k], readable[k], at(k), out);
    return;
  }
  if (Array.isArray(signed) && Array.isArray(readable)) {
    for (let i = 0; i < Math.max(signed.length, readable.length); i += 1) walk(signed[i], readable[i], at(i), out);
    return;
  }
  if (JSON.stringify(signed) !== JSON.stringify(readable)) out.push({ path: path || '(whole document)', signed: shown(signed), readable: shown(readable) });
}

/** Where the readable copy says something other than the signed document (at most 50 places), or nothing. */
export function differences(signed: unknown, readable: unknown): Difference[] {
  const out: Difference[] = [];
  walk(signed, readable, '', out);
  return out;
}

export const differenceText = (d: Difference): string => `${d.path}: signed ${d.signed ?? '(absent)'}, readable copy ${d.readable ?? '(absent)'}`;
