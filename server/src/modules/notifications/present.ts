// Rows to the views both sides read: the status and overdue flag, both sides' local times, what the user may do.
import type { Ctx } from '../../platform/context.js';
import type { ScreeningResult, Verdict } from '../substances/index.js';
import { bothLocal } from './deadlines.js';
import { allowedActions, needsSecondPerson } from './policy.js';
import type { EventRow, LineRow, Row } from './repo.js';
import type { AttachmentView, Notification, NotificationSummary, Status } from './schemas.js';
import { decisionsAllowed, isOverdue } from './status.js';

type Zones = ReadonlyMap<string, string>;

const zonesOf = (n: Row, zones: Zones) => ({ importer: zones.get(n.importingParty) ?? 'UTC', exporter: zones.get(n.exportingParty) ?? 'UTC' });

export function toSummary(ctx: Ctx, n: Row & { chemicals: string[] }, zones: Zones): NotificationSummary {
  const status = n.status as Status;
  return {
    id: n.id,
    reference: n.reference,
    scheme: n.scheme as NotificationSummary['scheme'],
    status,
    overdue: isOverdue({ status, dueAt: n.dueAt }, ctx.clock.now()),
    direction: n.exportingParty === ctx.config.party ? 'outgoing' : 'incoming',
    exportingParty: n.exportingParty,
    importingParty: n.importingParty,
    agency: n.agency,
    exporterName: n.exporter.name,
    importerName: n.importer.name,
    chemicals: n.chemicals,
    verdict: n.verdict as Verdict,
    shipmentDate: n.shipmentDate,
    sentAt: n.sentAt,
    dueAt: n.dueAt,
    dueLocal: n.dueAt ? bothLocal(n.dueAt, zonesOf(n, zones)) : null,
    decision: n.decision as NotificationSummary['decision'],
    createdAt: n.createdAt,
  };
}

/** `secondPerson`: this node's party requires a second person for its clearances and objections (importing node). */
export function toDetail(ctx: Ctx, n: Row, lines: LineRow[], events: EventRow[], attachments: AttachmentView[], zones: Zones, secondPerson: boolean): Notification {
  const status = n.status as Status;
  const signatureRequired = n.importingParty === ctx.config.party && needsSecondPerson(secondPerson, lines);
  const summary = toSummary(ctx, { ...n, chemicals: lines.map((l) => l.declaredName) }, zones);
  return {
    ...summary,
    version: n.version,
    transitParties: n.transitParties,
    exporter: n.exporter,
    importer: n.importer,
    consignee: n.consignee ?? null,
    intendedUse: n.intendedUse,
    route: { ...n.route, mode: n.route.mode as Notification['route']['mode'] },
    invoiceNumber: n.invoiceNumber,
    permitNumber: n.permitNumber,
    language: n.language === 'zh' ? 'zh' : 'en',
    handling: n.handling,
    lines: lines.map((l) => ({
      position: l.position,
      declaredName: l.declaredName,
      cas: l.cas,
      hsCode: l.hsCode,
      smiles: l.smiles,
      quantity: trimDecimal(l.quantity),
      unit: l.unit as Notification['lines'][number]['unit'],
      concentration: l.concentration === null ? null : Number(l.concentration),
      packaging: l.packaging,
      packages: l.packages,
      verdict: l.verdict as Verdict,
      screening: (l.screening as ScreeningResult | null) ?? null,
      receiverVerdict: (l.receiverVerdict as Verdict | null) ?? null,
      receiverScreening: (l.receiverScreening as ScreeningResult | null) ?? null,
    })),
    attachments,
    events: events.map((e) => ({ id: e.id, party: e.party, kind: e.kind, actorName: e.actorName, at: e.at, note: e.note })),
    review: { needed: n.reviewNeeded, byName: n.reviewedByName, at: n.reviewedAt, note: n.reviewNote },
    signature: { required: signatureRequired, prepared: n.preparedReply as Notification['signature']['prepared'], note: n.preparedNote, byName: n.preparedByName, at: n.preparedAt },
    receivedAt: n.receivedAt,
    dueDate: n.dueDate,
    dueTimeZone: n.dueTimeZone,
    calendarUnknown: n.calendarUnknown,
    reply: n.reply as Notification['reply'],
    repliedAt: n.repliedAt,
    decisionNote: n.decisionNote,
    decidedAt: n.decidedAt,
    withdrawnAt: n.withdrawnAt,
    withdrawalNote: n.withdrawalNote,
    hasClearance: n.clearanceJws !== null,
    createdByName: n.createdByName,
    allowedDecisions: n.exportingParty === ctx.config.party && status !== 'draft' ? decisionsAllowed(status, n.decision) : [],
    allowed: allowedActions(ctx.actor, { ...n, status }, ctx.config.party),
  };
}

/** `250.000000` → `250`, `12.500000` → `12.5`: the quantity as it was declared. */
export const trimDecimal = (v: string): string => (v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v);
