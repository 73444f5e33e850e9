// Queries for peers, their keys and the two envelope stores. No business rules here.
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db.js';
import { inbox, nodeKeys, outbox, peerKeys, peers, tombstones } from './tables.js';

export type PeerRow = typeof peers.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type InboxRow = typeof inbox.$inferSelect;

export async function getPeer(db: Db, party: string): Promise<PeerRow | undefined> {
  const [row] = await db.select().from(peers).where(eq(peers.partyCode, party));
  return row;
}

export const listPeers = (db: Db): Promise<PeerRow[]> => db.select().from(peers).orderBy(asc(peers.partyCode));

export async function keysOf(db: Db, party: string): Promise<{ kid: string; publicKey: string; source: string; addedAt: Date }[]> {
  return db.select({ kid: peerKeys.kid, publicKey: peerKeys.publicKey, source: peerKeys.source, addedAt: peerKeys.addedAt }).from(peerKeys).where(eq(peerKeys.partyCode, party)).orderBy(asc(peerKeys.addedAt));
}

export async function updatePeer(db: Db, party: string, patch: Partial<PeerRow>): Promise<void> {
  await db.update(peers).set(patch).where(eq(peers.partyCode, party));
}

/** A lease's end, `ms` from now on the database's clock: every process on one database then measures it alike. */
const leaseEnd = (ms: number) => sql`clock_timestamp() + ${`${ms} milliseconds`}::interval`;

/**
 * Takes the right to deliver to a peer for `ms` (on the database's clock), or extends it if `owner` holds it already.
 * Only one process holds it, so several processes on one database never send the same envelope at once; a holder
 * renews it while it delivers, so a crashed holder's lease runs out within `ms`. `takeOverFrom`: also take it from
 * this holder, known to be gone, before its lease runs out. The peer must be enabled and not backing off (`now`:
 * the node's clock, which the backoff is counted on).
 */
export async function claimLease(db: Db, party: string, owner: string, { ms, now, takeOverFrom }: { ms: number; now: Date; takeOverFrom?: string }): Promise<boolean> {
  const rows = await db
    .update(peers)
    .set({ leaseOwner: owner, leaseUntil: leaseEnd(ms) })
    .where(
      and(
        eq(peers.partyCode, party),
        eq(peers.isEnabled, true),
        or(isNull(peers.leaseUntil), lte(peers.leaseUntil, sql`clock_timestamp()`), eq(peers.leaseOwner, owner), takeOverFrom === undefined ? undefined : eq(peers.leaseOwner, takeOverFrom)),
        or(isNull(peers.nextAttemptAt), lte(peers.nextAttemptAt, now)),
      ),
    )
    .returning({ party: peers.partyCode });
  return rows.length === 1;
}

/** Extends a lease `owner` still holds by `ms`; false if it lost it (it ran out and another process took it). */
export async function renewLease(db: Db, party: string, owner: string, ms: number): Promise<boolean> {
  const rows = await db
    .update(peers)
    .set({ leaseUntil: leaseEnd(ms) })
    .where(and(eq(peers.partyCode, party), eq(peers.leaseOwner, owner)))
    .returning({ party: peers.partyCode });
  return rows.length === 1;
}

export async function releaseLease(db: Db, party: string, owner: string): Promise<void> {
  await db.update(peers).set({ leaseOwner: null, leaseUntil: null }).where(and(eq(peers.partyCode, party), eq(peers.leaseOwner, owner)));
}

/** Who holds the lease on a peer now, if anyone: a lease that ran out is held by nobody. */
export async function leaseHolder(db: Db, party: string): Promise<{ owner: string; until: Date } | null> {
  const [row] = await db
    .select({ owner: peers.leaseOwner, until: peers.leaseUntil })
    .from(peers)
    .where(and(eq(peers.partyCode, party), sql`${peers.leaseUntil} > clock_timestamp()`));
  return row?.owner && row.until ? { owner: row.owner, until: row.until } : null;
}

/**
 * The next envelopes to deliver to `party` (after `afterSeq`: those after a batch still on its way). Written as the
 * oldest pending seq and then a bounded seq range, both answered from the indexes whatever the table statistics say:
 * a fresh table with a long queue (no ANALYZE yet) otherwise got a plan that read and sorted every pending row,
 * 0.3–0.8 s per batch at 100,000 queued.
 */
