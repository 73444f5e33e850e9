// PGlite takes no lock on its folder: two processes on one folder silently lose writes. This lock file
// makes the second owner fail loudly instead, naming the folder and the owning PID.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type DirLock = { path: string; release: () => void };

export class DirLockedError extends Error {
  override readonly name = 'DirLockedError';
  constructor(
    readonly dir: string,
    readonly ownerPid: number,
  ) {
    super(`the data folder ${dir} is in use by another Counterpart process (PID ${ownerPid}); stop it or set COUNTERPART_DATA_DIR to another folder`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

// Folders this process holds. A lock file naming our own PID that is not in here was left by an earlier process
// that had the same PID (a container restarted after a crash is PID 1 again): it is stale, not ours.
const held = new Set<string>();

export function acquireDirLock(dir: string): DirLock {
  const path = join(dir, 'counterpart.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path)) {
      held.add(path);
      return {
        path,
        release: () => {
          held.delete(path);
          releaseIfOurs(path);
        },
      };
    }
    const owner = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    const ours = owner === process.pid;
    if (Number.isInteger(owner) && ((ours && held.has(path)) || (!ours && isAlive(owner)))) throw new DirLockedError(dir, owner);
    // The owner is gone (crash, SIGKILL): the lock is stale and safe to take over.
    unlinkSync(path);
  }
  throw new Error(`could not lock the data folder ${dir}`);
}

function releaseIfOurs(path: string): void {
  try {
    if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
  } catch {
    // already gone: nothing to release
  }
}
