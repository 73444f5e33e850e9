// A whole manifest screened into one results file (CSV, or a JSON array), written piece by piece as results come
// back in line order. Shared by the CLI and the bulk screening jobs, so both produce the same file.
import { readManifest, type ManifestFormat } from './manifest.js';
import { csvHeader, type ResultFormat, type ResultLanguage } from './result-format.js';
import type { Registry } from './registry.js';
import { screenRows } from './screening-pool.js';
import { VERDICTS, type Verdict } from './screening-schemas.js';

export type BulkOptions = { registry: Registry; asOf: string; output: ResultFormat; language: ResultLanguage; workers?: number; naive?: boolean };
export type BulkSummary = { lines: number; counts: Record<Verdict, number>; encoding: string; seconds: number };
export type Sink = (text: string) => void | Promise<void>;

const FLUSH_CHARS = 256 * 1024;

export async function screenManifest(bytes: Buffer, format: ManifestFormat, opts: BulkOptions, write: Sink, progress?: (lines: number) => void): Promise<BulkSummary> {
  const started = performance.now();
  const manifest = readManifest(bytes, format);
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  let lines = 0;
  let buffer = opts.output === 'csv' ? csvHeader(opts.language) : '[\n';
  for await (const r of screenRows(manifest.rows, opts)) {
    buffer += opts.output === 'json' && lines > 0 ? `,${r.text}` : r.text;
    lines++;
    counts[r.verdict]++;
    if (buffer.length >= FLUSH_CHARS) {
      await write(buffer);
      buffer = '';
      progress?.(lines);
    }
  }
  await write(opts.output === 'json' ? `${buffer}]\n` : buffer);
  progress?.(lines);
  return { lines, counts, encoding: manifest.encoding, seconds: (performance.now() - started) / 1000 };
}

const EXTENSIONS: Record<string, ManifestFormat> = { csv: 'csv', txt: 'csv', xlsx: 'xlsx', jsonl: 'jsonl', ndjson: 'jsonl' };

export function manifestFormatOf(filename: string): ManifestFormat | null {
  return EXTENSIONS[filename.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}
