// Runs bulk screenings in the background, one at a time per process (each already uses every core through its
// worker threads). Results are written in gzip-compressed chunks of JSON lines, each with the progress, in one
// transaction; the job's lease is extended at every chunk, so a job whose process dies is taken up again by the
// next process that starts, from the beginning.
import { gzipSync } from 'node:zlib';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import * as jobs from './jobs-repo.js';
import { readManifest, type ManifestFormat } from './manifest.js';
import { currentRegistry } from './registry-store.js';
import { screenRows } from './screening-pool.js';
import { VERDICTS } from './screening-schemas.js';
import type { Registry } from './registry.js';

export type RunnerDeps = { db: Db; clock: Clock; workers?: number; onError?: (jobId: string, err: unknown) => void };

const LEASE_MS = 5 * 60_000;
const CHUNK_LINES = 2000;
const queues = new WeakMap<Db, Promise<void>>();

/** Queues a job behind the ones this process is already running; returns when it has run. */
export function enqueueJob(deps: RunnerDeps, jobId: string): Promise<void> {
  const next = (queues.get(deps.db) ?? Promise.resolve()).then(() => runJob(deps, jobId)).catch((err: unknown) => deps.onError?.(jobId, err));
  queues.set(deps.db, next);
  return next;
}

/** At start: jobs left queued, or running under a lease that ran out, are queued again. */
export async function resumeJobs(deps: RunnerDeps): Promise<number> {
  const ids = await jobs.unfinishedJobs(deps.db, deps.clock.now());
  for (const id of ids) void enqueueJob(deps, id);
  return ids.length;
}

async function runJob(deps: RunnerDeps, jobId: string): Promise<void> {
  const { db, clock } = deps;
  const job = await jobs.getJob(db, jobId);
  if (!job || job.status === 'done' || job.status === 'failed') return;
  const { registry } = await currentRegistry(db);
  const lease = () => new Date(clock.now().getTime() + LEASE_MS);
  const input = await jobs.claimJob(db, jobId, clock.now(), lease(), registry.version);
  if (!input) return; // another process has it
  // A worker thread that dies (an infrastructure fault, not the manifest's) gets the job one more try, from the start.
  for (let attempt = 1; ; attempt++) {
    try {
      await screenJob(deps, jobId, job, input, registry, lease);
      return;
    } catch (err) {
      if (!(err instanceof AppError) && attempt < 2) {
        deps.onError?.(jobId, err);
        await jobs.resetProgress(db, jobId, lease());
        continue;
      }
      // A manifest the parser refuses as a whole says why in the user's terms; anything else stays in the log.
      const message = err instanceof AppError ? err.message : 'the screening stopped on an internal error; the node log has the details';
      const errorType = err instanceof AppError ? err.type : 'internal';
      await jobs.finishJob(db, jobId, { status: 'failed', error: message, errorType, finishedAt: clock.now() });
      if (!(err instanceof AppError)) throw err;
      return;
    }
  }
}

async function screenJob(deps: RunnerDeps, jobId: string, job: jobs.JobInfo, input: Buffer, registry: Registry, lease: () => Date): Promise<void> {
  const { db, clock } = deps;
  const counts: Record<string, number> = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  let done = 0;
  let seq = 0;
  let pending: string[] = [];
  const flush = async () => {
    if (!pending.length) return;
    const body = gzipSync(pending.join(''));
    const lines = pending.length;
    pending = [];
    await db.transaction(async (tx) => jobs.appendChunk(tx as unknown as Db, { jobId, seq: seq++, lines, body, doneLines: done, counts, leaseUntil: lease() }));
  };
  const manifest = readManifest(input, job.format as ManifestFormat);
  for await (const r of screenRows(manifest.rows, { registry, asOf: job.asOf, output: 'json', ...(deps.workers ? { workers: deps.workers } : {}) })) {
    pending.push(r.text);
    done++;
    counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
    if (pending.length >= CHUNK_LINES) await flush();
  }
  await flush();
  await jobs.finishJob(db, jobId, { status: 'done', doneLines: done, totalLines: done, counts, encoding: manifest.encoding, finishedAt: clock.now() });
}
