// The two records a notification travels as. The exporter's `notification` carries the notification and the
// exporter's steps; the importer's `notification-response` carries its receipt, clock, reply, signed clearance and
// its own screening verdicts. Each side edits only its own record (DESIGN §4).
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { publish } from '../exchange/index.js';
import { Verdict } from '../substances/index.js';
import { replyPeriodOfRow } from './deadlines.js';
import { WireCodes } from './phrases.js';
import * as repo from './repo.js';
import { trimDecimal } from './present.js';
import { DECISIONS, HANDLINGS, MODES, UNITS, US_UNITS } from './schemas.js';
import { metricQuantity, type UsUnit } from './units.js';

export const NOTIFICATION_KIND = 'notification';
export const RESPONSE_KIND = 'notification-response';

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const text = (max: number) => z.string().max(max);
const Trader = z.object({ name: text(300).min(1), address: text(1000).min(1), licence: text(100).nullable() });
// Standard phrases travel as codes only, each node labelling them from its own list; nodes that predate them send none.
const Event = z.object({ id: z.uuid(), kind: text(40).min(1), actorName: text(200), at: instant, note: text(4000).nullable(), codes: WireCodes });

/**
 * A line's kept quantity is positive and, when declared in a US unit, exactly its conversion (units.ts): a peer
 * cannot send "1 kg (declared 50 lb)" for the importer to sign both.
 */
function keptAsDeclared(l: { quantity: string; unit: string; originalQuantity?: string | null; originalUnit?: UsUnit | null }): boolean {
  if (!(Number(l.quantity) > 0)) return false;
  const original = l.originalQuantity ?? null;
  const unit = l.originalUnit ?? null;
  if (original === null || unit === null) return original === unit;
  const kept = metricQuantity(original, unit);
  return kept.unit === l.unit && kept.quantity === trimDecimal(l.quantity);
}

export const NotificationWire = z.object({
  reference: text(40).min(1),
  exportingParty: z.string().regex(/^[A-Z]{2}$/),
  importingParty: z.string().regex(/^[A-Z]{2}$/),
  transitParties: z.array(z.string().regex(/^[A-Z]{2}$/)).max(10),
  scheme: z.enum(['pen', 'pen-light']),
  verdict: Verdict,
  state: z.enum(['sent', 'withdrawn']),
  version: z.number().int().min(1),
  agency: z.object({ acronym: text(40).min(1), nameEn: text(200).min(1), nameZh: text(200).min(1) }),
  exporter: Trader,
  importer: Trader,
  consignee: Trader.nullable(),
  intendedUse: text(2000).min(1),
  shipmentDate: z.iso.date(),
  route: z.object({ portOfExit: text(200).nullable(), portOfEntry: text(200).nullable(), mode: z.enum(MODES), carrier: text(200).nullable() }),
  invoiceNumber: text(100).nullable(),
  permitNumber: text(100).nullable(),
  // Absent from records of nodes that predate them.
  importPermitNumber: text(100).nullable().optional(),
  language: z.enum(['en', 'zh']),
  handling: z.enum(HANDLINGS),
  sentAt: instant,
  withdrawnAt: instant.nullable(),
  withdrawalNote: text(2000).nullable(),
  withdrawalCodes: WireCodes,
  infoProvidedAt: instant.nullable(),
  decision: z.enum(DECISIONS).nullable(),
  decisionNote: text(2000).nullable(),
  decisionCodes: WireCodes,
  decidedAt: instant.nullable(),
  createdByName: text(200),
  createdAt: instant,
  lines: z
    .array(
      z.object({
        position: z.number().int().min(1).max(50),
        declaredName: text(500).min(1),
        cas: text(40).nullable(),
        hsCode: text(40).nullable(),
        smiles: text(4000).nullable(),
        quantity: z.string().regex(/^\d{1,18}(\.\d{1,6})?$/),
        unit: z.enum(UNITS),
        originalQuantity: z.string().regex(/^\d{1,18}(\.\d{1,6})?$/).nullable().optional(),
        originalUnit: z.enum(US_UNITS).nullable().optional(),
        concentration: z.number().gt(0).max(100).nullable(),
        packaging: text(200).nullable(),
        packages: z.number().int().min(1).nullable(),
        verdict: Verdict,
      }).refine(keptAsDeclared, 'a quantity declared in lb, oz or gal must be kept as its exact conversion'),
    )
    .min(1)
    .max(50),
  events: z.array(Event).max(500),
});
export type NotificationWire = z.infer<typeof NotificationWire>;

