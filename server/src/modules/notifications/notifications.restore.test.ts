// Restoring this party's own notification records from the envelopes the peer still holds, after the node came back
// from an older backup: the real flow runs on two nodes, the sender's own outbox gives the envelopes as it signed
// them, the sender's database is put back to what a backup would hold, and the kind's `restore` brings it back —
// without sharing anything, with the reference counter past every restored number and the reply clock running again.
import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { draftInput, LINES } from '../../../test/notifications.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import { newId } from '../../platform/ids.js';
import { jobs } from '../../platform/jobs/index.js';
import { withTx } from '../../platform/tx.js';
import { createAgency } from '../directory/index.js';
import { outbox, type Envelope, type KindHandler } from '../exchange/index.js';
import { addAttachment } from './attachments.js';
import { ESCALATION_QUEUE, REMIND_BEFORE_MS, REMINDER_QUEUE } from './clock-jobs.js';
import { ATTACHMENT_KIND, attachmentHandler, createDraft, NOTIFICATION_KIND, notificationHandler, recordDecision, replyTo, RESPONSE_KIND, responseHandler, reviewDraft, sendNotification, signReply, withdrawNotification } from './index.js';
import * as repo from './repo.js';
import { notificationAttachments, notificationCounters, notificationEvents, notificationLines, notifications } from './tables.js';

const { us, cn } = await makePair();
const agency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-RS', nameEn: 'DEA Diversion Control', nameZh: '缉毒局转移管制处', kind: 'regulator' });
const usOfficer = us.ctx(us.person(['officer'], { id: newId(), agencyId: agency.id }));
const usSupervisor = us.ctx(us.person(['supervisor'], { id: newId(), agencyId: agency.id }));
const cnOfficer = cn.ctx(cn.person(['officer'], { id: newId() }));
const cnSupervisor = cn.ctx(cn.person(['supervisor'], { id: newId() }));

/** Drafts and sends a notification from the US and lets both nodes deliver. */
async function sent(over: Parameters<typeof draftInput>[1] = {}) {
  const { id } = await createDraft(usOfficer, draftInput(agency.id, over));
  await sendNotification(usOfficer, id);
  await us.deliver();
  await cn.deliver();
  return id;
}

