// A fresh, migrated database for one test file, on the backend the project runs (TEST_DB_KIND).
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { connectPostgres, pgliteExtensions, wrapPglite, type Database } from '../src/platform/db.js';
import { createPgDatabase } from './global-setup.js';

export const dbKind = (): 'pglite' | 'postgres' => (process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite');

/** Where each test database lives, for a real backup of it (backup.ts). */
export const origins = new WeakMap<Database, { url: string } | { client: PGlite }>();

/** A new test database's name: the global teardown drops every one of this run. */
export const testDatabaseName = (): string => `cp_t_${process.ppid}_${randomBytes(6).toString('hex')}`;

export async function freshDatabase(): Promise<Database> {
  if (dbKind() === 'postgres') {
    const url = await createPgDatabase(inject('postgresUrl'), testDatabaseName(), inject('postgresTemplate'));
    const database = connectPostgres(url, 5);
    origins.set(database, { url });
    return database;
  }
  const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const client = await PGlite.create({ loadDataDir: blob, extensions: pgliteExtensions });
  const database = wrapPglite(client);
  origins.set(database, { client });
  return database;
}
