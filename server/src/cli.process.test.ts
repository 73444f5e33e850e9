// The CLI as an operator runs it: real processes on a real data folder.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteExtensions } from './platform/db.js';

const bin = new URL('../../bin/counterpart.mjs', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'counterpart-cli-'));
const env = { ...process.env, COUNTERPART_DATA_DIR: dataDir, LOG_LEVEL: 'silent', TEST_DB_KIND: '' };
const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });

beforeAll(() => {
  const seeded = cli('seed', '--demo');
  expect(seeded.stderr).toBe('');
  expect(seeded.stdout).toMatch(/seeded: demo/);
}, 90_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('counterpart CLI', () => {
  it('audit verify passes on an untouched database and names the row someone edited', async () => {
    const clean = cli('audit', 'verify');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/audit chain intact: \d+ rows/);

    const db = await PGlite.create({ dataDir: join(dataDir, 'pgdata'), extensions: pgliteExtensions });
    await db.exec(`alter table audit_log disable trigger audit_log_no_update_delete;
      update audit_log set actor_label = 'someone else' where seq = 7;
      alter table audit_log enable trigger audit_log_no_update_delete;`);
    await db.close();

    const broken = cli('audit', 'verify');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/BROKEN at row 7: its fields do not match its hash/);
  }, 60_000);

  it('creates a user and an API token, printing each secret once', () => {
    const user = cli('user', 'create', '--username', 'ops.admin', '--name', 'Ops Admin', '--agency', 'HSI', '--role', 'admin');
    expect(user.status).toBe(0);
    expect(user.stdout).toMatch(/created user ops\.admin \(admin\)\npassword \(shown once\): \S{16}/);
    const token = cli('token', 'create', '--as', 'ops.admin', '--name', 'ingest', '--role', 'officer');
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/secret \(shown once\): cpt_\S{43}/);
    const bad = cli('user', 'create', '--username', 'x', '--name', 'X', '--agency', 'NOPE', '--role', 'admin');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/no agency with the acronym NOPE/);
  }, 60_000);

  it('refuses to start a database as a party other than the one it belongs to', () => {
    const res = spawnSync(process.execPath, [bin, 'serve'], { env: { ...env, COUNTERPART_PARTY: 'CN', PORT: '0' }, encoding: 'utf8', timeout: 60_000 });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('COUNTERPART_PARTY is CN but this database belongs to party US');
  }, 60_000);

  it('refuses to start with a secret that does not open the node\'s signing key', () => {
    const res = spawnSync(process.execPath, [bin, 'keys', 'show'], { env: { ...env, COUNTERPART_SECRET_KEY: randomBytes(32).toString('base64') }, encoding: 'utf8', timeout: 60_000 });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('does not open this node\'s signing key');
    const shown = cli('keys', 'show');
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/public key {3}ed25519:[A-Za-z0-9_-]{43}\nfingerprint {2}([0-9a-f]{4} ){15}[0-9a-f]{4}/);
  }, 60_000);

  it('verifies an evidence bundle offline, and says so when it does not', () => {
    const good = join(dataDir, 'empty-bundle.json');
    writeFileSync(good, JSON.stringify({ format: 'counterpart-evidence/1', recordId: 'r', generatedAt: '2026-01-01T00:00:00Z', generatedBy: 'US', keys: {}, items: [] }));
    expect(cli('exchange', 'verify-evidence', good).status).toBe(0);
    const forged = join(dataDir, 'forged-bundle.json');
    writeFileSync(forged, JSON.stringify({ format: 'counterpart-evidence/1', recordId: 'r', generatedAt: '2026-01-01T00:00:00Z', generatedBy: 'US', keys: { US: [] }, items: [{ from: 'US', to: 'CN', seq: 1, hash: 'a'.repeat(64), envelope: 'x.y.z', receipt: null }] }));
    const res = cli('exchange', 'verify-evidence', forged);
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/US→CN #1 {2}envelope: invalid/);
    expect(res.stdout).toContain('EVIDENCE DOES NOT VERIFY');
  }, 60_000);

  it('refuses a second process on the same data folder, naming the folder and the owner', async () => {
    const server = spawn(process.execPath, [bin, 'serve'], { env: { ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (d: Buffer) => d.toString().includes('is running at') && resolve());
        server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
      });
      const second = cli('migrate');
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`the data folder ${dataDir} is in use by another Counterpart process (PID ${server.pid})`);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    // A clean shutdown releases the lock.
    expect(cli('migrate').status).toBe(0);
  }, 60_000);

  it('screens a manifest into a results file against the node’s registry, with progress on stderr', () => {
    const manifest = join(dataDir, 'manifest.csv');
    const out = join(dataDir, 'results.json');
    writeFileSync(manifest, 'name,CAS\nacetone,\n,39742-60-4\nProduct XJ-400,\n');
    const res = cli('screen', manifest, '--out', out, '--as-of', '2026-01-01');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/3 lines screened as of 2026-01-01 .*controlled 2, insufficient-identity 1/);
    expect(res.stderr).toMatch(/3\/3/);
    const rows = JSON.parse(readFileSync(out, 'utf8')) as { line: number; verdict: string }[];
    expect(rows.map((r) => [r.line, r.verdict])).toEqual([[2, 'controlled'], [3, 'controlled'], [4, 'insufficient-identity']]);
    expect(cli('screen', manifest).status).toBe(2);
  }, 60_000);
});

