// Restoring this party's own notification (the exporter's record) from the envelope the importing party still holds,
// after this node came back from an older backup (the exchange's recovery calls the kind's `restore`). The record is
// rebuilt as it was sent: its content, state, version and this party's timeline. Nothing is shared or mailed — the
// importing party already holds this version — and the reference counter is moved past the restored number.
// What the wire does not carry is rebuilt where it can be (the agency's id by its acronym, the review from the
// timeline, each line's screening by screening it again as of the day it was sent) and left empty where it cannot
// (the user ids of the drafter and last editor, the idempotency key of the request that created the draft). The
// importer's side of the row (receipt, clock, reply, clearance) is the importer's record: it comes back with the
// importer's response envelope (catch-up), not from this one.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { and, eq } from 'drizzle-orm';
import { agencyTable } from '../directory/index.js';
import type { Envelope, RestoreOutcome } from '../exchange/index.js';
import { screenDeclared } from './line-screening.js';
import { trimDecimal } from './present.js';
import { exporterSide } from './receive.js';
import { syncNotificationMentions } from './entities.js';
import * as repo from './repo.js';
import { dateIn, formatReference, kept, moveCounterPast, readWire, referenceParts, restoreEvents, skipped } from './restore-kit.js';
import { statusOf } from './status.js';
import { NotificationWire } from './wire.js';

type Withdrawal = Extract<Envelope['body'], { op: 'withdraw' }>;
type WireLine = NotificationWire['lines'][number];

export async function restoreNotification(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  if (env.from !== ctx.config.party) return skipped(`a notification from ${env.from} is not this party's own record`);
  return env.body.op === 'withdraw' ? restoreWithdrawal(tx, ctx, env, env.body) : restoreUpsert(tx, ctx, env, env.body.data);
}

async function restoreUpsert(tx: Db, ctx: Ctx, env: Envelope, data: unknown): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  const w = readWire(NotificationWire, data);
  if (typeof w === 'string') return skipped(`the notification does not read: ${w}`);
  if (w.exportingParty !== self) return skipped(`${w.reference} is ${w.exportingParty}'s export, not this party's`, w.reference);
  await moveCounterPast(tx, w.reference);
  const existing = await repo.getForUpdate(tx, env.recordId);
  if (existing && existing.exportingParty !== self) return skipped(`the notification ${env.recordId} on this node is ${existing.exportingParty}'s`, w.reference);
  if (existing && existing.version > env.recordVersion) return kept(existing.reference, existing.version, env.recordVersion);
  const freed = await freeReference(tx, ctx, env.recordId, w.reference);
  if ('clash' in freed) return skipped(freed.clash, w.reference);
  const lines = await restoredLines(tx, ctx, env.recordId, w);
  const fields = await exporterFields(tx, ctx, { env, w, existing, reviewNeeded: lines.reviewNeeded });
  if (existing) await repo.update(tx, existing.id, { ...fields, status: statusOf({ ...existing, ...fields }) });
  else await repo.insert(tx, { ...fields, id: env.recordId, status: statusOf({ ...fields, reply: null, receivedAt: null, infoRequestedAt: null }), createdBy: null });
  await repo.replaceLines(tx, env.recordId, lines.rows);
  await restoreEvents(tx, env.recordId, self, w.events);
  await syncNotificationMentions(tx, env.recordId);
  const notes = [...(freed.renumbered ? [freed.renumbered] : []), ...lines.notes];
  return { status: 'restored', reference: w.reference, ...(notes.length > 0 ? { detail: notes.join('; ') } : {}) };
}

type Restoring = { env: Envelope; w: NotificationWire; existing: repo.Row | undefined; reviewNeeded: boolean };

/** The exporter's fields as the envelope carries them, with what this node can rebuild of its local-only ones. */
async function exporterFields(tx: Db, ctx: Ctx, { env, w, existing, reviewNeeded }: Restoring) {
  // The last review is on the timeline by name; the reviewer's user id only where this node still holds that review.
  const review = w.events.filter((e) => e.kind === 'reviewed').at(-1);
  const sameReview = review !== undefined && existing?.reviewedAt?.getTime() === review.at.getTime();
  // The wire names the agency, not its id on this node: found by its acronym (unique within a party), so that its
  // officers act on the notification again; without it only an administrator can (policy.ts).
  const [agency] = await tx.select({ id: agencyTable.id }).from(agencyTable).where(and(eq(agencyTable.partyCode, ctx.config.party), eq(agencyTable.acronym, w.agency.acronym)));
  return {
    ...exporterSide(w, env.recordVersion, ctx.clock.now()),
    createdAt: w.createdAt,
    agencyId: agency?.id ?? existing?.agencyId ?? null,
    reviewNeeded: reviewNeeded || review !== undefined,
    reviewedBy: sameReview ? (existing?.reviewedBy ?? null) : null,
    reviewedByName: review?.actorName ?? null,
    reviewedAt: review?.at ?? null,
    reviewNote: review?.note ?? null,
  };
}