export async function pendingFor(db: Db, party: string, { limit, afterSeq }: { limit: number; afterSeq: number | null }): Promise<OutboxRow[]> {
  const [first] = await db
    .select({ seq: sql<number | null>`min(${outbox.seq})` })
    .from(outbox)
    .where(and(eq(outbox.toParty, party), isNull(outbox.deliveredAt), afterSeq === null ? undefined : gt(outbox.seq, afterSeq)));
  const from = first?.seq === null || first?.seq === undefined ? null : Number(first.seq);
  if (from === null) return [];
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toParty, party), gte(outbox.seq, from), lt(outbox.seq, from + limit), isNull(outbox.deliveredAt)))
    .orderBy(asc(outbox.seq));
}

/**
 * The longest prefix of `rows` whose signed envelopes fit in `maxBytes` (at least one row): a request to a peer
 * stays under its body limit however large single records (attachments) are.
 */
export function withinBytes<T extends { jws: string | null }>(rows: readonly T[], maxBytes: number): T[] {
  let total = 0;
  const out: T[] = [];
  for (const row of rows) {
    total += row.jws?.length ?? 0;
    if (out.length > 0 && total > maxBytes) break;
    out.push(row);
  }
  return out;
}

/** Bytes of signed envelopes in one delivery or catch-up page; the inbox accepts 16 MiB. */
export const MAX_BATCH_BYTES = 12 * 1024 * 1024;

export const outboxAfter = (db: Db, party: string, afterSeq: number, limit: number): Promise<OutboxRow[]> =>
  db.select().from(outbox).where(and(eq(outbox.toParty, party), gt(outbox.seq, afterSeq))).orderBy(asc(outbox.seq)).limit(limit);

/** The hashes of this node's envelopes to `party` from `fromSeq` on, by seq. */
export async function outboxHashesFrom(db: Db, party: string, fromSeq: number): Promise<Map<number, string>> {
  const rows = await db.select({ seq: outbox.seq, hash: outbox.hash }).from(outbox).where(and(eq(outbox.toParty, party), gte(outbox.seq, fromSeq)));
  return new Map(rows.map((r) => [r.seq, r.hash]));
}

/** A key this node announced after the backup it was restored from: kept retired, public half only, to verify with. */
export async function keepLostOwnKey(db: Db, key: { kid: string; publicKey: string; createdAt: Date; retiredAt: Date }): Promise<void> {
  await db.insert(nodeKeys).values({ ...key, privateKeySealed: null }).onConflictDoNothing();
}

/** This node's public keys, retired ones too: what its own envelopes are checked with. */
export const ownPublicKeys = (db: Db): Promise<{ kid: string; publicKey: string }[]> => db.select({ kid: nodeKeys.kid, publicKey: nodeKeys.publicKey }).from(nodeKeys);

export async function deleteOutboxAfter(db: Db, party: string, afterSeq: number): Promise<void> {
  await db.delete(outbox).where(and(eq(outbox.toParty, party), gt(outbox.seq, afterSeq)));
}

/** Stores the peer's receipt for an envelope this node held without one (delivered after its backup was taken). */
export async function markDelivered(db: Db, party: string, seq: number, r: { receiptJws: string; status: string; at: Date }): Promise<void> {
  await db.update(outbox).set({ deliveredAt: r.at, receiptJws: r.receiptJws, receiptStatus: r.status }).where(and(eq(outbox.toParty, party), eq(outbox.seq, seq), isNull(outbox.deliveredAt)));
}

/** This node's newest envelope with content for a record, to `party`. */
export async function newestOwnEnvelope(db: Db, party: string, recordId: string): Promise<string | null> {
  const [row] = await db.select({ jws: outbox.jws }).from(outbox).where(and(eq(outbox.toParty, party), eq(outbox.recordId, recordId), sql`${outbox.jws} is not null`)).orderBy(desc(outbox.seq)).limit(1);
  return row?.jws ?? null;
}

export const inboxAfter = (db: Db, party: string, afterSeq: number, limit: number): Promise<InboxRow[]> =>
  db.select().from(inbox).where(and(eq(inbox.fromParty, party), gt(inbox.seq, afterSeq))).orderBy(asc(inbox.seq)).limit(limit);

