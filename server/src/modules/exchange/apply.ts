// Applies one verified, in-order envelope: never an older version over a newer one; a withdrawal purges the content
// and every stored copy of it, leaving a tombstone that says who withdrew it, when and why.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { kidOf, parsePublicKey } from './crypto.js';
import type { Envelope, ReceiptStatus } from './envelope.js';
import type { Handlers } from './handlers.js';
import * as repo from './repo.js';
import { peerKeys } from './tables.js';

export type Outcome = { status: Exclude<ReceiptStatus, 'duplicate'>; detail?: string };

/** A peer announcing its new key, signed with a key this node already trusts for that peer. */
export const NODE_KEY_KIND = 'node-key';

async function applyNodeKey(tx: Db, ctx: Ctx, env: Envelope): Promise<Outcome> {
  if (env.body.op !== 'upsert') return { status: 'rejected', detail: 'a node key cannot be withdrawn' };
  const publicKey = env.body.data.publicKey;
  if (typeof publicKey !== 'string' || !parsePublicKey(publicKey)) return { status: 'rejected', detail: 'not an Ed25519 public key' };
  await tx.insert(peerKeys).values({ kid: kidOf(publicKey), partyCode: env.from, publicKey, source: 'rotation', addedAt: ctx.clock.now() }).onConflictDoNothing();
  return { status: 'applied' };
}

/** `newest`: the newest version of the record this node accepted so far (0 for none). */
export async function applyEnvelope(tx: Db, ctx: Ctx, handlers: Handlers, env: Envelope, newest: number): Promise<Outcome> {
  if (env.kind === NODE_KEY_KIND) return applyNodeKey(tx, ctx, env);
  const handler = handlers[env.kind];
  if (!handler) return { status: 'rejected', detail: `this node does not know records of kind ${env.kind}` };
  const body = env.body;
  if (body.op === 'withdraw') {
    if (env.recordVersion < newest) return { status: 'superseded' };
    await handler.purge(tx, ctx, env);
    await repo.purgeEvidence(tx, env.recordId, ctx.clock.now());
    await repo.upsertTombstone(tx, { recordId: env.recordId, kind: env.kind, originParty: env.from, recordVersion: env.recordVersion, reason: body.reason, note: body.note ?? null, withdrawnBy: body.withdrawnBy, withdrawnAt: new Date(env.sentAt), envelopeId: env.id });
    return { status: 'purged' };
  }
  if (env.recordVersion <= newest) return { status: 'superseded' };
  // A savepoint: a body the handler cannot use is refused on its own, and the chain still moves on.
  try {
    const outcome = await tx.transaction((sp) => handler.apply(sp as unknown as Db, { ...ctx, db: sp as unknown as Db }, { ...env, body }));
    if (outcome.status === 'applied') await repo.deleteTombstone(tx, env.recordId);
    return outcome;
  } catch (err) {
    return { status: 'rejected', detail: err instanceof Error ? err.message.slice(0, 500) : 'the record could not be stored' };
  }
}
