// Screening results leave the browser as CSV (for a spreadsheet) or JSON (for a system), built client-side.
// A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return) as a formula, and declared names
// come from outside: such cells are prefixed with a single quote so they stay text (OWASP "CSV injection").
import { saveBlob } from '../../app/download';
import type { Locale } from '../../app/api/types';
import { namesIn, textIn } from './format';
import type { DeclaredLine } from './screening-input';
import type { ScreeningCheck, ScreeningResult, Verdict } from './types';

export type ScreenedLine = { line: DeclaredLine; result: ScreeningResult };

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 lines, with a byte-order mark so spreadsheet programs read the Chinese text as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(escapeCsvCell).join(',')).join('\r\n')}\r\n`;
}

/** Hits, conflicts and problems of one line in the UI language, as one paragraph. */
export function detailsText(result: ScreeningResult, locale: Locale): string {
  return [...result.hits.map((h) => h.explanation), ...result.conflicts.map((c) => c.explanation), ...result.problems.map((p) => p.message)]
    .map((text) => textIn(text, locale))
    .join(' ');
}

export type CsvLabels = { headers: string[]; verdict: (v: Verdict) => string };

export function screeningCsv(screened: readonly ScreenedLine[], locale: Locale, labels: CsvLabels): string {
  const rows = screened.map(({ line, result }) => [
    String(line.lineNo),
    line.name,
    line.cas,
    line.smiles,
    line.hs,
    labels.verdict(result.verdict),
    namesIn(result.identified.map((s) => s.label), locale),
    textIn(result.summary, locale),
    detailsText(result, locale),
  ]);
  return toCsv([labels.headers, ...rows]);
}

/** The check as the server answered it, each result beside the line it answers. */
export function screeningJson(check: Pick<ScreeningCheck, 'registryVersion' | 'asOf'>, screened: readonly ScreenedLine[]): string {
  const results = screened.map(({ line, result }) => ({ line: line.lineNo, declared: { name: line.name, cas: line.cas, smiles: line.smiles, hs: line.hs }, ...result }));
  return `${JSON.stringify({ registryVersion: check.registryVersion, asOf: check.asOf, results }, null, 2)}\n`;
}

/** Saves text as a file through a temporary link: nothing is sent anywhere. */
export function downloadText(fileName: string, content: string, type: string): void {
  saveBlob(new Blob([content], { type }), fileName);
}
