// The public readout pages on PostgreSQL (issue 17, "Performance"): 2,000 released readouts, each with an English
// original and a Chinese translation of a few paragraphs. The node runs in its own process; this process is only
// the client, over real HTTP on loopback with keep-alive (undici). Measured: the list page and the Atom feed, plain
// and conditional (If-None-Match from an earlier answer → 304), one request at a time, p50/p95 (target p95 < 30 ms);
// then requests/s for the feed, plain and conditional, 64 at a time (target ≥ 1,000/s with the caching headers
// honoured). `npm run bench -- public-readouts`; BENCH_READOUTS=500 for a quick run.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Pool } from 'undici';
import { loadConfig } from '../server/src/config.js';
import { systemClock } from '../server/src/platform/clock.js';
import { connectPostgres } from '../server/src/platform/db.js';
import { secretBox } from '../server/src/platform/secret-box.js';
import { seedParties } from '../server/src/seed/seed.js';
import { insertReleases, releaseRow, releasedText } from '../server/test/releases.js';
import { stopNodeProcess, summary, throwawayDatabase, timed } from './lib.js';

const N = Number(process.env.BENCH_READOUTS ?? 2000);
const PORT = 18_321;
const PARAGRAPH_EN = 'The delegations discussed cooperation against synthetic drugs and their precursor chemicals, information sharing on suspicious shipments, and the points of contact of each side. ';
const PARAGRAPH_ZH = '双方就打击合成毒品及其易制毒化学品、可疑货物信息共享以及双方联络点等问题进行了交流。';

/**
 * The node as its own process, run from the TypeScript sources with tsx (as `npm run dev` runs it): the public pages
 * need neither the web app nor the server bundle, so nothing is built first. Resolves once /health answers.
 */
async function startNode(env: Record<string, string>): Promise<ChildProcess> {
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', '--input-type=module', '-e', "const { main } = await import('./server/src/main.ts'); await main();"], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, PORT: String(PORT), COUNTERPART_SEED_DEMO: 'false', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    if (await fetch(`http://127.0.0.1:${PORT}/api/v1/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('the node did not start');
}

async function load(db: Parameters<typeof insertReleases>[0]): Promise<void> {
  const start = Date.UTC(2024, 0, 10);
  const rows = Array.from({ length: N }, (_, i) => {
    const at = new Date(start + i * 3_600_000);
    const texts = [releasedText({ title: `Readout of working-level meeting ${i + 1}`, body: Array.from({ length: 4 }, () => PARAGRAPH_EN.repeat(2)).join('\n\n'), translation: { title: `第${i + 1}次工作层会议纪要`, body: Array.from({ length: 4 }, () => PARAGRAPH_ZH.repeat(2)).join('\n\n'), by: i % 3 ? 'person' : 'machine' } })];
    if (i % 10 === 0) texts.push(releasedText({ party: 'CN', language: 'zh', title: `第${i + 1}次会议中方文本`, body: PARAGRAPH_ZH.repeat(4), translation: { title: `CN text of meeting ${i + 1}`, body: PARAGRAPH_EN.repeat(3), by: 'machine' } }));
    return releaseRow({ kind: i % 10 === 0 ? 'joint' : 'own', meetingStartsAt: at, releasedAt: new Date(at.getTime() + 86_400_000), updatedAt: new Date(at.getTime() + 86_400_000), texts });
  });
  await insertReleases(db, rows);
}

type Answer = { status: number; etag: string | null; bytes: number };

async function ask(pool: Pool, path: string, etag?: string | null, gzip = false): Promise<Answer> {
  const res = await pool.request({ method: 'GET', path, headers: { ...(etag ? { 'if-none-match': etag } : {}), ...(gzip ? { 'accept-encoding': 'gzip' } : {}) } });
  const bytes = (await res.body.arrayBuffer()).byteLength;
  const tag = res.headers.etag;
  return { status: res.statusCode, etag: typeof tag === 'string' ? tag : null, bytes };
}

