// `counterpart screen MANIFEST --out RESULTS`: screens a CSV, XLSX or JSON-lines manifest on worker threads, with a
// progress bar on stderr. By default against this node's registry (shipped data and its own national controls,
// read from its database); `--shipped` uses the shipped data alone and needs no database.
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Config } from './config.js';
import { currentRegistry, manifestFormatOf, screenManifest, shippedRegistry, type BulkSummary } from './modules/substances/index.js';
import { withNode, type Values } from './cli-commands.js';

function bar(done: number, total: number | null, startedMs: number): string {
  const rate = done / Math.max(0.001, (performance.now() - startedMs) / 1000);
  const speed = `${Math.round(rate).toLocaleString('en')} lines/s`;
  if (!total) return `${done.toLocaleString('en')} lines · ${speed}`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * 30);
  const eta = rate > 0 ? Math.max(0, (total - done) / rate) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} · ${speed} · ${eta.toFixed(0)} s left`;
}

/** Lines in a text manifest, less its header: exact unless a cell holds a line break, which only slows the bar. */
const roughTotal = (bytes: Buffer, format: string): number | null => (format === 'xlsx' ? null : Math.max(0, bytes.toString('utf8').split('\n').filter((l) => l.trim()).length - (format === 'csv' ? 1 : 0)));

export async function screenCmd(config: Config, file: string | undefined, values: Values): Promise<number> {
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (!file || !out) {
    console.error('usage: counterpart screen MANIFEST.csv|.xlsx|.jsonl --out RESULTS.csv|.json [--as-of YYYY-MM-DD] [--lang en|zh] [--workers N] [--shipped]');
    return 2;
  }
  const format = manifestFormatOf(file);
  if (!format) {
    console.error(`counterpart: ${file}: give a .csv, .xlsx or .jsonl manifest`);
    return 2;
  }
  const output = out.toLowerCase().endsWith('.json') ? 'json' : 'csv';
  const asOf = typeof values['as-of'] === 'string' ? values['as-of'] : new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error('counterpart: --as-of must be a date YYYY-MM-DD');
    return 2;
  }
  const bytes = readFileSync(file);
  const registry = values.shipped ? (await shippedRegistry()).registry : await withNode(config, async (node) => (await currentRegistry(node.database.db)).registry);
  const sink = createWriteStream(out);
  const total = roughTotal(bytes, format);
  const started = performance.now();
  const tty = process.stderr.isTTY;
  const show = (lines: number) => process.stderr.write(tty ? `\r${bar(lines, total, started)}` : `${bar(lines, total, started)}\n`);
  let summary: BulkSummary;
  try {
    summary = await screenManifest(bytes, format, { registry, asOf, output, language: values.lang === 'zh' ? 'zh' : 'en', ...(values.workers ? { workers: Number(values.workers) } : {}) }, async (text) => {
      if (!sink.write(text)) await once(sink, 'drain');
    }, show);
  } finally {
    sink.end();
    await once(sink, 'close');
  }
  if (tty) process.stderr.write('\n');
  const counts = Object.entries(summary.counts).filter(([, n]) => n > 0).map(([v, n]) => `${v} ${n.toLocaleString('en')}`).join(', ');
  console.log(`${summary.lines.toLocaleString('en')} lines screened as of ${asOf} in ${summary.seconds.toFixed(1)} s (${Math.round(summary.lines / summary.seconds).toLocaleString('en')} lines/s)${summary.encoding === 'gbk' ? ', read as GBK' : ''}: ${counts}`);
  console.log(`results: ${out}`);
  return 0;
}
