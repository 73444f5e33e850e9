// A node restored from an older backup recovers what it wrote after that backup (issue 12, item 8). Its peer still
// holds those envelopes; the node would otherwise reuse their sequence numbers, be refused (`chain-conflict`) for
// ever, and never know the records it wrote. At every heads check (at start, every `syncMs`, on `chain-conflict`)
// the node compares the head the peer signed as what it accepted with its own chain; when the peer holds envelopes
// this node lacks, it takes them back (take-back.ts: each checked with its own keys), and in one transaction puts
// them back in its outbox as delivered with the peer's receipts, restores each own record from the newest of them
// (the kind's `restore` hook, in a savepoint each), and re-signs after them the envelopes it wrote since the restore
// — except those of a record restored from a version at least as new, which wins. The operator is told: a log line,
// an audit entry naming every record, and the Peers page. A refused recovery is kept with the peer's heads it was
// refused at, and not tried again until those move.
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/index.js';
import { systemActor, type Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { insertRowsAsJson } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { NODE_KEY_KIND } from './apply.js';
import { syncWith, type PullDeps } from './catch-up.js';
import { hashOf, kidOf, peekPayload, signJson } from './crypto.js';
import { EnvelopeSchema, type Envelope } from './envelope.js';
import type { Handlers } from './handlers.js';
import { currentSigner } from './keys.js';
import * as repo from './repo.js';
import type { RecoveredKey, RecoveredRecord, RecoveryReport, StoredRecovery } from './schemas.js';
import { lockHead, OUTBOX_CHANNEL, setHead } from './share.js';
import { checkReceipt, fetchDivergence, verifyTakenBack, type Head, type TakenBack } from './take-back.js';
import { outbox } from './tables.js';

const LISTED = 200;
/** Where an error the operator should see goes (the node's log); the report keeps only a code. */
export type Warn = (err: unknown, what: string) => void;
const recoveryCtx = (deps: PullDeps, tx: Db, party: string): Ctx => ({ ...deps, db: tx, vault: deps.vault.within(tx), actor: { ...systemActor, label: `exchange:recovery:${party}` }, requestId: null });

/** Whether the peer's statement of what it accepted from this node is one this node's chain holds. */
export async function hasDiverged(db: Db, party: string, peerReceived: Head): Promise<boolean> {
  if (peerReceived.seq === 0) return false;
  return (await repo.outboxHashesFrom(db, party, peerReceived.seq)).get(peerReceived.seq) !== peerReceived.hash;
}

/** Takes back from `party` what it accepted from this node up to `target` and this node lacks; null if nothing. */
export async function recoverFrom(deps: PullDeps, party: string, target: Head, warn: Warn = () => undefined): Promise<RecoveryReport | null> {
  const { ancestor, matched, items } = await fetchDivergence(deps, party, target);
  if (items.length === 0) return null;
  const taken = await verifyTakenBack(deps, party, ancestor, items);
  const peerKeys = await repo.keysOf(deps.db, party);
  const alike = await Promise.all(matched.map(async (m) => ({ seq: m.seq, receiptJws: m.receipt, receipt: await checkReceipt(deps, party, peerKeys, m) })));
  return withTx(deps, (tx) => applyRecovery(tx, deps, party, { fromSeq: ancestor.seq, taken, alike, warn }));
}

type Recovering = { fromSeq: number; taken: readonly TakenBack[]; alike: { seq: number; receiptJws: string; receipt: TakenBack['receipt'] }[]; warn: Warn };

async function applyRecovery(tx: Db, deps: PullDeps, party: string, r: Recovering): Promise<RecoveryReport | null> {
  const last = r.taken.at(-1);
  if (!last) return null;
  await lockHead(tx, 'out', party);
  // Another process of this node recovered while this one fetched, or delivered meanwhile: the next check decides.
  if (!(await hasDiverged(tx, party, last))) return null;
  const displaced = await repo.outboxAfter(tx, party, r.fromSeq, Number.MAX_SAFE_INTEGER);
  if (displaced.some((row) => row.deliveredAt !== null)) return null;
  await repo.deleteOutboxAfter(tx, party, r.fromSeq);
  await tx.execute(insertRowsAsJson(outbox, r.taken.map((t) => outboxRowOf(party, t))));
  for (const a of r.alike) await repo.markDelivered(tx, party, a.seq, { receiptJws: a.receiptJws, status: a.receipt.status, at: new Date(a.receipt.receivedAt) });
  await keepLostKeys(tx, deps, r.taken);
  const ctx = recoveryCtx(deps, tx, party);
  const records = await restoreRecords(ctx, deps.handlers, r.taken, r.warn);
  const { resent, dropped, head } = await resequence(tx, deps, party, displaced, restoredVersions(r.taken, records), last);
  await setHead(tx, 'out', party, head);
  const report = reportOf(deps, { fromSeq: r.fromSeq, toSeq: head.seq, taken: r.taken, records, resent, dropped });
  const stored: StoredRecovery = { ...report, retry: records.filter(isWaiting).map(keyOf) };
  // Delivery stopped at the conflict: it resumes at once, after the envelopes the peer holds.
  await repo.updatePeer(tx, party, { lastRecovery: stored, recoveryRefusal: null, failures: 0, lastError: null, nextAttemptAt: null });
  const listed = records.slice(0, LISTED).map(({ kind, recordId, recordVersion, status, reference }) => ({ kind, recordId, recordVersion, status, reference }));
  await recordAudit(tx, ctx, { action: 'exchange.recovered', subjectType: 'peer', subjectId: party, change: { fromSeq: r.fromSeq, toSeq: head.seq, takenBack: r.taken.length, counts: report.counts, records: listed, resent, dropped: report.dropped } });
  if (resent > 0) await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, ${party})`);
  return report;
}

/** Keys this node announced after the backup: their public halves kept (retired), so evidence they signed verifies. */
async function keepLostKeys(tx: Db, deps: PullDeps, taken: readonly TakenBack[]): Promise<void> {
  for (const t of taken) {
    const publicKey = t.envelope?.kind === NODE_KEY_KIND && t.envelope.body.op === 'upsert' ? t.envelope.body.data.publicKey : undefined;
    if (typeof publicKey === 'string' && t.envelope) await repo.keepLostOwnKey(tx, { kid: kidOf(publicKey), publicKey, createdAt: new Date(t.envelope.sentAt), retiredAt: deps.clock.now() });
  }
}

/** A taken-back envelope as this node's outbox holds a delivered one: with the peer's receipt. */
function outboxRowOf(party: string, t: TakenBack): typeof outbox.$inferInsert {
  const at = new Date(t.receipt.receivedAt);
  // A purged envelope's content is gone from both nodes; its hash and the peer's receipt remain as proof.
  return { id: t.receipt.envelopeId, toParty: party, seq: t.seq, hash: t.hash, kind: t.kind, recordId: t.recordId, recordVersion: t.recordVersion, op: t.op, jws: t.jws, createdAt: t.envelope ? new Date(t.envelope.sentAt) : at, attempts: 1, deliveredAt: at, receiptJws: t.receiptJws, receiptStatus: t.receipt.status };
}

/** Each record's newest taken-back envelope with content, restored through its kind's hook. */
async function restoreRecords(ctx: Ctx, handlers: Handlers, taken: readonly TakenBack[], warn: Warn): Promise<RecoveredRecord[]> {
  const newest = new Map<string, TakenBack & { envelope: Envelope }>();
  for (const t of taken) {
    const key = `${t.kind}:${t.recordId}`;
    if (t.envelope && t.recordVersion >= (newest.get(key)?.recordVersion ?? 0)) newest.set(key, { ...t, envelope: t.envelope });
  }
  const out: RecoveredRecord[] = [];
  for (const t of newest.values()) {
    const base = { kind: t.kind, recordId: t.recordId, recordVersion: t.recordVersion };
    if (t.kind === NODE_KEY_KIND) out.push({ ...base, status: 'skipped', reason: 'key-lost', detail: 'a key this node announced after the backup: its private half is lost with it (its public half is kept to verify); rotate the node key' });
    else out.push({ ...base, ...(await restoreOne(ctx, handlers, t.envelope, warn)) });
  }
  return out;
}

/** One record through its kind's `restore`, in a savepoint of its own: a failure is logged and reported, not fatal. */
async function restoreOne(ctx: Ctx, handlers: Handlers, env: Envelope, warn: Warn): Promise<Pick<RecoveredRecord, 'status' | 'reason' | 'reference' | 'detail'>> {
  const restore = handlers[env.kind]?.restore;
  if (!restore) return { status: 'skipped', reason: 'unsupported-kind', detail: `records of kind ${env.kind} cannot be restored` };
  try {
    const got = await ctx.db.transaction((sp) => restore(sp as unknown as Db, { ...ctx, db: sp as unknown as Db }, env));
    return got.status === 'skipped' ? { reason: 'not-restored', ...got } : got;
  } catch (err) {
    // The database's words may quote values: they go to the log, the report keeps a code.
    warn(err, `exchange recovery: restoring ${env.kind} ${env.recordId} failed`);
    return { status: 'skipped', reason: 'failed', detail: 'restoring it failed; the node log has the error' };
  }
}

/**
 * The versions the peer holds of the records whose restore settled them (restored from it, or newer here already):
 * these outrank what this node wrote since the restore. A record that could not be restored outranks nothing.
 */
function restoredVersions(taken: readonly TakenBack[], records: readonly RecoveredRecord[]): Map<string, number> {
  const restored = new Set(records.filter((r) => r.status !== 'skipped').map((r) => `${r.kind}:${r.recordId}`));
  const out = new Map<string, number>();
  for (const t of taken) {
    const key = `${t.kind}:${t.recordId}`;
    if (t.envelope && restored.has(key)) out.set(key, Math.max(out.get(key) ?? 0, t.recordVersion));
  }
  return out;
}

/**
 * The envelopes this node wrote to `party` since the restore, again after the taken-back ones, re-signed with their
 * new place in the chain; one of a record restored from a version at least as new is dropped (that version won).
 */
async function resequence(tx: Db, deps: PullDeps, party: string, displaced: readonly repo.OutboxRow[], restored: ReadonlyMap<string, number>, start: Head) {
  const signer = await currentSigner(tx, deps.box);
  const dropped: RecoveryReport['dropped'] = [];
  const rows: (typeof outbox.$inferInsert)[] = [];
  let head = { seq: start.seq, hash: start.hash };
  for (const row of displaced) {
    if ((restored.get(`${row.kind}:${row.recordId}`) ?? 0) >= row.recordVersion || row.jws === null) {
      dropped.push({ kind: row.kind, recordId: row.recordId, recordVersion: row.recordVersion });
      continue;
    }
    const envelope = { ...EnvelopeSchema.parse(peekPayload(row.jws)), id: newId(), seq: head.seq + 1, prev: head.hash };
    const hash = hashOf(envelope);
    rows.push({ id: envelope.id, toParty: party, seq: envelope.seq, hash, kind: row.kind, recordId: row.recordId, recordVersion: row.recordVersion, op: row.op, jws: await signJson(signer, 'cp-envelope+jws', envelope), createdAt: row.createdAt });
    head = { seq: envelope.seq, hash };
  }
  if (rows.length > 0) await tx.execute(insertRowsAsJson(outbox, rows));
  return { resent: rows.length, dropped, head };
}

type Parts = { fromSeq: number; toSeq: number; taken: readonly TakenBack[]; records: RecoveredRecord[]; resent: number; dropped: RecoveryReport['dropped'] };

function reportOf(deps: PullDeps, p: Parts): RecoveryReport {
  const counts = { restored: 0, kept: 0, skipped: 0 };
  for (const r of p.records) counts[r.status] += 1;
  const references = new Map(p.records.map((r) => [r.recordId, r.reference]));
  const dropped = p.dropped.slice(0, LISTED).map((d) => {
    const reference = references.get(d.recordId);
    return reference === undefined ? d : { ...d, reference };
  });
  return { at: deps.clock.now().toISOString(), fromSeq: p.fromSeq, toSeq: p.toSeq, takenBack: p.taken.length, withoutContent: p.taken.filter((t) => !t.envelope).length, counts, records: p.records.slice(0, LISTED), resent: p.resent, dropped };
}

/**
 * After the peer's heads were fetched (`syncWith` stored them): recovers when the peer holds envelopes this node
 * lacks. A recovery refused at these very heads is not tried again unless `force` (an operator, by hand).
 */
export async function recoverIfDiverged(deps: PullDeps, party: string, opts: { force?: boolean; warn?: Warn } = {}): Promise<RecoveryReport | null> {
  const peer = await repo.getPeer(deps.db, party);
  const target = peer?.remoteHeads?.received;
  if (!target || !(await hasDiverged(deps.db, party, target))) return null;
  const refused = peer.recoveryRefusal;
  if (!opts.force && refused?.head.seq === target.seq && refused.head.hash === target.hash) return null;
  try {
    return await recoverFrom(deps, party, target, opts.warn);
  } catch (err) {
    const reason = err instanceof Error ? err.message.slice(0, 500) : String(err);
    await repo.updatePeer(deps.db, party, { recoveryRefusal: { at: deps.clock.now().toISOString(), reason, head: target } });
    throw err;
  }
}

const keyOf = (r: RecoveredKey): RecoveredKey => ({ kind: r.kind, recordId: r.recordId, recordVersion: r.recordVersion });
/** Not restored yet, for a reason the next pull may remove (a record of the peer's it waits for). */
const isWaiting = (r: RecoveredRecord): boolean => r.status === 'skipped' && r.reason === 'not-restored';

/** The report as the operator reads it: without the list of records to try again, which may be long. */
export function shownRecovery(stored: StoredRecovery): RecoveryReport {
  const { retry: _retry, ...report } = stored;
  return report;
}

/**
 * Records the last recovery could not restore (a reply whose notification this node, restored too, had yet to pull),
 * tried again from the envelopes now back in this node's outbox: every one of them, kept apart from the 200 the
 * report lists (a report stored without that list: those it lists). The report is updated; those that still wait
 * are tried again after the next pull.
 */
export async function retrySkipped(deps: PullDeps, party: string, warn: Warn = () => undefined): Promise<RecoveryReport | null> {
  const stored = (await repo.getPeer(deps.db, party))?.lastRecovery;
  const retry = stored ? (stored.retry ?? stored.records.filter(isWaiting)) : [];
  if (!stored || retry.length === 0) return null;
  return withTx(deps, async (tx) => {
    const ctx = recoveryCtx(deps, tx, party);
    const report = shownRecovery(stored);
    const counts = { ...report.counts };
    const records = [...report.records];
    const still: RecoveredKey[] = [];
    for (const r of retry) {
      const jws = await repo.newestOwnEnvelope(tx, party, r.recordId);
      const got = jws ? await restoreOne(ctx, deps.handlers, EnvelopeSchema.parse(peekPayload(jws)), warn) : null;
      if (!got || (got.status === 'skipped' && got.reason === 'not-restored')) still.push(keyOf(r));
      if (!got) continue;
      counts.skipped -= 1;
      counts[got.status] += 1;
      const listed = records.findIndex((l) => l.kind === r.kind && l.recordId === r.recordId);
      if (listed >= 0) records[listed] = { ...keyOf(r), ...got };
    }
    const next = { ...report, counts, records };
    await repo.updatePeer(tx, party, { lastRecovery: { ...next, retry: still } });
    return next;
  });
}

/**
 * The heads check the worker runs at start, every `syncMs` and on a conflict (and `exchange recover` by hand): the
 * peer's signed heads; this node's own records taken back if the peer holds envelopes it lost (a refusal is kept
 * and logged, and never stops the pull); then what the peer holds for this node pulled; then what could not be
 * restored before that pull, tried again.
 */
export async function checkPeerHeads(deps: PullDeps, party: string, opts: { force?: boolean; warn?: Warn } = {}): Promise<{ pulled: number; recovery: RecoveryReport | null; refused: string | null }> {
  const warn = opts.warn ?? (() => undefined);
  let recovery: RecoveryReport | null = null;
  let refused: string | null = null;
  const pulled = await syncWith(deps, party, async () => {
    try {
      recovery = await recoverIfDiverged(deps, party, { force: opts.force ?? false, warn });
    } catch (err) {
      refused = err instanceof Error ? err.message : String(err);
      warn(err, `exchange: could not take back this node's own records from ${party}`);
    }
  });
  const retried = pulled > 0 ? await retrySkipped(deps, party, warn) : null;
  return { pulled, recovery: retried ?? recovery, refused };
}

/** One line for the operator's log. */
export const recoverySummary = (party: string, r: RecoveryReport): string =>
  `this node was restored from an older backup: took back ${r.takenBack} of its own envelopes from ${party} (${r.fromSeq + 1}–${r.fromSeq + r.takenBack}); records restored ${r.counts.restored}, already newer here ${r.counts.kept}, not restorable ${r.counts.skipped}; ${r.resent} envelopes written since the restore re-sent after them, ${r.dropped.length} dropped for the peer's newer version`;
