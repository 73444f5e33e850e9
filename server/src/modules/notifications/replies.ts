// The importer's side: acknowledge, ask for information (the clock stops), clear or object (the node signs the
// decision). Each reply is a new version of the importer's response record, shared with the exporting party.
// Where this party requires a second person and its own screening finds a line controlled, clearing or objecting
// takes two people: an officer prepares it — kept on this node, nothing signed or sent, status and clock as they
// were — and a supervisor who did not prepare it signs it (then it is signed and sent like a single-step answer) or
// sends it back with a note.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { Conflict, Forbidden } from '../../platform/errors.js';
import { hasRole } from '../../platform/context.js';
import { withTx } from '../../platform/tx.js';
import { clearanceDocumentOf, signClearance } from './clearance.js';
import { cancelClock } from './clock-jobs.js';
import { checkedCodes, requireReason, type PhraseList } from './phrases.js';
import { maySign, needsSecondPerson } from './policy.js';
import * as repo from './repo.js';
import type { ReplyInput, Status } from './schemas.js';
import { repliesAllowed, statusOf } from './status.js';
import { actorAgencyName, actorName, addEvent, audit, lockRow, requireOfficer, type NotificationAuditVerb, type Said } from './use-case-kit.js';
import { publishResponse } from './wire.js';

type Action = ReplyInput['action'];
const EVENT: Record<Action, NotificationAuditVerb> = { acknowledge: 'acknowledged', 'request-info': 'info-requested', clear: 'cleared', object: 'objected' };
const PREPARED_EVENT = { clear: 'clearance-prepared', object: 'objection-prepared' } as const;
const NOT_PREPARED = { preparedReply: null, preparedNote: null, preparedCodes: [], preparedBy: null, preparedByName: null, preparedAt: null };
/** The list each answer's standard phrases come from (an acknowledgement has none). */
const PHRASES: Record<Exclude<Action, 'acknowledge'>, PhraseList> = { 'request-info': 'informationRequests', clear: 'clearanceConditions', object: 'objectionReasons' };

/** Whether the answer was given, or prepared and waits for a supervisor's signature. */
export type ReplyOutcome = 'given' | 'prepared';

/** This party's rule for its own clearances and objections: a second person signs them unless it says otherwise. */
export const secondPersonRequired = async (db: Db, party: string): Promise<boolean> => (await repo.signingRuleOf(db, party)) ?? true;

function requireAnswerable(ctx: Ctx, row: repo.Row, action: Action): void {
  if (row.importingParty !== ctx.config.party) throw new Forbidden(`only ${row.importingParty}, the importing party, answers ${row.reference}`, 'wrong-party');
  if (row.state === 'withdrawn') throw new Conflict(`${row.exportingParty} withdrew ${row.reference}; it takes no reply`, 'notification-withdrawn');
  const status = row.status as Status;
  if (!repliesAllowed(status).includes(action)) throw new Conflict(`a notification that is ${status} cannot be answered with ${action}`, 'reply-not-allowed');
}

type Answer = Said & { action: Action; agencyName: string; lines?: repo.LineRow[]; audited?: Record<string, unknown> };

/** The answer itself: a new version of the response record (clearances and objections signed), audited and shared. */
async function answer(tx: Db, ctx: Ctx, row: repo.Row, a: Answer): Promise<void> {
  const now = ctx.clock.now();
  const patch: Partial<repo.Row> = {};
  if (a.action === 'acknowledge') Object.assign(patch, { reply: 'acknowledged', acknowledgedAt: now });
  if (a.action === 'request-info') Object.assign(patch, { reply: 'info-requested', infoRequestedAt: now, acknowledgedAt: row.acknowledgedAt ?? now });
  if (a.action === 'clear' || a.action === 'object') {
    const decision = a.action === 'clear' ? 'cleared' : 'objected';
    const doc = clearanceDocumentOf(row, a.lines ?? (await repo.linesOf(tx, row.id)), { decision, reason: a.note, codes: a.codes, at: now, by: { name: await actorName(tx, ctx), agency: a.agencyName } });
    const signed = await signClearance(tx, ctx.box, doc);
    Object.assign(patch, { reply: decision, repliedAt: now, acknowledgedAt: row.acknowledgedAt ?? now, clearanceJws: signed.jws, clearanceQr: signed.qr, ...NOT_PREPARED });
  }
  // Waiting for information, or answered: the reminder and escalation have nothing left to do.
  if (a.action !== 'acknowledge') await cancelClock(tx, now, row.id);
  await repo.update(tx, row.id, { ...patch, status: statusOf({ ...row, ...patch }), responseVersion: row.responseVersion + 1, updatedAt: now });
  await addEvent(tx, ctx, row.id, EVENT[a.action], { note: a.note, codes: a.codes });
  await audit(tx, ctx, EVENT[a.action], row.id, { note: a.note, codes: a.codes, ...a.audited });
  await publishResponse(tx, ctx, row.id);
}

