// Bulk screenings through the API: the manifest file goes up as the request body itself (not JSON, not a form),
// through the one API client so the session cookie, the CSRF header and problem+json handling stay in one place.
import { api, call } from '../../app/api/client';
import type { Locale } from '../../app/api/types';
import type { ScreeningJob } from './types';

/** The node refuses larger uploads (413); checked here first so a large file is not sent for nothing. */
export const MAX_MANIFEST_BYTES = 20 * 1024 * 1024;
export const MANIFEST_ACCEPT = '.csv,.xlsx,.jsonl';

const MEDIA_TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonl: 'application/x-ndjson',
};

/**
 * The Content-Type to send, by the file's extension: browsers report a CSV as `application/vnd.ms-excel` on
 * Windows and a JSON-lines file as nothing at all, so the type the browser gives cannot be trusted.
 */
export function manifestMediaType(filename: string): string {
  const extension = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
  return MEDIA_TYPES[extension] ?? 'application/octet-stream';
}

export const isFinished = (job: Pick<ScreeningJob, 'status'>): boolean => job.status === 'done' || job.status === 'failed';

export async function uploadManifest(file: File, asOf: string): Promise<ScreeningJob> {
  return call(
    api.POST('/api/v1/screenings', {
      params: { query: { filename: file.name, ...(asOf ? { asOf } : {}) } },
      headers: { 'content-type': manifestMediaType(file.name) },
      // `body` is the file, as the API describes it; the typed client would send it as JSON, so the file itself is
      // set after the shared middleware has added the CSRF header.
      body: file,
      middleware: [{ onRequest: ({ request }) => new Request(request, { body: file }) }],
    }),
  );
}

export const getScreeningJob = (id: string): Promise<ScreeningJob> => call(api.GET('/api/v1/screenings/{id}', { params: { path: { id } } }));

export const listScreeningJobs = async (): Promise<ScreeningJob[]> => (await call(api.GET('/api/v1/screenings'))).items;

/** The results download: CSV in the UI language, or JSON (which holds both languages). */
export function resultsUrl(id: string, format: 'csv' | 'json', locale: Locale): string {
  const query = new URLSearchParams({ format, ...(format === 'csv' ? { lang: locale === 'zh-CN' ? 'zh' : 'en' } : {}) });
  return `/api/v1/screenings/${encodeURIComponent(id)}/results?${query.toString()}`;
}

/** Progress as a percentage, when the number of lines is known (an XLSX workbook's is known only at the end). */
export function progressPercent(job: Pick<ScreeningJob, 'status' | 'doneLines' | 'totalLines'>): number | null {
  if (job.status === 'done') return 100;
  if (job.totalLines === null || job.totalLines <= 0) return job.status === 'queued' ? 0 : null;
  return Math.min(100, Math.round((job.doneLines / job.totalLines) * 100));
}

export type FailureKind = 'manifest-columns' | 'manifest-encoding' | 'manifest-empty' | 'manifest-unreadable' | 'internal' | 'other';

const KINDS: readonly string[] = ['manifest-columns', 'manifest-encoding', 'manifest-empty', 'manifest-unreadable', 'internal'];

/**
 * Why a job failed, to explain in the UI language: the job's `errorType` slug, or for a job from before the node
 * recorded one, its English message recognised by wording.
 */
export function failureKind(error: string | null, errorType: string | null = null): FailureKind {
  if (errorType && KINDS.includes(errorType)) return errorType as FailureKind;
  const text = error ?? '';
  if (text.includes('no column for the chemical')) return 'manifest-columns';
  if (text.includes('neither UTF-8 nor GBK')) return 'manifest-encoding';
  if (text.includes('the manifest is empty')) return 'manifest-empty';
  if (text.includes('not a readable XLSX')) return 'manifest-unreadable';
  if (text.includes('internal error')) return 'internal';
  return 'other';
}
