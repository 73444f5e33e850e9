// Real backups of a test database, as an operator takes them: `pg_dump` and `pg_restore` of PostgreSQL into a new
// database, or the embedded database's own dump of its data folder (PGlite `dumpDataDir`) loaded into a new one.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { inject, onTestFinished } from 'vitest';
import { connectPostgres, pgliteExtensions, wrapPglite, type Database } from '../src/platform/db.js';
import { origins, testDatabaseName } from './db.js';
import { createPgDatabase } from './global-setup.js';

const run = promisify(execFile);

export type Backup = { restore: () => Promise<Database> };

export async function takeBackup(database: Database): Promise<Backup> {
  const origin = origins.get(database);
  if (!origin) throw new Error('not a test database');
  if ('client' in origin) {
    const dump = await origin.client.dumpDataDir('none');
    return {
      async restore() {
        const client = await PGlite.create({ loadDataDir: dump, extensions: pgliteExtensions });
        const restored = wrapPglite(client);
        origins.set(restored, { client });
        return restored;
      },
    };
  }
  const file = join(tmpdir(), `cp-backup-${randomBytes(6).toString('hex')}.dump`);
  onTestFinished(() => rm(file, { force: true }));
  await run('pg_dump', ['--format=custom', `--file=${file}`, origin.url]);
  return {
    async restore() {
      const url = await createPgDatabase(inject('postgresUrl'), testDatabaseName());
      await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${url}`, file]);
      const restored = connectPostgres(url, 5);
      origins.set(restored, { url });
      return restored;
    },
  };
}
