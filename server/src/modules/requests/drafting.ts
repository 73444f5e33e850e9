// The requesting side's requests: draft (numbered at once), edit the draft, submit it — sent at once, or first
// approved by a supervisor who neither drafted nor edited it when it is AMBER or RED, carries a use restriction or
// the party's rule says so (policy.needsApproval) — approve or return it, and withdraw it. A request may also be
// drafted and submitted at once, in the one transaction that numbers it. Sending is one transaction: the row, its
// entities in the correlation index, the audit entries, the request's envelope and one envelope per document filed
// with the draft. Every check runs before the first write; all problems at once.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { Conflict, Forbidden, NotFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { addMentions, forgetMentions, indexMentions, keyMentions, type KeyedMention, type MentionInput } from '../entities/index.js';
import { checkRequest } from './request-checks.js';
import { actorName, auditRequest, auditRequestMany, cancelRequestClock, type OverrideMark, type RequestAudit } from './kit.js';
import { requireStanding, requireWorker } from './input-checks.js';
import { mayApprove, needsApproval } from './policy.js';
import * as repo from './repo.js';
import * as writes from './repo-writes.js';
import { FINISHED, type RequestInput, type RequestStatus } from './schemas.js';
import { publishDocument, publishRequest, REQUEST_RECORD } from './wire.js';

export type Saved = { id: string; reference: string; created: boolean };

const actorId = (ctx: Ctx): string | null => (ctx.actor.kind === 'user' || ctx.actor.kind === 'token' ? ctx.actor.id : null);

export type CreateOptions = { idempotencyKey?: string | undefined; submit?: boolean | undefined };

/**
 * Drafts a request, numbered in the transaction that stores it; nothing leaves the node until it is submitted. With
 * `submit`, that same transaction submits it as `submitRequest` would: sent at once, or held for a second person.
 */
export async function createRequest(ctx: Ctx, input: RequestInput, opts: CreateOptions = {}): Promise<Saved> {
  requireWorker(ctx, opts.submit ? 'submit requests' : 'draft requests');
  const by = actorId(ctx);
  const earlier = by && opts.idempotencyKey ? await writes.requestByIdempotencyKey(ctx.db, by, opts.idempotencyKey) : undefined;
  if (earlier) return { id: earlier.id, reference: earlier.reference, created: false };
  // The four-eyes rule is read beside the checks, unlocked as submitRequest reads it: the counter's lock is held less.
  const [c, name, fourEyes] = await Promise.all([checkRequest(ctx, input), actorName(ctx.db, ctx), opts.submit ? writes.fourEyesOf(ctx.db, ctx.config.party) : null]);
  return withTx(ctx, async (tx) => {
    const now = ctx.clock.now();
    const self = ctx.config.party;
    const reference = repo.REQUEST_REFERENCE.format(self, now.getUTCFullYear(), await repo.nextSerial(tx, 'REQ', self, now.getUTCFullYear()));
    const status = fourEyes === null ? 'draft' : needsApproval(c.fields, fourEyes) ? 'awaiting-approval' : 'sent';
    const row = await writes.insertRequest(tx, { ...c.fields, id: newId(), reference, originParty: self, version: 1, status, sentAt: status === 'sent' ? now : null, createdBy: by, createdByName: name, idempotencyKey: by ? (opts.idempotencyKey ?? null) : null, createdAt: now, updatedAt: now });
    const created: RequestAudit = { action: 'created', change: { reference, toParty: row.toParty, type: row.type, priority: row.priority, handling: row.handling, ...c.mark } };
    if (status === 'sent') await announce(tx, ctx, { row, documents: [], keyed: c.keyed, isNew: true, mark: c.mark }, [created]);
    else if (fourEyes) await auditRequestMany(tx, ctx, row.id, [created, submitted(row, fourEyes, c.mark)]);
    else await auditRequest(tx, ctx, created.action, row.id, created.change);
    return { id: row.id, reference, created: true };
  });
}

/** One of this party's requests, locked, for a person who acts for its agency. */
async function ownRequest(tx: Db, ctx: Ctx, id: string, what: string): Promise<{ row: repo.Row; mark: OverrideMark }> {
  const row = await repo.getForUpdate(tx, id);
  if (!row) throw new NotFound(`no request ${id}`);
  if (row.originParty !== ctx.config.party) throw new Forbidden(`only ${row.originParty}, the requesting party, ${what} ${row.reference}`, 'wrong-party');
  return { row, mark: requireStanding(ctx, row, `${what} ${row.reference}`, 'not-requesting-agency') };
}

