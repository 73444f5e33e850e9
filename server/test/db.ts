// A fresh, migrated database for one test file, on the backend the project runs (TEST_DB_KIND).
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { connectPostgres, pgliteExtensions, wrapPglite, type Database } from '../src/platform/db.js';
import { createPgDatabase } from './global-setup.js';

export const dbKind = (): 'pglite' | 'postgres' => (process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite');

export async function freshDatabase(): Promise<Database> {
  if (dbKind() === 'postgres') {
    const name = `cp_t_${process.ppid}_${randomBytes(6).toString('hex')}`;
    const url = await createPgDatabase(inject('postgresUrl'), name, inject('postgresTemplate'));
    return connectPostgres(url, 5);
  }
  const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const client = await PGlite.create({ loadDataDir: blob, extensions: pgliteExtensions });
  return wrapPglite(client);
}
