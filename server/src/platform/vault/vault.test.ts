// The personal-data vault on a real database: values round-trip and the tables hold no plaintext and no usable key;
// a value opens only where it was sealed and untouched; keys are made once, through the node's handle, never inside a
// transaction; keyed hashes hash a list of NFC parts and stay stable across a data-key rotation. Rotation:
// vault.rotation.test.ts; the common ground: server/test/vault.ts.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { keyRows, PERSON, refusal, setup } from '../../../test/vault.js';
import { queryRows } from '../db.js';
import { secretBox } from '../secret-box.js';
import { withTx } from '../tx.js';
import { createVault, RESEAL_GRACE_MS, rotateDataKey, VaultError } from './index.js';

describe('vault: sealing and opening', async () => {
  const { db, box, vault } = await setup();

  it('opens what it sealed, text and JSON, and seals the same text differently each time', async () => {
    for (const text of [PERSON, '', 'x'.repeat(10_000)]) expect(await vault.open('probe/1/person', await vault.seal('probe/1/person', text))).toBe(text);
    const [a, b] = [await vault.seal('probe/1/person', PERSON), await vault.seal('probe/1/person', PERSON)];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[0-9a-f-]{36}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(vault.keyIdOf(a)).toBe(vault.keyIdOf(b));
    const Person = z.object({ name: z.string(), born: z.string() }).strict();
    const json = await vault.sealJson('probe/2/person', { name: PERSON, born: '1970-01-31' });
    expect(await vault.openJson('probe/2/person', json, Person)).toEqual({ name: PERSON, born: '1970-01-31' });
    await refusal(vault.openJson('probe/2/person', json, z.object({ passport: z.string() }).strict()), 'shape', [PERSON]);
    await refusal(vault.openJson('probe/3/person', await vault.seal('probe/3/person', PERSON), Person), 'shape', [PERSON]);
  });

  it('refuses to seal JSON of a value that has none, never quoting it', async () => {
    const cycle: Record<string, unknown> = { name: PERSON };
    cycle.self = cycle;
    for (const value of [undefined, () => PERSON, Symbol(PERSON), cycle, { passport: 10n }]) await refusal(vault.sealJson('probe/4/person', value), 'no-json', [PERSON, 'passport']);
    expect(await vault.openJson('probe/4/person', await vault.sealJson('probe/4/person', null))).toBeNull();
  });

  it('leaves no plaintext and no usable key in the database', async () => {
    await db.execute(sql`create table probe_people (id text primary key, person text not null, passport_hash text not null)`);
    const sealed = await vault.seal('probe_people/p1/person', PERSON);
    await db.execute(sql`insert into probe_people values ('p1', ${sealed}, ${await vault.keyedHash('passport', ['P99000123'])})`);
    const dump = (await queryRows<{ row: string }>(db, sql`select t::text as row from probe_people t union all select k::text from vault_keys k`)).map((r) => r.row).join('\n');
    expect(dump).toContain(vault.keyIdOf(sealed));
    for (const part of [PERSON, 'ZHOU', '周测试', 'P99000123', '1970-01-31', Buffer.from('P99000123').toString('base64')]) expect(dump).not.toContain(part);
    // The data key itself is only in the node-sealed column, never in the clear.
    const [row] = (await keyRows(db)).filter((k) => k.id === vault.keyIdOf(sealed));
    const rawKey = box.open(row?.sealed ?? '').split('.').pop() ?? '';
    expect(rawKey).toHaveLength(43);
    expect(dump).not.toContain(rawKey);
    expect(dump).not.toContain(Buffer.from(rawKey, 'base64url').toString('base64'));
  });

  it('refuses a wrong place, a tampered iv, ciphertext or tag, a relabelled or unknown key, never quoting what it holds', async () => {
    const sealed = await vault.seal('probe/7/person', PERSON);
    const secrets = [PERSON, 'ZHOU', sealed];
    const parts = sealed.split('.');
    const flip = (i: number) => {
      const bytes = Buffer.from(parts[i] ?? '', 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 0x01;
      return parts.map((p, j) => (j === i ? bytes.toString('base64url') : p)).join('.');
    };
    await refusal(vault.open('probe/8/person', sealed), 'refused', secrets);
    await refusal(vault.open('probe/7/passport', sealed), 'refused', secrets);
    for (const i of [2, 3, 4]) await refusal(vault.open('probe/7/person', flip(i)), 'refused', secrets);
    await refusal(vault.open('probe/7/person', [...parts.slice(0, 3), '', parts[4]].join('.')), 'refused', secrets);
    await refusal(vault.open('probe/7/person', sealed.replace(/^v1\.[^.]+/, 'v1.0190a5b2-0000-7000-8000-000000000000')), 'unknown-key', secrets);
    // A mac key's id is not a data key: a value relabelled to it does not open either.
    await vault.keyedHash('passport', ['P99000123']);
    const mac = (await keyRows(db)).find((k) => k.purpose === 'mac');
    await refusal(vault.open('probe/7/person', sealed.replace(/^v1\.[^.]+/, `v1.${mac?.id ?? ''}`)), 'unknown-key', secrets);
    for (const bad of ['', 'v1', `v2${sealed.slice(2)}`, `${sealed}.x`, sealed.replace(/\.[^.]+$/, '.!!!!')]) await refusal(vault.open('probe/7/person', bad), 'malformed', secrets);
    expect(() => vault.keyIdOf('not sealed')).toThrow(VaultError);
    expect(await vault.open('probe/7/person', sealed)).toBe(PERSON);
  });

  it('opens with any vault of the same node key, also inside a transaction, and not with another node key', async () => {
    const sealed = await vault.seal('probe/9/person', PERSON);
    expect(await createVault({ db, box }).open('probe/9/person', sealed)).toBe(PERSON);
    // A cold vault inside a transaction looks its key up through it (on PGlite the outer handle would wait).
    expect(await withTx({ db }, (tx) => createVault({ db, box }).within(tx).open('probe/9/person', sealed))).toBe(PERSON);
    await refusal(createVault({ db, box: secretBox(randomBytes(32)) }).open('probe/9/person', sealed), 'node-key', [PERSON]);
  });
});

describe('vault: keys on first use', () => {
  it('makes one active key of each purpose when several processes start using the vault at once', async () => {
    const { db, box } = await setup();
    const vaults = [createVault({ db, box }), createVault({ db, box }), createVault({ db, box })];
    const sealed = await Promise.all(vaults.flatMap((v, i) => [v.seal(`p/${i}`, PERSON), v.seal(`q/${i}`, PERSON)]));
    const hashes = await Promise.all(vaults.map((v) => v.keyedHash('passport', ['P99000123'])));
    const rows = await keyRows(db);
    expect(rows.map((r) => `${r.purpose}:${r.state}`).sort()).toEqual(['data:active', 'mac:active']);
    expect(new Set(sealed.map((s) => vaults[0]?.keyIdOf(s)))).toEqual(new Set([rows.find((r) => r.purpose === 'data')?.id]));
    expect(new Set(hashes).size).toBe(1);
    for (const [i, s] of sealed.entries()) expect(await vaults[(i + 1) % 3]?.open(`${i % 2 ? 'q' : 'p'}/${Math.floor(i / 2)}`, s)).toBe(PERSON);
  });

  it('makes both keys at start, one of each however many processes start at once, and a transaction finds them', async () => {
    const { db, box } = await setup();
    const vaults = [createVault({ db, box }), createVault({ db, box }), createVault({ db, box })];
    await Promise.all(vaults.map((v) => v.ensureKeys()));
    const rows = await keyRows(db);
    expect(rows.map((r) => `${r.purpose}:${r.state}`)).toEqual(['data:active', 'mac:active']);
    const [a, b] = vaults;
    const inTx = await withTx({ db }, async (tx) => ({ sealed: await b?.within(tx).seal('p/1', PERSON), hash: await b?.within(tx).keyedHash('passport', ['P99000123']) }));
    expect(inTx.hash).toBe(await a?.keyedHash('passport', ['P99000123']));
    expect(await a?.open('p/1', inTx.sealed ?? '')).toBe(PERSON);
    expect(await keyRows(db)).toEqual(rows);
  });

  it('makes no key inside a transaction: one rolled back leaves no cached key that is not in the table', async () => {
    const { db, box } = await setup();
    const [a, b] = [createVault({ db, box }), createVault({ db, box })];
    const rolledBack = withTx({ db }, async (tx) => {
      await refusal(a.within(tx).keyedHash('passport', ['P99000123']), 'no-key', ['P99000123']);
      await refusal(a.within(tx).seal('p/1', PERSON), 'no-key', [PERSON]);
      throw new Error('rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');
    expect(await keyRows(db)).toEqual([]);
    // Afterwards both processes make or find the same keys through their own handles, and agree.
    const [ha, hb] = await Promise.all([a.keyedHash('passport', ['P99000123']), b.keyedHash('passport', ['P99000123'])]);
    expect(ha).toBe(hb);
    const sealed = await a.seal('p/1', PERSON);
    const rows = await keyRows(db);
    expect(rows.map((r) => `${r.purpose}:${r.state}`).sort()).toEqual(['data:active', 'mac:active']);
    expect(rows.map((r) => r.id)).toContain(a.keyIdOf(sealed));
    expect(await b.open('p/1', sealed)).toBe(PERSON);
  });

  it('refuses a second active key of a purpose in the table itself', async () => {
    const { db, vault } = await setup();
    await vault.seal('p/1', PERSON);
    const [data] = await keyRows(db);
    const second = db.execute(sql`insert into vault_keys (id, purpose, sealed, state, created_at) values ('0190a5b2-0000-7000-8000-000000000001', 'data', ${data?.sealed ?? ''}, 'active', now())`);
    await expect(second).rejects.toThrow();
    await expect(db.execute(sql`update vault_keys set sealed = null where id = ${data?.id ?? ''}`)).rejects.toThrow();
  });
});

describe('vault: keyed hashes', async () => {
  const { db, box, clock, vault, runner } = await setup();

  it('are stable across calls, vaults and a data-key rotation, and differ per purpose, value and node', async () => {
    const first = await vault.keyedHash('passport+dob', ['P99000123', '1970-01-31']);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await vault.keyedHash('passport+dob', ['P99000123', '1970-01-31'])).toBe(first);
    expect(await createVault({ db, box }).keyedHash('passport+dob', ['P99000123', '1970-01-31'])).toBe(first);
    expect(await vault.keyedHash('passport', ['P99000123', '1970-01-31'])).not.toBe(first);
    expect(await vault.keyedHash('passport+dob', ['P99000124', '1970-01-31'])).not.toBe(first);
    await vault.seal('p/1', PERSON);
    await rotateDataKey(db, box, clock.now());
    await runner().runDue();
    clock.advance(RESEAL_GRACE_MS);
    await runner().runDue();
    expect((await keyRows(db)).map((r) => `${r.purpose}:${r.state}`)).toEqual(['mac:active', 'data:retired', 'data:active']);
    vault.forget();
    expect(await vault.keyedHash('passport+dob', ['P99000123', '1970-01-31'])).toBe(first);
    const other = await setup();
    expect(await other.vault.keyedHash('passport+dob', ['P99000123', '1970-01-31'])).not.toBe(first);
  });
});

describe('vault: keyed hashes of several parts', async () => {
  const { vault } = await setup();
  const hash = (parts: string[]) => vault.keyedHash('traveller', parts);

  it('hash the parts as a list, so no two lists collide by where they join', async () => {
    for (const [x, y] of [
      [['P990|00123', 'CN'], ['P990', '00123|CN']],
      [['P99000123', 'CN'], ['P99000123C', 'N']],
      [['a","b'], ['a', 'b']],
      [['P99000123'], ['P99000123', '']],
    ]) expect(await hash(x ?? []), JSON.stringify([x, y])).not.toBe(await hash(y ?? []));
    await expect(vault.keyedHash('traveller', [])).rejects.toThrow('one or more text parts');
  });

  it('take a composed and a decomposed accent alike (NFC), and leave case and spaces to the caller', async () => {
    expect(await hash(['JOS\u00c9', '1970-01-31'])).toBe(await hash(['JOSE\u0301', '1970-01-31']));
    expect(await hash(['José'])).not.toBe(await hash(['JOSÉ']));
    expect(await hash([' JOSE'])).not.toBe(await hash(['JOSE']));
  });
});