/**
 * What any change to a draft (an edit, a document filed or removed) writes besides itself: the actor joins the
 * editors (none of whom may approve it) and the version moves on.
 */
export function changedBy(ctx: Ctx, row: repo.Row): Pick<repo.Row, 'editors' | 'version' | 'updatedAt'> {
  const by = actorId(ctx);
  return { editors: by && !row.editors.includes(by) ? [...row.editors, by] : row.editors, version: row.version + 1, updatedAt: ctx.clock.now() };
}

function requireStatus(row: repo.Row, wanted: RequestStatus, type: string): void {
  if (row.status !== wanted) throw new Conflict(`${row.reference} is ${row.status}, not ${wanted}`, type);
}

/** Replaces a draft; `version` guards against overwriting someone else's change. */
export async function updateRequest(ctx: Ctx, id: string, input: RequestInput, version: number): Promise<Saved> {
  requireWorker(ctx, 'edit requests');
  const c = await checkRequest(ctx, input);
  return withTx(ctx, async (tx) => {
    const { row, mark } = await ownRequest(tx, ctx, id, 'edits');
    requireStatus(row, 'draft', 'request-not-draft');
    if (row.version !== version) throw new Conflict(`${row.reference} was changed meanwhile (now version ${row.version}); reload it`, 'version-conflict');
    const next = await writes.updateRequest(tx, id, { ...c.fields, ...changedBy(ctx, row) });
    await auditRequest(tx, ctx, 'updated', id, { reference: row.reference, version: next.version, toParty: next.toParty, handling: next.handling, ...c.mark, ...mark });
    return { id, reference: row.reference, created: false };
  });
}

const submitted = (row: repo.Row, fourEyes: 'sensitive' | 'all', mark: OverrideMark): RequestAudit => ({
  action: 'submitted',
  change: { reference: row.reference, handling: row.handling, useRestrictions: row.useRestrictions, fourEyes, ...mark },
});

type Sent = { row: repo.Row; documents: repo.DocumentRow[]; keyed: readonly KeyedMention[]; isNew: boolean; mark: OverrideMark };

/**
 * What a request marked sent writes besides its row: its entities in the correlation index, the audit entries (these
 * first, then the `sent` one), and its envelope followed by one per document filed with it. The audit lock is taken
 * before the outbox chain's, in the order cases, incidents and notifications take them, so that no two transactions
 * each hold the lock the other waits for (a deadlock PostgreSQL would break by failing one).
 */
async function announce(tx: Db, ctx: Ctx, s: Sent, before: readonly RequestAudit[] = []): Promise<void> {
  const { row, documents } = s;
  const indexed = { recordKind: REQUEST_RECORD, recordId: row.id, reference: row.reference, originParty: row.originParty, handling: row.handling, recordDate: (row.sentAt ?? row.updatedAt).toISOString().slice(0, 10) };
  // A new record has nothing in the index to replace.
  if (s.isNew) await addMentions(tx, [{ record: indexed, mentions: s.keyed }]);
  else await indexMentions(tx, indexed, s.keyed);
  await auditRequestMany(tx, ctx, row.id, [...before, { action: 'sent', change: { reference: row.reference, toParty: row.toParty, handling: row.handling, documents: documents.length, ...s.mark } }]);
  await publishRequest(tx, ctx, row);
  for (const d of documents) await publishDocument(tx, ctx, row.toParty, d);
}

/** Sends a draft (or an approved request): its row, then what `announce` writes, in the same transaction. */
async function send(tx: Db, ctx: Ctx, row: repo.Row, change: { patch: Partial<repo.Row>; mark: OverrideMark; before?: RequestAudit[] }): Promise<void> {
  const now = ctx.clock.now();
  const next = await writes.updateRequest(tx, row.id, { ...change.patch, status: 'sent', sentAt: now, returnNote: null, version: row.version + 1, updatedAt: now });
  const documents = await writes.requestDocumentsToSend(tx, row.id);
  const { keyed } = keyMentions(next.entities as unknown as MentionInput[]);
  await announce(tx, ctx, { row: next, documents, keyed, isNew: false, mark: change.mark }, change.before);
}

