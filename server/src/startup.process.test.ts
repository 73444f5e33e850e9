// `counterpart serve` as an operator meets it when something is wrong: a start-up failure is one line on stderr
// naming the folder, database or port and the cause, with exit code 1 and no stack trace; and once serving, an
// error that escapes a request is logged and the node goes on answering.
// A read-only file system is a read-only tmpfs (or bind) mount in a mount namespace of the child's own (unshare),
// so nothing is mounted on this machine; an unwritable folder is one without write permission, for a child in a
// user namespace of its own, where root's capabilities do not reach the folder (unshare again).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../test/private-postgres.js';
import { pgliteExtensions } from './platform/db.js';

const bin = new URL('../../bin/counterpart.mjs', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'counterpart-startup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const baseEnv = { ...process.env, LOG_LEVEL: 'silent', TEST_DB_KIND: '', PORT: '0', COUNTERPART_SEED_DEMO: 'false' };
type Env = Record<string, string | undefined>;

/** `counterpart serve` run to its end; `wrap` puts a command (unshare …) in front of node. */
function serve(env: Env, opts: { wrap?: string[] } = {}) {
  const argv = [...(opts.wrap ?? []), process.execPath, bin, 'serve'];
  return spawnSync(argv[0] as string, argv.slice(1), { env: { ...baseEnv, ...env }, encoding: 'utf8', timeout: 90_000 });
}

/** Runs the child with `dir` mounted read-only: an empty tmpfs, or with `bind`, the folder's own content. */
const readOnly = (dir: string, bind = false): string[] => [
  'unshare',
  '--user',
  '--map-root-user',
  '--mount',
  'sh',
  '-c',
  bind ? 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"' : 'mount -t tmpfs -o ro tmpfs "$0" && exec "$@"',
  dir,
];

/**
 * Runs the child in a user namespace of its own with no user mapped: it keeps its user for file access but has no
 * capability over any file, so even root meets a folder's permission bits.
 */
const withoutPrivileges = ['unshare', '--user'];

/** One line on stderr, exit 1, no stack trace. */
function expectOneLine(res: ReturnType<typeof serve>): string {
  expect(res.error).toBeUndefined();
  expect(res.status).toBe(1);
  const stderr = String(res.stderr);
  expect(stderr).not.toContain('    at ');
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

describe('start-up failures: one line naming what and why, exit 1, no stack trace', () => {
  it('a read-only data folder (EROFS)', () => {
    const dir = join(root, 'read-only');
    mkdirSync(dir);
    const line = expectOneLine(serve({ COUNTERPART_DATA_DIR: dir }, { wrap: readOnly(dir) }));
    expect(line).toBe(`counterpart: cannot use the data folder ${dir}: the file system is read-only (EROFS open ${dir}/counterpart.lock); mount it read-write, or set COUNTERPART_DATA_DIR to a writable folder`);
  }, 90_000);

  it('a data folder this user cannot write (EACCES)', () => {
    const dir = join(root, 'not-writable');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    const line = expectOneLine(serve({ COUNTERPART_DATA_DIR: dir }, { wrap: withoutPrivileges }));
    expect(line).toMatch(new RegExp(`^counterpart: cannot use the data folder ${dir}: permission denied \\(EACCES open ${dir}/counterpart\\.lock\\); the node runs as \\S+ \\(uid \\d+\\): give it read and write access, or set COUNTERPART_DATA_DIR to a folder it can write$`));
  }, 90_000);

  it('a read-only embedded database folder (pgdata), which PGlite only calls "failed to initialize properly"', async () => {
    const dir = join(root, 'read-only-pgdata');
    mkdirSync(dir);
    const db = await PGlite.create({ dataDir: join(dir, 'pgdata'), extensions: pgliteExtensions });
    await db.close();
    const line = expectOneLine(serve({ COUNTERPART_DATA_DIR: dir }, { wrap: readOnly(join(dir, 'pgdata'), true) }));
    expect(line).toBe(`counterpart: cannot open the embedded database in ${dir}/pgdata: the file system is read-only (EROFS on ${dir}/pgdata); mount it read-write, or set COUNTERPART_DATA_DIR to a writable folder`);
  }, 120_000);

  it('DATABASE_URL pointing where no PostgreSQL listens (ECONNREFUSED)', async () => {
    const port = await freePort();
    const line = expectOneLine(serve({ COUNTERPART_DATA_DIR: join(root, 'refused'), DATABASE_URL: `postgres://counterpart:secret@127.0.0.1:${port}/counterpart` }));
    expect(line).toBe(`counterpart: cannot use the PostgreSQL database "counterpart" on 127.0.0.1:${port}: connection refused (ECONNREFUSED): is PostgreSQL running and listening on 127.0.0.1:${port}?`);
    expect(line).not.toContain('secret');
  }, 90_000);

  it('a port another program listens on (EADDRINUSE)', async () => {
    const taken: Server = await new Promise((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => resolve(s));
    });
    const { port } = taken.address() as { port: number };
    try {
      const line = expectOneLine(serve({ COUNTERPART_DATA_DIR: join(root, 'port-taken'), PORT: String(port), HOST: '127.0.0.1' }));
      expect(line).toBe(`counterpart: cannot listen on 127.0.0.1:${port}: another program uses the port (EADDRINUSE); stop it or set PORT to another port`);
    } finally {
      taken.close();
    }
  }, 120_000);
});

describe('a serving node and an error that escapes every request', () => {
  it('logs the uncaught exception and the unhandled rejection and goes on answering', async () => {
    const dataDir = join(root, 'escape');
    const port = await freePort();
    // Loaded before the node: on SIGUSR2, throws where nothing catches and rejects a promise nobody awaits.
    const trap = `process.on('SIGUSR2', () => { setTimeout(() => { throw new Error('escaped on purpose'); }); Promise.reject(new Error('rejected on purpose')); });`;
    const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(trap)}`, bin, 'serve'], {
      env: { ...baseEnv, COUNTERPART_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    let exit: string | null = null;
    child.once('exit', (code, signal) => (exit = String(code ?? signal)));
    const health = async () => (await fetch(`http://127.0.0.1:${port}/api/v1/health`).catch(() => null))?.status;
    try {
      await expect.poll(health, { timeout: 90_000, interval: 250 }).toBe(200);
      child.kill('SIGUSR2');
      await expect.poll(() => log, { timeout: 10_000 }).toMatch(/unhandledRejection: an error escaped/);
      await expect.poll(() => log, { timeout: 10_000 }).toMatch(/uncaughtException: an error escaped/);
      expect(log).toContain('escaped on purpose');
      expect(log).toContain('rejected on purpose');
      // The embedded database still answers, so the node stays; it keeps answering requests.
      await new Promise((r) => setTimeout(r, 500));
      for (let i = 0; i < 5; i++) expect(await health()).toBe(200);
      expect(exit).toBeNull();
      expect(log).not.toMatch(/exiting so that a fresh process takes over/);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
    }
  }, 180_000);
});
