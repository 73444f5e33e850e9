// Incidents brought in and given out in bulk (issue 15, "Performance": ingest ≥ 2,000 incidents/s from a STIX or CSV
// import with correlation on; STIX export of 100,000 incidents in < 30 s, streamed). Ingest goes through the real
// import functions (the CSV body, and a STIX bundle, through the service, not HTTP): each incident checked, its
// chemical line screened, 4 entities keyed and indexed (a seventh of the companies shared, so links are made),
// audited, and signed for CN. Export streams every incident the officer may read and keeps only the byte count.
import type { Ctx } from '../server/src/platform/context.js';
import { importIncidentsCsv } from '../server/src/modules/incidents/csv-import.js';
import { exportIncidentsStix } from '../server/src/modules/incidents/stix-export.js';
import { importIncidentsStix } from '../server/src/modules/incidents/stix-import.js';
import { exportTally } from '../server/src/modules/incidents/stix-source.js';
import { timed } from './lib.js';

const FILES = Number(process.env.BENCH_IMPORT_FILES ?? 5);
const ROWS = 2_000; // IMPORT_MAX_ROWS: the most one CSV file may hold
/** File f's day (the warm-up's is the 1st): no other incident of the benchmark is on these days. */
const dayOf = (file: number): string => `2026-02-${String(file < FILES ? 10 + file : 1).padStart(2, '0')}`;
/** The STIX round takes back the first two files (a bundle of 4,000 incidents, 44,000 objects: within its 100,000). */
const STIX_DAYS = { from: dayOf(0), to: dayOf(1) };
const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const HEADER = 'ref,kind,date,country,place,title,item type,declared name,CAS,quantity,unit,company,phone,email,person,entity country,role,releasable to';

function csvFile(file: number, rows = ROWS): Buffer {
  const lines = Array.from({ length: rows }, (_, r) => {
    const i = file * ROWS + r;
    const company = i % 7 === 0 ? `Shared Shipper ${i % 700} Co` : `Import Shipper ${i} Co`;
    return `F${file}-${r},seizure,${dayOf(file)},US,Los Angeles,Imported seizure ${i},chemical,4-ANPP,21409-26-7,25,kg,${company},+86 13${String(i).padStart(9, '0')},trader${i}@import-${i % 97}.example,Import Person ${i},CN,shipper,CN`;
  });
  return Buffer.from([HEADER, ...lines].join('\n'));
}

/** Peak RSS while `work` runs, sampled every 20 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peak: number; before: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const [result, ms] = await timed(work);
    return { result, ms, peak: Math.max(peak, process.memoryUsage().rss), before };
  } finally {
    clearInterval(watch);
  }
}

const rate = (n: number, ms: number): string => `${n.toLocaleString('en')} in ${(ms / 1000).toFixed(1)} s → ${((n / ms) * 1000).toFixed(0)}/s`;

/** Streams a STIX export of everything the officer may read (or some days, kept as a bundle), counting its bytes. */
async function exportStix(officer: Ctx, filter: { from?: string; to?: string } = {}): Promise<{ bytes: number; bundle: string | null }> {
  let bytes = 0;
  const keep = filter.from !== undefined;
  const parts: string[] = [];
  for await (const chunk of await exportIncidentsStix(officer, { status: 'active', ...filter })) {
    bytes += chunk.length;
    if (keep) parts.push(chunk);
  }
  return { bytes, bundle: keep ? parts.join('') : null };
}

export async function benchImportIngest(officer: Ctx, out: string[]): Promise<void> {
  await importIncidentsCsv(officer, csvFile(999, 100), { dryRun: false }); // warm-up: screener, plans
  const files = Array.from({ length: FILES }, (_, f) => csvFile(f));
  let created = 0;
  const csv = await withPeakRss(async () => {
    for (const file of files) created += (await importIncidentsCsv(officer, file, { dryRun: false })).created;
  });
  out.push(`incidents: import ingest, CSV (${FILES} files of ${ROWS.toLocaleString('en')} incidents through importIncidentsCsv; 1 chemical line screened, 4 entities indexed, audited, signed for CN each): ${rate(created, csv.ms)}; peak RSS ${MB(csv.peak)}`);
  const again = await timed(() => importIncidentsCsv(officer, files[0] ?? Buffer.alloc(0), { dryRun: false }));
  out.push(`incidents: the same CSV file again (nothing created): ${again[0].items.filter((i) => i.outcome === 'already-imported').length} already imported in ${(again[1] / 1000).toFixed(1)} s`);
  // The STIX path: two files' incidents exported as a bundle and imported back (new STIX ids for this caller: all created).
  const { bundle } = await exportStix(officer, STIX_DAYS);
  const parsed: unknown = JSON.parse(bundle ?? '{}');
  const stix = await withPeakRss(() => importIncidentsStix(officer, parsed, { dryRun: false }));
  out.push(`incidents: import ingest, STIX (one bundle of ${stix.result.items.length.toLocaleString('en')} incidents through importIncidentsStix, the same work each): ${rate(stix.result.created, stix.ms)}; peak RSS ${MB(stix.peak)}`);
}

export async function benchStixExport(officer: Ctx, out: string[]): Promise<void> {
  const run = await withPeakRss(() => exportStix(officer));
  const { count } = await exportTally(officer, { status: 'active' });
  out.push(`incidents: STIX export, streamed (exportIncidentsStix, every active incident the officer may read: ${count.toLocaleString('en')}): ${MB(run.result.bytes)} in ${(run.ms / 1000).toFixed(1)} s; RSS ${MB(run.before)} before, peak ${MB(run.peak)}`);
}
