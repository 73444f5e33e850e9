// The one call modules make to share: inside their own transaction, it signs one envelope per party and appends it
// to that party's outbox chain, so a record change and its envelopes commit together or not at all.
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { queryRows, type Db } from '../../platform/db.js';
import { Forbidden, Unprocessable } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertRowsAsJson } from '../../platform/sql.js';
import { GENESIS, signAndHash } from './crypto.js';
import { ENVELOPE_VERSION, MAX_ENVELOPE_CHARS, type Envelope, type EnvelopeBody } from './envelope.js';
import { currentSigner } from './keys.js';
import { chainHeads, outbox } from './tables.js';

export type ShareCtx = Pick<Ctx, 'clock' | 'config' | 'box'>;

/** NOTIFY channel on which a committed share announces new envelopes (payload: the receiving party). */
export const OUTBOX_CHANNEL = 'counterpart_outbox';

/** A record as it is shared: who made it decides where it may go (DESIGN §6, third-party rule). */
export type SharedRecord = { kind: string; recordId: string; recordVersion: number; originParty: string; body: EnvelopeBody };

/** Locks the head of one chain (creating it at genesis) so concurrent writers take consecutive numbers. */
export async function lockHead(tx: Db, direction: 'in' | 'out', party: string): Promise<{ seq: number; hash: string }> {
  await tx.insert(chainHeads).values({ direction, partyCode: party, seq: 0, hash: GENESIS }).onConflictDoNothing();
  const [head] = await tx
    .select({ seq: chainHeads.seq, hash: chainHeads.hash })
    .from(chainHeads)
    .where(and(eq(chainHeads.direction, direction), eq(chainHeads.partyCode, party)))
    .for('update');
  if (!head) throw new Error(`chain head ${direction}/${party} vanished`);
  return head;
}

export async function setHead(tx: Db, direction: 'in' | 'out', party: string, head: { seq: number; hash: string }): Promise<void> {
  await tx.update(chainHeads).set(head).where(and(eq(chainHeads.direction, direction), eq(chainHeads.partyCode, party)));
}

export function share(tx: Db, ctx: ShareCtx, record: SharedRecord, toParties: readonly string[]): Promise<Envelope[]> {
  return shareMany(tx, ctx, [record], toParties);
}

/** Several records to the same parties: one head lock and one insert per party, however many records. */
export async function shareMany(tx: Db, ctx: ShareCtx, records: readonly SharedRecord[], toParties: readonly string[]): Promise<Envelope[]> {
  // A record received from party A is never forwarded to party C without A's consent: only originals leave.
  const foreign = records.find((r) => r.originParty !== ctx.config.party);
  if (foreign) throw new Forbidden(`this node may share only its own party's records, not ${foreign.originParty}'s`, 'third-party-rule');
  const parties = [...new Set(toParties)].filter((p) => p !== ctx.config.party).sort();
  if (parties.length === 0 || records.length === 0) return [];
  const signer = await currentSigner(tx, ctx.box);
  const now = ctx.clock.now();
  const sent: Envelope[] = [];
  for (const to of parties) {
    let head = await lockHead(tx, 'out', to);
    const rows: (typeof outbox.$inferInsert)[] = [];
    for (const record of records) {
      const envelope: Envelope = { v: ENVELOPE_VERSION, id: newId(), from: ctx.config.party, to, seq: head.seq + 1, prev: head.hash, kind: record.kind, recordId: record.recordId, recordVersion: record.recordVersion, sentAt: now.toISOString(), body: record.body };
      const { jws, hash } = signAndHash(signer, 'cp-envelope+jws', envelope);
      // Refused here rather than stuck at the head of the chain: no peer would accept it.
      if (jws.length > MAX_ENVELOPE_CHARS) throw new Unprocessable(`the ${record.kind} is too large to send (${jws.length} characters signed; at most ${MAX_ENVELOPE_CHARS})`, [], 'record-too-large');
      rows.push({ id: envelope.id, toParty: to, seq: envelope.seq, hash, kind: record.kind, recordId: record.recordId, recordVersion: record.recordVersion, op: record.body.op, jws, createdAt: now });
      head = { seq: envelope.seq, hash };
      sent.push(envelope);
    }
    await tx.execute(insertRowsAsJson(outbox, rows));
    await setHead(tx, 'out', to, head);
    // Wakes the delivery worker of every process on this database the moment the transaction commits.
    await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, ${to})`);
  }
  return sent;
}

/** The last op sent to each party for a record: whether that party now holds it or was told to purge it. */
async function lastOpPerParty(tx: Db, recordId: string): Promise<Map<string, string>> {
  // DISTINCT ON keeps each party's newest envelope for the record.
  const rows = await queryRows<{ to_party: string; op: string }>(tx, sql`select distinct on (to_party) to_party, op from exchange_outbox where record_id = ${recordId} order by to_party, seq desc`);
  return new Map(rows.map((r) => [r.to_party, r.op]));
}

export type Publication = {
  kind: string;
  recordId: string;
  recordVersion: number;
  originParty: string;
  /** The record as the receiving parties may see it. */
  data: Record<string, unknown>;
  releasableTo: readonly string[];
  /** Who made the change, as the receiving party will read it in a withdrawal's tombstone. */
  by: string;
  /** Set when the originator withdraws the record from everyone. */
  withdrawal?: { note?: string | undefined } | undefined;
};

/**
 * Brings every party's copy in line with the record's releasability: the current version to each party it is
 * releasable to, and a withdrawal to each party that holds it but may no longer (narrowing) or to all (withdrawal).
 */
export async function publish(tx: Db, ctx: ShareCtx, p: Publication): Promise<Envelope[]> {
  const held = await lastOpPerParty(tx, p.recordId);
  const base = { kind: p.kind, recordId: p.recordId, recordVersion: p.recordVersion, originParty: p.originParty };
  const holders = [...held].filter(([, op]) => op === 'upsert').map(([party]) => party);
  if (p.withdrawal) {
    return share(tx, ctx, { ...base, body: { op: 'withdraw', reason: 'withdrawn', note: p.withdrawal.note, withdrawnBy: p.by } }, holders);
  }
  const allowed = new Set(p.releasableTo);
  const upserts = await share(tx, ctx, { ...base, body: { op: 'upsert', data: p.data } }, [...allowed]);
  const narrowed = holders.filter((party) => !allowed.has(party));
  const withdrawals = await share(tx, ctx, { ...base, body: { op: 'withdraw', reason: 'narrowed', withdrawnBy: p.by } }, narrowed);
  return [...upserts, ...withdrawals];
}
