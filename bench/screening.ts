// Bulk screening throughput: 100,000-line manifests screened the way a job screens them (CSV in, results out, worker
// threads), lines per second for identifiers and names and for structures, and the process's peak memory (worker
// threads included). In the same run, the naive way — every SMILES parsed again and every derivative rule tried on
// every line, no cache, no pre-check — on the first 10,000 structure lines, against the same slice done properly.
import { cpus } from 'node:os';
import { createChemistry, loadRDKit } from '../server/src/modules/substances/chem.js';
import { screenManifest } from '../server/src/modules/substances/bulk.js';
import { buildRegistry, readRegistryFiles } from '../server/src/modules/substances/registry-data.js';
import type { Registry } from '../server/src/modules/substances/registry.js';
import { manifestLines, structureLibrary, toCsv, type ManifestKind } from './screening-manifest.js';

const LINES = 100_000;
const NAIVE_SLICE = 10_000;

function peakRss(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

async function run(registry: Registry, csv: string, naive = false): Promise<{ lines: number; seconds: number; peakMb: number; counts: Record<string, number> }> {
  const rss = peakRss();
  // The results are produced in full and thrown away: storing them is the jobs' business, measured elsewhere.
  const summary = await screenManifest(Buffer.from(csv), 'csv', { registry, asOf: '2026-11-28', output: 'csv', language: 'en', naive }, () => undefined);
  return { lines: summary.lines, seconds: summary.seconds, peakMb: rss.stop() / 1024 / 1024, counts: summary.counts };
}

const rate = (r: { lines: number; seconds: number }) => Math.round(r.lines / r.seconds);

export async function benchScreening(): Promise<string[]> {
  const rd = await loadRDKit();
  createChemistry(rd);
  const registry = buildRegistry(rd, readRegistryFiles());
  const library = structureLibrary().filter((s) => {
    const m = rd.get_mol(s);
    m?.delete();
    return !!m;
  });
  const out = [`screening (${cpus().length} cores, ${Math.min(cpus().length, 4)} worker threads; structure library ${library.length.toLocaleString('en')} distinct molecules):`];
  const manifests: Record<ManifestKind, Record<string, string>[]> = {
    identifiers: [...manifestLines('identifiers', LINES, registry.entries, library)],
    structures: [...manifestLines('structures', LINES, registry.entries, library)],
  };
  for (const kind of ['identifiers', 'structures'] as const) {
    const lines = manifests[kind];
    const distinct = new Set(lines.map((l) => JSON.stringify([l.name, l.cas, l.smiles, l.hs]))).size;
    const r = await run(registry, toCsv(lines));
    out.push(`  ${kind}: ${r.lines.toLocaleString('en')} lines (${distinct.toLocaleString('en')} distinct) in ${r.seconds.toFixed(1)} s = ${rate(r).toLocaleString('en')} lines/s, peak RSS ${r.peakMb.toFixed(0)} MiB; ${JSON.stringify(r.counts)}`);
  }
  const slice = toCsv(manifests.structures.slice(0, NAIVE_SLICE));
  const smart = await run(registry, slice);
  const naive = await run(registry, slice, true);
  out.push(`  naive baseline, first ${NAIVE_SLICE.toLocaleString('en')} structure lines: ${rate(naive).toLocaleString('en')} lines/s naive vs ${rate(smart).toLocaleString('en')} lines/s = ${(rate(smart) / rate(naive)).toFixed(1)}x`);
  return out;
}
