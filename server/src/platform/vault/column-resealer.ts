// A re-sealer for the common case: text columns of one table holding vault values, each bound to `<where>/<row id>`
// by its `aad`. Modules with other layouts write their own Resealer (vault.ts) to the same contract.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db.js';
import { VaultError } from './errors.js';
import type { RefusedValue, Resealer, Vault } from './vault.js';

export type SealedColumn = { column: string; aad: (rowId: string) => string };
export type ColumnResealerSpec = { name: string; table: string; idColumn: string; columns: readonly SealedColumn[] };

// A key id is a UUID (hex and hyphens): nothing in it is a LIKE wildcard.
const underKey = (keyId: string) => `v1.${keyId}.%`;

export function columnResealer(spec: ColumnResealerSpec): Resealer {
  if (spec.columns.length === 0) throw new Error('a column re-sealer needs at least one column');
  const table = sql.identifier(spec.table);
  const id = sql.identifier(spec.idColumn);
  const anyUnder = (keyId: string): SQL =>
    sql.join(
      spec.columns.map((c) => sql`${sql.identifier(c.column)} like ${underKey(keyId)}`),
      sql` or `,
    );
  const columns = sql.join(
    spec.columns.map((c) => sql.identifier(c.column)),
    sql`, `,
  );

  return {
    name: spec.name,
    async reseal(tx, vault, { fromKeyId, after, limit }) {
      // Paged forward by id: a batch starts where the last stopped, so the pass reads each row once (a row it could
      // not re-seal is not met again and again). `id > $after` compares in the column's own type, and so must the
      // order: qualified, since a bare name in ORDER BY would mean the text output column (10 before 9).
      const from = after === null ? sql`true` : sql`${id} > ${after}`;
      // SKIP LOCKED: a row a request holds is left for a later pass, so neither waits for the other.
      const rows = await queryRows<Record<string, string | null>>(tx, sql`select ${id}::text as "id", ${columns} from ${table} where ${from} and (${anyUnder(fromKeyId)}) order by ${table}.${id} limit ${limit} for update skip locked`);
      let resealed = 0;
      const refused: RefusedValue[] = [];
      for (const row of rows) {
        const done = await resealRow(tx, { spec, row, vault, fromKeyId });
        resealed += done.resealed;
        refused.push(...done.refused);
      }
      return { resealed, last: rows.at(-1)?.id ?? null, refused };
    },
    async remaining(db, fromKeyId) {
      const [row] = await queryRows<{ n: number | string }>(db, sql`select count(*) as "n" from ${table} where ${anyUnder(fromKeyId)}`);
      return Number(row?.n ?? 0);
    },
  };
}

type RowWork = { spec: ColumnResealerSpec; row: Record<string, string | null>; vault: Vault; fromKeyId: string };

/** Re-seals the row's values under the retiring key; writes back only those, never a value it did not re-seal. */
async function resealRow(tx: Db, w: RowWork): Promise<{ resealed: number; refused: RefusedValue[] }> {
  const rowId = w.row.id ?? '';
  const sets: SQL[] = [];
  const refused: RefusedValue[] = [];
  for (const c of w.spec.columns) {
    const value = w.row[c.column];
    if (typeof value !== 'string' || !value.startsWith(`v1.${w.fromKeyId}.`)) continue;
    const aad = c.aad(rowId);
    const plain = await openOrNull(w.vault, aad, value);
    if (plain === null) refused.push({ table: w.spec.table, rowId });
    else sets.push(sql`${sql.identifier(c.column)} = ${await w.vault.seal(aad, plain)}`);
  }
  if (sets.length > 0) await tx.execute(sql`update ${sql.identifier(w.spec.table)} set ${sql.join(sets, sql`, `)} where ${sql.identifier(w.spec.idColumn)} = ${rowId}`);
  return { resealed: sets.length, refused };
}

/** The value opened, or null when this value itself will not open (tampered, moved, malformed); other errors throw. */
async function openOrNull(vault: Vault, aad: string, sealed: string): Promise<string | null> {
  try {
    return await vault.open(aad, sealed);
  } catch (err) {
    if (err instanceof VaultError && (err.code === 'refused' || err.code === 'malformed')) return null;
    throw err;
  }
}