/** The envelopes `node` signed for a record, oldest first, read from its own outbox. */
async function envelopesOf(node: PairNode, kind: string, recordId: string): Promise<Envelope[]> {
  const rows = await node.database.db.select({ jws: outbox.jws }).from(outbox).where(and(eq(outbox.kind, kind), eq(outbox.recordId, recordId))).orderBy(asc(outbox.seq));
  return rows.map((r) => JSON.parse(Buffer.from((r.jws ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')) as Envelope);
}

const newest = async (node: PairNode, kind: string, recordId: string): Promise<Envelope> => {
  const all = await envelopesOf(node, kind, recordId);
  const last = all.at(-1);
  if (!last) throw new Error(`no ${kind} envelope for ${recordId}`);
  return last;
};

/** What the exchange's recovery does with one envelope: the kind's hook, in one transaction. */
function restore(node: PairNode, handler: KindHandler, envelope: Envelope) {
  const hook = handler.restore;
  if (!hook) throw new Error('the handler has no restore');
  return withTx(node.ctx(), (tx) => hook(tx, node.ctx(), envelope));
}

const outboxSize = async (node: PairNode) => (await node.database.db.select({ n: count() }).from(outbox))[0]?.n;
const jobCount = async (node: PairNode) => (await node.database.db.select({ n: count() }).from(jobs))[0]?.n;
const serialOf = (reference: string) => Number(reference.slice(-6));
const referenceOf = async (node: PairNode, id: string) => (await repo.get(node.database.db, id))?.reference;

/** The backup was taken before the notification was drafted: its row is gone and the counter stands before it. */
async function forgetNotification(id: string, reference: string) {
  await us.database.db.delete(notifications).where(eq(notifications.id, id));
  await us.database.db.update(notificationCounters).set({ last: serialOf(reference) - 1 }).where(and(eq(notificationCounters.partyCode, 'US'), eq(notificationCounters.year, 2026)));
}

const exporterFields = (r: repo.Row | undefined) => {
  if (!r) throw new Error('no row');
  const { reference, state, version, agencyId, agency: a, exporter, importer, consignee, intendedUse, shipmentDate, route, invoiceNumber, permitNumber, language, handling, sentAt, withdrawnAt, withdrawalNote, decision, decisionNote, decidedAt, scheme, verdict, createdByName, createdAt, reviewNeeded, reviewedByName, reviewedAt, reviewNote } = r;
  return { reference, state, version, agencyId, agency: a, exporter, importer, consignee, intendedUse, shipmentDate, route, invoiceNumber, permitNumber, language, handling, sentAt, withdrawnAt, withdrawalNote, decision, decisionNote, decidedAt, scheme, verdict, createdByName, createdAt, reviewNeeded, reviewedByName, reviewedAt, reviewNote };
};
const declared = (lines: repo.LineRow[]) => lines.map(({ position, declaredName, cas, hsCode, smiles, quantity, unit, concentration, packaging, packages, verdict }) => ({ position, declaredName, cas, hsCode, smiles, quantity, unit, concentration, packaging, packages, verdict }));
const timeline = (events: repo.EventRow[]) => events.map(({ id, kind, actorName, at, note }) => ({ id, kind, actorName, at, note }));

describe('restoring own notification records after a restore from an older backup', () => {
  it('rebuilds a lost sent notification as the importer holds it, renumbers a draft made since, and numbers the next draft after both', async () => {
    const { id } = await createDraft(usOfficer, draftInput(agency.id, { lines: [LINES.byRule, LINES.ethanol] }));
    await reviewDraft(usSupervisor, id, 'Reference standard, checked with the lab');
    await sendNotification(usOfficer, id);
    await us.deliver();
    await cn.deliver();
    await recordDecision(usOfficer, id, { decision: 'authorised', note: 'Permit EXP-2026-0007' });
    await us.deliver();
    const db = us.database.db;
    const before = { row: await repo.get(db, id), lines: await repo.linesOf(db, id), events: await repo.eventsOf(db, id, 'US') };
    const reference = before.row?.reference ?? '';
    const envelope = await newest(us, NOTIFICATION_KIND, id);
    expect(envelope.recordVersion).toBe(2);

    await forgetNotification(id, reference);
    // Used since the restore: the counter went back, so a new draft took the lost notification's number.
    const since = await createDraft(usOfficer, draftInput(agency.id));
    expect(await referenceOf(us, since.id)).toBe(reference);
    const [outboxBefore, jobsBefore] = [await outboxSize(us), await jobCount(us)];

    const outcome = await restore(us, notificationHandler, envelope);
    expect(outcome).toMatchObject({ status: 'restored', reference });
    const row = await repo.get(db, id);
    expect(exporterFields(row)).toEqual(exporterFields(before.row));
    expect(row).toMatchObject({ status: 'sent', agencyId: agency.id, reviewNeeded: true, reviewedByName: before.row?.reviewedByName });
    // Not on the wire: the drafter's and reviewer's user ids. The importer's receipt comes back with its own record.
    expect(before.row?.createdBy).toBe(usOfficer.actor.id);
    expect(row).toMatchObject({ createdBy: null, reviewedBy: null, reply: null, receivedAt: null });
    const lines = await repo.linesOf(db, id);
    expect(declared(lines)).toEqual(declared(before.lines));
    expect(lines.map((l) => (l.screening as { verdict: string }).verdict)).toEqual(['controlled-by-rule', 'clear']);
    expect(timeline(await repo.eventsOf(db, id, 'US'))).toEqual(timeline(before.events));

    // The draft made since keeps its content under the next number; the next new draft comes after it.
    const renumbered = await referenceOf(us, since.id);
    expect(renumbered).toBe(`US-PEN-2026-${String(serialOf(reference) + 1).padStart(6, '0')}`);
    expect(outcome.detail).toContain(`is now ${renumbered}`);
    expect((await repo.eventsOf(db, since.id)).find((e) => e.kind === 'renumbered')?.note).toBe(`${reference} → ${renumbered}`);
    expect(await outboxSize(us)).toBe(outboxBefore);
    expect(await jobCount(us)).toBe(jobsBefore);
    const next = await createDraft(usOfficer, draftInput(agency.id));
    expect(serialOf((await referenceOf(us, next.id)) ?? '')).toBe(serialOf(reference) + 2);
  }, 60_000);

  it('answers kept for an older envelope, and brings an older or diverged version here to the envelope', async () => {
    const id = await sent();
    await recordDecision(usOfficer, id, { decision: 'authorised', note: null });
    await us.deliver();
    const db = us.database.db;
    const [v1, v2] = await envelopesOf(us, NOTIFICATION_KIND, id);
    if (!v1 || !v2) throw new Error('two versions');
    const before = await repo.get(db, id);

    expect(await restore(us, notificationHandler, v1)).toMatchObject({ status: 'kept', reference: before?.reference });
    expect(await repo.get(db, id)).toEqual(before);

    // The backup holds version 1: no decision yet, and no timeline entry for it.
    await db.update(notifications).set({ version: 1, decision: null, decidedAt: null, status: 'delivered' }).where(eq(notifications.id, id));
    await db.delete(notificationEvents).where(and(eq(notificationEvents.notificationId, id), eq(notificationEvents.kind, 'decision-authorised')));
    expect(await restore(us, notificationHandler, v2)).toMatchObject({ status: 'restored' });
    expect(await repo.get(db, id)).toMatchObject({ version: 2, decision: 'authorised', decidedAt: before?.decidedAt, status: 'delivered', receivedAt: before?.receivedAt });
    expect((await repo.eventsOf(db, id, 'US')).map((e) => e.kind)).toEqual(['drafted', 'sent', 'decision-authorised']);

    // Two timelines of version 2: the one the importer holds wins, lines included (screened again where changed).
    await db.update(notifications).set({ intendedUse: 'Changed on this node only' }).where(eq(notifications.id, id));
    await db.update(notificationLines).set({ quantity: '99', screening: null }).where(eq(notificationLines.notificationId, id));
    expect(await restore(us, notificationHandler, v2)).toMatchObject({ status: 'restored' });
    expect(await repo.get(db, id)).toMatchObject({ intendedUse: before?.intendedUse, version: 2 });
    const [line] = await repo.linesOf(db, id);
    expect(line).toMatchObject({ quantity: '25.000000', verdict: 'controlled', receiverVerdict: 'controlled', screening: expect.objectContaining({ verdict: 'controlled' }) });
  }, 60_000);

  it('restores a withdrawal, by a withdrawn version or a withdrawal envelope, and numbers the next draft after it', async () => {
    const id = await sent();
    await withdrawNotification(usOfficer, id, 'Order cancelled by the buyer');
    await us.deliver();
    const reference = (await referenceOf(us, id)) ?? '';
    const envelope = await newest(us, NOTIFICATION_KIND, id);
    await forgetNotification(id, reference);
    expect(await restore(us, notificationHandler, envelope)).toMatchObject({ status: 'restored', reference });
    expect(await repo.get(us.database.db, id)).toMatchObject({ state: 'withdrawn', status: 'withdrawn', version: 2, withdrawalNote: 'Order cancelled by the buyer' });
    const next = await createDraft(usOfficer, draftInput(agency.id));
    expect(serialOf((await referenceOf(us, next.id)) ?? '')).toBe(serialOf(reference) + 1);

    const other = await sent();
    const upsert = await newest(us, NOTIFICATION_KIND, other);
    const withdrawal: Envelope = { ...upsert, recordVersion: 2, body: { op: 'withdraw', reason: 'withdrawn', note: 'Licence revoked', withdrawnBy: 'us.person' } };
    expect(await restore(us, notificationHandler, withdrawal)).toMatchObject({ status: 'restored' });
    expect(await repo.get(us.database.db, other)).toMatchObject({ state: 'withdrawn', status: 'withdrawn', version: 2, withdrawalNote: 'Licence revoked' });
    await us.database.db.delete(notifications).where(eq(notifications.id, other));
    expect(await restore(us, notificationHandler, withdrawal)).toMatchObject({ status: 'skipped' });
  }, 60_000);

  it('reads an envelope that lacks fields an older version did not send, as null', async () => {
    const id = await sent({ permitNumber: 'EXP-2026-0099' });
    const envelope = await newest(us, NOTIFICATION_KIND, id);
    if (envelope.body.op !== 'upsert') throw new Error('an upsert');
    const { permitNumber: _p, withdrawalNote: _w, decisionNote: _d, ...older } = envelope.body.data;
    await us.database.db.delete(notifications).where(eq(notifications.id, id));
    expect(await restore(us, notificationHandler, { ...envelope, body: { op: 'upsert', data: older } })).toMatchObject({ status: 'restored' });
    expect(await repo.get(us.database.db, id)).toMatchObject({ state: 'sent', permitNumber: null, withdrawalNote: null, decisionNote: null, invoiceNumber: 'INV-2026-0042' });
  });

  it('restores the importer’s signed clearance on its own node, its verdicts and timeline, and stops its clock', async () => {
    const id = await sent();
    expect(await replyTo(cnOfficer, id, { action: 'clear', note: 'Cleared for the licensed laboratory only' })).toBe('prepared');
    await signReply(cnSupervisor, id);
    await cn.deliver();
    const db = cn.database.db;
    const before = { row: await repo.get(db, id), lines: await repo.linesOf(db, id), events: await repo.eventsOf(db, id, 'CN') };
    const responseId = before.row?.responseId ?? '';
    const [receipt, ...later] = await envelopesOf(cn, RESPONSE_KIND, responseId);
    const envelope = later.at(-1);
    if (!receipt || !envelope) throw new Error('a receipt and a clearance');

    // The backup was taken just after receipt: no answer, its clock still queued, the lines unscreened.
    await db.update(notifications).set({ reply: null, acknowledgedAt: null, repliedAt: null, clearanceJws: null, clearanceQr: null, responseVersion: 1, status: 'delivered' }).where(eq(notifications.id, id));
    await db.update(notificationLines).set({ receiverScreening: null, receiverVerdict: null }).where(eq(notificationLines.notificationId, id));
    await db.delete(notificationEvents).where(and(eq(notificationEvents.notificationId, id), eq(notificationEvents.party, 'CN'), sql`${notificationEvents.kind} <> 'received'`));
    await db.update(jobs).set({ state: 'queued', finishedAt: null }).where(eq(jobs.subject, id));
    const outboxBefore = await outboxSize(cn);

    expect(await restore(cn, responseHandler, envelope)).toMatchObject({ status: 'restored', reference: before.row?.reference, detail: 'reply clock stopped' });
    const row = await repo.get(db, id);
    const pick = (r: repo.Row | undefined) => ({ responseId: r?.responseId, responseVersion: r?.responseVersion, reply: r?.reply, status: r?.status, receivedAt: r?.receivedAt, dueAt: r?.dueAt, dueDate: r?.dueDate, acknowledgedAt: r?.acknowledgedAt, repliedAt: r?.repliedAt, clearanceJws: r?.clearanceJws, clearanceQr: r?.clearanceQr });
    expect(pick(row)).toEqual(pick(before.row));
    expect(row).toMatchObject({ reply: 'cleared', status: 'cleared', preparedReply: null });
    const [line] = await repo.linesOf(db, id);
    expect(line).toMatchObject({ receiverVerdict: 'controlled', receiverScreening: expect.objectContaining({ verdict: 'controlled' }) });
    // The shared timeline comes back; the preparation for the second person was this node's own and is not on the wire.
    const shared = before.events.filter((e) => e.kind !== 'clearance-prepared');
    expect(timeline(await repo.eventsOf(db, id, 'CN'))).toEqual(timeline(shared));
    expect(await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.subject, id), eq(jobs.state, 'queued')))).toEqual([]);
    expect(await outboxSize(cn)).toBe(outboxBefore);

    expect(await restore(cn, responseHandler, receipt)).toMatchObject({ status: 'kept', reference: before.row?.reference });
    expect((await repo.get(db, id))?.reply).toBe('cleared');
  }, 60_000);

  it('schedules the reply clock again for an answer still awaited when the backup lacks it, once', async () => {
    const id = await sent();
    await replyTo(cnOfficer, id, { action: 'acknowledge', note: null });
    await cn.deliver();
    const db = cn.database.db;
    const before = await repo.get(db, id);
    const envelope = await newest(cn, RESPONSE_KIND, before?.responseId ?? '');
    await db.update(notifications).set({ reply: null, acknowledgedAt: null, responseVersion: 1, status: 'delivered' }).where(eq(notifications.id, id));
    await db.delete(jobs).where(eq(jobs.subject, id));
    await db.delete(notificationEvents).where(and(eq(notificationEvents.notificationId, id), eq(notificationEvents.kind, 'acknowledged')));
    // A reminder this node sent before the loss: its own, never on the wire, so restoring the timeline keeps it.
    const reminder = { id: newId(), notificationId: id, party: 'CN', kind: 'reminder-sent', actorName: 'system', at: new Date(), note: '2' };
    await db.insert(notificationEvents).values(reminder);
    const [outboxBefore, jobsBefore] = [await outboxSize(cn), await jobCount(cn)];

    expect(await restore(cn, responseHandler, envelope)).toMatchObject({ status: 'restored', detail: 'reply clock scheduled again' });
    expect(await repo.get(db, id)).toMatchObject({ reply: 'acknowledged', status: 'acknowledged', acknowledgedAt: before?.acknowledgedAt, responseVersion: 2 });
    expect((await repo.eventsOf(db, id, 'CN')).map((e) => e.kind).sort()).toEqual(['acknowledged', 'received', 'reminder-sent']);
    const dueAt = before?.dueAt?.getTime() ?? 0;
    const queued = async () => db.select({ queue: jobs.queue, runAt: jobs.runAt }).from(jobs).where(and(eq(jobs.subject, id), eq(jobs.state, 'queued'), inArray(jobs.queue, [REMINDER_QUEUE, ESCALATION_QUEUE]))).orderBy(asc(jobs.runAt));
    expect(await queued()).toEqual([
      { queue: REMINDER_QUEUE, runAt: new Date(dueAt - REMIND_BEFORE_MS) },
      { queue: ESCALATION_QUEUE, runAt: new Date(dueAt) },
    ]);
    // Restored again: the jobs it holds now stay as they are.
    expect(await restore(cn, responseHandler, envelope)).toMatchObject({ status: 'restored', detail: 'reply clock already scheduled' });
    expect(await queued()).toHaveLength(2);
    expect(await jobCount(cn)).toBe((jobsBefore ?? 0) + 2);
    expect(await outboxSize(cn)).toBe(outboxBefore);

    // A notification the backup lacks altogether comes back with the exporter's record first.
    await db.delete(notifications).where(eq(notifications.id, id));
    expect(await restore(cn, responseHandler, envelope)).toMatchObject({ status: 'skipped', reference: before?.reference });
  }, 60_000);

  it('restores a document filed with the notification, after its notification', async () => {
    const { id } = await createDraft(usOfficer, draftInput(agency.id));
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3000), Buffer.from('\n%%EOF')]);
    const filed = await addAttachment(usOfficer, id, { filename: 'permit.pdf', mediaType: 'application/pdf', bytes });
    await sendNotification(usOfficer, id);
    await us.deliver();
    const db = us.database.db;
    const envelope = await newest(us, ATTACHMENT_KIND, filed.id);
    const notification = await newest(us, NOTIFICATION_KIND, id);
    const reference = await referenceOf(us, id);
    const outboxBefore = await outboxSize(us);

    await db.delete(notifications).where(eq(notifications.id, id));
    expect(await restore(us, attachmentHandler, envelope)).toMatchObject({ status: 'skipped' });
    expect(await restore(us, notificationHandler, notification)).toMatchObject({ status: 'restored', reference });
    expect(await restore(us, attachmentHandler, envelope)).toMatchObject({ status: 'restored', reference, detail: 'permit.pdf' });
    const [row] = await db.select().from(notificationAttachments).where(eq(notificationAttachments.id, filed.id));
    expect(row).toMatchObject({ notificationId: id, filename: 'permit.pdf', mediaType: 'application/pdf', size: bytes.length, sha256: filed.sha256, createdByName: filed.createdByName, createdAt: filed.createdAt });
    expect(row?.content.equals(bytes)).toBe(true);
    expect((await repo.eventsOf(db, id, 'US')).map((e) => e.kind)).toEqual(['drafted', 'attachment-added', 'sent']);
    // Held already (the same single version): restoring again changes nothing.
    expect(await restore(us, attachmentHandler, envelope)).toMatchObject({ status: 'restored' });
    expect(await db.select({ n: count() }).from(notificationAttachments).where(eq(notificationAttachments.notificationId, id))).toEqual([{ n: 1 }]);
    expect(await outboxSize(us)).toBe(outboxBefore);
  }, 60_000);
});
