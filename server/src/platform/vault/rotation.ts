// Rotating the data key without downtime. `rotateDataKey` makes a new active key and marks the old one 'retiring' in
// one transaction, with a `vault.reseal` job; new values go under the new key at once while old ones still open. The
// job re-seals every registered table's values in small transactions (RESEAL_BATCH rows, FOR UPDATE SKIP LOCKED,
// paged forward by row id) so requests go on, and once none are left — and the grace has passed, for a value sealed
// under the old key by a transaction still open at rotation time — marks the key 'retired' and erases its material.
// The grace is a time bound, not a lock: nothing stops a transaction that read the old key as active before the
// rotation and stays open past RESEAL_GRACE_MS from committing a value under it after the key is erased (that value
// would no longer open). Sealing transactions are short (no network call inside one), which is what makes it hold.
// A value under the old key that does not open (tampered, moved by hand) is left as it is and named by table and row
// id in the job's error, never quoted; the key stays 'retiring' until that row is repaired or deleted and the data key
// is rotated again. Every step may run again after a crash: the job is idempotent, and a new rotation takes up any
// retirement left unfinished (each rotation's after-grace job has its own key, so a failed one never blocks a later).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { newId } from '../ids.js';
import { enqueue, type JobHandler } from '../jobs/index.js';
import type { SecretBox } from '../secret-box.js';
import { withTx } from '../tx.js';
import { insertKey } from './keys.js';
import { vaultKeys } from './tables.js';
import type { RefusedValue, Resealer, ResealPage, Vault } from './vault.js';

export const RESEAL_QUEUE = 'vault.reseal';
export const RESEAL_BATCH = 500;
/** Far longer than a transaction lives and than a process remembers which key is active (keys.ts ACTIVE_CHECK_MS). */
export const RESEAL_GRACE_MS = 5 * 60_000;

/** `rotationId`: one per rotation, shared by its jobs for every retiring key; it keys the after-grace job. */
const ResealJob = z.object({ fromKeyId: z.uuid(), retireAfter: z.iso.datetime(), rotationId: z.uuid() }).strict();
type ResealJob = z.infer<typeof ResealJob>;

export type Rotation = { fromKeyId: string | null; toKeyId: string };

const dataKeys = (state: 'active' | 'retiring') => and(eq(vaultKeys.purpose, 'data'), eq(vaultKeys.state, state));

export async function rotateDataKey(db: Db, box: SecretBox, now: Date): Promise<Rotation> {
  return withTx({ db }, async (tx) => {
    const [current] = await tx.select({ id: vaultKeys.id }).from(vaultKeys).where(dataKeys('active')).for('update');
    if (current) await tx.update(vaultKeys).set({ state: 'retiring' }).where(eq(vaultKeys.id, current.id));
    const toKeyId = await insertKey(tx, box, 'data', now);
    if (!toKeyId) throw new Error('another rotation of the data key is under way; try again');
    // Every retiring key gets a job, so a retirement whose job failed for good is taken up again.
    const retiring = await tx.select({ id: vaultKeys.id }).from(vaultKeys).where(dataKeys('retiring'));
    const retireAfter = new Date(now.getTime() + RESEAL_GRACE_MS).toISOString();
    const rotationId = newId();
    for (const { id } of retiring) await enqueue(tx, now, { queue: RESEAL_QUEUE, subject: id, data: { fromKeyId: id, retireAfter, rotationId } satisfies ResealJob, runAt: now });
    return { fromKeyId: current?.id ?? null, toKeyId };
  });
}

type JobDeps = { db: Db; clock: Clock; vault: Vault; batch?: number };

/** One batch of one re-sealer in its own transaction, sealing under the key active in that transaction. */
export async function resealBatch(deps: Pick<JobDeps, 'db' | 'vault'>, resealer: Resealer, batch: { fromKeyId: string; after?: string | null; limit?: number | undefined }): Promise<ResealPage> {
  return withTx(deps, async (tx) => {
    const [active] = await tx.select({ id: vaultKeys.id }).from(vaultKeys).where(dataKeys('active'));
    if (!active || active.id === batch.fromKeyId) throw new Error('no other active data key to re-seal under');
    return resealer.reseal(tx, deps.vault.within(tx, { sealUnder: active.id }), { fromKeyId: batch.fromKeyId, after: batch.after ?? null, limit: batch.limit ?? RESEAL_BATCH });
  });
}

