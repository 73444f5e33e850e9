// Shared by `npm start` and `npm test`: install dependencies when missing or stale, build the web app when stale.
// Plain Node (no dependencies), because it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (res.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}

// The project's own copy of a tool: `npx` would fetch one from the registry if it were missing.
export const bin = (name) => join(root, 'node_modules', '.bin', name);

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function newest(dir) {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : mtime(p));
  }
  return max;
}

export function ensureDependencies() {
  const marker = join(root, 'node_modules/.package-lock.json');
  if (!existsSync(marker)) {
    console.log('Installing dependencies (first run)…');
    run('npm', ['ci', '--include=dev', '--no-audit', '--no-fund']);
  } else if (mtime(join(root, 'package-lock.json')) > mtime(marker)) {
    console.log('Dependencies changed; updating…');
    run('npm', ['install', '--include=dev', '--no-audit', '--no-fund']);
  }
}

export function ensureWebBuild() {
  const built = mtime(join(root, 'web/dist/index.html'));
  const sources = Math.max(
    newest(join(root, 'web/src')),
    mtime(join(root, 'web/index.html')),
    mtime(join(root, 'web/vite.config.ts')),
    // The web app imports data files (code lists, phrases, zone names): any of them changed, it is built again.
    newest(join(root, 'data')),
  );
  if (built === 0 || sources > built) {
    console.log('Building the web app…');
    run(bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  }
}

/**
 * Bundles the server (not its packages) into .build/main.mjs: starting from plain JS saves ~1 s over tsx. The
 * screening worker thread is a second entry, .build/screening-worker.mjs, which the bundle starts beside itself.
 */
export function ensureServerBuild() {
  const bundle = join(root, '.build/main.mjs');
  const sources = Math.max(newest(join(root, 'server/src')), mtime(join(root, 'package-lock.json')));
  if (mtime(bundle) > sources) return bundle;
  run(bin('esbuild'), ['server/src/main.ts', 'server/src/modules/substances/screening-worker.ts', '--bundle', '--platform=node', '--format=esm', '--target=node20', '--packages=external', `--outdir=${dirname(bundle)}`, '--entry-names=[name]', '--out-extension:.js=.mjs', '--log-level=warning']);
  return bundle;
}
