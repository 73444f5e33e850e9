// Identifiers an exporter declares: CAS Registry Numbers, HS codes, InChIKeys. Pure functions, no chemistry.
// A CAS number's last digit checks the others (CAS: "Check Digit Verification of CAS Registry Numbers"):
// the digits before it, weighted 1, 2, 3… from the right, summed, modulo 10.

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: IdentifierProblem };
export type IdentifierProblem = 'cas-format' | 'cas-check-digit' | 'hs-format' | 'inchikey-format';

const CAS_SHAPE = /^(\d{2,7})-(\d{2})-(\d)$/;

/** Full-width digits and dashes (common in Chinese documents) become ASCII; spaces go. */
function asciiDigits(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
    .replace(/\s+/g, '');
}

export function casCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i + 1);
  return sum % 10;
}

/** "50-00-0", " 50 - 00 - 0 ", "０５０-００-０" or the bare digits "50000" become "50-00-0"; a wrong check digit is refused. */
export function parseCas(raw: string): Parsed<string> {
  // Invoices write "CAS No. 120-57-0", "CAS#120-57-0", "CAS RN: …", "CAS号：…": the label is not the number.
  let s = asciiDigits(raw).replace(/^(?:cas(?:rn|no\.?|number|-?nr\.?|#|号|编号)?)[:：.#]?/i, '');
  if (/^\d{5,10}$/.test(s)) s = `${s.slice(0, -3)}-${s.slice(-3, -1)}-${s.slice(-1)}`;
  const m = CAS_SHAPE.exec(s);
  if (!m?.[1] || !m[2]) return { ok: false, problem: 'cas-format' };
  const first = m[1].replace(/^0+(?=\d{2})/, '');
  const body = first + m[2];
  if (casCheckDigit(body) !== Number(m[3])) return { ok: false, problem: 'cas-check-digit' };
  return { ok: true, value: `${first}-${m[2]}-${m[3]}` };
}

/** HS codes are 6 digits internationally, up to 10 nationally; dots and spaces are presentation only. */
export function parseHs(raw: string): Parsed<string> {
  const s = asciiDigits(raw).replace(/\./g, '');
  if (!/^\d{6,10}$/.test(s)) return { ok: false, problem: 'hs-format' };
  return { ok: true, value: s };
}

/** "2933.37" for display: the heading, then the rest of the digits. */
export function formatHs(code: string): string {
  return code.length > 4 ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}

const INCHIKEY = /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/;

export function parseInchiKey(raw: string): Parsed<string> {
  const s = raw.trim().toUpperCase();
  return INCHIKEY.test(s) ? { ok: true, value: s } : { ok: false, problem: 'inchikey-format' };
}

/** The first block of an InChIKey: the connectivity, without stereochemistry, isotopes or protonation. */
export const skeletonOf = (inchiKey: string): string => inchiKey.slice(0, 14);

/** The key without its last character, which only counts protons added or removed: a neutralised comparison. */
export const neutralKeyOf = (inchiKey: string): string => inchiKey.slice(0, 25);
