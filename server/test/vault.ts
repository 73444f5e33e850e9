// The vault's tests' common ground: a database of its own with a vault and a job runner, the refusal check that
// also proves no secret leaks into an error, the key rows as stored, and a probe table of sealed values the way a
// module would hold them (server/src/platform/vault/*.test.ts).
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, expect } from 'vitest';
import { fixedClock } from '../src/platform/clock.js';
import { queryRows, type Db } from '../src/platform/db.js';
import { createJobRunner } from '../src/platform/jobs/index.js';
import { secretBox } from '../src/platform/secret-box.js';
import { columnResealer, createVault, vaultJobHandlers, VaultError, type Vault, type VaultErrorCode } from '../src/platform/vault/index.js';
import { freshDatabase } from './db.js';

export const quiet = { warn: () => undefined, error: () => undefined };
export const PERSON = 'TEST TRAVELLER ZHOU 周测试 · P99000123 · 1970-01-31';

/** A database of its own (the vault's keys are per database), with a vault over it. */
export async function setup() {
  const database = await freshDatabase();
  afterAll(() => database.close());
  const box = secretBox(randomBytes(32));
  const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
  const db = database.db;
  const vault = createVault({ db, box, clock });
  const runner = (v: Vault = vault, batch?: number) => createJobRunner({ db, clock, log: quiet, handlers: vaultJobHandlers({ db, clock, vault: v, batch }) });
  return { db, box, clock, vault, runner };
}

export async function refusal(work: Promise<unknown>, code: VaultErrorCode, secrets: string[]): Promise<void> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(VaultError);
  expect((err as VaultError).code).toBe(code);
  for (const s of secrets) expect(`${(err as Error).message} ${(err as Error).stack ?? ''}`).not.toContain(s);
}

export const keyRows = (db: Db) => queryRows<{ id: string; purpose: string; state: string; sealed: string | null; retired_at: Date | null }>(db, sql`select id, purpose, state, sealed, retired_at from vault_keys order by created_at, id`);

/** A plain table of `n` sealed values, the way a module would store them. */
export async function probeTable(db: Db, vault: Vault, table: string, n: number) {
  await db.execute(sql`create table ${sql.identifier(table)} (id integer primary key, person text)`);
  const aad = (id: string | number) => `${table}/${id}/person`;
  const plain = (id: number) => `TEST TRAVELLER ${id} 测试旅客`;
  for (let start = 1; start <= n; start += 300) {
    const rows = [];
    for (let id = start; id < Math.min(start + 300, n + 1); id++) rows.push(sql`(${id}, ${await vault.seal(aad(id), plain(id))})`);
    await db.execute(sql`insert into ${sql.identifier(table)} (id, person) values ${sql.join(rows, sql`, `)}`);
  }
  const resealer = columnResealer({ name: table, table, idColumn: 'id', columns: [{ column: 'person', aad }] });
  const values = () => queryRows<{ id: number; person: string }>(db, sql`select id, person from ${sql.identifier(table)} order by id`);
  return { aad, plain, resealer, values };
}


export async function under(db: Db, vault: Vault, table: string, keyId: string | null): Promise<number> {
  const rows = await queryRows<{ person: string }>(db, sql`select person from ${sql.identifier(table)}`);
  return rows.filter((r) => vault.keyIdOf(r.person) === keyId).length;
}
