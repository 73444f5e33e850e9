// Taking in the other side's record. The importer stores the notification, screens every line with its own
// registry, starts its clock on first receipt (and again when requested information arrives) and answers with its
// response record. The exporter stores the importer's receipt, clock and reply, after checking a clearance's
// signature. A peer's record changes only what that peer owns: a sent notification's content is frozen, its state
// never goes back, and a withdrawal from a party purges only that party's own record.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { canonicalJson } from '../../platform/canonical-json.js';
import { newId } from '../../platform/ids.js';
import type { ApplyOutcome, KindHandler, UpsertEnvelope } from '../exchange/index.js';
import { keysOfParty } from '../exchange/index.js';
import { checkClearance } from './clearance.js';
import { cancelClock, scheduleClock } from './clock-jobs.js';
import { importerDeadline, replyPeriodColumns } from './deadlines.js';
import { importerSchemeOf, recordImporterScheme, tellExporterOfPen } from './importer-scheme.js';
import { mailParty } from './mail-out.js';
import { restoreNotification } from './restore.js';
import { restoreResponse } from './restore-response.js';
import { screenDeclared } from './line-screening.js';
import { trimDecimal } from './present.js';
import { syncNotificationMentions } from './entities.js';
import * as repo from './repo.js';
import { statusOf } from './status.js';
import { todayHere } from './use-case-kit.js';
import { NotificationWire, publishResponse, ResponseWire } from './wire.js';

const rejected = (detail: string): ApplyOutcome => ({ status: 'rejected', detail });

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown): T | string {
  const r = schema.safeParse(data);
  return r.success ? r.data : r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);
}

/** What the importer relies on once it has the notification: who ships what to whom, when and for what. */
type Content = { exporter: unknown; importer: unknown; consignee: unknown; shipmentDate: string; intendedUse: string; route: unknown };
function contentKey(n: Content, lines: readonly { position: number; declaredName: string; cas: string | null; hsCode: string | null; smiles: string | null; quantity: string; unit: string; concentration: number | string | null; packaging: string | null; packages: number | null }[]): string {
  const norm = lines.map((l) => ({ position: l.position, declaredName: l.declaredName, cas: l.cas, hsCode: l.hsCode, smiles: l.smiles, quantity: trimDecimal(l.quantity), unit: l.unit, concentration: l.concentration === null ? null : Number(l.concentration), packaging: l.packaging, packages: l.packages }));
  return canonicalJson({ exporter: n.exporter, importer: n.importer, consignee: n.consignee, shipmentDate: n.shipmentDate, intendedUse: n.intendedUse, route: n.route, lines: norm });
}

/** The exporter's fields of a received notification, as its record carries them. */
export const exporterSide = (w: NotificationWire, version: number, now: Date) => ({
  reference: w.reference,
  exportingParty: w.exportingParty,
  importingParty: w.importingParty,
  transitParties: w.transitParties,
  scheme: w.scheme,
  verdict: w.verdict,
  state: w.state,
  version,
  agency: w.agency,
  exporter: w.exporter,
  importer: w.importer,
  consignee: w.consignee,
  intendedUse: w.intendedUse,
  shipmentDate: w.shipmentDate,
  route: w.route,
  invoiceNumber: w.invoiceNumber,
  permitNumber: w.permitNumber,
  importPermitNumber: w.importPermitNumber ?? null,
  language: w.language,
  handling: w.handling,
  sentAt: w.sentAt,
  withdrawnAt: w.withdrawnAt,
  withdrawalNote: w.withdrawalNote,
  withdrawalCodes: w.withdrawalCodes,
  infoProvidedAt: w.infoProvidedAt,
  decision: w.decision,
  decisionNote: w.decisionNote,
  decisionCodes: w.decisionCodes,
  decidedAt: w.decidedAt,
  createdByName: w.createdByName,
  updatedAt: now,
});

/** Why a new version of a notification already held cannot be taken, or null. */
async function refusalOfUpdate(tx: Db, existing: repo.Row, w: NotificationWire): Promise<string | null> {
  if (existing.state === 'withdrawn' && w.state !== 'withdrawn') return 'a withdrawn notification stays withdrawn';
  if (existing.reference !== w.reference) return 'a notification keeps its reference';
  const held = contentKey(existing, await repo.linesOf(tx, existing.id));
  return held === contentKey(w, w.lines) ? null : 'a sent notification’s chemicals, traders, route and date do not change: withdraw it and send a new one';
}

