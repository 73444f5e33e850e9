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
import { dataDirError, pgliteError } from './startup-errors.js';

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
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel` (sent by any process, delivered when its
   * transaction commits) until the returned function is called. On PostgreSQL it holds one connection of its own;
   * when it cannot connect or loses the connection it tells `onError` and tries again every `retryMs`, and once
   * back it calls `onNotify('')`, since what was sent meanwhile is lost.
   */
  listen: (channel: string, onNotify: (payload: string) => void, opts?: ListenOptions) => Promise<() => Promise<void>>;
  /**
   * Tells `listener` when a pooled connection is lost (PostgreSQL restarted, failed over, or ended it); the pool
   * drops that connection and opens a new one when next needed, so nothing else has to be done. PostgreSQL only
   * (PGlite has no connection to lose). Returns the function that stops telling.
   */
  onConnectionError?: (listener: (err: Error) => void) => () => void;
};

export type ListenOptions = { onError?: (err: unknown) => void; retryMs?: number };

const CHANNEL = /^[a-z][a-z0-9_]{0,62}$/;
function checkChannel(channel: string): string {
  if (!CHANNEL.test(channel)) throw new Error(`not a channel name: ${channel}`);
  return channel;
}

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
    listen: async (channel, onNotify) => client.listen(checkChannel(channel), onNotify),
    close: async () => {
      await client.close();
      onClose?.();
    },
  };
}

export function wrapPool(pool: pg.Pool): Database {
  const db = drizzlePg(pool) as unknown as Db;
  // Without these listeners a lost connection ends the process: node-postgres emits 'error' on a client whose
  // connection dies, idle in the pool (the pool emits it again) or checked out for a transaction, and an 'error'
  // event nobody listens to is thrown. The query in flight is rejected on its own (a 503 for a request); the pool
  // drops the broken client and connects afresh for the next query. Each lost connection is reported once: a client
  // may emit twice (PostgreSQL's FATAL, then the socket's end), and the pool's event repeats the client's.
  const listeners = new Set<(err: Error) => void>();
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    let isReported = false;
    client.on('error', (err) => {
      if (isReported) return;
      isReported = true;
      for (const l of listeners) l(err);
    });
  });
  // A lent client whose connection dies goes back to the pool at once, which drops it: drizzle never releases the
  // client of a transaction whose `begin` failed, and each such client would hold one place in the pool for good.
  // The borrower's own release afterwards does nothing. (pool.query's callback form manages this itself.)
  const connect = pool.connect.bind(pool);
  pool.connect = ((callback?: unknown) => (callback ? connect(callback as never) : connect().then(giveBackOnError))) as typeof pool.connect;
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgres(pool),
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    listen: async (channel, onNotify, opts = {}) => listenPostgres(pool.options, checkChannel(channel), { ...opts, onNotify }),
    onConnectionError: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

function giveBackOnError(client: pg.PoolClient): pg.PoolClient {
  const release = client.release.bind(client);
  let isReleased = false;
  const giveBack = (err?: Error | boolean) => {
    if (isReleased) return;
    isReleased = true;
    client.off('error', giveBack);
    release(err);
  };
  client.on('error', giveBack);
  client.release = giveBack;
  return client;
}

/** LISTEN on a connection outside the pool (a pooled one would be lent to others), re-made whenever it is lost. */
async function listenPostgres(options: pg.PoolConfig, channel: string, opts: ListenOptions & { onNotify: (payload: string) => void }): Promise<() => Promise<void>> {
  const { onNotify, onError = () => undefined, retryMs = 5000 } = opts;
  let client: pg.Client | null = null;
  let isStopped = false;
  let retry: NodeJS.Timeout | undefined;
  const again = (err: unknown) => {
    client = null;
    onError(err);
    if (!isStopped) retry = setTimeout(() => void connect(true), retryMs);
  };
  async function connect(isReconnect: boolean): Promise<void> {
    // keepAlive: a peer that vanished without closing (a failover) is noticed by the OS, not never.
    const c = new pg.Client({ ...options, keepAlive: true });
    c.on('notification', (m) => {
      if (m.channel === channel) onNotify(m.payload ?? '');
    });
    c.on('error', () => undefined); // 'end' follows and reports it
    c.on('end', () => {
      if (client === c) again(new Error(`lost the connection listening on ${channel}`));
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (err) {
      await c.end().catch(() => undefined);
      return again(err);
    }
    if (isStopped) return void (await c.end());
    client = c;
    if (isReconnect) onNotify('');
  }
  await connect(false);
  return async () => {
    isStopped = true;
    clearTimeout(retry);
    const c = client;
    client = null;
    await c?.end();
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

/** Waiting longer than this for a connection (PostgreSQL unreachable, or every connection busy) fails the query. */
const CONNECT_TIMEOUT_MS = 15_000;

export function connectPostgres(url: string, max = 10): Database {
  // TCP keepalive from 10 s idle: a server that vanished without closing (a failover) is noticed in minutes (the
  // system's probe count and interval), not after the system's default two hours.
  return wrapPool(new pg.Pool({ connectionString: url, max, keepAlive: true, keepAliveInitialDelayMillis: 10_000, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }));
}

/** Opens the embedded database in `<dataDir>/pgdata`, refusing if another process owns the folder. */
export async function openPglite(dataDir: string): Promise<Database> {
  let lock: DirLock;
  try {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDirLock(dataDir);
  } catch (err) {
    throw dataDirError(dataDir, err); // a read-only or someone else's folder: said in one line
  }
  const pgdata = join(dataDir, 'pgdata');
  try {
    const client = await PGlite.create({ dataDir: pgdata, extensions: pgliteExtensions });
    return wrapPglite(client, () => lock.release());
  } catch (err) {
    lock.release();
    throw pgliteError(pgdata, err);
  }
}

export async function openDatabase(opts: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? connectPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
