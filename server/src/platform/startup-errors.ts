// Start-up failures that are the operator's to fix: a data folder the node cannot write, an embedded database it
// cannot open, a PostgreSQL database it cannot reach, a port it cannot listen on. Each becomes a StartupError whose
// message names the folder, database or port and the cause in one line; the CLI and `npm start` print it without a
// stack trace. Anything else stays as it was (a stack trace is what a bug report needs).
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { isDatabaseUnavailable } from './http/db-errors.js';

export class StartupError extends Error {
  override readonly name = 'StartupError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message.replace(/\s*\n\s*/g, ' '), options);
  }
}

type SystemError = { code?: unknown; syscall?: unknown; path?: unknown; message?: unknown };

const FS_CAUSES: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'part of the path is not a folder',
  EEXIST: 'a file is in the way',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EIO: 'input/output error',
};

function fsCode(err: unknown): string | undefined {
  const code = (err as SystemError | null)?.code;
  return typeof code === 'string' && code in FS_CAUSES ? code : undefined;
}

function user(): string {
  try {
    const u = userInfo();
    return `${u.username} (uid ${u.uid})`;
  } catch {
    return `uid ${process.getuid?.() ?? '?'}`;
  }
}

function hint(code: string): string {
  if (code === 'EROFS') return 'mount it read-write, or set COUNTERPART_DATA_DIR to a writable folder';
  if (code === 'EACCES' || code === 'EPERM') return `the node runs as ${user()}: give it read and write access, or set COUNTERPART_DATA_DIR to a folder it can write`;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'free some space';
  return 'check the folder, or set COUNTERPART_DATA_DIR to another one';
}

/** Why a folder could not be made: the nearest folder above it that exists, if this process cannot write there. */
function unwritableAncestor(path: string): { code: string; path: string } | null {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    try {
      accessSync(dir, constants.W_OK | constants.X_OK);
      return null;
    } catch (err) {
      const code = (err as SystemError).code;
      if (code !== 'ENOENT') return typeof code === 'string' ? { code, path: dir } : null;
      if (dirname(dir) === dir) return null;
    }
  }
}

/** An error from the file system in or under the data folder `dir`; anything else is returned as it is. */
export function dataDirError(dir: string, err: unknown): unknown {
  // mkdir -p under a read-only parent says ENOENT: the parent's own answer is the real cause.
  const e = err as SystemError | null;
  const above = e?.code === 'ENOENT' && e.syscall === 'mkdir' && typeof e.path === 'string' ? unwritableAncestor(e.path) : null;
  if (above && above.code in FS_CAUSES) err = Object.assign(new Error(String(e?.message)), { code: above.code, path: above.path });
  const code = fsCode(err);
  if (!code) return err;
  const { syscall, path } = err as SystemError;
  const where = typeof path === 'string' ? ` ${typeof syscall === 'string' ? syscall : 'on'} ${path}` : '';
  return new StartupError(`cannot use the data folder ${dir}: ${FS_CAUSES[code]} (${code}${where}); ${hint(code)}`, { cause: err });
}

/** The first file or folder under `root` this process may not read and write, and why (bounded: a failure path). */
function firstUnwritable(root: string): { path: string; code: string } | null {
  const queue = [root];
  for (let seen = 0; queue.length && seen < 20_000; seen++) {
    const path = queue.shift() as string;
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
      accessSync(path, constants.R_OK | constants.W_OK | (isDir ? constants.X_OK : 0));
    } catch (err) {
      const code = (err as SystemError).code;
      if (code === 'ENOENT') continue;
      return { path, code: typeof code === 'string' ? code : 'EACCES' };
    }
    if (isDir) for (const name of readdirSync(path)) queue.push(join(path, name));
  }
  return null;
}

/** PGlite says only "failed to initialize properly": find out whether its folder is writable, and say which. */
export function pgliteError(pgdata: string, err: unknown): StartupError {
  const found = firstUnwritable(pgdata);
  if (found) {
    const reason = FS_CAUSES[found.code] ?? found.code;
    return new StartupError(`cannot open the embedded database in ${pgdata}: ${reason} (${found.code} on ${found.path}); ${hint(found.code)}`, { cause: err });
  }
  const said = err instanceof Error ? err.message : String(err);
  return new StartupError(`cannot open the embedded database in ${pgdata}: ${said}; the folder is readable and writable, so it may be damaged or made by another version: restore it from a backup`, { cause: err });
}

/** `name on host:port` from a PostgreSQL URL, without its user or password. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    const name = decodeURIComponent(u.pathname.replace(/^\//, '')) || '(default)';
    return `"${name}" on ${u.hostname || 'localhost'}:${u.port || '5432'}`;
  } catch {
    return 'named by DATABASE_URL';
  }
}

function pgCause(err: unknown, url: string): string | null {
  const e = (err ?? {}) as SystemError & { errors?: unknown[] };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message = typeof e.message === 'string' ? e.message : '';
  let host = 'its host';
  try {
    const u = new URL(url);
    host = `${u.hostname}:${u.port || '5432'}`;
  } catch {
    // keep the vague name
  }
  if (code === '3D000') return 'the database does not exist; create it (createdb) or correct DATABASE_URL';
  if (code?.startsWith('28')) return `${message}; correct the user or password in DATABASE_URL`;
  if (code === '42501') return `${message}; grant the user the rights it needs`;
  if (code === 'ECONNREFUSED') return `connection refused (ECONNREFUSED): is PostgreSQL running and listening on ${host}?`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host name is not known (${code}); correct DATABASE_URL`;
  if (code === 'ETIMEDOUT' || /timeout/.test(message)) return `no answer from ${host} in time; check the network and that PostgreSQL is up`;
  if (e instanceof AggregateError && e.errors?.length) return pgCause(e.errors[0], url);
  if (code === '57P03') return `${message} (57P03); try again when it is up`;
  if (isDatabaseUnavailable(err)) return `${message || 'the connection failed'}${code ? ` (${code})` : ''}`;
  return null;
}

/** A PostgreSQL database the node cannot connect to or use at start; any other error is returned as it is. */
export function databaseError(url: string, err: unknown): unknown {
  const cause = pgCause(err, url);
  return cause ? new StartupError(`cannot use the PostgreSQL database ${describeDatabase(url)}: ${cause}`, { cause: err }) : err;
}

/** A port the node cannot listen on; any other error is returned as it is. */
export function listenError(host: string, port: number, err: unknown): unknown {
  const code = (err as SystemError | null)?.code;
  const where = `${host}:${port}`;
  if (code === 'EADDRINUSE') return new StartupError(`cannot listen on ${where}: another program uses the port (EADDRINUSE); stop it or set PORT to another port`, { cause: err });
  if (code === 'EACCES') return new StartupError(`cannot listen on ${where}: permission denied (EACCES); ports below 1024 need privileges, set PORT to 1024 or above`, { cause: err });
  if (code === 'EADDRNOTAVAIL') return new StartupError(`cannot listen on ${where}: this machine has no such address (EADDRNOTAVAIL); correct HOST`, { cause: err });
  return err;
}
