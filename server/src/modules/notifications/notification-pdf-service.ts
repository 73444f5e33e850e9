// The printable notification for whoever may read it: read exactly as GET /notifications/:id reads it (the same
// NotFound for a RED one a viewer may not see, the read of an AMBER or RED one audited), turned into the PDF's
// input by one adapter, and the download audited as the clearance PDF's is.
import { recordAudit } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import { deadlineText } from '../../platform/time-text.js';
import { withTx } from '../../platform/tx.js';
import { listParties, type Party } from '../directory/index.js';
import { type NotificationPdfInput, renderNotificationPdf } from './notification-pdf.js';
import { bilingualPhrase } from './phrases.js';
import { readNotification } from './queries.js';
import type { Notification } from './schemas.js';

type Line = Notification['lines'][number];

export async function notificationPdfOf(ctx: Ctx, id: string): Promise<{ pdf: Buffer; reference: string }> {
  const n = await readNotification(ctx, id);
  const input = notificationPdfInput(n, { parties: await listParties(ctx), printedAt: ctx.clock.now(), printedBy: ctx.config.party });
  const pdf = await renderNotificationPdf(input);
  const change = { reference: n.reference, handling: n.handling };
  if (ctx.actor.kind !== 'system') await withTx(ctx, (tx) => recordAudit(tx, ctx, { action: 'notification.pdf-downloaded', subjectType: 'notification', subjectId: id, change }));
  return { pdf, reference: n.reference };
}

type PrintContext = { parties: Party[]; printedAt: Date; printedBy: string };

/** The detail view (what GET /notifications/:id returns) as the PDF prints it: the one place a new field is mapped. */
export function notificationPdfInput(n: Notification, at: PrintContext): NotificationPdfInput {
  const party = (code: string) => {
    const p = at.parties.find((x) => x.code === code);
    return { code, name: p ? { en: p.nameEn, zh: p.nameZh } : null };
  };
  const zoneOf = (code: string) => at.parties.find((x) => x.code === code)?.timeZone ?? 'UTC';
  const replyEvent = n.reply ? n.events.findLast((e) => e.kind === n.reply) : undefined;
  return {
    reference: n.reference,
    status: n.status,
    handling: n.handling,
    scheme: n.scheme,
    importerScheme: n.importerScheme,
    exportingParty: party(n.exportingParty),
    importingParty: party(n.importingParty),
    transitParties: n.transitParties.map(party),
    authority: { acronym: n.agency.acronym, name: { en: n.agency.nameEn, zh: n.agency.nameZh } },
    exporter: n.exporter,
    importer: n.importer,
    consignee: n.consignee,
    intendedUse: n.intendedUse,
    shipmentDate: n.shipmentDate,
    route: n.route,
    invoiceNumber: n.invoiceNumber,
    exportAuthorisation: n.permitNumber,
    importPermit: n.importPermitNumber,
    lines: n.lines.map(lineOf),
    sentAt: n.sentAt,
    receivedAt: n.receivedAt,
    deadline: n.dueAt ? deadlineText({ dueAt: n.dueAt, dueDate: n.dueDate, dueTimeZone: n.dueTimeZone ?? zoneOf(n.importingParty) }).short : null,
    reply: n.reply ? { kind: n.reply, at: n.repliedAt, phrases: (replyEvent?.codes ?? []).map(bilingualPhrase), note: replyEvent?.note ?? null } : null,
    decision: n.decision ? { kind: n.decision, at: n.decidedAt, phrases: n.decisionCodes.map(bilingualPhrase), note: n.decisionNote } : null,
    events: n.events.map((e) => ({ at: e.at, party: e.party, kind: e.kind, actor: e.actorName, phrases: e.codes.map(bilingualPhrase), note: e.note })),
    printedAt: at.printedAt,
    printedBy: at.printedBy,
  };
}

function lineOf(l: Line): NotificationPdfInput['lines'][number] {
  return {
    position: l.position,
    declaredName: l.declaredName,
    identified: l.substances.map((s) => s.label),
    listings: l.listings.map((x) => x.label),
    cas: l.cas,
    hsCode: l.hsCode,
    quantity: l.quantity,
    unit: l.unit,
    original: l.original,
    netMass: l.netMass,
    concentration: l.concentration,
    packaging: l.packaging,
    packages: l.packages,
  };
}
