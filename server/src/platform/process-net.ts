// The last net under a serving node. An error that escapes every request handler and background loop (a stream
// that fails after its response began, a callback that throws, a promise nobody awaited) is logged, and the node
// keeps serving: one broken request must not end every other request and session the process holds.
//
// Carrying on is only safe while the process is whole, so the net lets go in two cases, logging why and exiting 1
// for the supervisor to start a fresh process:
// - a WebAssembly module trapped (PGlite, RDKit): its memory may be half-written and cannot be trusted;
// - on embedded PGlite, the database no longer answers `select 1` after the escape: it lives in this process and
//   will not come back by itself. PostgreSQL is not probed: the pool reconnects on its own (a server that is away
//   costs requests a 503, not the process), so exiting would only add a restart to an outage.
import { sql } from 'drizzle-orm';
import type { Database } from './db.js';

type Log = { error: (obj: object, msg: string) => void; fatal: (obj: object, msg: string) => void };

export type ProcessNetDeps = {
  log: Log;
  database: Pick<Database, 'kind' | 'db'>;
  exit: (code: number) => void;
  /** How long the embedded database may take to answer after an escape; it can be busy with a long transaction. */
  probeTimeoutMs?: number;
};

// WebAssembly.RuntimeError, which the project's TypeScript libraries do not declare.
const WasmRuntimeError = (globalThis as unknown as { WebAssembly: { RuntimeError: new () => Error } }).WebAssembly.RuntimeError;
const isWasmTrap = (err: unknown): boolean => err instanceof WasmRuntimeError;

export type EscapeKind = 'uncaughtException' | 'unhandledRejection';

/**
 * The error as the log may keep it: its name, message, code and stack, not every property (node-postgres hangs
 * its client, with the connection settings, on an error; a failed query's message carries its parameters).
 */
export function escapedForLog(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: String(err) };
  const { code, cause } = err as { code?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (err.message.startsWith('Failed query')) return { type: 'DatabaseError', code: cause?.code, message: cause?.message, stack: err.stack?.split('\n').filter((l) => l.startsWith('    at ')).join('\n') };
  return { type: err.name, code, message: err.message, stack: err.stack };
}

/** What the net does with one escaped error; resolves once it has decided (tests await it). */
export function escapeHandler(deps: ProcessNetDeps): (kind: EscapeKind, err: unknown) => Promise<void> {
  let probing: Promise<void> | null = null;
  let hasExited = false;
  const exit = (reason: string, err: unknown) => {
    if (hasExited) return;
    hasExited = true;
    deps.log.fatal({ err: escapedForLog(err) }, `${reason}; exiting so that a fresh process takes over`);
    deps.exit(1);
  };

  async function probe(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${deps.probeTimeoutMs ?? 30_000} ms`)), deps.probeTimeoutMs ?? 30_000);
    });
    try {
      await Promise.race([deps.database.db.execute(sql`select 1`), timeout]);
    } catch (err) {
      exit('the embedded database no longer answers after an escaped error', err);
    } finally {
      clearTimeout(timer);
    }
  }

  return async (kind, err) => {
    if (isWasmTrap(err)) return exit(`a WebAssembly module trapped (${kind})`, err);
    deps.log.error({ err: escapedForLog(err) }, `${kind}: an error escaped its request or task; the node keeps serving`);
    if (deps.database.kind !== 'pglite') return;
    probing ??= probe().finally(() => (probing = null));
    await probing;
  };
}

/** Installs the net on this process; returns the function that removes it (at shutdown). */
export function installProcessNet(deps: ProcessNetDeps): () => void {
  const handle = escapeHandler(deps);
  const onException = (err: unknown) => void handle('uncaughtException', err);
  const onRejection = (err: unknown) => void handle('unhandledRejection', err);
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
