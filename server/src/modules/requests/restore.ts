// Restoring this party's own cases and requests from the envelopes a peer still holds, after this node came back from
// an older backup (the exchange's recovery calls each kind's `restore`; steps and documents: restore-steps.ts). The
// record is rebuilt as it was sent, at the envelope's version; nothing is shared (the peer holds this version), and
// the reference counter is kept past the restored number, so the next case or request does not take a number the peer
// already holds. What the wire does not carry is rebuilt where it can be — the agency's id by its acronym, the
// entities in the correlation index, a request's state from the steps held here (state.advance) — and kept from the
// backup where it cannot (who drafted it and who edited it, as user ids; the period the receiver counted). On the
// receiver the clock's jobs follow the state; a restart lost with the backup is made after the recovery, in a job.
import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { agencyTable } from '../directory/index.js';
import { forgetMentions, indexMentions } from '../entities/index.js';
import { kept, readWire, skipped, type Envelope, type RestoreOutcome } from '../exchange/index.js';
import { daysLeftAt } from './clock-days.js';
import { auditRequest, cancelRequestClock, scheduleClockRestart, scheduleRequestClock } from './kit.js';
import * as repo from './repo.js';
import type { StepKind } from './schemas.js';
import { keyedFromWire, periodOf } from './step-effects.js';
import * as steps from './step-repo.js';
import { advance, awaitsRestart, clockRuns, type RequestState } from './state.js';
import { cases, requestDocuments, requests } from './tables.js';
import { CASE_RECORD, CaseWire, REQUEST_RECORD, RequestWire } from './wire.js';

type Withdrawal = Extract<Envelope['body'], { op: 'withdraw' }>;

export { readWire, skipped };
const withDetail = (notes: readonly string[]) => (notes.length > 0 ? { detail: notes.join('; ') } : {});

/** This party's agency named on the wire, by its acronym (unique within a party): its officers act on the record again. */
async function ownAgencyId(tx: Db, ctx: Ctx, acronym: string): Promise<string | null> {
  const [agency] = await tx.select({ id: agencyTable.id }).from(agencyTable).where(and(eq(agencyTable.partyCode, ctx.config.party), eq(agencyTable.acronym, acronym)));
  return agency?.id ?? null;
}

/** The counter went back with the backup: kept past the restored number, so the next case or request does not take it. */
async function keepPast(tx: Db, kind: 'CASE' | 'REQ', reference: string, self: string): Promise<void> {
  const parts = (kind === 'CASE' ? repo.CASE_REFERENCE : repo.REQUEST_REFERENCE).parse(reference);
  if (parts?.party === self) await repo.keepSerialPast(tx, kind, parts.party, parts.year, parts.serial);
}

export async function restoreCase(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`a case from ${env.from} is not this party's own record`);
  const local = await repo.getCaseForUpdate(tx, env.recordId);
  if (local && local.originParty !== self) return skipped(`the case ${env.recordId} on this node is ${local.originParty}'s`, local.reference);
  if (env.body.op === 'withdraw') return restoreCaseWithdrawal(tx, env, env.body, local);
  const w = readWire(CaseWire, env.body.data);
  if (typeof w === 'string') return skipped(`the case does not read: ${w}`);
  await keepPast(tx, 'CASE', w.reference, self);
  if (local && local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  // A case opened since the restore took the number back: both have left this node, so only an operator can settle it.
  const [holder] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.reference, w.reference));
  if (holder && holder.id !== env.recordId) return skipped(`${w.reference} is also the reference of case ${holder.id}, opened since the backup: an operator must settle which keeps it`, w.reference);
  const row = {
    id: env.recordId, reference: w.reference, originParty: self, version: env.recordVersion, agencyId: (await ownAgencyId(tx, ctx, w.agency.acronym)) ?? local?.agencyId ?? null, agency: w.agency,
    title: w.title, summary: w.summary, language: w.language, topic: w.topic, parties: w.parties, handling: w.handling, useRestrictions: w.useRestrictions, links: w.links, entities: w.entities,
    status: w.status, createdBy: local?.createdBy ?? null, createdByName: w.createdByName, idempotencyKey: local?.idempotencyKey ?? null, createdAt: w.createdAt, updatedAt: w.updatedAt,
  };
  await tx.insert(cases).values(row).onConflictDoUpdate({ target: cases.id, set: row });
  const at = { recordKind: CASE_RECORD, recordId: env.recordId, reference: w.reference, originParty: self, handling: w.handling, recordDate: w.createdAt.toISOString().slice(0, 10) };
  await indexMentions(tx, at, keyedFromWire(w.entities));
  return { status: 'restored', reference: w.reference };
}

