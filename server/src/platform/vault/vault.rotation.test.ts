// Rotating the vault's data key on a real database: the job re-seals every value, survives a crash midway, resumes an
// unfinished retirement, passes over (and names) a value that does not open, and erases the old key's material only
// once nothing is left under it. The common ground: server/test/vault.ts.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { keyRows, PERSON, probeTable, quiet, refusal, setup, under } from '../../../test/vault.js';
import { queryRows } from '../db.js';
import { createJobRunner } from '../jobs/index.js';
import { createVault, RESEAL_GRACE_MS, RESEAL_QUEUE, resealBatch, rotateDataKey, vaultJobHandlers, type Resealer, type Vault } from './index.js';

describe('vault: rotating the data key', () => {
  it('re-seals 1,200 values through the job, then retires the old key and erases it', async () => {
    const { db, box, clock, vault, runner } = await setup();
    const probe = await probeTable(db, vault, 'probe_rotation', 1200);
    vault.registerResealer(probe.resealer);
    const stale = await vault.seal('elsewhere/1/person', PERSON);
    const before = await probe.values();
    const oldKey = vault.keyIdOf(stale);
    expect(new Set(before.map((r) => vault.keyIdOf(r.person)))).toEqual(new Set([oldKey]));

    const { fromKeyId, toKeyId } = await rotateDataKey(db, box, clock.now());
    expect(fromKeyId).toBe(oldKey);
    const jobs = await queryRows<{ subject: string }>(db, sql`select subject from jobs where queue = ${RESEAL_QUEUE}`);
    expect(jobs.map((j) => j.subject)).toEqual([oldKey]);
    expect(await runner().runDue()).toBe(1);
    const after = await probe.values();
    expect(after.every((r) => vault.keyIdOf(r.person) === toKeyId)).toBe(true);
    for (const r of after) expect(await vault.open(probe.aad(r.id), r.person)).toBe(probe.plain(r.id));
    // Within the grace the old key keeps its material: a transaction open at rotation time may still write under it.
    expect((await keyRows(db)).find((k) => k.id === oldKey)?.state).toBe('retiring');
    expect(await vault.open('elsewhere/1/person', stale)).toBe(PERSON);

    clock.advance(RESEAL_GRACE_MS);
    expect(await runner().runDue()).toBe(1);
    const old = (await keyRows(db)).find((k) => k.id === oldKey);
    expect(old).toMatchObject({ state: 'retired', sealed: null });
    expect(old?.retired_at).not.toBeNull();
    await refusal(vault.open('elsewhere/1/person', stale), 'erased-key', [PERSON]);
    await refusal(createVault({ db, box }).open('elsewhere/1/person', stale), 'erased-key', [PERSON]);
    expect(vault.keyIdOf(await vault.seal('p/new', PERSON))).toBe(toKeyId);
    expect((await probe.values()).map((r) => r.person)).toEqual(after.map((r) => r.person));
    const done = await queryRows<{ state: string }>(db, sql`select state from jobs where queue = ${RESEAL_QUEUE}`);
    expect(done.map((j) => j.state)).toEqual(['done', 'done']);
  });

  it('ends correct after a crash midway: a batch by hand, a job that dies in its second batch, then the job again', async () => {
    const { db, box, clock, vault } = await setup();
    const probe = await probeTable(db, vault, 'probe_crash', 1200);
    const { fromKeyId, toKeyId } = await rotateDataKey(db, box, clock.now());
    const countUnder = async (keyId: string | null) => (await probe.values()).filter((r) => vault.keyIdOf(r.person) === keyId).length;
    expect(await resealBatch({ db, vault }, probe.resealer, { fromKeyId: fromKeyId ?? '', limit: 500 })).toMatchObject({ resealed: 500, refused: [] });
    expect(await countUnder(fromKeyId)).toBe(700);

    // Another process takes the job and dies in its second batch: that batch's transaction leaves nothing half-written.
    const dying = createVault({ db, box });
    let batches = 0;
    const crashing: Resealer = { ...probe.resealer, reseal: async (tx, v, batch) => (++batches === 2 ? Promise.reject(new Error('process killed')) : probe.resealer.reseal(tx, v, batch)) };
    dying.registerResealer(crashing);
    const handlers = (v: Vault) => vaultJobHandlers({ db, clock, vault: v, batch: 300 });
    expect(await createJobRunner({ db, clock, log: quiet, handlers: handlers(dying) }).runDue()).toBe(1);
    expect(await countUnder(fromKeyId)).toBe(400);
    expect(await countUnder(toKeyId)).toBe(800);

    // A fresh process with the real re-sealer takes the job up again after its backoff, and after the grace retires.
    const fresh = createVault({ db, box });
    fresh.registerResealer(probe.resealer);
    clock.advance(RESEAL_GRACE_MS);
    for (let i = 0; i < 3; i++) await createJobRunner({ db, clock, log: quiet, handlers: handlers(fresh) }).runDue();
    expect(await countUnder(toKeyId)).toBe(1200);
    for (const r of await probe.values()) expect(await fresh.open(probe.aad(r.id), r.person)).toBe(probe.plain(r.id));
    expect((await keyRows(db)).find((k) => k.id === fromKeyId)).toMatchObject({ state: 'retired', sealed: null });
  });

  it('keeps the old key while a re-sealer still reports values under it, and takes up an unfinished retirement', async () => {
    const { db, box, clock, vault, runner } = await setup();
    const probe = await probeTable(db, vault, 'probe_held', 10);
    // A re-sealer that finds nothing to take (as when requests hold every row) while values remain.
    vault.registerResealer({ ...probe.resealer, reseal: async () => ({ resealed: 0, last: null, refused: [] }) });
    const { fromKeyId } = await rotateDataKey(db, box, clock.now());
    clock.advance(RESEAL_GRACE_MS);
    await runner().runDue();
    expect((await keyRows(db)).find((k) => k.id === fromKeyId)).toMatchObject({ state: 'retiring' });
    expect(await under(db, vault, 'probe_held', fromKeyId)).toBe(10);
    const [job] = await queryRows<{ state: string; last_error: string }>(db, sql`select state, last_error from jobs where queue = ${RESEAL_QUEUE}`);
    expect(job).toMatchObject({ state: 'queued', last_error: expect.stringContaining('remain in probe_held') });

    // The next rotation gives the still-retiring key a job again, which a working re-sealer finishes.
    const next = createVault({ db, box, clock });
    next.registerResealer(probe.resealer);
    const second = await rotateDataKey(db, box, clock.now());
    expect(new Set((await queryRows<{ subject: string }>(db, sql`select subject from jobs where queue = ${RESEAL_QUEUE} and state = 'queued'`)).map((j) => j.subject))).toEqual(new Set([fromKeyId, second.fromKeyId]));
    clock.advance(RESEAL_GRACE_MS);
    for (let i = 0; i < 3; i++) await runner(next).runDue();
    const states = await keyRows(db);
    expect(states.filter((k) => k.purpose === 'data').map((k) => k.state)).toEqual(['retired', 'retired', 'active']);
    expect(await under(db, vault, 'probe_held', second.toKeyId)).toBe(10);
  });
});

