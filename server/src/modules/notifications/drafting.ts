// The exporter's side: draft (screened as it is saved), review by a second person when screening flags a line,
// send, withdraw, answer a request for information, record the export decision — by the exporting agency's officers
// and supervisors, or an administrator audited as an override (policy.ts). Each is one transaction that writes the
// row, the timeline, the audit entry and, once sent, the envelope to the importing party.
import { canonicalJson } from '../../platform/canonical-json.js';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { AppError, Conflict, Forbidden, Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { hasRole } from '../../platform/context.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { isUniqueViolation } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { agencyOf, listParties } from '../directory/index.js';
import { checkedAnswerFiles, fileAnswerDocuments } from './answer-documents.js';
import { publishAttachments } from './attachments.js';
import { screenDeclared, type LineScreening } from './line-screening.js';
import { syncNotificationMentions } from './entities.js';
import * as repo from './repo.js';
import type { AnswerDocument, DecisionInput, DraftInput, WithdrawInput } from './schemas.js';
import { checkedCodes, requireReason } from './phrases.js';
import { mayReview } from './policy.js';
import { decisionAllowed, statusOf } from './status.js';
import { actorName, addEvent, audit, lockRow, requireExporter, requireOfficer, todayHere, type NotificationAuditVerb, type OverrideMark, type Said } from './use-case-kit.js';
import { conversionProblem, metricQuantity } from './units.js';
import { publishNotification } from './wire.js';

async function checkParties(ctx: Ctx, input: DraftInput): Promise<FieldIssue[]> {
  const known = new Set((await listParties(ctx)).map((p) => p.code));
  const issues: FieldIssue[] = [];
  const self = ctx.config.party;
  if (input.importingParty === self) issues.push({ path: 'body/importingParty', message: `${self} is the exporting party`, code: 'own-party', params: { party: self } });
  else if (!known.has(input.importingParty)) issues.push({ path: 'body/importingParty', message: `${input.importingParty} is not a party in the directory`, code: 'unknown-party', params: { party: input.importingParty } });
  input.transitParties.forEach((p, i) => {
    if (!known.has(p)) issues.push({ path: `body/transitParties/${i}`, message: `${p} is not a party in the directory`, code: 'unknown-party', params: { party: p } });
    else if (p === self || p === input.importingParty) issues.push({ path: `body/transitParties/${i}`, message: 'a transit party is neither the exporter nor the importer', code: 'transit-party' });
  });
  input.lines.forEach((l, i) => {
    const problem = conversionProblem(l.quantity, l.unit);
    if (problem) issues.push({ path: `body/lines/${i}/quantity`, ...problem });
  });
  if (input.shipmentDate < (await todayHere(ctx))) issues.push({ path: 'body/shipmentDate', message: 'the shipment date is in the past', code: 'date-in-past' });
  return issues;
}

// A quantity in lb, oz or gal is kept in kg, g or L with the declared one beside it (units.ts).
const lineRows = (id: string, input: DraftInput, screened: LineScreening) =>
  input.lines.map((l, i) => ({
    notificationId: id,
    position: i + 1,
    declaredName: l.declaredName,
    cas: l.cas,
    hsCode: l.hsCode,
    smiles: l.smiles,
    ...metricQuantity(l.quantity, l.unit),
    concentration: l.concentration === null ? null : String(l.concentration),
    packaging: l.packaging,
    packages: l.packages,
    screening: screened.results[i] ?? null,
    verdict: screened.results[i]?.verdict ?? 'insufficient-identity',
  }));

/** Every check a draft must pass, without saving it (an import's dry run); throws as `createDraft` would. */
export async function checkDraft(ctx: Ctx, input: DraftInput): Promise<void> {
  requireOfficer(ctx);
  await draftFields(ctx, input);
}

/**
 * The fields a draft sets, from the officer's input and the screening of its lines. The exporting authority it names
 * is the officer's own agency (an administrator may name another: `mark` says so for the audit entry).
 */
async function draftFields(ctx: Ctx, input: DraftInput) {
  const issues = await checkParties(ctx, input);
  const agency = await agencyOf(ctx, input.agencyId, { ownPartyOnly: true }).catch((err: unknown) => {
    issues.push({ path: 'body/agencyId', message: err instanceof Error ? err.message : 'unknown agency', code: (err instanceof AppError && err.errors[0]?.code) || 'unknown-agency' });
    return null;
  });
  const mark = agency ? requireExporter(ctx, { exportingParty: ctx.config.party, agencyId: agency.id, agency }, 'body/agencyId') : {};
  if (issues.length > 0 || !agency) throw new Unprocessable('the notification cannot be saved as it is', issues);
  const screened = await screenDeclared(ctx, input.lines, await todayHere(ctx));
  const fields = {
    importingParty: input.importingParty,
    transitParties: input.transitParties,
    scheme: screened.scheme,
    verdict: screened.verdict,
    agencyId: agency.id,
    agency: { acronym: agency.acronym, nameEn: agency.nameEn, nameZh: agency.nameZh },
    exporter: input.exporter,
    importer: input.importer,
    consignee: input.consignee,
    intendedUse: input.intendedUse,
    shipmentDate: input.shipmentDate,
    route: input.route,
    invoiceNumber: input.invoiceNumber,
    permitNumber: input.permitNumber,
    importPermitNumber: input.importPermitNumber,
    language: input.language,
    handling: input.handling,
    reviewNeeded: screened.reviewNeeded,
    reviewedBy: null,
    reviewedByName: null,
    reviewedAt: null,
    reviewNote: null,
    updatedAt: ctx.clock.now(),
  };
  return { fields, screened, mark };
}

export type Created = { id: string; replayed: boolean };

/**
 * Saves a new draft. With an idempotency key, the same request again returns the first draft (`replayed`), and
 * the key reused for a different request is a conflict: a double-clicked submit never files two notifications.
 */
export async function createDraft(ctx: Ctx, input: DraftInput, idempotencyKey?: string): Promise<Created> {
  requireOfficer(ctx);
  const hash = sha256Hex(canonicalJson(input));
  const by = ctx.actor.id;
  if (idempotencyKey && by) {
    const earlier = await repo.getByIdempotencyKey(ctx.db, by, idempotencyKey);
    if (earlier) return replay(earlier, hash);
  }
  try {
    return await withTx(ctx, async (tx) => {
      const txCtx = { ...ctx, db: tx };
      const { fields, screened, mark } = await draftFields(txCtx, input);
      const now = ctx.clock.now();
      const self = ctx.config.party;
      const year = Number((await todayHere(txCtx)).slice(0, 4));
      const reference = repo.REFERENCE.format(self, year, await repo.nextSerial(tx, self, year));
      const id = newId();
      await repo.insert(tx, { ...fields, id, reference, exportingParty: self, state: 'draft', status: 'draft', version: 1, createdBy: by, createdByName: await actorName(tx, ctx), idempotencyKey: by ? (idempotencyKey ?? null) : null, idempotencyHash: hash, createdAt: now });
      await repo.replaceLines(tx, id, lineRows(id, input, screened));
      await syncNotificationMentions(tx, id);
      await addEvent(tx, ctx, id, 'drafted');
      await audit(tx, ctx, 'drafted', id, { reference, input, ...mark });
      return { id, replayed: false };
    });
  } catch (err) {
    // Two identical requests at once: the second loses the race on the unique key and answers like a replay.
    if (idempotencyKey && by && isUniqueViolation(err, 'notifications_idempotency_idx')) {
      const earlier = await repo.getByIdempotencyKey(ctx.db, by, idempotencyKey);
      if (earlier) return replay(earlier, hash);
    }
    throw err;
  }
}

function replay(earlier: repo.Row, hash: string): Created {
  if (earlier.idempotencyHash !== hash) throw new Conflict('this idempotency key was used for a different notification', 'idempotency-key-reused');
  return { id: earlier.id, replayed: true };
}

function requireDraft(row: repo.Row): void {
  if (row.state !== 'draft') throw new Conflict(`${row.reference} has been sent; a sent notification is not edited`, 'not-a-draft');
}

export async function updateDraft(ctx: Ctx, id: string, input: DraftInput): Promise<void> {
  requireOfficer(ctx);
  await withTx(ctx, async (tx) => {
    const row = await lockRow(tx, id);
    const mark = requireExporter(ctx, row);
    requireDraft(row);
    // The agency the new version names is checked too: a draft is not handed to an agency its editor does not act for.
    const { fields, screened, mark: named } = await draftFields({ ...ctx, db: tx }, input);
    await repo.update(tx, id, { ...fields, editedBy: ctx.actor.id });
    await repo.replaceLines(tx, id, lineRows(id, input, screened));
    await syncNotificationMentions(tx, id);
    await addEvent(tx, ctx, id, 'edited');
    await audit(tx, ctx, 'edited', id, { input, ...named, ...mark });
  });
}

/**
 * Four eyes: a supervisor who neither drafted nor last edited the notification confirms the lines screening
 * flagged. The lines are screened again first: the registry may have changed since the draft was saved.
 */
export async function reviewDraft(ctx: Ctx, id: string, note: string | null): Promise<void> {
  requireOfficer(ctx);
  await withTx(ctx, async (tx) => {
    const row = await lockRow(tx, id);
    const mark = requireExporter(ctx, row);
    requireDraft(row);
    if (!hasRole(ctx.actor, 'supervisor')) throw new Forbidden('a supervisor reviews flagged lines', 'supervisor-required');
    if (!mayReview(ctx.actor, row)) throw new Forbidden('whoever drafted or last edited the notification cannot review it: a second person must', 'four-eyes');
    if (row.reviewedAt) throw new Conflict(`already reviewed by ${row.reviewedByName ?? 'a supervisor'}`, 'already-reviewed');
    const screened = await screenDeclared({ ...ctx, db: tx }, await repo.linesOf(tx, id), await todayHere({ ...ctx, db: tx }));
    if (!screened.reviewNeeded && !row.reviewNeeded) throw new Conflict('no line of this notification needs a review', 'review-not-needed');
    const now = ctx.clock.now();
    await repo.update(tx, id, { reviewNeeded: true, reviewedBy: ctx.actor.id, reviewedByName: await actorName(tx, ctx), reviewedAt: now, reviewNote: note, updatedAt: now });
    await addEvent(tx, ctx, id, 'reviewed', note);
    await audit(tx, ctx, 'reviewed', id, { note, ...mark });
  });
}

/** Screens every line again (the registry may have changed since the draft), then sends to the importing party. */
export async function sendNotification(ctx: Ctx, id: string): Promise<void> {
  requireOfficer(ctx);
  await withTx(ctx, async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const row = await lockRow(tx, id);
    const mark = requireExporter(ctx, row);
    requireDraft(row);
    const lines = await repo.linesOf(tx, id);
    const today = await todayHere(txCtx);
    if (row.shipmentDate < today) throw new Unprocessable('the shipment date is in the past; correct the draft first', [{ path: 'shipmentDate', message: 'the shipment date is in the past', code: 'date-in-past' }]);
    const screened = await screenDeclared(txCtx, lines, today);
    if (screened.unidentified.length > 0) {
      throw new Unprocessable(
        'screening cannot identify some chemicals: give a CAS number or a structure',
        screened.unidentified.map((i) => ({ path: `lines/${i}`, message: 'insufficient identity: the name alone matches no known chemical' })),
        'line-unidentified',
      );
    }
    if (screened.reviewNeeded && !row.reviewedAt) {
      throw new Conflict('screening flags a line as controlled by rule or an analogue: a supervisor must review it before it is sent', 'review-required');
    }
    const now = ctx.clock.now();
    for (const [i, l] of lines.entries()) await repo.setLineScreening(tx, id, l.position, screened.results[i] ?? null, screened.results[i]?.verdict ?? l.verdict);
    await repo.update(tx, id, { state: 'sent', status: 'sent', sentAt: now, scheme: screened.scheme, verdict: screened.verdict, updatedAt: now });
    await addEvent(tx, ctx, id, 'sent');
    await audit(tx, ctx, 'sent', id, { reference: row.reference, to: row.importingParty, ...mark });
    await publishNotification(tx, ctx, id);
    await publishAttachments(tx, ctx, id, row.importingParty); // after the notification: the importer files them under it
  });
}