async function receiveNotification(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const w = parse(NotificationWire, env.body.data);
  if (typeof w === 'string') return rejected(w);
  const self = ctx.config.party;
  if (w.exportingParty !== env.from) return rejected(`a notification from ${env.from} must be that party's export`);
  if (w.importingParty !== self) return rejected(`this node imports for ${self}, not ${w.importingParty}`);
  // References are per exporting party; one naming another party's series could block that party's numbering.
  if (!new RegExp(`^${env.from}-PEN-\\d{4}-\\d{6}$`).test(w.reference)) return rejected(`a reference of ${env.from} reads ${env.from}-PEN-YYYY-NNNNNN`);
  const existing = await repo.getForUpdate(tx, env.recordId);
  if (existing && (existing.exportingParty !== env.from || existing.importingParty !== self)) return rejected('a notification with this id belongs to another party');
  const now = ctx.clock.now();
  if (existing) {
    const refusal = await refusalOfUpdate(tx, existing, w);
    if (refusal) return rejected(refusal);
    await repo.update(tx, existing.id, exporterSide(w, env.recordVersion, now));
  } else {
    await repo.insert(tx, { ...exporterSide(w, env.recordVersion, now), id: env.recordId, status: 'sent', responseId: newId(), createdAt: w.createdAt });
    await storeScreenedLines(tx, ctx, env.recordId, w);
  }
  await repo.replaceEvents(tx, env.recordId, env.from, w.events.map((e) => ({ ...e, notificationId: env.recordId, party: env.from })));
  await syncNotificationMentions(tx, env.recordId);
  return advanceClock(tx, ctx, env.recordId, existing, w);
}

/**
 * On first receipt: the lines as declared, each screened here — this party's national controls decide for it, and
 * make its copy a PEN when they control a line (the exporter's content never changes after, so neither do they).
 */
async function storeScreenedLines(tx: Db, ctx: Ctx, id: string, w: NotificationWire): Promise<void> {
  const screened = await screenDeclared(ctx, w.lines, await todayHere(ctx));
  await repo.replaceLines(
    tx,
    id,
    w.lines.map((l, i) => ({
      ...l,
      notificationId: id,
      concentration: l.concentration === null ? null : String(l.concentration),
      screening: null,
      receiverScreening: screened.results[i] ?? null,
      receiverVerdict: screened.results[i]?.verdict ?? null,
    })),
  );
  if (screened.verdict !== w.verdict) await repo.addEvent(tx, { id: newId(), notificationId: id, party: ctx.config.party, kind: 'screened-differently', actorName: ctx.config.party, at: ctx.clock.now(), note: `${w.verdict} → ${screened.verdict}` });
  await recordImporterScheme(tx, ctx, { id, scheme: w.scheme }, w.lines.map((l, i) => ({ position: l.position, verdict: screened.results[i]?.verdict ?? null })));
}

/** Starts the clock on first receipt, restarts it when newly requested information arrives, stops it at withdrawal. */
async function advanceClock(tx: Db, ctx: Ctx, id: string, before: repo.Row | undefined, w: NotificationWire): Promise<ApplyOutcome> {
  const row = await repo.getForUpdate(tx, id);
  if (!row) return rejected('not stored');
  const now = ctx.clock.now();
  const event = (kind: string) => repo.addEvent(tx, { id: newId(), notificationId: id, party: ctx.config.party, kind, actorName: ctx.config.party, at: now, note: null });
  const patch: Partial<repo.Row> = {};
  const informationArrived = row.reply === 'info-requested' && w.infoProvidedAt !== null && row.infoRequestedAt !== null && w.infoProvidedAt > row.infoRequestedAt && before?.infoProvidedAt?.getTime() !== w.infoProvidedAt.getTime();
  if (row.state === 'sent' && (!row.receivedAt || informationArrived)) {
    const due = await importerDeadline(ctx, now);
    Object.assign(patch, { dueAt: due.dueAt, dueDate: due.dueDate, dueTimeZone: due.timeZone, calendarUnknown: due.calendarUnknown, ...replyPeriodColumns(due.period) }, row.receivedAt ? {} : { receivedAt: now });
    await event(row.receivedAt ? 'clock-restarted' : 'received');
    await scheduleClock(tx, now, id, due.dueAt);
    if (!row.receivedAt) await mailParty(tx, { config: ctx.config, now }, { ...row, ...patch }, 'received', ['officer', 'supervisor'], `received:${id}`);
  }
  if (row.state === 'withdrawn') await cancelClock(tx, now, id);
  const responseChanged = patch.dueAt !== undefined;
  await repo.update(tx, id, { ...patch, status: statusOf({ ...row, ...patch }), ...(responseChanged ? { responseVersion: row.responseVersion + 1 } : {}) });
  if (responseChanged) await publishResponse(tx, ctx, id);
  return { status: 'applied' };
}

