// `npm run demo:pair`: two nodes on this machine — party US on :8080 and party CN on :8081 — each with its own
// embedded database and demo users, peered with each other, so a newcomer can watch records cross over.
// Data lives in .counterpart-pair/{us,cn}; delete that folder to start again.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { playDemoSteps } from './demo-steps.mjs';
import { ensureDependencies, ensureServerBuild, ensureWebBuild, root } from './ensure.mjs';

const NODES = [
  { party: 'US', port: 8080, dir: join(root, '.counterpart-pair/us') },
  { party: 'CN', port: 8081, dir: join(root, '.counterpart-pair/cn') },
];
const envOf = (n) => ({ ...process.env, COUNTERPART_PARTY: n.party, COUNTERPART_DATA_DIR: n.dir, PORT: String(n.port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });

function cli(n, ...args) {
  const res = spawnSync(process.execPath, [join(root, 'bin/counterpart.mjs'), ...args], { cwd: root, env: envOf(n), encoding: 'utf8' });
  if (res.status !== 0) {
    console.error(`counterpart ${args.join(' ')} (party ${n.party}) failed:\n${res.stderr || res.stdout}`);
    process.exit(1);
  }
  return res.stdout;
}

ensureDependencies();
ensureWebBuild();
ensureServerBuild();

console.log('Preparing the two nodes (first run takes a minute)…');
for (const n of NODES) cli(n, 'seed', '--demo');
const keys = Object.fromEntries(NODES.map((n) => [n.party, JSON.parse(cli(n, 'keys', 'show', '--json')).publicKey]));
for (const n of NODES) {
  const known = cli(n, 'peers', 'list');
  for (const other of NODES.filter((o) => o !== n && !known.includes(`${o.party}  `))) {
    cli(n, 'peers', 'add', '--party', other.party, '--url', `http://127.0.0.1:${other.port}`, '--public-key', keys[other.party]);
  }
}

const children = NODES.map((n) => {
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], { cwd: root, env: { ...envOf(n), COUNTERPART_PREPARED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) => stream.on('data', (chunk) => out.write(chunk.toString().replace(/^(?=.)/gm, `[${n.party}] `)));
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    console.error(`[${n.party}] node exited (${signal ?? code}); stopping the other`);
    shutdown();
  });
  return child;
});

console.log(`
Two peered nodes are starting:
  US  http://localhost:8080   sign in as admin.us or officer.us
  CN  http://localhost:8081   sign in as admin.cn or officer.cn   (password "counterpart-demo")
Each node's contacts marked releasable cross to the other within a second; open Contacts on either node and
filter by the other party, or Peers (admins) to watch queues, receipts and chain heads. Ctrl-C stops both.
`);

let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
}
// Once the requests have crossed, CN's officer answers one of the US's with a delay notice (scripts/demo-steps.mjs).
playDemoSteps(`http://127.0.0.1:${NODES[1].port}`).catch((err) => console.error(`[demo] ${err.message}`));

process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
