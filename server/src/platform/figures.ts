// Figures for the results dashboard, as every module gives them: a period of whole months in UTC asked for as
// `?from=2026-01&to=2026-06`, and rows of counts that download as CSV with one column per field. Kept here so that
// each module's figures read their period and write their downloads alike.
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { defuseCell } from './csv-cell.js';
import { BadRequest } from './errors.js';

export const zMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2026-03');
export const MonthPeriod = z.strictObject({ from: zMonth.describe('the first month counted'), to: zMonth.describe('the last month counted (included)') });
export type MonthPeriod = z.infer<typeof MonthPeriod>;

/** The period's bounds as instants (start included, end excluded); a period that ends before it starts is a 400. */
export function periodBounds(q: MonthPeriod): { start: string; end: string; firstDay: string; dayAfter: string } {
  if (q.to < q.from) throw new BadRequest('the period ends before it starts', [{ path: 'querystring/to', message: 'must not be before from', code: 'end-before-start' }]);
  const [y, m] = q.to.split('-').map(Number);
  const end = new Date(Date.UTC(y ?? 0, m ?? 1, 1)).toISOString();
  return { start: `${q.from}-01T00:00:00.000Z`, end, firstDay: `${q.from}-01`, dayAfter: end.slice(0, 10) };
}

type Cell = string | number | boolean | null | undefined;

/** A header row of the column names, then one line per row; text cells defused against formula injection. */
export function rowsCsv<R extends Record<string, unknown>>(columns: readonly (keyof R & string)[], rows: readonly R[]): string {
  const cell = (v: unknown): string | number => {
    const c = v as Cell;
    if (c === null || c === undefined) return '';
    return typeof c === 'string' ? defuseCell(c) : typeof c === 'boolean' ? String(c) : c;
  };
  return stringify([[...columns], ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}
