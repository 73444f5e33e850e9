// Taking in the other side's record. The importer stores the notification, screens every line with its own
// registry, starts its clock on first receipt (and again when requested information arrives) and answers with its
// response record. The exporter stores the importer's receipt, clock and reply, after checking a clearance's signature.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import type { ApplyOutcome, KindHandler, UpsertEnvelope } from '../exchange/index.js';
import { keysOfParty } from '../exchange/index.js';
import { checkClearance } from './clearance.js';
import { cancelClock, scheduleClock } from './clock-jobs.js';
import { importerDeadline } from './deadlines.js';
import { screenDeclared } from './line-screening.js';
import * as repo from './repo.js';
import { statusOf } from './status.js';
import { todayHere } from './use-case-kit.js';
import { notifications } from './tables.js';
import { NotificationWire, publishResponse, ResponseWire } from './wire.js';
import { eq } from 'drizzle-orm';

const rejected = (detail: string): ApplyOutcome => ({ status: 'rejected', detail });

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown): T | string {
  const r = schema.safeParse(data);
  return r.success ? r.data : r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);
}

async function receiveNotification(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const w = parse(NotificationWire, env.body.data);
  if (typeof w === 'string') return rejected(w);
  const self = ctx.config.party;
  if (w.exportingParty !== env.from) return rejected(`a notification from ${env.from} must be that party's export`);
  if (w.importingParty !== self) return rejected(`this node imports for ${self}, not ${w.importingParty}`);
  const existing = await repo.getForUpdate(tx, env.recordId);
  if (existing && existing.exportingParty !== env.from) return rejected('a notification with this id belongs to another party');
  const now = ctx.clock.now();
  const exporterSide = {
    reference: w.reference,
    exportingParty: w.exportingParty,
    importingParty: w.importingParty,
    transitParties: w.transitParties,
    scheme: w.scheme,
    verdict: w.verdict,
    state: w.state,
    version: w.version,
    agency: w.agency,
    exporter: w.exporter,
    importer: w.importer,
    consignee: w.consignee,
    intendedUse: w.intendedUse,
    shipmentDate: w.shipmentDate,
    route: w.route,
    invoiceNumber: w.invoiceNumber,
    permitNumber: w.permitNumber,
    language: w.language,
    handling: w.handling,
    sentAt: w.sentAt,
    withdrawnAt: w.withdrawnAt,
    withdrawalNote: w.withdrawalNote,
    infoProvidedAt: w.infoProvidedAt,
    decision: w.decision,
    decisionNote: w.decisionNote,
    decidedAt: w.decidedAt,
    createdByName: w.createdByName,
    updatedAt: now,
  };
  if (!existing) {
    await repo.insert(tx, { ...exporterSide, id: env.recordId, status: 'sent', responseId: newId(), createdAt: w.createdAt });
  } else {
    await repo.update(tx, env.recordId, exporterSide);
  }
  // The lines as declared, each screened again here: this party's national controls decide for this party.
  const screened = await screenDeclared(ctx, w.lines, await todayHere(ctx));
  await repo.replaceLines(
    tx,
    env.recordId,
    w.lines.map((l, i) => ({
      notificationId: env.recordId,
      position: l.position,
      declaredName: l.declaredName,
      cas: l.cas,
      hsCode: l.hsCode,
      smiles: l.smiles,
      quantity: l.quantity,
      unit: l.unit,
      concentration: l.concentration === null ? null : String(l.concentration),
      packaging: l.packaging,
      packages: l.packages,
      screening: null,
      verdict: l.verdict,
      receiverScreening: screened.results[i] ?? null,
      receiverVerdict: screened.results[i]?.verdict ?? null,
    })),
  );
  await repo.replaceEvents(tx, env.recordId, env.from, w.events.map((e) => ({ ...e, notificationId: env.recordId, party: env.from })));

  const row = await repo.getForUpdate(tx, env.recordId);
  if (!row) return rejected('not stored');
  let responseChanged = false;
  const patch: Partial<typeof notifications.$inferInsert> = {};
  const event = (kind: string, note: string | null = null) => repo.addEvent(tx, { id: newId(), notificationId: row.id, party: self, kind, actorName: ctx.config.party, at: now, note });
  if (!row.receivedAt && row.state === 'sent') {
    const due = await importerDeadline(ctx, now);
    Object.assign(patch, { receivedAt: now, dueAt: due.dueAt, dueDate: due.dueDate, dueTimeZone: due.timeZone, calendarUnknown: due.calendarUnknown });
    await event('received');
    if (screened.verdict !== w.verdict) await event('screened-differently', `${w.verdict} → ${screened.verdict}`);
    await scheduleClock(tx, now, row.id, due.dueAt);
    responseChanged = true;
  } else if (row.reply === 'info-requested' && w.infoProvidedAt && row.infoRequestedAt && w.infoProvidedAt > row.infoRequestedAt && row.state === 'sent') {
    // The clock stopped while this party waited for the information; it starts again, in full, on its arrival.
    const due = await importerDeadline(ctx, now);
    Object.assign(patch, { dueAt: due.dueAt, dueDate: due.dueDate, dueTimeZone: due.timeZone, calendarUnknown: due.calendarUnknown });
    await event('clock-restarted');
    await scheduleClock(tx, now, row.id, due.dueAt);
    responseChanged = true;
  }
  if (w.state === 'withdrawn') await cancelClock(tx, now, row.id);
  const next = { ...row, ...patch };
  patch.status = statusOf(next);
  if (responseChanged) patch.responseVersion = row.responseVersion + 1;
  await repo.update(tx, row.id, patch);
  if (responseChanged) await publishResponse(tx, ctx, row.id);
  return { status: 'applied' };
}