/** A draft goes for approval when the party's four-eyes rule asks for a second person, else it is sent at once. */
export async function submitRequest(ctx: Ctx, id: string): Promise<Saved> {
  requireWorker(ctx, 'submit requests');
  return withTx(ctx, async (tx) => {
    const { row, mark } = await ownRequest(tx, ctx, id, 'submits');
    requireStatus(row, 'draft', 'request-not-draft');
    const fourEyes = await writes.fourEyesOf(tx, ctx.config.party);
    if (!needsApproval(row, fourEyes)) {
      await send(tx, ctx, row, { patch: {}, mark });
      return { id, reference: row.reference, created: false };
    }
    await writes.updateRequest(tx, id, { status: 'awaiting-approval', returnNote: null, version: row.version + 1, updatedAt: ctx.clock.now() });
    const entry = submitted(row, fourEyes, mark);
    await auditRequest(tx, ctx, entry.action, id, entry.change);
    return { id, reference: row.reference, created: false };
  });
}

/** The second person: a supervisor who neither drafted nor ever changed the request. */
function requireSecondPerson(ctx: Ctx, row: repo.Row): void {
  if (!mayApprove(ctx.actor, ctx.config.party, [row.createdBy, ...row.editors])) {
    throw new Forbidden('a supervisor who neither drafted nor edited the request approves or returns it: a second person must', 'four-eyes');
  }
}

export async function approveRequest(ctx: Ctx, id: string): Promise<Saved> {
  requireWorker(ctx, 'approve requests');
  return withTx(ctx, async (tx) => {
    const { row, mark } = await ownRequest(tx, ctx, id, 'approves');
    requireStatus(row, 'awaiting-approval', 'not-awaiting-approval');
    requireSecondPerson(ctx, row);
    const approvedByName = await actorName(tx, ctx);
    await send(tx, ctx, row, { patch: { approvedBy: actorId(ctx), approvedByName }, mark, before: [{ action: 'approved', change: { reference: row.reference, ...mark } }] });
    return { id, reference: row.reference, created: false };
  });
}

/** Back to its author as a draft, with the reason; it is edited and submitted again. */
export async function returnRequest(ctx: Ctx, id: string, note: string): Promise<Saved> {
  requireWorker(ctx, 'return requests');
  return withTx(ctx, async (tx) => {
    const { row, mark } = await ownRequest(tx, ctx, id, 'returns');
    requireStatus(row, 'awaiting-approval', 'not-awaiting-approval');
    requireSecondPerson(ctx, row);
    await writes.updateRequest(tx, id, { status: 'draft', returnNote: note, version: row.version + 1, updatedAt: ctx.clock.now() });
    await auditRequest(tx, ctx, 'returned', id, { reference: row.reference, note, ...mark });
    return { id, reference: row.reference, created: false };
  });
}

/**
 * A draft or a request awaiting approval is withdrawn here (nothing has left); a sent one is withdrawn through the
 * exchange, and the requested party purges its copy.
 */
export async function withdrawRequest(ctx: Ctx, id: string, note: string | null): Promise<Saved> {
  requireWorker(ctx, 'withdraw requests');
  return withTx(ctx, async (tx) => {
    const { row, mark } = await ownRequest(tx, ctx, id, 'withdraws');
    if (FINISHED.includes(row.status as RequestStatus)) throw new Conflict(`${row.reference} is ${row.status}: it is not withdrawn any more`, 'request-finished');
    const wasSent = row.status !== 'draft' && row.status !== 'awaiting-approval';
    const now = ctx.clock.now();
    const next = await writes.updateRequest(tx, id, { status: 'withdrawn', version: row.version + 1, updatedAt: now });
    await forgetMentions(tx, id, { children: true });
    // The audit lock before the outbox chain's, as in `announce`.
    await auditRequest(tx, ctx, 'withdrawn', id, { reference: row.reference, note, wasSent, ...mark });
    if (wasSent) {
      await publishRequest(tx, ctx, next, { note: note ?? undefined });
      await cancelRequestClock(tx, now, id);
    }
    return { id, reference: row.reference, created: false };
  });
}
