// Wire shapes of bulk screening jobs.
import { z } from 'zod';
import { VERDICTS } from './screening-schemas.js';

export const ScreeningJob = z.object({
  id: z.uuid(),
  filename: z.string(),
  format: z.enum(['csv', 'xlsx', 'jsonl']),
  asOf: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  totalLines: z.number().int().nullable().describe('lines in the manifest: counted up front for text files, known at the end for XLSX'),
  doneLines: z.number().int(),
  counts: z.record(z.string(), z.number().int()).describe(`lines per verdict (${VERDICTS.join(', ')})`),
  encoding: z.string().nullable().describe('utf-8, gbk (a Chinese-locale export, converted) or binary (XLSX)'),
  error: z.string().nullable().describe('why a failed job failed, in English'),
  errorType: z.string().nullable().describe('the same as a problem slug (manifest-columns, manifest-encoding, internal…), to translate'),
  registryVersion: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type ScreeningJob = z.infer<typeof ScreeningJob>;

export const NewScreeningQuery = z.strictObject({
  filename: z.string().trim().min(1).max(200).optional().describe('the file’s name; its extension tells the format when the Content-Type does not'),
  asOf: z.iso.date('must be a date YYYY-MM-DD').optional(),
});

export const ResultsQuery = z.strictObject({ format: z.enum(['csv', 'json']).default('csv'), lang: z.enum(['en', 'zh']).optional() });
