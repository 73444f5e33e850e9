// Reads a manifest — CSV, XLSX or JSON lines — into declared lines, one at a time, so a 100,000-line file is never
// held as objects all at once. Columns are found by their header in English or Chinese. A file that is not UTF-8
// is tried as GBK (what Chinese spreadsheet software writes by default) and the result says so; a bad row becomes
// a problem of that line, never an error of the whole file.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { BadRequest } from '../../platform/errors.js';
import { ScreeningLine } from './screening-schemas.js';

export const MANIFEST_FORMATS = ['csv', 'xlsx', 'jsonl'] as const;
export type ManifestFormat = (typeof MANIFEST_FORMATS)[number];
export type ManifestRow = { lineNo: number; line: ScreeningLine | null; invalid?: string[] };
export type Manifest = { encoding: 'utf-8' | 'gbk' | 'binary'; rows: AsyncGenerator<ManifestRow> };

type Field = keyof ScreeningLine;
const HEADERS: Record<Field, string[]> = {
  ref: ['ref', 'reference', 'line', 'lineno', 'no', '#', '编号', '序号', '行号'],
  name: ['name', 'chemical', 'chemicalname', 'substance', 'substancename', '名称', '品名', '化学品名称', '物质名称'],
  cas: ['cas', 'casno', 'casnumber', 'casrn', 'cas号', 'cas编号'],
  smiles: ['smiles', 'structure', '结构', '结构式'],
  hs: ['hs', 'hscode', 'tariff', 'tariffcode', 'hs编码', '税号', '商品编码'],
  quantity: ['quantity', 'qty', 'amount', '数量'],
};
const headerKey = (h: string) => h.normalize('NFKC').toLowerCase().replace(/[\s_.\-:：]/g, '');

/** Which field each column holds; a file with none of name, CAS, SMILES or HS is refused as a whole. */
export function mapColumns(header: unknown[]): (Field | null)[] {
  const columns = header.map((h) => {
    const key = headerKey(String(h ?? ''));
    return (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(key)) ?? null;
  });
  if (!columns.some((c) => c === 'name' || c === 'cas' || c === 'smiles' || c === 'hs')) {
    throw new BadRequest('the manifest has no column for the chemical: name its columns name, cas, smiles or hs (or 名称, CAS号, 结构, HS编码)', [{ path: 'header', message: `found: ${header.map(String).join(', ').slice(0, 200)}` }], 'manifest-columns');
  }
  return columns;
}

export function rowToLine(lineNo: number, columns: (Field | null)[], cells: unknown[]): ManifestRow {
  const raw: Record<string, string> = {};
  columns.forEach((field, i) => {
    const cell = cells[i];
    const text = cell === null || cell === undefined ? '' : typeof cell === 'object' && 'text' in cell ? String((cell as { text: unknown }).text) : String(cell);
    if (field && text.trim()) raw[field] = text.trim();
  });
  const parsed = ScreeningLine.safeParse(raw);
  if (parsed.success) return { lineNo, line: parsed.data };
  return { lineNo, line: null, invalid: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

/** UTF-8 if it decodes as such (a BOM is dropped); otherwise GBK; anything else is refused, never guessed at. */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(bytes, 'gbk');
    if (text.includes('\uFFFD')) {
      throw new BadRequest('the file is neither UTF-8 nor GBK text: save it as CSV UTF-8', [{ path: 'file', message: 'undecodable bytes' }], 'manifest-encoding');
    }
    return { text, encoding: 'gbk' };
  }
}

/** Line numbers are the file's own (the header is line 1), so a problem points at the line a user can find. */
async function* csvRows(text: string): AsyncGenerator<ManifestRow> {
  const skipped: ManifestRow[] = [];
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, trim: true, info: true, skip_records_with_error: true });
  parser.on('skip', (err: { lines?: number; message: string }) => skipped.push({ lineNo: err.lines ?? 0, line: null, invalid: [`not readable as CSV: ${err.message}`] }));
  Readable.from([text]).pipe(parser);
  let columns: (Field | null)[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield* skipped.splice(0);
    if (!columns) {
      columns = mapColumns(record);
      continue;
    }
    yield rowToLine(info.lines, columns, record);
  }
  yield* skipped.splice(0);
  if (!columns) throw new BadRequest('the manifest is empty: it needs a header line and one line per chemical', [], 'manifest-empty');
}

async function* jsonlRows(text: string): AsyncGenerator<ManifestRow> {
  let lineNo = 0;
  for (const raw of text.split(/\r?\n/)) {
    lineNo++;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      yield { lineNo, line: null, invalid: ['not a JSON object'] };
      continue;
    }
    const parsed = ScreeningLine.safeParse(value);
    yield parsed.success ? { lineNo, line: parsed.data } : { lineNo, line: null, invalid: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`) };
  }
}

async function* xlsxRows(bytes: Buffer): AsyncGenerator<ManifestRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
  let columns: (Field | null)[] | null = null;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        // ExcelJS rows are 1-based: values[0] is always empty.
        const cells = (row.values as unknown[]).slice(1);
        if (!columns) {
          columns = mapColumns(cells);
          continue;
        }
        if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) continue;
        yield rowToLine(row.number, columns, cells);
      }
      break; // the first worksheet is the manifest
    }
  } catch (e) {
    if (e instanceof BadRequest) throw e;
    throw new BadRequest('the file is not a readable XLSX workbook', [{ path: 'file', message: e instanceof Error ? e.message.slice(0, 200) : 'unreadable' }], 'manifest-unreadable');
  }
}

export function readManifest(bytes: Buffer, format: ManifestFormat): Manifest {
  if (format === 'xlsx') return { encoding: 'binary', rows: xlsxRows(bytes) };
  const { text, encoding } = decodeText(bytes);
  return { encoding, rows: format === 'csv' ? csvRows(text) : jsonlRows(text) };
}