async function receiveResponse(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const w = parse(ResponseWire, env.body.data);
  if (typeof w === 'string') return rejected(w);
  const row = await repo.getForUpdate(tx, w.notificationId);
  if (!row || row.exportingParty !== ctx.config.party) return rejected('no notification of this party with that id');
  if (row.importingParty !== env.from) return rejected(`only ${row.importingParty}, the importing party, answers this notification`);
  if (row.responseId && row.responseId !== env.recordId) return rejected('this notification already has a response record');
  if (w.clearanceJws || w.reply === 'cleared' || w.reply === 'objected') {
    const keys = (await keysOfParty(tx, env.from, ctx.config.party)).map((k) => ({ ...k, party: env.from }));
    const doc = await checkClearance(w.clearanceJws ?? '', keys);
    if (!doc.valid || !doc.document) return rejected(`the clearance does not verify: ${doc.problem ?? 'missing'}`);
    if (doc.document.notificationId !== row.id || doc.document.decision !== w.reply) return rejected('the clearance is for another notification or decision');
    const qr = await checkClearance(w.clearanceQr ?? '', keys, doc.document);
    if (!qr.valid) return rejected(`the clearance summary does not verify: ${qr.problem ?? 'missing'}`);
  }
  const importerSide = {
    responseId: env.recordId,
    responseVersion: env.recordVersion,
    receivedAt: w.receivedAt,
    dueAt: w.dueAt,
    dueDate: w.dueDate,
    dueTimeZone: w.dueTimeZone,
    calendarUnknown: w.calendarUnknown,
    reply: w.reply,
    acknowledgedAt: w.acknowledgedAt,
    infoRequestedAt: w.infoRequestedAt,
    repliedAt: w.repliedAt,
    clearanceJws: w.clearanceJws,
    clearanceQr: w.clearanceQr,
  };
  for (const l of w.lines) await repo.setReceiverScreening(tx, row.id, l.position, null, l.verdict);
  await repo.replaceEvents(tx, row.id, env.from, w.events.map((e) => ({ ...e, notificationId: row.id, party: env.from })));
  await tx.update(notifications).set({ ...importerSide, status: statusOf({ ...row, ...importerSide }), updatedAt: ctx.clock.now() }).where(eq(notifications.id, row.id));
  return { status: 'applied' };
}

export const notificationHandler: KindHandler = {
  apply: receiveNotification,
  // A notification is never purged by its exporter (it is withdrawn, and the record stays as evidence); a purge
  // ordered by the exchange still removes every copy.
  async purge(tx, _ctx, env) {
    await tx.delete(notifications).where(eq(notifications.id, env.recordId));
  },
};

export const responseHandler: KindHandler = {
  apply: receiveResponse,
  async purge(tx, ctx, env) {
    await tx.update(notifications).set({ responseId: null, reply: null, clearanceJws: null, clearanceQr: null, updatedAt: ctx.clock.now() }).where(eq(notifications.responseId, env.recordId));
  },
};
