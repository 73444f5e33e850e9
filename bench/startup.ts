// From `npm start` (node scripts/start.mjs) on an installed checkout to the first 200 from /api/v1/health, on PGlite.
// Measures the first run (empty folder: initdb, migrations, demo seed) and warm restarts of the same folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, percentile } from './lib.js';

const root = new URL('..', import.meta.url).pathname;

async function startOnce(dataDir: string, port: number): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: { ...process.env, PORT: String(port), COUNTERPART_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: 'ignore' });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the node exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.status === 200, () => false);
      if (ok) return performance.now() - t0;
      if (performance.now() - t0 > 60_000) throw new Error('no health after 60 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function benchStartup(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-start-'));
  try {
    const first = await startOnce(dir, 18_300);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await startOnce(dir, 18_300));
    return [`startup, first run (initdb + migrate + demo seed): ${fmt(first)}`, `startup, warm (target < 3000 ms): runs=${warm.length} median=${fmt(percentile(warm, 50))} max=${fmt(Math.max(...warm))}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
