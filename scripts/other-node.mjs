// Another Node.js major for `npm test` (TEST_ALSO_NODE=24): the npm registry's `node` package carries the official
// binary, installed once into .cache/node-<major>/ (git-ignored) and reused while it runs and is that major.
// Plain Node (no dependencies), like ensure.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** TEST_ALSO_NODE: unset or empty → no other Node; `24` or `22,24` → those majors; anything else → an error. */
export function parseAlsoNode(value) {
  const text = (value ?? '').trim();
  if (text === '') return { majors: [] };
  const parts = text.split(',').map((part) => part.trim());
  if (!parts.every((part) => /^[1-9][0-9]*$/.test(part))) {
    return { majors: [], error: `TEST_ALSO_NODE=${text} is not a list of Node.js major versions such as 24 or 22,24` };
  }
  return { majors: [...new Set(parts.map(Number))] };
}

/**
 * What runs again on the other Node: what depends most on the runtime (the platform — crypto, streams, timers, the
 * database drivers — the signed exchange, the two-node tests over real HTTP, the whole-process tests), what depends
 * on its ICU data (dates and Chinese text in mail, PDFs and the web app's formatting) and every pure unit test;
 * vitest takes these as path filters. TEST_ALSO_NODE_ALL=1 runs every PGlite test there instead.
 */
export const OTHER_NODE_SCOPE = ['.unit.test.ts', '.process.test.ts', '.pair.test.ts', '.mail.test.ts', '.names.test.ts', 'pdf', 'server/src/platform/', 'server/src/modules/exchange/', 'web/src/', 'scripts/'];
export const otherNodeFilters = (env) => (env.TEST_ALSO_NODE_ALL === '1' ? [] : OTHER_NODE_SCOPE);

export const nodeCacheDir = (root, major) => join(root, '.cache', `node-${major}`);
export const nodeBinIn = (dir) => join(dir, 'node_modules', 'node', 'bin', 'node');

/** Whether `node --version` output (`v24.11.0`) is of that major: `v2.4.0` and `v240.0.0` are not 24. */
export const isMajor = (version, major) => new RegExp(`^v${major}\\.`).test((version ?? '').trim());

/** The binary's `--version`, or null when it is missing or does not run here. */
export function probeNode(bin) {
  if (!existsSync(bin)) return null;
  const res = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return res.status === 0 ? res.stdout.trim() : null;
}

/** Installs node@<major> into dir; returns null, or why it failed. */
export function npmInstallNode(dir, major) {
  const args = ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `node@${major}`];
  const res = spawnSync('npm', args, { stdio: 'inherit' });
  if (res.status === 0) return null;
  return `npm ${args.join(' ')} failed (${res.error ? res.error.message : `exit ${res.status ?? res.signal}`})`;
}

/**
 * A Node.js binary of that major: the cached one when it runs and is that major, else a fresh install.
 * Returns { bin, version } or { error } (never a binary of another major). install and probe are for tests.
 */
export function ensureNode(root, major, { install = npmInstallNode, probe = probeNode, log = console.log } = {}) {
  const dir = nodeCacheDir(root, major);
  const bin = nodeBinIn(dir);
  const cached = probe(bin);
  if (isMajor(cached, major)) return { bin, version: cached };
  log(`Fetching Node.js ${major} (npm package node@${major}) into ${dir}…`);
  rmSync(dir, { recursive: true, force: true });
  const failure = install(dir, major);
  if (failure) return { error: `could not obtain Node.js ${major}: ${failure}` };
  const version = probe(bin);
  if (isMajor(version, major)) return { bin, version };
  return { error: `could not obtain Node.js ${major}: ${bin} ${version ? `reports ${version}` : 'is missing or does not run'}` };
}

/** The environment with bin's folder first on PATH, so `node` and `npm` run by the tests are that Node too. */
export function withNodeOnPath(env, bin) {
  return { ...env, PATH: env.PATH ? `${dirname(bin)}${delimiter}${env.PATH}` : dirname(bin) };
}
