// One database handle for both backends: embedded PGlite (default) or PostgreSQL (DATABASE_URL).
// Repos take `Db` as their first argument; a transaction is a `Db` too, so the same query runs in or out of one.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { acquireDirLock, type DirLock } from './dir-lock.js';
import { fromRoot } from './paths.js';

export type Db = PgDatabase<PgQueryResultHKT>;
export type DbKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DbKind;
  /** Applies pending migrations; safe when several processes start at once. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /** Connection pool use, for metrics (PostgreSQL only). */
  poolStats?: () => { total: number; idle: number; waiting: number };
};

export const migrationsFolder = fromRoot('server', 'migrations');
// Any constant works; it only has to be the same in every process of the node.
const MIGRATION_LOCK_KEY = 804_2024;

export const pgliteExtensions = { pg_trgm, fuzzystrmatch };

/** Runs a raw `sql` query and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export function wrapPglite(client: PGlite, onClose?: () => void): Database {
  const db = drizzlePglite(client) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: async () => {
      await client.close();
      onClose?.();
    },
  };
}

export function wrapPool(pool: pg.Pool): Database {
  const db = drizzlePg(pool) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgres(pool),
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

/** One connection holds an advisory lock while migrating, so two processes starting together do not race. */
async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

export function connectPostgres(url: string, max = 10): Database {
  return wrapPool(new pg.Pool({ connectionString: url, max }));
}

/** Opens the embedded database in `<dataDir>/pgdata`, refusing if another process owns the folder. */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const lock: DirLock = acquireDirLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir: join(dataDir, 'pgdata'), extensions: pgliteExtensions });
    return wrapPglite(client, () => lock.release());
  } catch (err) {
    lock.release();
    throw err;
  }
}

export async function openDatabase(opts: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? connectPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