describe('vault: unfinished and blocked retirements', () => {
  it('resumes a retirement whose after-grace job failed for good when the key is rotated again', async () => {
    const { db, box, clock, vault, runner } = await setup();
    const probe = await probeTable(db, vault, 'probe_resume', 10);
    vault.registerResealer(probe.resealer);
    const first = await rotateDataKey(db, box, clock.now());
    // Within the grace the job re-seals everything and leaves the retirement to a job of its own, after the grace.
    expect(await runner().runDue()).toBe(1);
    const waiting = await queryRows<{ key: string }>(db, sql`select key from jobs where queue = ${RESEAL_QUEUE} and state = 'queued'`);
    expect(waiting.map((j) => j.key)).toEqual([expect.stringMatching(new RegExp(`^${first.fromKeyId ?? 'x'}:after-grace:`))]);
    // That job fails for good (as after its last attempt while requests held rows): the key is left retiring.
    await db.execute(sql`update jobs set state = 'failed', finished_at = now(), last_error = 'gave up' where queue = ${RESEAL_QUEUE} and state = 'queued'`);

    // Rotated again (in the same instant, even): the retiring key gets a job again, whose after-grace job is new.
    const second = await rotateDataKey(db, box, clock.now());
    expect(await runner().runDue()).toBe(2);
    const queued = await queryRows<{ subject: string }>(db, sql`select subject from jobs where queue = ${RESEAL_QUEUE} and state = 'queued'`);
    expect(new Set(queued.map((j) => j.subject))).toEqual(new Set([first.fromKeyId, second.fromKeyId]));
    clock.advance(RESEAL_GRACE_MS);
    expect(await runner().runDue()).toBe(2);
    const keys = (await keyRows(db)).filter((k) => k.purpose === 'data');
    expect(keys.map((k) => [k.id, k.state, k.sealed === null])).toEqual([
      [first.fromKeyId, 'retired', true],
      [second.fromKeyId, 'retired', true],
      [second.toKeyId, 'active', false],
    ]);
    expect(await under(db, vault, 'probe_resume', second.toKeyId)).toBe(10);
  });

  it('re-seals past a value that does not open, names its row and not the value, and keeps the key retiring', async () => {
    const { db, box, clock, vault, runner } = await setup();
    const probe = await probeTable(db, vault, 'probe_bad', 6);
    const afters: (string | null)[] = [];
    vault.registerResealer({ ...probe.resealer, reseal: (tx, v, batch) => {
        afters.push(batch.after);
        return probe.resealer.reseal(tx, v, batch);
      },
    });
    // Row 3 holds row 4's value: under the key, but bound to row 4, so it does not open as row 3's.
    await db.execute(sql`update probe_bad set person = (select person from probe_bad where id = 4) where id = 3`);
    const moved = (await probe.values()).find((r) => r.id === 3)?.person;
    const { fromKeyId, toKeyId } = await rotateDataKey(db, box, clock.now());
    clock.advance(RESEAL_GRACE_MS);
    expect(await runner(vault, 2).runDue()).toBe(1);

    // One pass, paged forward by id in batches of 2: each row read once, the bad one in the middle of a batch.
    expect(afters).toEqual([null, '2', '4', '6']);
    const rows = await probe.values();
    expect(rows.filter((r) => vault.keyIdOf(r.person) === toKeyId).map((r) => r.id)).toEqual([1, 2, 4, 5, 6]);
    expect(rows.find((r) => r.id === 3)?.person).toBe(moved);
    const [job] = await queryRows<{ state: string; last_error: string }>(db, sql`select state, last_error from jobs where queue = ${RESEAL_QUEUE}`);
    expect(job?.state).toBe('failed');
    expect(job?.last_error).toContain('1 value(s) under the retiring data key');
    expect(job?.last_error).toContain('probe_bad row 3');
    for (const secret of [moved ?? 'x', probe.plain(3), probe.plain(4), 'TEST TRAVELLER']) expect(job?.last_error).not.toContain(secret);
    expect((await keyRows(db)).find((k) => k.id === fromKeyId)).toMatchObject({ state: 'retiring' });
    expect(await under(db, vault, 'probe_bad', fromKeyId)).toBe(1);
  });
});
