// This node's signing keys: created at first start, private halves sealed with the node secret (so a database dump
// alone cannot sign), rotated on demand with the old keys kept for verifying what they signed.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { asc, isNull } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import type { SecretBox } from '../../platform/secret-box.js';
import { isUniqueViolation } from '../../platform/sql.js';
import { fingerprintOf, generateKeyPair, kidOf, type Signer } from './crypto.js';
import { nodeKeys } from './tables.js';

export type NodeKey = { kid: string; publicKey: string; fingerprint: string; createdAt: Date; retiredAt: Date | null };

const present = (r: typeof nodeKeys.$inferSelect): NodeKey => ({ kid: r.kid, publicKey: r.publicKey, fingerprint: fingerprintOf(r.publicKey), createdAt: r.createdAt, retiredAt: r.retiredAt });

export async function listNodeKeys(db: Db): Promise<NodeKey[]> {
  return (await db.select().from(nodeKeys).orderBy(asc(nodeKeys.createdAt))).map(present);
}

export async function insertNodeKey(db: Db, box: SecretBox, now: Date, pair = generateKeyPair()): Promise<NodeKey> {
  const [row] = await db.insert(nodeKeys).values({ kid: kidOf(pair.publicKey), publicKey: pair.publicKey, privateKeySealed: box.seal(pair.privateKeyPem), createdAt: now }).returning();
  if (!row) throw new Error('the node key was not stored');
  return present(row);
}

/** Creates the first key unless one exists; safe when several processes start at once. */
export async function ensureNodeKey(deps: { db: Db; box: SecretBox; clock: Clock }): Promise<NodeKey> {
  const current = await currentKeyRow(deps.db);
  if (current) return present(current);
  try {
    return await insertNodeKey(deps.db, deps.box, deps.clock.now());
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const winner = await currentKeyRow(deps.db);
    if (!winner) throw err;
    return present(winner);
  }
}

async function currentKeyRow(db: Db) {
  const [row] = await db.select().from(nodeKeys).where(isNull(nodeKeys.retiredAt)).limit(1);
  return row;
}

// Unsealing and parsing a key costs more than the signature; keys never change once written, so cache by kid.
const unsealed = new Map<string, KeyObject>();

export async function currentSigner(db: Db, box: SecretBox): Promise<Signer> {
  const row = await currentKeyRow(db);
  if (!row) throw new Error('this node has no signing key; it is created when the node starts');
  let key = unsealed.get(row.kid);
  if (!key) {
    if (row.privateKeySealed === null) throw new Error(`this node's current key ${row.kid} has no private half; rotate the node key`);
    key = createPrivateKey(box.open(row.privateKeySealed));
    unsealed.set(row.kid, key);
  }
  return { kid: row.kid, privateKey: key };
}