export const ResponseWire = z.object({
  notificationId: z.uuid(),
  reference: text(40),
  receivedAt: instant,
  dueAt: instant,
  dueDate: z.iso.date(),
  dueTimeZone: text(64),
  calendarUnknown: z.array(z.number().int()),
  /** The period the deadline was counted with; absent from nodes that predate it. */
  replyPeriod: z.object({ days: z.number().int().min(1).max(120), kind: z.enum(['calendar', 'working']) }).optional(),
  reply: z.enum(['acknowledged', 'info-requested', 'cleared', 'objected']).nullable(),
  acknowledgedAt: instant.nullable(),
  infoRequestedAt: instant.nullable(),
  repliedAt: instant.nullable(),
  clearanceJws: z.string().max(100_000).nullable(),
  clearanceQr: z.string().max(4_000).nullable(),
  lines: z.array(z.object({ position: z.number().int(), verdict: Verdict })).max(50),
  events: z.array(Event).max(500),
});
export type ResponseWire = z.infer<typeof ResponseWire>;

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;
const periodWire = (n: repo.Row) => {
  const period = replyPeriodOfRow(n);
  return period ? { replyPeriod: period } : {};
};
// Reminders, escalations and a clearance or objection prepared for a second person's signature (or sent back) are
// the importing party's internal business: they stay on its node.
export const INTERNAL_EVENTS = ['reminder-sent', 'escalated', 'clearance-prepared', 'objection-prepared', 'preparation-returned'];
const INTERNAL = new Set(INTERNAL_EVENTS);
const eventsWire = (events: repo.EventRow[]) => events.filter((e) => !INTERNAL.has(e.kind)).map((e) => ({ id: e.id, kind: e.kind, actorName: e.actorName, at: e.at.toISOString(), note: e.note, codes: e.codes }));

/** Inside the exporter's transaction: the notification's current state to the importing party. */
export async function publishNotification(tx: Db, ctx: Ctx, id: string): Promise<void> {
  const n = await repo.get(tx, id);
  if (!n || n.state === 'draft') return;
  const [lines, events] = await Promise.all([repo.linesOf(tx, id), repo.eventsOf(tx, id, ctx.config.party)]);
  const data = {
    reference: n.reference,
    exportingParty: n.exportingParty,
    importingParty: n.importingParty,
    transitParties: n.transitParties,
    scheme: n.scheme,
    verdict: n.verdict,
    state: n.state,
    version: n.version,
    agency: n.agency,
    exporter: n.exporter,
    importer: n.importer,
    consignee: n.consignee,
    intendedUse: n.intendedUse,
    shipmentDate: n.shipmentDate,
    route: n.route,
    invoiceNumber: n.invoiceNumber,
    permitNumber: n.permitNumber,
    importPermitNumber: n.importPermitNumber,
    language: n.language,
    handling: n.handling,
    sentAt: iso(n.sentAt),
    withdrawnAt: iso(n.withdrawnAt),
    withdrawalNote: n.withdrawalNote,
    withdrawalCodes: n.withdrawalCodes,
    infoProvidedAt: iso(n.infoProvidedAt),
    decision: n.decision,
    decisionNote: n.decisionNote,
    decisionCodes: n.decisionCodes,
    decidedAt: iso(n.decidedAt),
    createdByName: n.createdByName,
    createdAt: n.createdAt.toISOString(),
    lines: lines.map((l) => ({ position: l.position, declaredName: l.declaredName, cas: l.cas, hsCode: l.hsCode, smiles: l.smiles, quantity: l.quantity, unit: l.unit, ...originalOf(l), concentration: l.concentration === null ? null : Number(l.concentration), packaging: l.packaging, packages: l.packages, verdict: l.verdict })),
    events: eventsWire(events),
  };
  await publish(tx, ctx, { kind: NOTIFICATION_KIND, recordId: n.id, recordVersion: n.version, originParty: ctx.config.party, data, releasableTo: [n.importingParty], by: ctx.actor.label });
}

/** The quantity as declared in a US customary unit, only on lines that have one (older nodes know no such field). */
const originalOf = (l: repo.LineRow) => (l.originalQuantity !== null && l.originalUnit !== null ? { originalQuantity: l.originalQuantity, originalUnit: l.originalUnit } : {});

/** Inside the importer's transaction: its receipt, clock and reply to the exporting party. */
export async function publishResponse(tx: Db, ctx: Ctx, id: string): Promise<void> {
  const n = await repo.get(tx, id);
  if (!n?.responseId || !n.receivedAt || !n.dueAt || !n.dueDate || !n.dueTimeZone) return;
  const [lines, events] = await Promise.all([repo.linesOf(tx, id), repo.eventsOf(tx, id, ctx.config.party)]);
  const data = {
    notificationId: n.id,
    reference: n.reference,
    receivedAt: n.receivedAt.toISOString(),
    dueAt: n.dueAt.toISOString(),
    dueDate: n.dueDate,
    dueTimeZone: n.dueTimeZone,
    calendarUnknown: n.calendarUnknown,
    ...periodWire(n),
    reply: n.reply,
    acknowledgedAt: iso(n.acknowledgedAt),
    infoRequestedAt: iso(n.infoRequestedAt),
    repliedAt: iso(n.repliedAt),
    clearanceJws: n.clearanceJws,
    clearanceQr: n.clearanceQr,
    lines: lines.flatMap((l) => (l.receiverVerdict ? [{ position: l.position, verdict: l.receiverVerdict }] : [])),
    events: eventsWire(events),
  };
  await publish(tx, ctx, { kind: RESPONSE_KIND, recordId: n.responseId, recordVersion: n.responseVersion, originParty: ctx.config.party, data, releasableTo: [n.exportingParty], by: ctx.actor.label });
}
