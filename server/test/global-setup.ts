// Builds one migrated template database per test run; every test file then starts from a copy of it.
// PGlite: a dump of a migrated instance (initdb costs ~3 s; loading a dump ~1 s). PostgreSQL: a template database
// created with a UTF-8 locale (pg_trgm sees no Chinese under the C locale), cloned with CREATE DATABASE … TEMPLATE.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectPostgres, pgliteExtensions, wrapPglite } from '../src/platform/db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
    postgresUrl: string;
  }
}

const created: string[] = [];

export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export async function createPgDatabase(url: string, name: string, template = 'template0'): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function dropPgDatabase(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = project.config.env?.TEST_DB_KIND;
  const stamp = `${process.pid}_${Date.now()}`;
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const name = `cp_tpl_${stamp}`;
    const tplUrl = await createPgDatabase(url, name);
    const database = connectPostgres(tplUrl, 2);
    await database.migrate();
    await database.close();
    project.provide('postgresTemplate', name);
    project.provide('postgresUrl', url);
    return async () => {
      await dropPgDatabase(url, name);
      const admin = new pg.Client({ connectionString: adminUrl(url) });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`cp_t_${process.pid}_%`]);
      await admin.end();
      for (const r of rows) await dropPgDatabase(url, r.datname);
    };
  }
  const dir = join(tmpdir(), `counterpart-test-${stamp}`);
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const database = wrapPglite(client);
  await database.migrate();
  const dump = await client.dumpDataDir('none');
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  created.push(dir);
  project.provide('pgliteTemplate', file);
  return async () => {
    for (const d of created) rmSync(d, { recursive: true, force: true });
  };
}
