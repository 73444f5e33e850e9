// What `npm test` needs from the machine besides npm packages: Chromium for the browser tests, a Chinese font so
// that Chromium draws the zh-CN pages (screenshots, PDFs printed from the browser) instead of boxes, and openssl
// for the peer-HTTPS tests' certificates. Checked before anything runs, so that a fresh machine either gets them
// (root with apt-get, as .ci/run does) or stops at once with the one command to run — never 17 minutes in.
// Plain Node (no dependencies), because it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { root } from './ensure.mjs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const CJK_FONT_PACKAGE = 'fonts-wqy-microhei';
const NEEDS = [
  { key: 'chromium', pkg: 'chromium', what: 'Chromium' },
  { key: 'cjkFont', pkg: CJK_FONT_PACKAGE, what: 'a Chinese font' },
  { key: 'openssl', pkg: 'openssl', what: 'openssl' },
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name, searchPath) {
  for (const dir of (searchPath ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

// The same rule as web/e2e/playwright.config.ts (CHROMIUM_PATH, else Debian's), plus `chromium` elsewhere on PATH,
// which ensureBrowserDeps hands to Playwright as CHROMIUM_PATH.
function findChromium(env, debianChromium) {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (isExecutable(debianChromium)) return debianChromium;
  return onPath('chromium', env.PATH);
}

// Why fontconfig first: Chromium picks fonts through fontconfig, so `fc-list :lang=zh` answers the real question
// (can it draw Chinese?) whichever package or hand-copied file provides the font, Noto CJK included; `dpkg -s` would
// only know one package by name. fc-list itself comes with the `fontconfig` package, which Chromium only recommends,
// so where it is absent the package we would install is asked about instead (dpkg-query, because `dpkg -s` also
// succeeds for a removed package whose configuration files remain).
function hasCjkFont(searchPath) {
  const fcList = onPath('fc-list', searchPath);
  if (fcList && spawnSync(fcList, [':lang=zh', 'family'], { encoding: 'utf8' }).stdout?.trim()) return true;
  const dpkgQuery = onPath('dpkg-query', searchPath);
  if (!dpkgQuery) return false;
  const res = spawnSync(dpkgQuery, ['-W', '-f=${Status}', CJK_FONT_PACKAGE], { encoding: 'utf8' });
  return res.status === 0 && res.stdout.includes('install ok installed');
}

/** What this machine has. `env` and `debianChromium` are parameters so that a test can point them nowhere. */
export function detectBrowserDeps({ env = process.env, debianChromium = DEBIAN_CHROMIUM } = {}) {
  return {
    chromiumPathEnv: env.CHROMIUM_PATH || undefined,
    chromium: findChromium(env, debianChromium),
    cjkFont: hasCjkFont(env.PATH),
    openssl: onPath('openssl', env.PATH) !== null,
    isRoot: process.getuid?.() === 0,
    aptGet: onPath('apt-get', env.PATH) !== null,
  };
}

const listed = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * What to do about what was found: nothing, install Debian packages (root with apt-get), or stop with one line that
 * says what to run. A CHROMIUM_PATH that points nowhere stops even as root: Playwright would still use it.
 */
export function planBrowserDeps(found) {
  if (found.chromiumPathEnv && !found.chromium) {
    return { action: 'stop', reason: `CHROMIUM_PATH=${found.chromiumPathEnv} is not an executable file: point it at Chromium, or unset it to use Debian's chromium` };
  }
  const missing = NEEDS.filter((n) => !found[n.key]);
  const packages = missing.map((n) => n.pkg);
  if (packages.length === 0) return { action: 'ready' };
  if (found.isRoot && found.aptGet) return { action: 'install', packages };
  const command = `${found.isRoot ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
  const elsewhere = found.aptGet ? '' : ' (Debian package names: install the same with your package manager)';
  const orPath = found.chromium ? '' : ' (or set CHROMIUM_PATH instead of installing chromium)';
  return { action: 'stop', reason: `npm test needs ${listed(missing.map((n) => n.what))}; run: ${command}${elsewhere}${orPath}` };
}

function stop(reason) {
  // The convention of scripts/test.mjs and .ci/run: the last line, and .test-results/summary.txt, say `N passed, N failed`.
  const out = join(root, '.test-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'summary.txt'), '0 passed, 1 failed\n');
  console.log(`\nFAIL ${reason}\n\n0 passed, 1 failed`); // stdout, like test.mjs's summary
  process.exit(1);
}

function aptGet(args) {
  // stdout is dpkg's progress chatter; errors arrive on stderr.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
}

/** Installs what is missing when it can, else stops the run before any test starts. */
export function ensureBrowserDeps() {
  let found = detectBrowserDeps();
  const plan = planBrowserDeps(found);
  if (plan.action === 'install') {
    const list = plan.packages.join(' ');
    console.log(`Installing ${list} (Debian packages the tests need)…`);
    if (!aptGet(['update', '-qq']) || !aptGet(['install', '-y', '-qq', ...plan.packages])) stop(`could not install ${list}: apt-get failed (see above)`);
    found = detectBrowserDeps();
    const after = planBrowserDeps(found);
    if (after.action !== 'ready') stop(`installed ${list}, yet ${after.action === 'stop' ? after.reason : `${after.packages.join(' ')} still missing`}`);
  } else if (plan.action === 'stop') {
    stop(plan.reason);
  }
  // Playwright's config looks only at CHROMIUM_PATH and /usr/bin/chromium; test.mjs passes its env to every step.
  if (found.chromium !== DEBIAN_CHROMIUM) process.env.CHROMIUM_PATH = found.chromium;
}