/** A reply as a caller gives it: standard phrases may be left out. */
export type GivenReply = ReplyInput extends infer R ? (R extends { action: Action } ? Omit<R, 'codes' | 'note'> & { codes?: string[]; note?: string | null } : never) : never;
const REASON_REQUIRED: Partial<Record<Action, string>> = { 'request-info': 'say what information is needed: choose it from the list or write a note', object: 'an objection states its reason: choose one or write a note' };

/** The reply with its phrases checked against their list (a 422 for a code not on it) and a reason where one is due. */
function saidIn(given: GivenReply): { action: Action } & Said {
  const said = { action: given.action, note: given.note ?? null, codes: given.action === 'acknowledge' ? [] : checkedCodes(PHRASES[given.action], given.codes ?? []) };
  const required = REASON_REQUIRED[given.action];
  if (required) requireReason(said, required);
  return said;
}

export async function replyTo(ctx: Ctx, id: string, given: GivenReply): Promise<ReplyOutcome> {
  requireOfficer(ctx);
  const input = saidIn(given);
  const agencyName = await actorAgencyName(ctx);
  return withTx(ctx, async (tx) => {
    const row = await lockRow(tx, id);
    requireAnswerable(ctx, row, input.action);
    if (row.preparedReply && input.action !== 'acknowledge') {
      throw new Conflict(`a prepared ${row.preparedReply === 'cleared' ? 'clearance' : 'objection'} of ${row.reference} awaits a supervisor's signature: it is signed or sent back first`, 'awaiting-signature');
    }
    if (input.action !== 'clear' && input.action !== 'object') {
      await answer(tx, ctx, row, { ...input, agencyName });
      return 'given';
    }
    const lines = await repo.linesOf(tx, id);
    if (!needsSecondPerson(await secondPersonRequired(tx, ctx.config.party), lines)) {
      await answer(tx, ctx, row, { ...input, agencyName, lines });
      return 'given';
    }
    const now = ctx.clock.now();
    await repo.update(tx, id, { preparedReply: EVENT[input.action], preparedNote: input.note, preparedCodes: input.codes, preparedBy: ctx.actor.id, preparedByName: await actorName(tx, ctx), preparedAt: now, updatedAt: now });
    await addEvent(tx, ctx, id, PREPARED_EVENT[input.action], { note: input.note, codes: input.codes });
    await audit(tx, ctx, PREPARED_EVENT[input.action], id, { note: input.note, codes: input.codes });
    return 'prepared';
  });
}

/** The prepared answer, for the second person: a supervisor who did not prepare it. */
function requirePrepared(ctx: Ctx, row: repo.Row): Said & { action: 'clear' | 'object' } {
  const action = row.preparedReply === 'objected' ? 'object' : 'clear';
  requireAnswerable(ctx, row, action);
  if (!row.preparedReply) throw new Conflict(`no clearance or objection of ${row.reference} awaits a signature`, 'nothing-to-sign');
  if (!hasRole(ctx.actor, 'supervisor')) throw new Forbidden('a supervisor signs a prepared clearance or objection', 'supervisor-required');
  if (!maySign(ctx.actor, row)) throw new Forbidden('whoever prepared the clearance or objection cannot sign it: a second person must', 'second-person');
  return { action, note: row.preparedNote, codes: row.preparedCodes };
}

/** The second person signs what was prepared: the node signs it and sends it, as a single-step answer. */
export async function signReply(ctx: Ctx, id: string): Promise<void> {
  requireOfficer(ctx);
  const agencyName = await actorAgencyName(ctx);
  await withTx(ctx, async (tx) => {
    const row = await lockRow(tx, id);
    const prepared = requirePrepared(ctx, row);
    await answer(tx, ctx, row, { ...prepared, agencyName, audited: { preparedBy: row.preparedByName, preparedAt: row.preparedAt } });
  });
}

/** The second person sends a prepared answer back, saying why; the notification waits for a new one. */
export async function returnReply(ctx: Ctx, id: string, note: string): Promise<void> {
  requireOfficer(ctx);
  await withTx(ctx, async (tx) => {
    const row = await lockRow(tx, id);
    requirePrepared(ctx, row);
    await repo.update(tx, id, { ...NOT_PREPARED, updatedAt: ctx.clock.now() });
    await addEvent(tx, ctx, id, 'preparation-returned', note);
    await audit(tx, ctx, 'preparation-returned', id, { note, prepared: row.preparedReply, preparedBy: row.preparedByName });
  });
}
