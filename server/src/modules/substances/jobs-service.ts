// Bulk screening jobs: upload a manifest, watch its progress, download the results. A job belongs to the person
// who started it; administrators and auditors may see all. Anyone else is told there is no such job.
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { recordAudit } from '../../platform/audit/index.js';
import { hasRole, type Ctx } from '../../platform/context.js';
import { BadRequest, Conflict, NotFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { requireActorIn } from './guards.js';
import * as jobs from './jobs-repo.js';
import { enqueueJob } from './jobs-runner.js';
import { manifestFormatOf } from './bulk.js';
import type { ManifestFormat } from './manifest.js';
import { identifiedSubstances } from './identified.js';
import { csvHeader, csvRow, type ResultFormat, type ResultLanguage, type StoredRow } from './result-format.js';
import type { ScreeningJob } from './jobs-schemas.js';

export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

const MEDIA_TYPES: Record<string, ManifestFormat> = {
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
};

export const present = (j: jobs.JobInfo): ScreeningJob => ({
  id: j.id,
  filename: j.filename,
  format: j.format as ManifestFormat,
  asOf: j.asOf,
  status: j.status as ScreeningJob['status'],
  totalLines: j.totalLines,
  doneLines: j.doneLines,
  counts: j.counts,
  encoding: j.encoding,
  error: j.error,
  errorType: j.errorType,
  registryVersion: j.registryVersion,
  createdAt: j.createdAt.toISOString(),
  startedAt: j.startedAt?.toISOString() ?? null,
  finishedAt: j.finishedAt?.toISOString() ?? null,
});

/** Text manifests are counted up front (one line per row, less the header) so progress has a denominator. */
const roughTotal = (bytes: Buffer, format: ManifestFormat): number | null =>
  format === 'xlsx' ? null : Math.max(0, bytes.toString('latin1').split('\n').filter((l) => l.trim()).length - (format === 'csv' ? 1 : 0));

export type NewScreening = { bytes: Buffer; mediaType: string | undefined; filename?: string | undefined; asOf?: string | undefined };

export async function createScreening(ctx: Ctx, input: NewScreening, onError?: (jobId: string, err: unknown) => void): Promise<ScreeningJob> {
  requireActorIn(ctx);
  const media = input.mediaType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const format = MEDIA_TYPES[media] ?? (input.filename ? manifestFormatOf(input.filename) : null);
  if (!format) throw new BadRequest('send a CSV, XLSX or JSON-lines manifest (Content-Type text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/x-ndjson)', [{ path: 'content-type', message: `got ${media || 'none'}` }], 'manifest-type');
  if (input.bytes.length === 0) throw new BadRequest('the manifest is empty', [{ path: 'body', message: 'no bytes' }], 'manifest-empty');
  if (format === 'xlsx' && input.bytes.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new BadRequest('the file says it is XLSX but is not a workbook', [{ path: 'body', message: 'not a ZIP container' }], 'manifest-unreadable');
  }
  const id = newId();
  const filename = (input.filename ?? `manifest.${format}`).slice(0, 200);
  const job = await withTx(ctx, async (tx) => {
    const row = await jobs.insertJob(tx, {
      id, createdBy: ctx.actor.id, filename, format, asOf: input.asOf ?? ctx.clock.now().toISOString().slice(0, 10), status: 'queued', input: input.bytes, inputBytes: input.bytes.length, totalLines: roughTotal(input.bytes, format), createdAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, { action: 'screening.created', subjectType: 'screening', subjectId: id, change: { filename, format, bytes: input.bytes.length, asOf: row.asOf } });
    return row;
  });
  void enqueueJob({ db: ctx.db, clock: ctx.clock, ...(onError ? { onError } : {}) }, id);
  return present(job);
}

async function visibleJob(ctx: Ctx, id: string): Promise<jobs.JobInfo> {
  requireActorIn(ctx);
  const job = await jobs.getJob(ctx.db, id);
  if (!job || (job.createdBy !== ctx.actor.id && !hasRole(ctx.actor, 'admin', 'auditor'))) throw new NotFound(`no screening ${id}`);
  return job;
}

export const getScreening = async (ctx: Ctx, id: string): Promise<ScreeningJob> => present(await visibleJob(ctx, id));

export async function listScreenings(ctx: Ctx, limit: number): Promise<ScreeningJob[]> {
  requireActorIn(ctx);
  return (await jobs.listJobs(ctx.db, ctx.actor.id, limit)).map(present);
}

/** The results as a stream, chunk by chunk from the database, converted to the asked format on the way out. */
export async function screeningResults(ctx: Ctx, id: string, format: ResultFormat, lang: ResultLanguage): Promise<{ job: ScreeningJob; body: Readable }> {
  const job = await visibleJob(ctx, id);
  if (job.status === 'queued' || job.status === 'running') throw new Conflict('the screening has not finished yet', 'not-finished');
  if (job.status === 'failed') throw new Conflict(`the screening failed: ${job.error ?? 'no reason recorded'}`, 'screening-failed');
  const seqs = await jobs.chunkSeqs(ctx.db, id);
  async function* lines(): AsyncGenerator<string> {
    yield format === 'csv' ? csvHeader(lang) : '[\n';
    let first = true;
    for (const seq of seqs) {
      const [body] = await jobs.chunkBodies(ctx.db, id, [seq]);
      if (!body) continue;
      for (const text of gunzipSync(body).toString('utf8').split('\n')) {
        if (!text) continue;
        if (format === 'json') {
          yield first ? text : `,\n${text}`;
        } else {
          // Results stored before lines named their identified substance get it from their hits.
          const row = JSON.parse(text) as Omit<StoredRow, 'identified'> & Partial<Pick<StoredRow, 'identified'>>;
          yield csvRow(row.line, row.input, { ...row, identified: row.identified ?? identifiedSubstances(row.hits) }, lang);
        }
        first = false;
      }
    }
    if (format === 'json') yield '\n]\n';
  }
  return { job: present(job), body: Readable.from(lines()) };
}

