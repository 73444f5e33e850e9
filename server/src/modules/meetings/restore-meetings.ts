// Restoring this party's own meetings and its own parts of meetings from the envelopes a peer still holds, after this
// node came back from an older backup (the exchange's recovery calls each kind's `restore`; commitments, readouts and
// clearances: restore-records.ts). A record is rebuilt as it was sent, at the envelope's version, unless the version
// here is newer (kept); nothing is shared (the peer holds this version). The MTG counter is kept past the restored
// number. What the wire does not carry is kept from the backup's row (who created a meeting, as a user id); a part's
// texts' translations stay as the backup holds them. A withdrawal carries no content: it marks a meeting the backup
// holds withdrawn, with its readouts here (as withdrawMeeting), and is skipped when the backup holds none.
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { ReferenceForm } from '../../platform/references.js';
import { kept, readWire, skipped, type Envelope, type RestoreOutcome } from '../exchange/index.js';
import { keepSerialPast, MEETING_REFERENCE, type Series } from './kit.js';
import { meetingParts, meetings, readoutReleases, readouts } from './tables.js';
import { MeetingWire, PartWire } from './wire-meetings.js';

export type Withdrawal = Extract<Envelope['body'], { op: 'withdraw' }>;
type MeetingRow = typeof meetings.$inferSelect;
type PartRow = typeof meetingParts.$inferSelect;

export { kept, readWire, skipped };
export const noBackupRow = (what: string, id: string): RestoreOutcome => skipped(`no ${what} ${id} of this party on this node (a withdrawal carries no content to rebuild it from)`);

/** The counter went back with the backup: kept past the restored number when it is this party's. */
export async function keepPast(tx: Db, ctx: Ctx, series: Series, form: ReferenceForm, reference: string): Promise<void> {
  const parts = form.parse(reference);
  if (parts?.party === ctx.config.party) await keepSerialPast(tx, series, parts.party, parts.year, parts.serial);
}

/** A record of this party made since the backup that took the restored number back: only an operator can settle it. */
export const numberTaken = (what: string, reference: string, holder: string): RestoreOutcome =>
  skipped(`${reference} is also the reference of ${what} ${holder}, made since the backup: an operator must settle which keeps it`, reference);

export async function restoreMeeting(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`a meeting from ${env.from} is not this party's own record`);
  const [local] = await tx.select().from(meetings).where(eq(meetings.id, env.recordId)).for('update');
  if (local && local.originParty !== self) return skipped(`the meeting ${env.recordId} on this node is ${local.originParty}'s`, local.reference);
  if (env.body.op === 'withdraw') return restoreMeetingWithdrawal(tx, env, env.body, local);
  const w = readWire(MeetingWire, env.body.data);
  if (typeof w === 'string') return skipped(`the meeting does not read: ${w}`);
  await keepPast(tx, ctx, 'MTG', MEETING_REFERENCE, w.reference);
  if (local && local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  const [holder] = await tx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.reference, w.reference), ne(meetings.id, env.recordId)));
  if (holder) return numberTaken('meeting', w.reference, holder.id);
  const row = { ...w, id: env.recordId, originParty: self, version: env.recordVersion, parties: [...new Set([self, ...w.parties])].sort(), createdBy: local?.createdBy ?? null };
  await tx.insert(meetings).values(row).onConflictDoUpdate({ target: meetings.id, set: row });
  return { status: 'restored', reference: w.reference };
}

/**
 * A withdrawal carries no content: it marks the meeting the backup holds withdrawn and, as withdrawMeeting does, its
 * readouts here with it, off the public page (this party's commitments of it come back by their own withdrawals).
 * Narrowed from a party, the meeting no longer names it.
 */
