// Screens a stream of manifest rows on worker threads and hands results back in line order. At most two batches
// per worker are in flight, so memory stays bounded however long the manifest is; a row that failed to parse is
// answered here with its problems and never reaches a worker.
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ManifestRow } from './manifest.js';
import type { Registry } from './registry.js';
import { csvRow, jsonRow, type ResultFormat, type ResultLanguage } from './result-format.js';
import type { ScreeningLine, ScreeningResult, Verdict } from './screening-schemas.js';

export type BatchRequest = { seq: number; asOf: string; output: ResultFormat; language: ResultLanguage; lines: { lineNo: number; line: ScreeningLine }[] };
export type BatchReply = { seq: number; results: LineResult[] };
/** One screened line, already written as a JSON line or a CSV row. */
export type LineResult = { lineNo: number; verdict: Verdict; text: string };

export type PoolOptions = { registry: Registry; asOf: string; output: ResultFormat; language?: ResultLanguage; workers?: number; batchSize?: number; naive?: boolean };

/**
 * The bundled sibling of .build/main.mjs in production; from TypeScript source (tests, the CLI) a one-line
 * bootstrap registers tsx in the thread first, since a worker does not inherit its parent's loader.
 */
function newWorker(workerData: unknown): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./screening-worker.mjs', here), { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./screening-worker.ts', here).href);
  const boot = `const { register } = await import(${tsx}); register(); await import(${entry});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
}

export const defaultWorkers = (): number => Math.max(1, Math.min(cpus().length, 4));

/** FNV-1a over what identifies a line: the same declaration always lands on the same worker. */
function hashOf(line: ScreeningLine): number {
  const text = `${line.name ?? ''}|${line.cas ?? ''}|${line.smiles ?? ''}|${line.hs ?? ''}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function invalidResult(row: ManifestRow, asOf: string): ScreeningResult {
  const detail = (row.invalid ?? []).join('; ');
  return {
    asOf,
    verdict: 'insufficient-identity',
    summary: { en: 'Insufficient identity', zh: '身份信息不足' },
    identity: {},
    hits: [],
    identified: [],
    conflicts: [],
    problems: [{ field: 'line', code: 'line-invalid', message: { en: `The line cannot be read: ${detail}`, zh: `无法读取该行：${detail}` } }],
  };
}

async function startWorker(registry: Registry, naive: boolean): Promise<Worker> {
  const worker = newWorker({ registry, naive });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return worker;
}

export async function* screenRows(rows: AsyncIterable<ManifestRow>, opts: PoolOptions): AsyncGenerator<LineResult> {
  const size = opts.batchSize ?? 250;
  const workers = await Promise.all(Array.from({ length: opts.workers ?? defaultWorkers() }, () => startWorker(opts.registry, opts.naive ?? false)));
  const pending = new Map<number, { resolve: (r: BatchReply) => void; reject: (e: unknown) => void }>();
  for (const w of workers) {
    w.on('message', (reply: BatchReply) => pending.get(reply.seq)?.resolve(reply));
    w.on('error', (e) => pending.forEach((p) => p.reject(e)));
  }
  const inFlight: Promise<LineResult[]>[] = [];
  let seq = 0;
  const ask = (worker: Worker, lines: BatchRequest['lines']): Promise<LineResult[]> => {
    const mine = seq++;
    return new Promise<BatchReply>((resolve, reject) => {
      pending.set(mine, { resolve, reject });
      worker.postMessage({ seq: mine, asOf: opts.asOf, output: opts.output, language: opts.language ?? 'en', lines } satisfies BatchRequest);
    }).then((reply) => {
      pending.delete(mine);
      return reply.results;
    });
  };
  // Each line goes to the worker its content hashes to, so a chemical repeated through the manifest is always
  // screened by the same worker and found in that worker's cache, instead of once in every worker.
  const send = async (batch: ManifestRow[]): Promise<LineResult[]> => {
    const shares: BatchRequest['lines'][] = workers.map(() => []);
    const invalid: LineResult[] = [];
    for (const r of batch) {
      if (r.line) shares[hashOf(r.line) % workers.length]?.push({ lineNo: r.lineNo, line: r.line });
      else {
        const result = invalidResult(r, opts.asOf);
        invalid.push({ lineNo: r.lineNo, verdict: result.verdict, text: opts.output === 'csv' ? csvRow(r.lineNo, null, result, opts.language ?? 'en') : jsonRow(r.lineNo, null, result) });
      }
    }
    const answers = await Promise.all(shares.map((lines, i) => (lines.length && workers[i] ? ask(workers[i], lines) : Promise.resolve([]))));
    return [...answers.flat(), ...invalid].sort((a, b) => a.lineNo - b.lineNo);
  };
  try {
    let batch: ManifestRow[] = [];
    for await (const row of rows) {
      batch.push(row);
      if (batch.length < size) continue;
      inFlight.push(send(batch));
      batch = [];
      if (inFlight.length >= workers.length * 2) yield* (await inFlight.shift()) ?? [];
    }
    if (batch.length) inFlight.push(send(batch));
    while (inFlight.length) yield* (await inFlight.shift()) ?? [];
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