/** One request at a time over `paths` (cycled), `times` in all; conditional: each with the ETag its path gave before. */
async function sequential(pool: Pool, paths: string[], times: number, conditional: boolean): Promise<number[]> {
  const tags = new Map<string, string | null>();
  for (const p of paths) tags.set(p, (await ask(pool, p)).etag); // warm: rendered and cached
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const path = paths[i % paths.length] ?? '';
    const [answer, ms] = await timed(() => ask(pool, path, conditional ? tags.get(path) : null));
    if (answer.status !== (conditional ? 304 : 200)) throw new Error(`${path} → ${answer.status}`);
    out.push(ms);
  }
  return out;
}

/** Requests per second for `path`, `concurrency` in flight, `total` in all. */
async function throughput(pool: Pool, path: string, total: number, concurrency: number, { conditional, gzip }: { conditional: boolean; gzip: boolean }): Promise<{ rps: number; kb: number }> {
  const etag = (await ask(pool, path)).etag;
  let sent = 0;
  let bytes = 0;
  const worker = async () => {
    while (sent < total) {
      sent += 1;
      const answer = await ask(pool, path, conditional ? etag : null, gzip);
      if (answer.status !== (conditional ? 304 : 200)) throw new Error(`${path} → ${answer.status}`);
      bytes += answer.bytes;
    }
  };
  const [, ms] = await timed(() => Promise.all(Array.from({ length: concurrency }, worker)));
  return { rps: (total / ms) * 1000, kb: bytes / total / 1024 };
}

export async function benchPublicReadouts(): Promise<string[]> {
  const tmp = await throwawayDatabase();
  const database = connectPostgres(tmp.url, 4);
  const deps = { db: database.db, clock: systemClock, config: loadConfig({ COUNTERPART_SEED_DEMO: 'false' }), box: secretBox(randomBytes(32)) };
  let node: ChildProcess | undefined;
  let pool: Pool | undefined;
  try {
    await database.migrate();
    await seedParties(deps);
    await load(database.db);
    await database.db.execute(sql`analyze`);
    node = await startNode({ DATABASE_URL: tmp.url, COUNTERPART_SECRET_KEY: randomBytes(32).toString('base64') });
    pool = new Pool(`http://127.0.0.1:${PORT}`, { connections: 64, pipelining: 1 });
    const pages = Math.ceil(N / 50);
    const lists = Array.from({ length: Math.min(pages, 20) }, (_, i) => `/public/readouts?lang=${i % 2 ? 'zh-CN' : 'en'}&page=${i + 1}`);
    const feeds = ['/public/readouts.atom?lang=en', '/public/readouts.atom?lang=zh-CN'];
    const sizes = { list: (await ask(pool, lists[0] ?? '')).bytes / 1024, atom: (await ask(pool, feeds[0] ?? '')).bytes / 1024 };
    const lines = [
      summary(`public list page, ${N} released readouts (${sizes.list.toFixed(0)} KB a page), plain, 1 client (target p95 < 30 ms)`, await sequential(pool, lists, 1000, false)),
      summary('public list page, conditional (If-None-Match → 304), 1 client', await sequential(pool, lists, 1000, true)),
      summary(`Atom feed, newest 50 (${sizes.atom.toFixed(0)} KB), plain, 1 client (target p95 < 30 ms)`, await sequential(pool, feeds, 1000, false)),
      summary('Atom feed, conditional (If-None-Match → 304), 1 client', await sequential(pool, feeds, 1000, true)),
    ];
    // Pages nobody asked for yet: rendered from the database on this request (what the first reader after a release waits).
    const cold: number[] = [];
    for (let page = lists.length + 1; page <= Math.min(pages, lists.length + 20); page++) cold.push((await timed(() => ask(pool as Pool, `/public/readouts?lang=en&page=${page}`)))[1]);
    if (cold.length) lines.push(summary('public list page, first render (not cached yet), 1 client', cold));
    for (const [name, mode] of [['plain (200)', { conditional: false, gzip: false }], ['plain (200), gzip accepted', { conditional: false, gzip: true }], ['conditional (304)', { conditional: true, gzip: false }]] as const) {
      const { rps, kb } = await throughput(pool, feeds[0] ?? '', 10_000, 64, mode);
      lines.push(`Atom feed, ${name}, 64 concurrent: ${rps.toFixed(0)} requests/s, ${kb.toFixed(1)} KB each (target ≥ 1,000/s)`);
    }
    return lines;
  } finally {
    await pool?.close();
    await stopNodeProcess(node);
    await database.close();
    await tmp.drop();
  }
}