/** A step's change; `after` runs once the record naming the step's event is shared (documents that go with it). */
type Change = { patch: Partial<repo.Row>; event: NotificationAuditVerb; note: string | null; codes?: string[]; after?: (tx: Db, eventId: string, mark: OverrideMark) => Promise<void> };

/** After sending: a new version of the exporter's record, with its event, audited and shared in one transaction. */
async function exporterChange(ctx: Ctx, id: string, change: (tx: Db, row: repo.Row) => Promise<Change>): Promise<void> {
  requireOfficer(ctx);
  await withTx(ctx, async (tx) => {
    const row = await lockRow(tx, id);
    const mark = requireExporter(ctx, row);
    if (row.state === 'draft') throw new Conflict(`${row.reference} has not been sent`, 'not-sent');
    if (row.state === 'withdrawn') throw new Conflict(`${row.reference} was withdrawn`, 'notification-withdrawn');
    const { patch, event, note, codes = [], after } = await change(tx, row);
    const now = ctx.clock.now();
    const next = { ...row, ...patch };
    await repo.update(tx, id, { ...patch, status: statusOf(next), version: row.version + 1, updatedAt: now });
    await syncNotificationMentions(tx, id);
    const eventId = await addEvent(tx, ctx, id, event, { note, codes } satisfies Said);
    await audit(tx, ctx, event, id, { ...patch, note, ...mark });
    await publishNotification(tx, ctx, id);
    await after?.(tx, eventId, mark);
  });
}

