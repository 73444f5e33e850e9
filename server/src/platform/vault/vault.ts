// The personal-data vault: values sealed with AES-256-GCM under a data key that is itself sealed by the node key, so
// a database dump or backup alone reveals nothing of them; keyed hashes (HMAC-SHA256 under a 'mac' key) let records
// be grouped by a normalised identifier without storing it. Calls made inside a transaction go through
// `vault.within(tx)`: on PGlite the node's own handle waits for the transaction, so a key lookup there would hang.
import { createHmac, hkdfSync } from 'node:crypto';
import type { z } from 'zod';
import { canonicalJson } from '../canonical-json.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import type { SecretBox } from '../secret-box.js';
import { VaultError } from './errors.js';
import { decrypt, encrypt, parseSealed } from './format.js';
import { createKeyring, type Keyring } from './keys.js';

/** A value a re-sealer found under the retiring key that does not open; it is left as it is, and named only by row. */
export type RefusedValue = { table: string; rowId: string };
/** One batch: values under `fromKeyId` in rows after `after` (null: from the first), at most `limit` rows. */
export type ResealBatch = { fromKeyId: string; after: string | null; limit: number };
/** `last`: the id (as text) of the last row the batch took, the next batch's `after`; null when it found none. */
export type ResealPage = { resealed: number; last: string | null; refused: readonly RefusedValue[] };

/**
 * Re-seals, inside `tx`, the values of one batch (locking rows FOR UPDATE SKIP LOCKED, so requests and a second
 * runner go on), paging forward by row id so no row is read twice in one pass. It writes back only values it opened
 * and sealed again; one that does not open is reported in `refused` and left as it is. Every table that stores vault
 * values must have one: rotation erases a key only once every re-sealer's `remaining` is 0.
 */
export type Resealer = {
  name: string;
  reseal: (tx: Db, vault: Vault, batch: ResealBatch) => Promise<ResealPage>;
  /**
   * How many of its values are still under `fromKeyId`, locked rows included: SKIP LOCKED makes `reseal` pass over a
   * row a request holds, so a pass alone cannot prove the key unused.
   */
  remaining: (db: Db, fromKeyId: string) => Promise<number>;
};

export type Vault = {
  /** Seals `plain` under the active data key; `aad` names where the value is stored (`travel_notices/<id>/person`). */
  seal: (aad: string, plain: string) => Promise<string>;
  /** Opens a value sealed under any key not yet erased; throws VaultError on a wrong `aad`, tampering or an erased key. */
  open: (aad: string, sealed: string) => Promise<string>;
  /** Seals the JSON text of `value`; a value with none (undefined, a function, a cycle) is VaultError 'no-json'. */
  sealJson: (aad: string, value: unknown) => Promise<string>;
  /** Opens and parses; with a schema, a value of another shape is a VaultError (never a message quoting the value). */
  openJson: <T = unknown>(aad: string, sealed: string, schema?: z.ZodType<T>) => Promise<T>;
  /**
   * HMAC-SHA256 of `parts` (each in Unicode NFC, hashed as their canonical JSON list, so no two lists of parts hash
   * alike by joining differently) under the 'mac' key, with a key derived per `purpose` (HKDF), so hashes made for one
   * purpose never match another's. Normalising the identifier itself (case, spaces, punctuation) is the caller's.
   * The mac key is never rotated automatically: groupings by hash must stay stable.
   */
  keyedHash: (purpose: string, parts: readonly string[]) => Promise<string>;
  /** The id of the key a value is sealed under (re-sealers select by it). */
  keyIdOf: (sealed: string) => string;
  /**
   * The same vault, looking keys up through `tx` (use inside a transaction; it never makes a key). `sealUnder` pins
   * the key new values are sealed under; only the rotation job sets it, to the key it read as active in that transaction.
   */
  within: (tx: Db, opts?: { sealUnder?: string }) => Vault;
  /** Makes the data and mac keys if the database has none, through the node's own handle; awaited before serving. */
  ensureKeys: () => Promise<void>;
  registerResealer: (resealer: Resealer) => void;
  resealers: () => readonly Resealer[];
  /** Forgets a key held in memory (erased) and which keys are active; the rotation job calls it. */
  forget: (keyId?: string) => void;
};

export type VaultDeps = { db: Db; box: SecretBox; clock?: Clock | undefined };

type Shared = { keyring: Keyring; registry: Map<string, Resealer>; macKeys: Map<string, Buffer> };

export function createVault(deps: VaultDeps): Vault {
  const shared: Shared = { keyring: createKeyring(deps), registry: new Map(), macKeys: new Map() };
  return vaultOn(deps.db, shared, null);
}

function vaultOn(db: Db, shared: Shared, sealUnder: string | null): Vault {
  const { keyring } = shared;
  const sealKey = async () => (sealUnder ? { id: sealUnder, key: await keyring.byId(db, sealUnder, 'data') } : keyring.active(db, 'data'));
  const open = async (aad: string, sealed: string) => {
    const parts = parseSealed(sealed);
    return decrypt(await keyring.byId(db, parts.keyId, 'data'), parts, aad);
  };
  const seal = async (aad: string, plain: string) => {
    const { id, key } = await sealKey();
    return encrypt(key, id, aad, plain);
  };
  return {
    seal,
    open,
    sealJson: async (aad, value) => seal(aad, jsonText(value)),
    openJson: async <T>(aad: string, sealed: string, schema?: z.ZodType<T>) => parseOpened(await open(aad, sealed), schema),
    keyedHash: (purpose, parts) => keyedHash({ db, shared }, purpose, parts),
    keyIdOf: (sealed) => parseSealed(sealed).keyId,
    within: (tx, opts) => vaultOn(tx, shared, opts?.sealUnder ?? sealUnder),
    ensureKeys: () => keyring.ensure(),
    ...registry(shared),
    forget: (keyId) => keyring.forget(keyId),
  };
}

function registry(shared: Shared): Pick<Vault, 'registerResealer' | 'resealers'> {
  return {
    registerResealer(resealer) {
      if (shared.registry.has(resealer.name)) throw new Error(`a re-sealer named ${resealer.name} is already registered`);
      shared.registry.set(resealer.name, resealer);
    },
    resealers: () => [...shared.registry.values()],
  };
}

function jsonText(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // A cycle or a BigInt: the runtime's message may quote a property name of the value, so it is not passed on.
    throw new VaultError('no-json');
  }
  if (typeof text !== 'string') throw new VaultError('no-json');
  return text;
}

function parseOpened<T>(text: string, schema?: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new VaultError('shape');
  }
  if (!schema) return value as T;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new VaultError('shape');
  return parsed.data;
}

async function keyedHash(on: { db: Db; shared: Shared }, purpose: string, parts: readonly string[]): Promise<string> {
  if (purpose === '') throw new Error('a keyed hash needs a purpose');
  if (parts.length === 0 || parts.some((p) => typeof p !== 'string')) throw new Error('a keyed hash needs one or more text parts');
  const mac = await on.shared.keyring.active(on.db, 'mac');
  const slot = `${mac.id}\u0000${purpose}`;
  let derived = on.shared.macKeys.get(slot);
  if (!derived) {
    derived = Buffer.from(hkdfSync('sha256', mac.key, Buffer.alloc(0), `counterpart vault keyed-hash v1\u0000${purpose}`, 32));
    on.shared.macKeys.set(slot, derived);
  }
  // NFC: the same name typed with a composed or a decomposed accent (é, e + ◌́) is the same person.
  const text = canonicalJson(parts.map((p) => p.normalize('NFC')));
  return createHmac('sha256', derived).update(text, 'utf8').digest('base64url');
}