/** A withdrawal carries no content: it marks a case the backup holds withdrawn (linking nothing), or no longer shared with that peer. */
async function restoreCaseWithdrawal(tx: Db, env: Envelope, body: Withdrawal, local: repo.CaseRow | undefined): Promise<RestoreOutcome> {
  if (!local) return skipped(`no case ${env.recordId} of this party on this node (a withdrawal carries no content to rebuild it from)`);
  if (local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  if (body.reason === 'narrowed') {
    await tx.update(cases).set({ parties: local.parties.filter((p) => p !== env.to), version: env.recordVersion }).where(eq(cases.id, local.id));
    return { status: 'restored', reference: local.reference, detail: `no longer shared with ${env.to}` };
  }
  await tx.update(cases).set({ status: 'withdrawn', version: env.recordVersion, updatedAt: new Date(env.sentAt) }).where(eq(cases.id, local.id));
  await forgetMentions(tx, local.id);
  return { status: 'restored', reference: local.reference, detail: 'withdrawn' };
}

export async function restoreRequest(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`a request from ${env.from} is not this party's own record`);
  const local = await repo.getForUpdate(tx, env.recordId);
  if (local && local.originParty !== self) return skipped(`the request ${env.recordId} on this node is ${local.originParty}'s`, local.reference);
  if (env.body.op === 'withdraw') return restoreRequestWithdrawal(tx, env, env.body, local);
  const w = readWire(RequestWire, env.body.data);
  if (typeof w === 'string') return skipped(`the request does not read: ${w}`);
  await keepPast(tx, 'REQ', w.reference, self);
  if (local && local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  const freed = await freeReference(tx, ctx, env.recordId, w.reference);
  if ('clash' in freed) return skipped(freed.clash, w.reference);
  if ('busy' in freed) return skipped(freed.busy, w.reference);
  const row = await saveRequest(tx, ctx, env, w, local);
  const { notes } = await settleRequest(tx, ctx, row);
  const at = { recordKind: REQUEST_RECORD, recordId: env.recordId, reference: w.reference, originParty: self, handling: w.handling, recordDate: w.sentAt.toISOString().slice(0, 10) };
  await indexMentions(tx, at, keyedFromWire(w.entities));
  return { status: 'restored', reference: w.reference, ...withDetail([...(freed.renumbered ? [freed.renumbered] : []), ...notes]) };
}

/** The request as sent, over the backup's row; its state is the steps' (settleRequest). */
async function saveRequest(tx: Db, ctx: Ctx, env: Envelope, w: RequestWire, local: repo.Row | undefined): Promise<repo.Row> {
  const fields = {
    reference: w.reference, originParty: ctx.config.party, toParty: w.toParty, version: env.recordVersion, caseId: w.caseId, caseReference: w.caseReference,
    agencyId: (await ownAgencyId(tx, ctx, w.agency.acronym)) ?? local?.agencyId ?? null, agency: w.agency, toContact: w.toContact, type: w.type, legalBasis: w.legalBasis,
    legalBasisOther: w.legalBasisOther, priority: w.priority, items: w.items, subject: w.subject, details: w.details, language: w.language, entities: w.entities, links: w.links,
    handling: w.handling, useRestrictions: w.useRestrictions, reliability: w.source?.reliability ?? null, credibility: w.source?.credibility ?? null, status: 'sent',
    createdByName: w.createdByName, approvedByName: w.approvedByName, returnNote: null, sentAt: w.sentAt, createdAt: w.createdAt, updatedAt: ctx.clock.now(),
  };
  // The backup held it as a draft: the documents filed with it then are the draft's. Those it left with come back
  // each as its own record (restore-steps.ts), so one removed from the draft before it was sent does not reappear.
  if (local && local.sentAt === null) await tx.delete(requestDocuments).where(and(eq(requestDocuments.requestId, local.id), isNull(requestDocuments.stepId)));
  const [row] = local
    ? await tx.update(requests).set(fields).where(eq(requests.id, local.id)).returning()
    : await tx.insert(requests).values({ ...fields, id: env.recordId, createdBy: null, editors: [], approvedBy: null, idempotencyKey: null }).returning();
  if (!row) throw new Error('the request was not stored');
  return row;
}

type Freed = { clash: string } | { busy: string } | { renumbered?: string };

/**
 * The counter went back with the backup, so a request drafted since may hold the restored reference. One that never
 * left (a draft, one awaiting approval) takes the next number; one that was sent is known by it elsewhere too, so
 * only an operator can settle which of the two keeps it. The holder is locked without waiting: the recovery holds
 * the outbox head, and a submit of that draft locks the draft and then the head — waiting would deadlock. A draft
 * busy so is left alone, and the request tried again after the next pull.
 */
async function freeReference(tx: Db, ctx: Ctx, id: string, reference: string): Promise<Freed> {
  const [found] = await tx.select({ id: requests.id }).from(requests).where(eq(requests.reference, reference));
  if (!found || found.id === id) return {};
  const [holder] = await tx.select().from(requests).where(eq(requests.id, found.id)).for('update', { skipLocked: true });
  if (!holder) return { busy: `${reference} is also the reference of request ${found.id}, being changed meanwhile: tried again after the next pull` };
  if (holder.reference !== reference) return {};
  const parts = repo.REQUEST_REFERENCE.parse(reference);
  if (holder.sentAt !== null || holder.originParty !== ctx.config.party || !parts) return { clash: `${reference} is also the reference of request ${holder.id} (${holder.status}), made since the backup: an operator must settle which keeps it` };
  const next = repo.REQUEST_REFERENCE.format(parts.party, parts.year, await repo.nextSerial(tx, 'REQ', parts.party, parts.year));
  await tx.update(requests).set({ reference: next, updatedAt: ctx.clock.now() }).where(and(eq(requests.id, holder.id), isNull(requests.sentAt)));
  await auditRequest(tx, ctx, 'updated', holder.id, { reference: next, renumbered: { from: reference, to: next, why: 'the number was restored from a peer for a request sent before the backup was restored' } });
  return { renumbered: `the draft ${holder.id}, numbered ${reference} since the backup, is now ${next}` };
}

/**
 * A withdrawal carries no content: it marks a request the backup holds withdrawn, its links (and its steps') gone. A
 * request is sent to the party asked only, so narrowed from that party is withdrawn from it too.
 */
async function restoreRequestWithdrawal(tx: Db, env: Envelope, body: Withdrawal, local: repo.Row | undefined): Promise<RestoreOutcome> {
  if (!local) return skipped(`no request ${env.recordId} of this party on this node (a withdrawal carries no content to rebuild it from)`);
  if (local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  if (body.reason === 'narrowed' && env.to !== local.toParty) return skipped(`${local.reference} is sent to ${local.toParty} only, not ${env.to}`, local.reference);
  await tx.update(requests).set({ status: 'withdrawn', version: env.recordVersion, updatedAt: new Date(env.sentAt) }).where(eq(requests.id, local.id));
  await forgetMentions(tx, local.id, { children: true });
  return { status: 'restored', reference: local.reference, detail: `withdrawn (${body.reason})` };
}

const SENT: RequestState = { status: 'sent', receivedAt: null, dueAt: null, pausedAt: null, remainingMs: null, remainingDays: null, expectedAt: null, delayCount: 0, firstAnswerAt: null, answeredAt: null, closedAt: null };

/**
 * An acknowledgment or a restart of this node's (automatic) that changes nothing: one made again since the backup —
 * the request came back with catch-up and was acknowledged anew before its first acknowledgment was restored. The
 * other party refuses such a step (receive-steps.ts), so it gives way to the one the other party holds.
 */
const redundant = (s: RequestState, kind: string): boolean => (kind === 'acknowledged' && s.receivedAt !== null) || (kind === 'clock-restarted' && s.pausedAt === null);

/** As step-effects.applyStep: the receiver keeps what is left of a period of days as whole days of its calendar. */
const daysLeft = (tx: Db, ctx: Ctx, r: repo.Row, state: RequestState, s: repo.StepRow): Promise<number | null> | null =>
  s.kind === 'clarification-requested' && r.toParty === ctx.config.party ? daysLeftAt(tx, { toParty: r.toParty, periodUnit: r.periodUnit, dueAt: state.dueAt }, s.at) : null;

/**
 * The request's state from the steps held here, applied in order from its sending (state.advance, as on receipt):
 * steps restored and steps caught up arrive in no useful order, so the state is derived again from all of them. On
 * the node that counts the clock, its jobs follow. `keep`: a step being restored, never given way.
 */
export async function settleRequest(tx: Db, ctx: Ctx, r: repo.Row, keep?: string): Promise<{ row: repo.Row; notes: string[] }> {
  const self = ctx.config.party;
  let state = SENT;
  const dropped: repo.StepRow[] = [];
  for (const s of await repo.stepsOf(tx, r.id)) {
    if (s.state !== 'sent' && s.state !== 'received') continue;
    if (s.party === self && s.id !== keep && redundant(state, s.kind)) dropped.push(s);
    else state = advance(state, { kind: s.kind as StepKind, at: s.at, dueAt: s.dueAt, expectedAt: s.expectedAt, daysLeft: await daysLeft(tx, ctx, r, state, s) });
  }
  if (r.status === 'withdrawn') state = { ...state, status: 'withdrawn' };
  for (const s of dropped) {
    await steps.deleteStep(tx, s.id);
    await forgetMentions(tx, s.id);
  }
  const now = ctx.clock.now();
  await repo.saveState(tx, r.id, state, now);
  const row = { ...r, ...state, updatedAt: now };
  const notes = dropped.map((s) => `its ${s.kind} of ${s.at.toISOString()}, made again since the backup, gave way to the one restored`);
  if (r.toParty === self) notes.push(await clockAfterRestore(tx, now, row, state));
  return { row, notes };
}

/**
 * The reply clock's jobs as the state leaves them; a deadline already passed shows overdue, its jobs not sent again.
 * A clock still stopped though the clarification was given lost its restart with the backup (it is filed with the
 * clarification, and the other party may never have had it): it restarts in a job after the recovery, which shares
 * nothing itself (exchange KindHandler.restore), and the other party is told then.
 */
async function clockAfterRestore(tx: Db, now: Date, r: repo.Row, s: RequestState): Promise<string> {
  if (awaitsRestart(s) && s.pausedAt) {
    await cancelRequestClock(tx, now, r.id);
    await scheduleClockRestart(tx, now, r.id, s.pausedAt);
    return 'the clarification was given but the restart of the reply clock was lost: it restarts once the recovery is done';
  }
  if (clockRuns(s) && s.dueAt && s.dueAt.getTime() > now.getTime()) {
    await scheduleRequestClock(tx, now, r.id, s.dueAt, periodOf(r));
    return 'reply clock scheduled';
  }
  await cancelRequestClock(tx, now, r.id);
  return clockRuns(s) ? 'deadline passed: overdue, no reminder or escalation sent again' : 'reply clock stopped';
}
