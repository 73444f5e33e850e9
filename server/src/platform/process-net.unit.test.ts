// The process-level net: which escaped errors the node survives and which end it (see process-net.ts).
import { describe, expect, it } from 'vitest';
import type { Db } from './db.js';
import { escapedForLog, escapeHandler, type ProcessNetDeps } from './process-net.js';

function setUp(kind: 'pglite' | 'postgres', answer: () => Promise<unknown>) {
  const logged: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const exits: number[] = [];
  let probes = 0;
  const deps: ProcessNetDeps = {
    log: {
      error: (obj, msg) => void logged.push({ level: 'error', obj: obj as Record<string, unknown>, msg }),
      fatal: (obj, msg) => void logged.push({ level: 'fatal', obj: obj as Record<string, unknown>, msg }),
    },
    database: {
      kind,
      db: {
        execute: () => {
          probes++;
          return answer();
        },
      } as unknown as Db,
    },
    exit: (code) => void exits.push(code),
    probeTimeoutMs: 200,
  };
  return { handle: escapeHandler(deps), logged, exits, probes: () => probes };
}

describe('the process net', () => {
  it('logs an escaped error and keeps serving while the embedded database answers', async () => {
    const net = setUp('pglite', async () => ({ rows: [{ '?column?': 1 }] }));
    await net.handle('uncaughtException', new Error('a stream broke'));
    await net.handle('unhandledRejection', new Error('nobody awaited this'));
    expect(net.exits).toEqual([]);
    expect(net.logged.map((l) => [l.level, l.msg, l.obj.err])).toEqual([
      ['error', 'uncaughtException: an error escaped its request or task; the node keeps serving', expect.objectContaining({ message: 'a stream broke' })],
      ['error', 'unhandledRejection: an error escaped its request or task; the node keeps serving', expect.objectContaining({ message: 'nobody awaited this' })],
    ]);
    expect(net.probes()).toBe(2);
  });

  it('exits 1 when the embedded database no longer answers after an escape, or does not answer in time', async () => {
    const dead = setUp('pglite', async () => Promise.reject(new Error('PGlite is closed')));
    await dead.handle('uncaughtException', new Error('boom'));
    expect(dead.exits).toEqual([1]);
    expect(dead.logged.at(-1)).toMatchObject({ level: 'fatal', msg: 'the embedded database no longer answers after an escaped error; exiting so that a fresh process takes over' });

    const stuck = setUp('pglite', () => new Promise(() => undefined));
    await stuck.handle('uncaughtException', new Error('boom'));
    expect(stuck.exits).toEqual([1]);
  });

  it('never probes PostgreSQL, whose pool reconnects by itself: a database that is away is no reason to exit', async () => {
    const net = setUp('postgres', async () => Promise.reject(new Error('connect ECONNREFUSED')));
    await net.handle('unhandledRejection', Object.assign(new Error('Connection terminated unexpectedly'), { code: undefined }));
    expect(net.exits).toEqual([]);
    expect(net.probes()).toBe(0);
  });

  it('exits 1 on a WebAssembly trap, whatever the database: the module\'s memory cannot be trusted', async () => {
    const net = setUp('postgres', async () => ({ rows: [] }));
    const wasm = (globalThis as unknown as { WebAssembly: { RuntimeError: new (m: string) => Error } }).WebAssembly;
    await net.handle('uncaughtException', new wasm.RuntimeError('unreachable'));
    expect(net.exits).toEqual([1]);
    expect(net.logged).toEqual([expect.objectContaining({ level: 'fatal', msg: 'a WebAssembly module trapped (uncaughtException); exiting so that a fresh process takes over' })]);
  });

  it('logs only name, code, message and stack: not a database client hung on the error, nor a failed query\'s parameters', () => {
    const withClient = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', client: { password: 'hunter2' } });
    expect(JSON.stringify(escapedForLog(withClient))).not.toContain('hunter2');
    expect(escapedForLog(withClient)).toMatchObject({ type: 'Error', code: '57P01', message: 'terminating connection due to administrator command' });
    const failed = Object.assign(new Error('Failed query: select * from sessions where token_hash = $1\nparams: 0123abcd'), { cause: { code: '57P01', message: 'terminating connection' } });
    expect(JSON.stringify(escapedForLog(failed))).not.toContain('0123abcd');
    expect(escapedForLog(failed)).toMatchObject({ type: 'DatabaseError', code: '57P01', message: 'terminating connection' });
    expect(escapedForLog('a string')).toEqual({ value: 'a string' });
  });
});
