// Who holds a peer's delivery lease: `host:pid:random:scope`, one per exchange runtime. `scope` names the kernel
// and the process-id namespace the holder ran in (boot id and pid namespace on Linux, `-` where they cannot be
// read), so that a process can tell, without waiting for the lease to run out, that a lease is held by a process
// that is gone: one that ran beside it (same kernel, same pid namespace) and no longer exists, such as the process
// it replaced after a crash. Anything it cannot be sure of is taken as alive, and its lease simply runs out.
import { readFileSync, readlinkSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

function readScope(): string {
  try {
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const pidNamespace = readlinkSync('/proc/self/ns/pid');
    return createHash('sha256').update(`${bootId}\n${pidNamespace}`).digest('hex').slice(0, 12);
  } catch {
    return '-';
  }
}

const scope = readScope();
/** The owners made in this process: a lease with this process's pid but another owner is its predecessor's. */
const ownersHere = new Set<string>();

export function newLeaseOwner(): string {
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}:${scope}`;
  ownersHere.add(owner);
  return owner;
}

type Parsed = { host: string; pid: number; scope: string };

function parse(owner: string): Parsed | null {
  const parts = owner.split(':');
  if (parts.length < 4) return null;
  const [pid, , ownerScope] = parts.slice(-3);
  const host = parts.slice(0, -3).join(':');
  return /^\d+$/.test(pid ?? '') && ownerScope ? { host, pid: Number(pid), scope: ownerScope } : null;
}

/** True only when `owner` certainly names a process that no longer runs (see above); false when in doubt. */
export function isGoneHolder(owner: string, isAlive: (pid: number) => boolean = pidIsAlive): boolean {
  const holder = parse(owner);
  if (!holder || scope === '-' || holder.scope !== scope || holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !ownersHere.has(owner); // a process before this one had this pid
  return !isAlive(holder.pid);
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, but belongs to another user.
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
