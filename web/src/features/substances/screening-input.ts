// Pasted declarations, one line each as "name; CAS; SMILES; HS" (semicolon — ASCII or full-width — or tab between
// fields, any field may be empty). Blank lines are skipped but line numbers stay those of the pasted text, so results point back at it.
import type { ScreeningLine } from './types';

export const MAX_SCREENING_LINES = 200;

export type DeclaredLine = {
  /** 1-based line number in the pasted text. */
  lineNo: number;
  name: string;
  cas: string;
  smiles: string;
  hs: string;
};

export type ParsedScreening = { lines: DeclaredLine[]; isTooMany: boolean };

export function parseScreeningText(text: string): ParsedScreening {
  const lines: DeclaredLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    // A SMILES string never holds a semicolon or a tab, so splitting on either is safe for it.
    const [name = '', cas = '', smiles = '', hs = ''] = raw.split(/[;；\t]/).map((field) => field.trim());
    lines.push({ lineNo: index + 1, name, cas, smiles, hs });
  });
  return { lines, isTooMany: lines.length > MAX_SCREENING_LINES };
}

/** A declared line as the API takes it: the line number as its reference, empty fields left out. */
export function toScreeningLine(line: DeclaredLine): ScreeningLine {
  const out: ScreeningLine = { ref: String(line.lineNo) };
  if (line.name) out.name = line.name;
  if (line.cas) out.cas = line.cas;
  if (line.smiles) out.smiles = line.smiles;
  if (line.hs) out.hs = line.hs;
  return out;
}