async function restoreMeetingWithdrawal(tx: Db, env: Envelope, body: Withdrawal, local: MeetingRow | undefined): Promise<RestoreOutcome> {
  if (!local) return noBackupRow('meeting', env.recordId);
  if (local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  if (body.reason === 'narrowed') {
    await tx.update(meetings).set({ parties: local.parties.filter((p) => p !== env.to), version: env.recordVersion }).where(eq(meetings.id, local.id));
    return { status: 'restored', reference: local.reference, detail: `no longer shared with ${env.to}` };
  }
  const at = new Date(env.sentAt);
  await tx.update(meetings).set({ status: 'withdrawn', version: env.recordVersion, updatedAt: at }).where(eq(meetings.id, local.id));
  const gone = await tx.update(readouts).set({ status: 'withdrawn', updatedAt: at }).where(and(eq(readouts.meetingId, local.id), ne(readouts.status, 'withdrawn'))).returning({ id: readouts.id });
  if (gone.length > 0) await tx.delete(readoutReleases).where(inArray(readoutReleases.readoutId, gone.map((r) => r.id)));
  return { status: 'restored', reference: local.reference, detail: gone.length > 0 ? `withdrawn, with ${gone.length} readouts of it` : 'withdrawn' };
}

/** Why this party's part cannot be filed under its meeting here (yet), or null. */
async function partMisfit(tx: Db, self: string, env: Envelope, w: PartWire, local: PartRow | undefined): Promise<string | null> {
  if (w.party !== self) return `a part of ${w.party} is not this party's own record`;
  if (local && local.meetingId !== w.meetingId) return `the part ${env.recordId} on this node is of another meeting`;
  const [m] = await tx.select({ parties: meetings.parties }).from(meetings).where(eq(meetings.id, w.meetingId));
  if (!m) return `${w.meetingReference} is not on this node: the part is restored once the meeting is (restored first, or from ${env.to} by catch-up)`;
  if (!m.parties.includes(self)) return `${w.meetingReference} does not name ${self}`;
  const [other] = await tx.select({ id: meetingParts.id }).from(meetingParts).where(and(eq(meetingParts.meetingId, w.meetingId), eq(meetingParts.party, self), ne(meetingParts.id, env.recordId)));
  return other ? `${self}'s part ${other.id} of ${w.meetingReference}, made since the backup, holds its place: an operator must settle which keeps it` : null;
}

export async function restorePart(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`a meeting part from ${env.from} is not this party's own record`);
  const [local] = await tx.select().from(meetingParts).where(eq(meetingParts.id, env.recordId)).for('update');
  if (local && local.party !== self) return skipped(`the part ${env.recordId} on this node is ${local.party}'s`);
  if (env.body.op === 'withdraw') return restorePartWithdrawal(tx, env, env.body, local);
  const w = readWire(PartWire, env.body.data);
  if (typeof w === 'string') return skipped(`the part does not read: ${w}`);
  if (local && local.version > env.recordVersion) return kept(w.meetingReference, local.version, env.recordVersion);
  const misfit = await partMisfit(tx, self, env, w, local);
  if (misfit) return skipped(misfit, w.meetingReference);
  const row = {
    id: env.recordId, meetingId: w.meetingId, party: self, version: env.recordVersion, language: w.language, attendance: w.attendance, notes: w.notes, decisions: w.decisions,
    updatedByName: w.updatedByName, updatedAt: w.updatedAt,
  };
  await tx.insert(meetingParts).values(row).onConflictDoUpdate({ target: meetingParts.id, set: row });
  // Its notes' and decisions' translations are fields of the meeting's texts: left as the backup holds them.
  return { status: 'restored', reference: w.meetingReference, detail: 'translations of its texts as the backup holds them' };
}

/**
 * A part is never withdrawn by its party (it goes with its meeting); narrowed, the meeting no longer names that party.
 * It carries no content: the backup's part keeps its own, at the version the peer knew.
 */
async function restorePartWithdrawal(tx: Db, env: Envelope, body: Withdrawal, local: PartRow | undefined): Promise<RestoreOutcome> {
  if (!local) return noBackupRow('meeting part', env.recordId);
  if (local.version > env.recordVersion) return kept(undefined, local.version, env.recordVersion);
  if (body.reason !== 'narrowed') return skipped('a meeting part is withdrawn only with its meeting: nothing to mark');
  await tx.update(meetingParts).set({ version: env.recordVersion }).where(eq(meetingParts.id, local.id));
  return { status: 'restored', detail: `no longer shared with ${env.to}` };
}
