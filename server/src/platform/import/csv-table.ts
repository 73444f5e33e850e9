// Reading a spreadsheet someone already keeps: UTF-8 (with or without the BOM Excel writes) or GBK (what Chinese
// spreadsheet software writes by default), columns found by any of their English or Chinese names, every line kept
// with its number in the file so that a report can point at it. Invariants: a file that is not CSV, has no rows,
// too many rows or lacks a required column is refused whole as problem+json (400), before any row is looked at.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { BadRequest } from '../errors.js';

export type CsvTableSpec<C extends string> = {
  /** Each column's names as a header may write them; the first is the one named in problems. */
  columns: Readonly<Record<C, readonly string[]>>;
  required: readonly C[];
  maxRows: number;
  /** What the rows are, for the empty-file message: "one line per chemical". */
  rowsAre: string;
};
export type CsvRow<C extends string> = { line: number; cells: Partial<Record<C, string>> };
/** The rows, and each column's header as the file writes it (so a problem names the column as the user wrote it). */
export type CsvTable<C extends string> = { rows: CsvRow<C>[]; headers: ReadonlyMap<C, string> };
export type RowGroup<C extends string> = { ref: string; rows: CsvRow<C>[] };

export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(bytes, 'gbk');
  }
}

/** A header as compared: width-folded, lower case, without spaces, punctuation and brackets (全角 or not). */
export const headerKey = (h: string): string => h.normalize('NFKC').toLowerCase().replace(/[\s_.\-:：()（）%]/g, '');

function parseRecords(text: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (err) {
    throw new BadRequest(`the file is not readable CSV: ${err instanceof Error ? err.message : 'parse error'}`, [], 'import-unreadable');
  }
}

export function readCsvTable<C extends string>(bytes: Buffer, spec: CsvTableSpec<C>): CsvTable<C> {
  const aliases = new Map((Object.entries(spec.columns) as [C, readonly string[]][]).flatMap(([col, names]) => names.map((n) => [headerKey(n), col] as const)));
  const [header, ...records] = parseRecords(decodeText(bytes));
  if (!header || records.length === 0) throw new BadRequest(`the file needs a header line and ${spec.rowsAre}`, [], 'import-empty');
  if (records.length > spec.maxRows) throw new BadRequest(`at most ${spec.maxRows} lines per file`, [], 'import-too-large');
  const columns = header.map((h) => aliases.get(headerKey(h)) ?? null);
  const headers = new Map(columns.flatMap((c, i) => (c ? [[c, header[i] ?? c] as const] : [])));
  const missing = spec.required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new BadRequest('the header lacks required columns', missing.map((c) => ({ path: 'header', message: `no column for ${c} (e.g. ${spec.columns[c][0] ?? c})` })), 'import-columns');
  const rows = records.map((cells, i): CsvRow<C> => {
    const row: Partial<Record<C, string>> = {};
    columns.forEach((c, j) => {
      const v = cells[j];
      if (c && v) row[c] = v;
    });
    return { line: i + 2, cells: row };
  });
  return { rows, headers };
}

/** A column as the file's header writes it, or its first name when the file has no such column. */
export function columnName<C extends string>(table: CsvTable<C>, spec: CsvTableSpec<C>, column: C): string {
  return table.headers.get(column) ?? spec.columns[column][0] ?? column;
}

/** Rows sharing a value of `by` (a ref), in the order first seen; a row without one stands alone as `#<line>`. */
export function groupRows<C extends string>(rows: readonly CsvRow<C>[], by: C): RowGroup<C>[] {
  const groups = new Map<string, RowGroup<C>>();
  for (const row of rows) {
    const ref = row.cells[by] ?? `#${row.line}`;
    const g = groups.get(ref) ?? { ref, rows: [] };
    g.rows.push(row);
    groups.set(ref, g);
  }
  return [...groups.values()];
}