export async function queueStats(db: Db): Promise<Map<string, { queued: number; oldestAt: Date | null }>> {
  const rows = await queryRows<{ to_party: string; queued: string; oldest_at: string | Date | null }>(
    db,
    sql`select to_party, count(*) as queued, min(created_at) as oldest_at from exchange_outbox where delivered_at is null group by to_party`,
  );
  return new Map(rows.map((r) => [r.to_party, { queued: Number(r.queued), oldestAt: r.oldest_at ? new Date(r.oldest_at) : null }]));
}

/**
 * What `party` has yet to accept: envelopes to it without a receipt, and, when the peer's own statement is known,
 * those past the last it says it accepted (a peer restored from a backup lacks some this node holds receipts for).
 */
export async function outstandingFor(db: Db, party: string, acceptedByPeer: number | null): Promise<{ count: number; oldestAt: Date | null }> {
  const [row] = await queryRows<{ n: string; oldest_at: string | Date | null }>(
    db,
    sql`select count(*) as n, min(created_at) as oldest_at from exchange_outbox
        where to_party = ${party} and (delivered_at is null ${acceptedByPeer === null ? sql`` : sql`or seq > ${acceptedByPeer}`})`,
  );
  return { count: Number(row?.n ?? 0), oldestAt: row?.oldest_at ? new Date(row.oldest_at) : null };
}

export async function inboxAt(db: Db, from: string, seq: number): Promise<InboxRow | undefined> {
  const [row] = await db.select().from(inbox).where(and(eq(inbox.fromParty, from), eq(inbox.seq, seq)));
  return row;
}

/** The newest version of each record this node accepted (applied or purged), to refuse older ones. */
export async function newestVersions(db: Db, recordIds: readonly string[]): Promise<Map<string, number>> {
  if (recordIds.length === 0) return new Map();
  // One index probe per id (a correlated subquery): an IN list over a table without statistics got a full scan.
  const rows = await queryRows<{ id: string; v: number | null }>(
    db,
    sql`select ids.id, (select max(i.record_version) from exchange_inbox i where i.record_id = ids.id and i.status in ('applied', 'purged')) as v
        from unnest(${sql.param([...new Set(recordIds)])}::uuid[]) as ids(id)`,
  );
  return new Map(rows.filter((r) => r.v !== null).map((r) => [r.id, Number(r.v)]));
}

/** Blanks the stored copies of a withdrawn record's envelopes: their hashes stay as proof, their content goes. */
export async function purgeEvidence(db: Db, recordId: string, fromParty: string, now: Date): Promise<void> {
  // Only the withdrawing party's own envelopes: a withdrawal naming a record another party sent changes none of them.
  await db.update(inbox).set({ jws: null, purgedAt: now }).where(and(eq(inbox.recordId, recordId), eq(inbox.fromParty, fromParty), isNull(inbox.purgedAt)));
}

/** Whether this node ever sent the record: then it is this node's own, and no other party may withdraw it here. */
export async function isSentFromHere(db: Db, recordId: string): Promise<boolean> {
  return (await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.recordId, recordId)).limit(1)).length > 0;
}

export async function upsertTombstone(db: Db, row: typeof tombstones.$inferInsert): Promise<void> {
  await db.insert(tombstones).values(row).onConflictDoUpdate({ target: tombstones.recordId, set: row });
}

export async function deleteTombstones(db: Db, recordIds: readonly string[]): Promise<void> {
  if (recordIds.length > 0) await db.delete(tombstones).where(inArray(tombstones.recordId, [...recordIds]));
}

export async function getTombstone(db: Db, recordId: string) {
  const [row] = await db.select().from(tombstones).where(eq(tombstones.recordId, recordId));
  return row;
}

/** The highest envelope to `party` whose receipt this node holds: what the sender believes delivered. */
export async function acknowledgedSeq(db: Db, party: string): Promise<number> {
  const [row] = await queryRows<{ seq: string | null }>(db, sql`select max(seq) as seq from exchange_outbox where to_party = ${party} and delivered_at is not null`);
  return Number(row?.seq ?? 0);
}
