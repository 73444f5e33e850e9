// Screening results as files: one JSON object per line, or one CSV row per line with the explanation in the
// reader's language. CSV cells a spreadsheet would run as a formula (=, +, -, @, and tab or carriage return) are
// prefixed with an apostrophe, so a manifest cannot smuggle a formula into whoever opens the results.
import { stringify } from 'csv-stringify/sync';
import { verdictWords } from './explain.js';
import type { ScreeningLine, ScreeningResult } from './screening-schemas.js';

export const RESULT_FORMATS = ['json', 'csv'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];
export type ResultLanguage = 'en' | 'zh';

export const CSV_HEADER: Record<ResultLanguage, string[]> = {
  en: ['line', 'ref', 'name', 'cas', 'smiles', 'hs', 'quantity', 'verdict', 'summary', 'matches', 'explanations', 'conflicts', 'problems'],
  zh: ['行号', '编号', '名称', 'CAS号', '结构', 'HS编码', '数量', '结论', '摘要', '匹配', '说明', '冲突', '问题'],
};

/** Against formula injection (OWASP "CSV Injection"): a leading apostrophe makes the cell text. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvHeader(lang: ResultLanguage): string {
  return stringify([CSV_HEADER[lang]]);
}

export function csvRow(lineNo: number, line: ScreeningLine | null, r: ScreeningResult, lang: ResultLanguage): string {
  const cells = [
    String(lineNo),
    r.ref ?? line?.ref ?? '',
    line?.name ?? '',
    line?.cas ?? '',
    line?.smiles ?? '',
    line?.hs ?? '',
    r.quantity ?? line?.quantity ?? '',
    lang === 'zh' ? verdictWords[r.verdict].zh : r.verdict,
    r.summary[lang],
    r.hits.map((h) => `${h.basis}:${h.subject.id}`).join(' '),
    r.hits.map((h) => h.explanation[lang]).join(' | '),
    r.conflicts.map((c) => c.explanation[lang]).join(' | '),
    r.problems.map((p) => p.message[lang]).join(' | '),
  ];
  return stringify([cells.map(safeCell)]);
}

/** One result as a JSON line, with what was declared: the file stands on its own. */
export const jsonRow = (lineNo: number, line: ScreeningLine | null, r: ScreeningResult): string => `${JSON.stringify({ line: lineNo, input: line, ...r })}\n`;

export type StoredRow = ScreeningResult & { line: number; input: ScreeningLine | null };