/** The importer's fields of a notification, as its response record carries them (received, or restored by it). */
export const importerSideOf = (w: ResponseWire, env: { recordId: string; recordVersion: number }) => ({
  responseId: env.recordId,
  responseVersion: env.recordVersion,
  receivedAt: w.receivedAt,
  dueAt: w.dueAt,
  dueDate: w.dueDate,
  dueTimeZone: w.dueTimeZone,
  calendarUnknown: w.calendarUnknown,
  ...replyPeriodColumns(w.replyPeriod),
  reply: w.reply,
  acknowledgedAt: w.acknowledgedAt,
  infoRequestedAt: w.infoRequestedAt,
  repliedAt: w.repliedAt,
  clearanceJws: w.clearanceJws,
  clearanceQr: w.clearanceQr,
  importerScheme: importerSchemeOf(w.lines),
});

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
    if (doc.document.notificationId !== row.id || doc.document.decision !== w.reply || doc.document.importingParty !== env.from) return rejected('the clearance is for another notification, decision or party');
    const qr = await checkClearance(w.clearanceQr ?? '', keys, doc.document);
    if (!qr.valid) return rejected(`the clearance summary does not verify: ${qr.problem ?? 'missing'}`);
  }
  const importerSide = importerSideOf(w, env);
  await tellExporterOfPen(tx, ctx, row, { ...row, ...importerSide });
  // The exporting party's officers hear of a new answer by email, in their language.
  if (w.reply && w.reply !== 'acknowledged' && (w.reply !== row.reply || w.infoRequestedAt?.getTime() !== row.infoRequestedAt?.getTime())) {
    await mailParty(tx, { config: ctx.config, now: ctx.clock.now() }, { ...row, ...importerSide }, w.reply, ['officer', 'supervisor'], `${w.reply}:${env.recordId}:${env.recordVersion}`);
  }
  for (const l of w.lines) await repo.setReceiverScreening(tx, row.id, l.position, null, l.verdict);
  await repo.replaceEvents(tx, row.id, env.from, w.events.map((e) => ({ ...e, notificationId: row.id, party: env.from })));
  await repo.update(tx, row.id, { ...importerSide, status: statusOf({ ...row, ...importerSide }), updatedAt: ctx.clock.now() });
  return { status: 'applied' };
}

export const notificationHandler: KindHandler = {
  apply: receiveNotification,
  // Called, not referenced: restore.ts reads this file's `exporterSide`, and a call needs no load order.
  restore: (tx, ctx, env) => restoreNotification(tx, ctx, env),
  // The exporter withdraws by a new version (the record stays as evidence); a purge the exchange orders still
  // removes this node's copy — only of a notification that party exported to this one.
  async purge(tx, ctx, env) {
    await repo.purgeReceived(tx, env.recordId, env.from, ctx.config.party);
    await syncNotificationMentions(tx, env.recordId);
  },
};

export const responseHandler: KindHandler = {
  apply: receiveResponse,
  restore: restoreResponse,
  // Only the importing party's own answer to this party's notification is forgotten; the status follows.
  async purge(tx, ctx, env) {
    const row = await repo.getByResponse(tx, env.recordId);
    if (!row || row.importingParty !== env.from || row.exportingParty !== ctx.config.party) return;
    const cleared = { responseId: null, reply: null, acknowledgedAt: null, infoRequestedAt: null, repliedAt: null, clearanceJws: null, clearanceQr: null };
    await repo.update(tx, row.id, { ...cleared, status: statusOf({ ...row, ...cleared, receivedAt: row.receivedAt }), updatedAt: ctx.clock.now() });
  },
};
