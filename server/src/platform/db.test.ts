// The database handle's extras on both backends: many rows inserted as one JSON parameter, and NOTIFY delivered to
// listeners when (and only when) the sending transaction commits.
import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dbKind, freshDatabase } from '../../test/db.js';
import { queryRows } from './db.js';
import { insertRowsAsJson } from './sql.js';

const database = await freshDatabase();
await database.db.execute(sql`create table json_rows_sample (id uuid primary key, label text, count integer not null, tags text[] not null, body jsonb, at timestamptz not null, flag boolean not null)`);
afterAll(() => database.close());

const sample = pgTable('json_rows_sample', {
  id: uuid('id').primaryKey(),
  label: text('label'),
  count: integer('count').notNull(),
  tags: text('tags').array().notNull(),
  body: jsonb('body'),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  flag: boolean('flag').notNull(),
});

const waitUntil = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('insertRowsAsJson', () => {
  it('stores every kind of column it is meant for exactly, nulls, Chinese text and quotes included', async () => {
    const rows = [
      { id: '018f3b2e-0000-7000-8000-00000000a001', label: '禁毒 "desk" \\ O\'Brien', count: 3, tags: ['a', 'b,c', '公安'], body: { nested: [1, { x: null }] }, at: new Date('2026-03-08T06:59:59.123Z'), flag: true },
      { id: '018f3b2e-0000-7000-8000-00000000a002', label: null, count: -1, tags: [], body: null, at: new Date('2026-11-28T00:00:00Z'), flag: false },
    ];
    await database.db.execute(insertRowsAsJson(sample, rows));
    const back = await database.db.select().from(sample).where(sql`${sample.id} in (${rows[0]?.id}, ${rows[1]?.id})`).orderBy(sample.id);
    expect(back).toEqual(rows);
  });

  it('takes an on conflict clause and returns what it is asked for', async () => {
    const row = { id: '018f3b2e-0000-7000-8000-00000000b001', label: 'first', count: 3, tags: [], body: null, at: new Date('2026-01-01T00:00:00Z'), flag: true };
    expect(await queryRows(database.db, sql`${insertRowsAsJson(sample, [row])} returning id`)).toEqual([{ id: row.id }]);
    const again = { ...row, label: 'second' };
    const got = await queryRows<{ id: string }>(database.db, sql`${insertRowsAsJson(sample, [again])} on conflict (id) do update set label = excluded.label where ${sample.count} < 0 returning id`);
    expect(got).toEqual([]); // the existing row's count is 3: the condition refuses the update
    const [kept] = await database.db.select().from(sample).where(sql`${sample.id} = ${row.id}`);
    expect(kept?.label).toBe('first');
  });

  it('takes its columns from every row, so a key only a later row carries is not dropped', async () => {
    const base = { label: 'x', count: 1, tags: [], at: new Date('2026-02-01T00:00:00Z'), flag: false };
    const rows = [
      { id: '018f3b2e-0000-7000-8000-00000000c001', ...base },
      { id: '018f3b2e-0000-7000-8000-00000000c002', ...base, body: { kept: true } },
    ];
    await database.db.execute(insertRowsAsJson(sample, rows));
    const back = await database.db.select({ id: sample.id, body: sample.body }).from(sample).where(sql`${sample.id} in (${rows[0]?.id}, ${rows[1]?.id})`).orderBy(sample.id);
    expect(back).toEqual([{ id: rows[0]?.id, body: null }, { id: rows[1]?.id, body: { kept: true } }]);
  });

  it('refuses an empty list rather than writing invalid SQL', () => {
    expect(() => insertRowsAsJson(sample, [])).toThrow(/at least one row/);
  });
});

describe('listen', () => {
  it('hears a NOTIFY only once its transaction commits, never from a rollback', async () => {
    const heard: string[] = [];
    const stop = await database.listen('cp_test_commit', (payload) => heard.push(payload));
    try {
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_notify('cp_test_commit', 'committed')`);
        await new Promise((r) => setTimeout(r, 100));
        expect(heard).toEqual([]); // not before the commit
      });
      await waitUntil(() => heard.length > 0);
      expect(heard).toEqual(['committed']);
      await database.db
        .transaction(async (tx) => {
          await tx.execute(sql`select pg_notify('cp_test_commit', 'rolled back')`);
          throw new Error('roll back');
        })
        .catch(() => undefined);
      await database.db.execute(sql`select pg_notify('cp_test_commit', 'second')`);
      await waitUntil(() => heard.length > 1);
      expect(heard).toEqual(['committed', 'second']);
    } finally {
      await stop();
    }
  });

  it('hears nothing more once stopped, while another listener still hears', async () => {
    const stopped: string[] = [];
    const other: string[] = [];
    const stop = await database.listen('cp_test_stop', (payload) => stopped.push(payload));
    const stopOther = await database.listen('cp_test_stop', (payload) => other.push(payload));
    await stop();
    await database.db.execute(sql`select pg_notify('cp_test_stop', 'after stop')`);
    await waitUntil(() => other.length > 0);
    await stopOther();
    expect(other).toEqual(['after stop']);
    expect(stopped).toEqual([]);
  });

  // Only PostgreSQL has a connection to lose; on PGlite the listener lives in the process.
  if (dbKind() === 'postgres') {
    it('listens again after its connection is killed, says so, and wakes its listener once back', async () => {
      const heard: string[] = [];
      const errors: unknown[] = [];
      const stop = await database.listen('cp_test_relisten', (payload) => heard.push(payload), { onError: (err) => errors.push(err), retryMs: 50 });
      try {
        const killed = await queryRows<{ ok: boolean }>(database.db, sql`select pg_terminate_backend(pid) as ok from pg_stat_activity where query = 'LISTEN cp_test_relisten'`);
        expect(killed).toEqual([{ ok: true }]);
        await waitUntil(() => heard.length > 0);
        expect(heard).toEqual(['']); // the wake-up after reconnecting: what was sent meanwhile is lost
        expect(errors.length).toBeGreaterThan(0);
        await database.db.execute(sql`select pg_notify('cp_test_relisten', 'back')`);
        await waitUntil(() => heard.length > 1);
        expect(heard).toEqual(['', 'back']);
      } finally {
        await stop();
      }
    });
  }

  it('refuses a channel name that is not a plain identifier', async () => {
    await expect(database.listen('x; drop table users', () => undefined)).rejects.toThrow(/not a channel name/);
  });
});