type HeldLine = Pick<repo.LineRow, 'declaredName' | 'cas' | 'hsCode' | 'smiles' | 'quantity' | 'unit' | 'originalQuantity' | 'originalUnit' | 'concentration' | 'packaging' | 'packages'>;

const sameDeclared = (held: HeldLine, l: WireLine): boolean =>
  held.declaredName === l.declaredName &&
  held.cas === l.cas &&
  held.hsCode === l.hsCode &&
  held.smiles === l.smiles &&
  trimDecimal(held.quantity) === trimDecimal(l.quantity) &&
  held.unit === l.unit &&
  held.originalUnit === (l.originalUnit ?? null) &&
  (held.originalQuantity === null ? null : trimDecimal(held.originalQuantity)) === (l.originalQuantity == null ? null : trimDecimal(l.originalQuantity)) &&
  (held.concentration === null ? null : Number(held.concentration)) === l.concentration &&
  held.packaging === l.packaging &&
  held.packages === l.packages;

/**
 * The lines as sent, with the verdicts sent. The wire carries no screening results: a line this node still holds
 * unchanged keeps its own; any other is screened again, as drafting does, as of the day the notification was sent.
 * The importer's verdicts on the lines came with its response record and stay.
 */
async function restoredLines(tx: Db, ctx: Ctx, id: string, w: NotificationWire) {
  const held = await repo.linesOf(tx, id);
  const screened = await screenDeclared({ ...ctx, db: tx }, w.lines, await dateIn(tx, ctx.config.party, w.sentAt));
  const notes: string[] = [];
  const rows = w.lines.map((l, i) => {
    const before = held.find((h) => h.position === l.position);
    const own = before?.screening && sameDeclared(before, l) ? before.screening : null;
    const result = screened.results[i] ?? null;
    if (!own && result && result.verdict !== l.verdict) notes.push(`line ${l.position} was sent as ${l.verdict} and screens as ${result.verdict} now`);
    return {
      ...l,
      notificationId: id,
      concentration: l.concentration === null ? null : String(l.concentration),
      screening: own ?? result,
      receiverScreening: before?.receiverScreening ?? null,
      receiverVerdict: before?.receiverVerdict ?? null,
    };
  });
  return { rows, reviewNeeded: screened.reviewNeeded, notes };
}

/**
 * The counter went back with the backup, so a draft made since may hold the restored reference. A draft has not
 * left this node: it takes the next number, and its timeline says so. A sent one has — the importer knows it by
 * that reference — so only an operator can settle which of the two keeps it.
 */
async function freeReference(tx: Db, ctx: Ctx, id: string, reference: string): Promise<{ clash: string } | { renumbered?: string }> {
  const holder = await repo.getByReference(tx, reference);
  if (!holder || holder.id === id) return {};
  const parts = referenceParts(reference);
  if (holder.state !== 'draft' || !parts) return { clash: `${reference} is also the reference of notification ${holder.id} (${holder.state}), made since the backup: an operator must settle which keeps it` };
  const next = formatReference(parts.party, parts.year, await repo.nextSerial(tx, parts.party, parts.year));
  const now = ctx.clock.now();
  await repo.update(tx, holder.id, { reference: next, updatedAt: now });
  await repo.addEvent(tx, { id: newId(), notificationId: holder.id, party: ctx.config.party, kind: 'renumbered', actorName: 'system', at: now, note: `${reference} → ${next}` });
  return { renumbered: `the draft ${holder.id}, numbered ${reference} since the backup, is now ${next}` };
}

/**
 * A withdrawal carries no content: it marks a notification this node still holds withdrawn. A notification is
 * released to its importing party only, so narrowed from that party is withdrawn from it too.
 */
async function restoreWithdrawal(tx: Db, ctx: Ctx, env: Envelope, body: Withdrawal): Promise<RestoreOutcome> {
  const row = await repo.getForUpdate(tx, env.recordId);
  if (!row || row.exportingParty !== ctx.config.party) return skipped(`no notification ${env.recordId} of this party on this node to mark withdrawn (a withdrawal carries no content to rebuild it from)`);
  if (row.version > env.recordVersion) return kept(row.reference, row.version, env.recordVersion);
  if (body.reason === 'narrowed' && env.to !== row.importingParty) return skipped(`${row.reference} is released to ${row.importingParty} only, not ${env.to}`, row.reference);
  const now = ctx.clock.now();
  const patch = { state: 'withdrawn', withdrawnAt: row.withdrawnAt ?? new Date(env.sentAt), withdrawalNote: body.note ?? row.withdrawalNote, version: env.recordVersion, updatedAt: now };
  await repo.update(tx, row.id, { ...patch, status: statusOf({ ...row, ...patch }) });
  await syncNotificationMentions(tx, row.id);
  return { status: 'restored', reference: row.reference, detail: `withdrawn (${body.reason})` };
}
