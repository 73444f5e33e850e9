// Queries for bulk screening jobs and their stored results. No business rules here.
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { screeningJobChunks, screeningJobs } from './tables.js';

export type JobRow = typeof screeningJobs.$inferSelect;
/** A job without its uploaded file, which can be megabytes. */
export type JobInfo = Omit<JobRow, 'input'>;

const { input: _input, ...infoColumns } = getTableColumns(screeningJobs);
void _input;

export async function insertJob(db: Db, row: typeof screeningJobs.$inferInsert): Promise<JobInfo> {
  const [inserted] = await db.insert(screeningJobs).values(row).returning(infoColumns);
  if (!inserted) throw new Error('the insert returned no row');
  return inserted;
}

export async function getJob(db: Db, id: string): Promise<JobInfo | undefined> {
  const [row] = await db.select(infoColumns).from(screeningJobs).where(eq(screeningJobs.id, id));
  return row;
}

export const listJobs = (db: Db, createdBy: string | null, limit: number): Promise<JobInfo[]> =>
  db
    .select(infoColumns)
    .from(screeningJobs)
    .where(createdBy ? eq(screeningJobs.createdBy, createdBy) : undefined)
    .orderBy(desc(screeningJobs.createdAt))
    .limit(limit);

/**
 * Takes a job to run until `until`: a queued one, or a running one whose holder's lease ran out (it crashed).
 * Returns the uploaded file, or nothing when another process has it.
 */
export async function claimJob(db: Db, id: string, now: Date, until: Date, registryVersion: string): Promise<Buffer | null> {
  const [row] = await db
    .update(screeningJobs)
    .set({ status: 'running', leaseUntil: until, startedAt: now, doneLines: 0, counts: {}, registryVersion })
    .where(and(eq(screeningJobs.id, id), or(eq(screeningJobs.status, 'queued'), and(eq(screeningJobs.status, 'running'), or(isNull(screeningJobs.leaseUntil), lt(screeningJobs.leaseUntil, now))))))
    .returning({ input: screeningJobs.input });
  if (!row?.input) return null;
  await db.delete(screeningJobChunks).where(eq(screeningJobChunks.jobId, id));
  return row.input;
}

/** Starts a running job over: its chunks and progress go, its lease is renewed. */
export async function resetProgress(db: Db, id: string, until: Date): Promise<void> {
  await db.delete(screeningJobChunks).where(eq(screeningJobChunks.jobId, id));
  await db.update(screeningJobs).set({ doneLines: 0, counts: {}, leaseUntil: until }).where(eq(screeningJobs.id, id));
}

export async function appendChunk(db: Db, c: { jobId: string; seq: number; lines: number; body: Buffer; doneLines: number; counts: Record<string, number>; leaseUntil: Date }): Promise<void> {
  await db.insert(screeningJobChunks).values({ jobId: c.jobId, seq: c.seq, lines: c.lines, body: c.body });
  await db.update(screeningJobs).set({ doneLines: c.doneLines, counts: c.counts, leaseUntil: c.leaseUntil }).where(eq(screeningJobs.id, c.jobId));
}

export async function finishJob(db: Db, id: string, patch: Partial<JobRow>): Promise<void> {
  await db.update(screeningJobs).set({ ...patch, input: null, leaseUntil: null }).where(eq(screeningJobs.id, id));
}

/** Jobs a restarted node should pick up: never started, or started by a process whose lease has run out. */
export async function unfinishedJobs(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: screeningJobs.id })
    .from(screeningJobs)
    .where(or(eq(screeningJobs.status, 'queued'), and(eq(screeningJobs.status, 'running'), or(isNull(screeningJobs.leaseUntil), lt(screeningJobs.leaseUntil, now)))))
    .orderBy(asc(screeningJobs.createdAt));
  return rows.map((r) => r.id);
}

export async function chunkSeqs(db: Db, jobId: string): Promise<number[]> {
  const rows = await db.select({ seq: screeningJobChunks.seq }).from(screeningJobChunks).where(eq(screeningJobChunks.jobId, jobId)).orderBy(asc(screeningJobChunks.seq));
  return rows.map((r) => r.seq);
}

export async function chunkBodies(db: Db, jobId: string, seqs: number[]): Promise<Buffer[]> {
  if (!seqs.length) return [];
  const rows = await db.select({ seq: screeningJobChunks.seq, body: screeningJobChunks.body }).from(screeningJobChunks).where(and(eq(screeningJobChunks.jobId, jobId), inArray(screeningJobChunks.seq, seqs))).orderBy(asc(screeningJobChunks.seq));
  return rows.map((r) => r.body);
}

export const countUnfinished = async (db: Db): Promise<number> => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(screeningJobs).where(inArray(screeningJobs.status, ['queued', 'running']));
  return row?.n ?? 0;
};
