// `npm test`: the whole suite — typecheck, lint, unit/service/route tests (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set), then the browser tests in Chromium. Ends with one line `N passed, N failed`.
// First of all it makes sure the machine has Chromium, a Chinese font and openssl (see browser-deps.mjs).
// TEST_ALSO_NODE=24 (or 22,24; CI sets 24) runs the runtime-sensitive PGlite tests again on that Node, or every
// one with TEST_ALSO_NODE_ALL=1 (see other-node.mjs OTHER_NODE_SCOPE).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowserDeps } from './browser-deps.mjs';
import { bin, ensureDependencies, root } from './ensure.mjs';
import { ensureNode, otherNodeFilters, parseAlsoNode, withNodeOnPath } from './other-node.mjs';

ensureBrowserDeps();
ensureDependencies();
const out = join(root, '.test-results');
mkdirSync(out, { recursive: true });
const tally = { passed: 0, failed: 0 };
const lines = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n── ${name} ──`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function check(name, ok) {
  tally[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

function countFromJson(name, file, read) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    check(`${name} (crashed before writing its report)`, false);
    return;
  }
  const { passed, failed } = read(report);
  tally.passed += passed;
  tally.failed += failed;
  lines.push(`${failed ? 'FAIL' : 'ok  '} ${name}: ${passed} passed, ${failed} failed`);
}

check('typecheck', step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) && step('typecheck web', bin('tsc'), ['-p', 'web/tsconfig.json', '--noEmit']) && step('typecheck e2e', bin('tsc'), ['-p', 'web/e2e/tsconfig.json', '--noEmit']));
check('lint', step('lint', bin('eslint'), ['.']));
check('openapi lint', step('openapi lint', process.execPath, ['scripts/lint-openapi.mjs']));

// Runs vitest with its JSON report in .test-results/<report>; counts it as one runner line named `name`.
function vitest(title, name, report, cmd, args, env = {}) {
  const file = join(out, report);
  // A report left by an earlier run must never be counted again.
  rmSync(file, { force: true });
  const ok = step(title, cmd, args, { ...env, VITEST_JSON: file });
  // Skipped or todo tests count as failures: nothing is left switched off.
  countFromJson(name, file, (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) + (ok || r.numFailedTests ? 0 : 1),
  }));
}

// The PGlite project (its runtime-sensitive part unless TEST_ALSO_NODE_ALL=1) again on another Node major; a binary
// that cannot be had is a failure, never a silent skip.
function vitestOnNode(major) {
  const name = `vitest on Node ${major}`;
  const node = ensureNode(root, major);
  if (node.error) {
    console.error(node.error);
    return check(`${name} (${node.error})`, false);
  }
  const args = [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'pglite', ...otherNodeFilters(process.env)];
  vitest(`server tests on Node ${node.version} (PGlite)`, name, `vitest-node${major}.json`, node.bin, args, withNodeOnPath(process.env, node.bin));
}

vitest('unit, service and route tests', 'vitest', 'vitest.json', bin('vitest'), ['run']);
const alsoNode = parseAlsoNode(process.env.TEST_ALSO_NODE);
if (alsoNode.error) check(alsoNode.error, false);
alsoNode.majors.forEach(vitestOnNode);

const webBuilt = step('build the web app', process.execPath, ['-e', "import('./scripts/ensure.mjs').then((m) => m.ensureWebBuild())"]);
check('web build', webBuilt);
const pwJson = join(out, 'playwright.json');
rmSync(pwJson, { force: true });
const pwOk = webBuilt && step('browser tests (Chromium)', bin('playwright'), ['test', '--config', 'web/e2e/playwright.config.ts'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
countFromJson('playwright', pwJson, (r) => ({
  passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
  failed: (r.stats?.unexpected ?? 0) + (r.stats?.skipped ?? 0) + (pwOk || r.stats?.unexpected ? 0 : 1),
}));

const summary = `${tally.passed} passed, ${tally.failed} failed`;
writeFileSync(join(out, 'summary.txt'), `${summary}\n`);
console.log(`\n${lines.join('\n')}\n\n${summary}`);
process.exit(tally.failed === 0 ? 0 : 1);
