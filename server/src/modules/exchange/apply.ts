// Applies one verified, in-order envelope: never an older version over a newer one; a withdrawal purges the content
// and every stored copy of it, leaving a tombstone that says who withdrew it, when and why.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { kidOf, parsePublicKey } from './crypto.js';
import type { Envelope, ReceiptStatus } from './envelope.js';
import type { Handlers, KindHandler, UpsertEnvelope } from './handlers.js';
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
    // Only the originating party withdraws a record (third-party rule): one this node sent is its own, never the sender's.
    if (await repo.isSentFromHere(tx, env.recordId)) return { status: 'rejected', detail: `${env.recordId} is ${ctx.config.party}'s own record; only its originator withdraws it` };
    await handler.purge(tx, ctx, env);
    await repo.purgeEvidence(tx, env.recordId, env.from, ctx.clock.now());
    await repo.upsertTombstone(tx, { recordId: env.recordId, kind: env.kind, originParty: env.from, recordVersion: env.recordVersion, reason: body.reason, note: body.note ?? null, withdrawnBy: body.withdrawnBy, withdrawnAt: new Date(env.sentAt), envelopeId: env.id });
    return { status: 'purged' };
  }
  const [outcome] = await applyUpserts(tx, ctx, handler, [{ ...env, body }], new Map([[env.recordId, newest]]));
  return outcome ?? { status: 'rejected', detail: 'not applied' };
}

const inSavepoint = <T>(tx: Db, ctx: Ctx, work: (sp: Db, spCtx: Ctx) => Promise<T>): Promise<T> => tx.transaction((sp) => work(sp as unknown as Db, { ...ctx, db: sp as unknown as Db }));

/** One record in its own savepoint: a body the handler cannot store is refused on its own, and the chain moves on. */
async function applyOne(tx: Db, ctx: Ctx, handler: KindHandler, env: UpsertEnvelope): Promise<Outcome> {
  try {
    return await inSavepoint(tx, ctx, (sp, spCtx) => handler.apply(sp, spCtx, env));
  } catch (err) {
    return { status: 'rejected', detail: err instanceof Error ? err.message.slice(0, 500) : 'the record could not be stored' };
  }
}

/**
 * Upserts of one kind with distinct record ids, in one go when the handler can (`applyMany`), else one by one.
 * A version no newer than one already accepted is superseded; an applied record loses any earlier tombstone.
 */
export async function applyUpserts(tx: Db, ctx: Ctx, handler: KindHandler, envs: readonly UpsertEnvelope[], newest: ReadonlyMap<string, number>): Promise<Outcome[]> {
  const outcomes: (Outcome | undefined)[] = envs.map((e) => (e.recordVersion <= (newest.get(e.recordId) ?? 0) ? { status: 'superseded' } : undefined));
  const fresh = envs.filter((_, i) => !outcomes[i]);
  if (fresh.length === 0) return outcomes.map((o) => o ?? { status: 'superseded' });
  let got: Outcome[] | undefined;
  if (handler.applyMany && fresh.length > 1) {
    const many = handler.applyMany;
    got = await inSavepoint(tx, ctx, (sp, spCtx) => many(sp, spCtx, fresh)).catch(() => undefined);
  }
  if (!got) {
    got = [];
    for (const e of fresh) got.push(await applyOne(tx, ctx, handler, e));
  }
  await repo.deleteTombstones(tx, fresh.filter((_, i) => got[i]?.status === 'applied').map((e) => e.recordId));
  let k = 0;
  return outcomes.map((o) => o ?? got[k++] ?? { status: 'rejected', detail: 'the handler gave no answer' });
}
