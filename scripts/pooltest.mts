import { loadRDKit } from '../server/src/modules/substances/chem.js';
import { buildRegistry, readRegistryFiles } from '../server/src/modules/substances/registry-data.js';
import { readManifest } from '../server/src/modules/substances/manifest.js';
import { screenRows } from '../server/src/modules/substances/screening-pool.js';
import { manifestLines, structureLibrary, toCsv } from '../bench/screening-manifest.js';
const rd = await loadRDKit();
const registry = buildRegistry(rd, readRegistryFiles());
const lib = structureLibrary().filter((s) => { const m = rd.get_mol(s); m?.delete(); return !!m; });
for (const kind of ['structures'] as const) {
  const csv = Buffer.from(toCsv(manifestLines(kind, 30000, registry.entries, lib)));
  const t = performance.now();
  const counts: Record<string, number> = {};
  let n = 0;
  for await (const r of screenRows(readManifest(csv, 'csv').rows, { registry, asOf: '2026-11-28', workers: Number(process.env.W ?? 2), output: 'json' })) { n++; counts[r.verdict] = (counts[r.verdict] ?? 0) + 1; }
  const s = (performance.now() - t) / 1000;
  console.log(kind, n, 'lines', (n / s).toFixed(0), 'lines/s', JSON.stringify(counts), 'rss MB', (process.memoryUsage().rss / 1e6).toFixed(0));
}
