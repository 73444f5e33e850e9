// Record references, one form for every kind of record: PARTY-CODE-YEAR-SERIAL (US-PEN-2026-000123,
// CN-INC-2026-000042): the party that filed it, the kind's code, the year it belongs to, and a serial of at least
// six digits counted per party, kind and year (each module keeps its own counter, restored past on recovery).

export type ReferenceParts = { party: string; year: number; serial: number };
export type ReferenceForm = {
  format: (party: string, year: number, serial: number) => string;
  /** A reference's parts, or null when it is not of this kind's form. */
  parse: (reference: string) => ReferenceParts | null;
};

/** The reference form of the kind whose code is `code` (PEN, INC, …). */
export function referenceForm(code: string): ReferenceForm {
  if (!/^[A-Z]{2,5}$/.test(code)) throw new Error(`a reference code is 2–5 capital letters, not ${code}`);
  const pattern = new RegExp(`^([A-Z]{2})-${code}-(\\d{4})-(\\d{6,})$`);
  return {
    format: (party, year, serial) => `${party}-${code}-${year}-${String(serial).padStart(6, '0')}`,
    parse: (reference) => {
      const m = pattern.exec(reference);
      return m?.[1] && m[2] && m[3] ? { party: m[1], year: Number(m[2]), serial: Number(m[3]) } : null;
    },
  };
}
