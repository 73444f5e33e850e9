// The vault's keys in memory: unwrapped once per process and cached by id, so opening a value costs no query. A
// cached key is checked against its row again after KEY_CHECK_MS (an erased key stops opening in every process);
// which key is active is remembered for ACTIVE_CHECK_MS, far less than the rotation's grace (rotation.ts). Keys are
// made only through the node's own handle, each insert its own statement: a key made inside a caller's transaction
// would stay cached (and seal values) after that transaction rolled back, and two transactions making the data and
// the mac key in opposite orders would deadlock.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { systemClock, type Clock } from '../clock.js';
import type { Db } from '../db.js';
import { newId } from '../ids.js';
import type { SecretBox } from '../secret-box.js';
import { VaultError } from './errors.js';
import { vaultKeys } from './tables.js';

export type KeyPurpose = 'data' | 'mac';
/** Always made in this order, so two processes starting at once wait for each other instead of deadlocking. */
const PURPOSES: readonly KeyPurpose[] = ['data', 'mac'];
export const KEY_CHECK_MS = 60_000;
export const ACTIVE_CHECK_MS = 10_000;

type Cached = { key: Buffer; purpose: KeyPurpose; checkedAtMs: number };

export type Keyring = {
  /** Makes the active key of each purpose that has none through the node's handle, and loads both (start-up). */
  ensure: () => Promise<void>;
  /**
   * The active key of `purpose`. Through the node's own handle a missing one is made (one wins when processes race);
   * through any other handle (a transaction) a missing one is VaultError 'no-key', never made there.
   */
  active: (db: Db, purpose: KeyPurpose) => Promise<{ id: string; key: Buffer }>;
  /** Any key by id that still has its material. */
  byId: (db: Db, id: string, purpose: KeyPurpose) => Promise<Buffer>;
  /** Drops what is remembered: of one key (erased here), or which keys are active. */
  forget: (id?: string) => void;
};

// The sealed text names the key's id and purpose, so a sealed key copied onto another row does not unwrap there.
const wrapText = (id: string, purpose: KeyPurpose, key: Buffer) => `vault-key.v1.${id}.${purpose}.${key.toString('base64url')}`;

function unwrap(box: SecretBox, row: { id: string; purpose: string; sealed: string }): Buffer {
  let text: string;
  try {
    text = box.open(row.sealed);
  } catch {
    throw new VaultError('node-key');
  }
  const prefix = `vault-key.v1.${row.id}.${row.purpose}.`;
  if (!text.startsWith(prefix)) throw new VaultError('node-key');
  const key = Buffer.from(text.slice(prefix.length), 'base64url');
  if (key.length !== 32) throw new VaultError('node-key');
  return key;
}

/** A new active key of `purpose` unless one exists; one statement, so it is its own short transaction. */
export async function insertKey(db: Db, box: SecretBox, purpose: KeyPurpose, now: Date): Promise<string | null> {
  const id = newId();
  const rows = await db
    .insert(vaultKeys)
    .values({ id, purpose, sealed: box.seal(wrapText(id, purpose, randomBytes(32))), state: 'active', createdAt: now })
    // The partial unique index (one active key per purpose) is the arbiter: a racing second insert does nothing.
    .onConflictDoNothing()
    .returning({ id: vaultKeys.id });
  return rows[0]?.id ?? null;
}

async function findActive(db: Db, purpose: KeyPurpose): Promise<string | undefined> {
  const rows = await db.select({ id: vaultKeys.id }).from(vaultKeys).where(and(eq(vaultKeys.purpose, purpose), eq(vaultKeys.state, 'active')));
  return rows[0]?.id;
}

/** The key's row as stored: its sealed material, or null once erased; VaultError 'unknown-key' when there is none. */
async function findSealed(db: Db, id: string, purpose: KeyPurpose): Promise<string | null> {
  const [row] = await db.select({ sealed: vaultKeys.sealed }).from(vaultKeys).where(and(eq(vaultKeys.id, id), eq(vaultKeys.purpose, purpose)));
  if (!row) throw new VaultError('unknown-key');
  return row.sealed;
}

/**
 * Concurrent misses for the same thing on the same handle share one query (a cold process taking many requests at
 * once). Per handle: a caller inside a transaction must not wait on a query queued behind that transaction (PGlite).
 */
function sharedMisses(): <T>(db: Db, slot: string, work: () => Promise<T>) => Promise<T> {
  const pending = new WeakMap<Db, Map<string, Promise<unknown>>>();
  return <T>(db: Db, slot: string, work: () => Promise<T>): Promise<T> => {
    const onDb = pending.get(db) ?? new Map<string, Promise<unknown>>();
    pending.set(db, onDb);
    const running = onDb.get(slot);
    if (running) return running as Promise<T>;
    const started = work().finally(() => onDb.delete(slot));
    onDb.set(slot, started);
    return started;
  };
}

type KeyringDeps = { db: Db; box: SecretBox; clock?: Clock | undefined };
type State = {
  deps: KeyringDeps;
  clock: Clock;
  keys: Map<string, Cached>;
  activeIds: Map<KeyPurpose, { id: string; checkedAtMs: number }>;
  once: ReturnType<typeof sharedMisses>;
  // The injected clock, like the rotation's grace: a test moving its clock past the grace also ages these caches.
  nowMs: () => number;
};
const fresh = (s: State, checkedAtMs: number, ttlMs: number) => s.nowMs() - checkedAtMs < ttlMs;

function keysById(s: State): Keyring['byId'] {
  async function load(db: Db, id: string, purpose: KeyPurpose): Promise<Buffer> {
    const sealed = await findSealed(db, id, purpose);
    if (sealed === null) {
      s.keys.delete(id);
      throw new VaultError('erased-key');
    }
    const key = s.keys.get(id)?.key ?? unwrap(s.deps.box, { id, purpose, sealed });
    s.keys.set(id, { key, purpose, checkedAtMs: s.nowMs() });
    return key;
  }
  return async (db, id, purpose) => {
    const known = s.keys.get(id);
    if (known && known.purpose === purpose && fresh(s, known.checkedAtMs, KEY_CHECK_MS)) return known.key;
    return s.once(db, `key:${id}:${purpose}`, () => load(db, id, purpose));
  };
}

function activeKeys(s: State, byId: Keyring['byId']): Keyring['active'] {
  async function findOrMake(db: Db, purpose: KeyPurpose): Promise<string> {
    let id = await findActive(db, purpose);
    if (!id && db === s.deps.db) id = (await insertKey(s.deps.db, s.deps.box, purpose, s.clock.now())) ?? (await findActive(s.deps.db, purpose));
    if (!id) throw new VaultError('no-key');
    s.activeIds.set(purpose, { id, checkedAtMs: s.nowMs() });
    return id;
  }
  return async (db, purpose) => {
    const known = s.activeIds.get(purpose);
    const id = known && fresh(s, known.checkedAtMs, ACTIVE_CHECK_MS) ? known.id : await s.once(db, `active:${purpose}`, () => findOrMake(db, purpose));
    return { id, key: await byId(db, id, purpose) };
  };
}

export function createKeyring(deps: KeyringDeps): Keyring {
  const clock = deps.clock ?? systemClock;
  const s: State = { deps, clock, keys: new Map(), activeIds: new Map(), once: sharedMisses(), nowMs: () => clock.now().getTime() };
  const byId = keysById(s);
  const active = activeKeys(s, byId);
  return {
    async ensure() {
      for (const purpose of PURPOSES) await active(deps.db, purpose);
    },
    active,
    byId,
    forget(id) {
      if (id) s.keys.delete(id);
      s.activeIds.clear();
    },
  };
}
