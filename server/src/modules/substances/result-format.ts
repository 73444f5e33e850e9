// Screening results as files: one JSON object per line, or one CSV row per line with the explanation in the
// reader's language. CSV cells a spreadsheet would run as a formula (=, +, -, @, and tab or carriage return) are
// prefixed with an apostrophe, so a manifest cannot smuggle a formula into whoever opens the results.
import { verdictWords } from './explain.js';
import { labelIn } from './identified.js';
import type { ScreeningLine, ScreeningResult } from './screening-schemas.js';
import { defuseCell } from '../../platform/csv-cell.js';

export const RESULT_FORMATS = ['json', 'csv'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];
export type ResultLanguage = 'en' | 'zh';

export const CSV_HEADER: Record<ResultLanguage, string[]> = {
  en: ['line', 'ref', 'name', 'cas', 'smiles', 'hs', 'quantity', 'verdict', 'substance', 'summary', 'matches', 'explanations', 'conflicts', 'problems'],
  zh: ['行号', '编号', '名称', 'CAS号', '结构', 'HS编码', '数量', '结论', '识别物质', '摘要', '匹配', '说明', '冲突', '问题'],
};

/** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. Called per cell of 100,000 rows. */
const csvCell = (value: string): string => {
  const safe = defuseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const csvLine = (cells: string[]): string => `${cells.map(csvCell).join(',')}\n`;

export const csvHeader = (lang: ResultLanguage): string => csvLine(CSV_HEADER[lang]);

// Lines with the same declaration share one result (the screener answers each declaration once), so the part of
// a row that depends on the result alone is written once and reused; the key is the result's shared hits array.
const csvCore = new WeakMap<object, Partial<Record<ResultLanguage, string>>>();
const jsonCore = new WeakMap<object, string>();

function csvResultCells(r: ScreeningResult, lang: ResultLanguage): string {
  const cached = csvCore.get(r.hits)?.[lang];
  if (cached !== undefined) return cached;
  const cells = [
    lang === 'zh' ? verdictWords[r.verdict].zh : r.verdict,
    // What the registry identifies the declared line as, in the reader's language first.
    labelIn(r.identified.map((s) => s.label), lang),
    r.summary[lang],
    r.hits.map((h) => `${h.basis}:${h.subject.id}`).join(' '),
    r.hits.map((h) => h.explanation[lang]).join(' | '),
    r.conflicts.map((c) => c.explanation[lang]).join(' | '),
    r.problems.map((p) => p.message[lang]).join(' | '),
  ];
  const text = cells.map(csvCell).join(',');
  csvCore.set(r.hits, { ...csvCore.get(r.hits), [lang]: text });
  return text;
}

export function csvRow(lineNo: number, line: ScreeningLine | null, r: ScreeningResult, lang: ResultLanguage): string {
  const declared = [String(lineNo), r.ref ?? line?.ref ?? '', line?.name ?? '', line?.cas ?? '', line?.smiles ?? '', line?.hs ?? '', r.quantity ?? line?.quantity ?? ''];
  return `${declared.map(csvCell).join(',')},${csvResultCells(r, lang)}\n`;
}

/** One result as a JSON line, with what was declared: the file stands on its own. */
export function jsonRow(lineNo: number, line: ScreeningLine | null, r: ScreeningResult): string {
  let core = jsonCore.get(r.hits);
  if (core === undefined) {
    core = JSON.stringify({ asOf: r.asOf, verdict: r.verdict, summary: r.summary, identity: r.identity, hits: r.hits, identified: r.identified, conflicts: r.conflicts, problems: r.problems });
    jsonCore.set(r.hits, core);
  }
  const head = JSON.stringify({ line: lineNo, input: line, ...(r.ref !== undefined ? { ref: r.ref } : {}), ...(r.quantity !== undefined ? { quantity: r.quantity } : {}) });
  return `${head.slice(0, -1)},${core.slice(1)}\n`;
}

export type StoredRow = ScreeningResult & { line: number; input: ScreeningLine | null };
