// The schema version a node reports: the tag of the last applied migration (from drizzle's journal).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder, queryRows, type Db } from './db.js';

type Journal = { entries: { idx: number; tag: string }[] };

const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;

export const latestMigration = journal.entries.at(-1)?.tag ?? 'none';

export async function schemaVersion(db: Db): Promise<string> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const applied = rows[0]?.n ?? 0;
  return applied === 0 ? 'none' : (journal.entries[applied - 1]?.tag ?? `unknown-${applied}`);
}