/** The reason is given by standard phrases (withdrawalReasons), a note, or both; a bare string is a note. */
export const withdrawNotification = (ctx: Ctx, id: string, reason: WithdrawInput | string) =>
  exporterChange(ctx, id, async (_tx, row) => {
    const { codes: given, note } = typeof reason === 'string' ? { codes: [], note: reason } : reason;
    const codes = checkedCodes('withdrawalReasons', given);
    requireReason({ codes, note }, 'say why the notification is withdrawn: choose a reason or write a note');
    if (row.decision === 'shipped' || row.decision === 'seized') throw new Conflict(`the consignment was ${row.decision}; the notification stays on record`, 'already-shipped');
    return { patch: { state: 'withdrawn', withdrawnAt: ctx.clock.now(), withdrawalNote: note, withdrawalCodes: codes }, event: 'withdrawn', note, codes };
  });

/** The information asked for, with the documents that go with it (answer-documents.ts): all kept, or none. */
export const provideInformation = (ctx: Ctx, id: string, note: string, documents: readonly AnswerDocument[] = []) =>
  exporterChange(ctx, id, async (_tx, row) => {
    if (row.status !== 'info-requested') throw new Conflict('the importing authority has not asked for information', 'info-not-requested');
    const files = checkedAnswerFiles(documents);
    return { patch: { infoProvidedAt: ctx.clock.now() }, event: 'info-provided', note, after: (tx, eventId, mark) => fileAnswerDocuments(tx, ctx, { row, eventId, mark, files }) };
  });

/** Standard phrases (decisionNotes, each fitting the decision) and a note, both optional. */
export const recordDecision = (ctx: Ctx, id: string, input: Omit<DecisionInput, 'codes'> & { codes?: string[] }) =>
  exporterChange(ctx, id, async (_tx, row) => {
    const codes = checkedCodes('decisionNotes', input.codes ?? [], input.decision);
    const refusal = decisionAllowed(statusOf(row), row.decision, input.decision);
    if (refusal) throw new Conflict(refusal, 'decision-not-allowed');
    return { patch: { decision: input.decision, decisionNote: input.note, decisionCodes: codes, decidedAt: ctx.clock.now() }, event: `decision-${input.decision}`, note: input.note, codes };
  });
