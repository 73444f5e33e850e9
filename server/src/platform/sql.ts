// Small SQL helpers with no domain knowledge.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** A `%…%` ILIKE pattern with the user's own %, _ and \ taken literally. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const pageOf = (p: { page: number; pageSize: number }) => ({ limit: p.pageSize, offset: (p.page - 1) * p.pageSize });

/** Postgres unique_violation, raised by a UNIQUE constraint (both drivers expose the SQLSTATE as `code`). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = findPgError(err);
  return e?.code === '23505' && (!constraint || e.constraint === constraint);
}

export function isForeignKeyViolation(err: unknown): boolean {
  return findPgError(err)?.code === '23503';
}

// Drizzle wraps driver errors; the SQLSTATE sits on the error or on its cause.
function findPgError(err: unknown): { code?: string; constraint?: string } | undefined {
  let cur: unknown = err;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const c = cur as { code?: unknown; constraint?: string; cause?: unknown };
    if (typeof c.code === 'string' && /^[0-9A-Z]{5}$/.test(c.code)) return { code: c.code, constraint: c.constraint };
    cur = c.cause;
  }
  return undefined;
}

/**
 * `insert into <table> (…) select … from jsonb_populate_recordset(…)`: many rows in one statement whose only
 * parameter is the rows as one JSON text. Drizzle's `insert().values(rows)` builds a parameter per value, and for
 * a batch of 500 envelopes that building cost the node about as much as the database spent inserting them.
 * Only for plain columns (text, integers, booleans, uuid, timestamptz from Dates, text arrays, jsonb): no custom
 * column mappings, no bigint values. The columns are every key any row carries; a key a row lacks is NULL there,
 * not the column's default. Append `on conflict …` or `returning …` to the SQL it gives.
 */
export function insertRowsAsJson<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): SQL {
  if (rows.length === 0) throw new Error('insertRowsAsJson needs at least one row');
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((k) => Object.hasOwn(columns, k));
  const names = keys.map((k) => columns[k]?.name ?? k);
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(keys.map((k, i) => [names[i], (row as Record<string, unknown>)[k] ?? null]))));
  const list = sql.join(names.map((n) => sql.identifier(n)), sql`, `);
  return sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)`;
}
