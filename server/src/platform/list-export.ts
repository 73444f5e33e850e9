// A list as a CSV download, the same way for every module's list: exactly the rows the list's own conditions give
// this reader (the module passes them, handling included), newest first by id (UUIDv7: filing order), read a page at
// a time by keyset so that a large export holds one page in memory; at most LIST_EXPORT_MAX_ROWS rows, and past them
// an `X-Truncated: true` header and a last comment row say so. The header row is in the reader's language, cells a
// spreadsheet would run as a formula are defused (OWASP "CSV injection"), and a BOM makes Excel read UTF-8 Chinese.
// `exportBounds` fixes the rows before the first is read, so the module's audit entry counts what is exported.
import { stringify } from 'csv-stringify';
import { and, gte, lt, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import type { Locale } from './context.js';
import { defuseCell } from './csv-cell.js';
import { queryRows, type Db } from './db.js';
import { attachmentDisposition } from './http/download.js';
import { streamThrough } from './http/stream.js';

export const LIST_EXPORT_MAX_ROWS = 50_000;
const PAGE_ROWS = 500;
/** The most TLP:RED references an export's audit entry names; past it, the entry says how many it left out. */
const NAMED_RED = 1_000;

/** The table the list reads, its id, handling and reference columns, and the list's conditions for this reader. */
export type ExportSource = { table: PgTable; id: AnyColumn; handling: AnyColumn; reference: AnyColumn; where: SQL | undefined };

/**
 * What an export holds: `total` rows matched, the `count` exported (the newest, ids `downTo`..`upTo`), how many at
 * each handling and the references of the TLP:RED ones (a RED record read in bulk is named, as one opened alone is).
 */
export type ExportBounds = { total: number; count: number; truncated: boolean; upTo: string | null; downTo: string | null; byHandling: Record<string, number>; red: string[]; redLeftOut: number };

const rangeOf = (id: AnyColumn, b: Pick<ExportBounds, 'upTo' | 'downTo'>, after: string | null = null): SQL | undefined =>
  and(b.upTo === null ? sql`false` : lte(id, b.upTo), b.downTo === null ? undefined : gte(id, b.downTo), after === null ? undefined : lt(id, after));

export async function exportBounds(db: Db, s: ExportSource, maxRows = LIST_EXPORT_MAX_ROWS): Promise<ExportBounds> {
  const matched = s.where ?? sql`true`;
  const [top] = await queryRows<{ n: number | string; up_to: string | null }>(db, sql`select count(*)::int as n, max(${s.id}::text) as up_to from ${s.table} where ${matched}`);
  const total = Number(top?.n ?? 0);
  const upTo = top?.up_to ?? null;
  const cut = total > maxRows ? await queryRows<{ id: string }>(db, sql`select ${s.id}::text as id from ${s.table} where ${matched} order by ${s.id} desc offset ${maxRows - 1} limit 1`) : [];
  const downTo = cut[0]?.id ?? null;
  const within = and(s.where, rangeOf(s.id, { upTo, downTo })) ?? sql`true`;
  const counted = await queryRows<{ handling: string; n: number | string }>(db, sql`select ${s.handling} as handling, count(*)::int as n from ${s.table} where ${within} group by 1 order by 1`);
  const byHandling = Object.fromEntries(counted.map((r) => [r.handling, Number(r.n)]));
  const redCount = byHandling['TLP:RED'] ?? 0;
  const red = redCount === 0 ? [] : (await queryRows<{ reference: string }>(db, sql`select ${s.reference} as reference from ${s.table} where ${within} and ${s.handling} = 'TLP:RED' order by 1 limit ${NAMED_RED}`)).map((r) => r.reference);
  const count = Object.values(byHandling).reduce((a, b) => a + b, 0);
  return { total, count, truncated: total > maxRows, upTo, downTo, byHandling, red, redLeftOut: redCount - red.length };
}

/**
 * The rows within the bounds, newest first: `page(range, limit)` reads one page, adding `range` to the list's
 * conditions, ordered by the id descending and limited to `limit`.
 */
export async function* eachExportRow<R extends { id: string }>(id: AnyColumn, b: ExportBounds, page: (range: SQL | undefined, limit: number) => Promise<R[]>): AsyncGenerator<R> {
  if (b.upTo === null) return;
  let after: string | null = null;
  for (;;) {
    const rows = await page(rangeOf(id, b, after), PAGE_ROWS);
    yield* rows;
    after = rows.at(-1)?.id ?? null;
    if (after === null || rows.length < PAGE_ROWS) return;
  }
}

export type CsvValue = string | number | Date | null | undefined;
/** A column: its header in each language, and the cell of a row (a Date is written as UTC, to the minute). */
export type CsvColumn<R> = { header: Readonly<Record<Locale, string>>; value: (row: R, lang: Locale) => CsvValue };

const utcMinute = (d: Date): string => d.toISOString().slice(0, 16).replace('T', ' ');
const cellOf = (v: CsvValue): string => (v === null || v === undefined ? '' : v instanceof Date ? utcMinute(v) : typeof v === 'number' ? String(v) : defuseCell(v));

const TRUNCATED: Record<Locale, (count: string, total: string) => string> = {
  en: (count, total) => `# Truncated: the newest ${count} of ${total} matching rows. Narrow the filters to export the others.`,
  'zh-CN': (count, total) => `# 已截断：共 ${total} 行符合条件，只导出了最新的 ${count} 行。请缩小筛选范围后再导出其余部分。`,
};

/** The CSV text, streamed: BOM, the header row in `lang`, a line per row, and a comment row when truncated. */
export function listCsv<R>(columns: readonly CsvColumn<R>[], rows: AsyncIterable<R>, lang: Locale, b: ExportBounds): Readable {
  async function* lines() {
    yield columns.map((c) => c.header[lang]);
    for await (const r of rows) yield columns.map((c) => cellOf(c.value(r, lang)));
    if (b.truncated) yield [TRUNCATED[lang](b.count.toLocaleString('en'), b.total.toLocaleString('en'))];
  }
  return streamThrough(lines(), stringify({ bom: true }));
}

/** Sends the CSV as a download named `fileName`; `X-Truncated` says whether rows were left out. */
export function sendListCsv(reply: FastifyReply, fileName: string, csv: Readable, b: ExportBounds): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', attachmentDisposition(fileName))
    .header('x-truncated', String(b.truncated))
    .header('x-total-count', String(b.total))
    .send(csv);
}
