// Rows to the views both sides read: the status and overdue flag, both sides' local times, what the user may do.
import type { Ctx } from '../../platform/context.js';
import { identifiedSubstances, listingsOf, storedResult, type IdentifiedSubstance, type ScreeningResult, type Verdict } from '../substances/index.js';
import { bothLocal, replyPeriodOfRow } from './deadlines.js';
import { allowedActions, needsSecondPerson } from './policy.js';
import type { EventRow, LineHits, LineRow, Row } from './repo.js';
import type { AttachmentView, Notification, NotificationSummary, Status } from './schemas.js';
import { decisionsAllowed, isOverdue } from './status.js';
import { netMass, type UsUnit } from './units.js';

type Zones = ReadonlyMap<string, string>;

const zonesOf = (n: Row, zones: Zones) => ({ importer: zones.get(n.importingParty) ?? 'UTC', exporter: zones.get(n.exportingParty) ?? 'UTC' });

type Hits = Parameters<typeof identifiedSubstances>[0];
type ChemicalLine = { declaredName: string; substances: IdentifiedSubstance[] };

/** This node's own screening of a line: the importer's on the importing node, the exporter's on the exporting one. */
const ownScreening = <T>(ctx: Ctx, n: Row, l: { screening: T; receiverScreening: T }): T =>
  n.importingParty === ctx.config.party ? (l.receiverScreening ?? l.screening) : (l.screening ?? l.receiverScreening);

const chemicalLinesOf = (lines: LineHits[]): ChemicalLine[] => lines.map((l) => ({ declaredName: l.declaredName, substances: identifiedSubstances(l.hits as Hits) }));

export function toSummary(ctx: Ctx, n: Row & { chemicals: string[]; lineHits?: LineHits[]; chemicalLines?: ChemicalLine[] }, zones: Zones): NotificationSummary {
  const status = n.status as Status;
  return {
    id: n.id,
    reference: n.reference,
    scheme: n.scheme as NotificationSummary['scheme'],
    importerScheme: n.importerScheme as NotificationSummary['importerScheme'],
    status,
    overdue: isOverdue({ status, dueAt: n.dueAt }, ctx.clock.now()),
    direction: n.exportingParty === ctx.config.party ? 'outgoing' : 'incoming',
    exportingParty: n.exportingParty,
    importingParty: n.importingParty,
    agency: n.agency,
    exporterName: n.exporter.name,
    importerName: n.importer.name,
    chemicals: n.chemicals,
    chemicalLines: n.chemicalLines ?? chemicalLinesOf(n.lineHits ?? []),
    language: n.language as NotificationSummary['language'],
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
  const screened = lines.map((l) => ({ l, screening: storedResult(l.screening), receiverScreening: storedResult(l.receiverScreening) }));
  const substances = screened.map((x) => ownScreening(ctx, n, x)?.identified ?? []);
  const chemicalLines = lines.map((l, i) => ({ declaredName: l.declaredName, substances: substances[i] ?? [] }));
  const summary = toSummary(ctx, { ...n, chemicals: lines.map((l) => l.declaredName), chemicalLines }, zones);
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
    importPermitNumber: n.importPermitNumber,
    language: n.language === 'zh' ? 'zh' : 'en',
    handling: n.handling,
    lines: screened.map((x, i) => lineView(x, substances[i] ?? [], ownScreening(ctx, n, x))),
    attachments,
    events: events.map((e) => ({ id: e.id, party: e.party, kind: e.kind, actorName: e.actorName, at: e.at, note: e.note, codes: e.codes })),
    review: { needed: n.reviewNeeded, byName: n.reviewedByName, at: n.reviewedAt, note: n.reviewNote },
    signature: { required: signatureRequired, prepared: n.preparedReply as Notification['signature']['prepared'], note: n.preparedNote, codes: n.preparedCodes, byName: n.preparedByName, at: n.preparedAt },
    receivedAt: n.receivedAt,
    dueDate: n.dueDate,
    dueTimeZone: n.dueTimeZone,
    calendarUnknown: n.calendarUnknown,
    replyPeriod: replyPeriodOfRow(n),
    reply: n.reply as Notification['reply'],
    repliedAt: n.repliedAt,
    decisionNote: n.decisionNote,
    decisionCodes: n.decisionCodes,
    decidedAt: n.decidedAt,
    withdrawnAt: n.withdrawnAt,
    withdrawalNote: n.withdrawalNote,
    withdrawalCodes: n.withdrawalCodes,
    hasClearance: n.clearanceJws !== null,
    createdByName: n.createdByName,
    allowedDecisions: n.exportingParty === ctx.config.party && status !== 'draft' ? decisionsAllowed(status, n.decision) : [],
    allowed: allowedActions(ctx.actor, { ...n, status, hasUnidentifiedLine: lines.some((l) => l.verdict === 'insufficient-identity') }, ctx.config.party),
  };
}

type ScreenedLine = { l: LineRow; screening: ScreeningResult | null; receiverScreening: ScreeningResult | null };
type LineView = Notification['lines'][number];

function lineView({ l, screening, receiverScreening }: ScreenedLine, substances: IdentifiedSubstance[], own: ScreeningResult | null): LineView {
  const quantity = trimDecimal(l.quantity);
  const concentration = l.concentration === null ? null : Number(l.concentration);
  return {
    position: l.position,
    declaredName: l.declaredName,
    cas: l.cas,
    hsCode: l.hsCode,
    smiles: l.smiles,
    quantity,
    unit: l.unit as LineView['unit'],
    original: l.originalQuantity !== null && l.originalUnit !== null ? { quantity: trimDecimal(l.originalQuantity), unit: l.originalUnit as UsUnit } : null,
    concentration,
    netMass: netMass(quantity, l.unit, concentration),
    listings: listingsOf(own),
    packaging: l.packaging,
    packages: l.packages,
    verdict: l.verdict as Verdict,
    screening,
    receiverVerdict: (l.receiverVerdict as Verdict | null) ?? null,
    receiverScreening,
    substances,
  };
}

/** `250.000000` → `250`, `12.500000` → `12.5`: the quantity as it was declared. */
export const trimDecimal = (v: string): string => (v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v);