/** One pass over every re-sealer, from each one's first row to its last; returns the values that would not open. */
async function resealAll(deps: JobDeps, fromKeyId: string): Promise<RefusedValue[]> {
  const refused: RefusedValue[] = [];
  for (const resealer of deps.vault.resealers()) {
    let after: string | null = null;
    do {
      const page: ResealPage = await resealBatch(deps, resealer, { fromKeyId, after, limit: deps.batch });
      refused.push(...page.refused);
      after = page.last;
    } while (after !== null);
  }
  return refused;
}

/** Names the rows (never the values) whose value would not open; the job fails for good and the key stays retiring. */
function refusal(fromKeyId: string, refused: readonly RefusedValue[]): Error {
  const shown = refused.slice(0, 20).map((r) => `${r.table} row ${r.rowId}`);
  const more = refused.length > shown.length ? ` and ${refused.length - shown.length} more` : '';
  const message = `${refused.length} value(s) under the retiring data key ${fromKeyId} do not open and were left as they are (${shown.join(', ')}${more}); the key stays retiring until they are repaired or deleted and the data key is rotated again`;
  return Object.assign(new Error(message), { transient: false });
}

/** Erases the key's material once no re-sealer has a value under it, in one transaction holding the key's row. */
async function retire(deps: JobDeps, fromKeyId: string): Promise<void> {
  await withTx(deps, async (tx) => {
    const [row] = await tx.select({ state: vaultKeys.state }).from(vaultKeys).where(eq(vaultKeys.id, fromKeyId)).for('update');
    if (row?.state !== 'retiring') return;
    for (const resealer of deps.vault.resealers()) {
      // Rows a request held while the batches ran were passed over; the job runs again later (backoff) for them.
      if ((await resealer.remaining(tx, fromKeyId)) > 0) throw new Error(`values under the retiring key remain in ${resealer.name}; will try again`);
    }
    await tx.update(vaultKeys).set({ state: 'retired', sealed: null, retiredAt: deps.clock.now() }).where(eq(vaultKeys.id, fromKeyId));
  });
  deps.vault.forget(fromKeyId);
}

export async function resealAndRetire(deps: JobDeps, job: ResealJob): Promise<'retired' | 'waiting' | 'done-before'> {
  const [key] = await deps.db.select({ state: vaultKeys.state }).from(vaultKeys).where(eq(vaultKeys.id, job.fromKeyId));
  if (key?.state !== 'retiring') return 'done-before';
  const refused = await resealAll(deps, job.fromKeyId);
  const now = deps.clock.now();
  if (now.getTime() < Date.parse(job.retireAfter)) {
    // Keyed per rotation: a re-run of this job finds its own, while a later rotation's job for the same key is not
    // shut out by an earlier after-grace job that failed for good. Refusals are reported by that later run.
    await enqueue(deps.db, now, { queue: RESEAL_QUEUE, key: `${job.fromKeyId}:after-grace:${job.rotationId}`, subject: job.fromKeyId, data: job, runAt: new Date(job.retireAfter) });
    return 'waiting';
  }
  if (refused.length > 0) throw refusal(job.fromKeyId, refused);
  await retire(deps, job.fromKeyId);
  return 'retired';
}

/** The vault's job handlers, for app.ts's job runner. */
export function vaultJobHandlers(deps: JobDeps): Record<string, JobHandler> {
  return {
    [RESEAL_QUEUE]: async (data) => {
      const parsed = ResealJob.safeParse(data);
      if (!parsed.success) throw Object.assign(new Error('not a vault.reseal job'), { transient: false });
      await resealAndRetire(deps, parsed.data);
    },
  };
}
