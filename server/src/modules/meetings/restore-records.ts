// Restoring this party's own commitments, joint readout texts and readout clearances from the envelopes a peer still
// holds, after this node came back from an older backup (meetings and parts: restore-meetings.ts, which states the
// rules they share). A commitment comes back as sent, its owning agency found again by acronym and its clock set
// again (a due date already passed is shown overdue, its reminder and escalation not sent again). A readout text
// comes back at its version with that version in its history; the wire does not say whether it was released, and no
// public snapshot is made up here: `readout_releases` stays as the backup holds it (released again by a person), so
// the text is released only when the backup's snapshot is of this very version, else cleared when this party's
// clearance of it is here, else a draft. A clearance comes back when its readout is here, clearing a draft of it.
import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { cancelClock } from '../../platform/jobs/index.js';
import { agencyTable } from '../directory/index.js';
import type { Envelope, RestoreOutcome } from '../exchange/index.js';
import { timeZoneOf } from '../calendars/index.js';
import { COMMITMENT_ESCALATION_QUEUE, COMMITMENT_REMINDER_QUEUE, overdueFrom, setCommitmentClock } from './commitment-clock.js';
import { COMMITMENT_REFERENCE, READOUT_REFERENCE } from './kit.js';
import { insertVersion } from './readouts.js';
import { keepPast, kept, noBackupRow, numberTaken, readWire, skipped, type Withdrawal } from './restore-meetings.js';
import { UNSETTLED } from './schemas-commitments.js';
import { commitments, meetings, readoutClearances, readoutReleases, readouts, readoutVersions } from './tables.js';
import { CommitmentWire, type CommitmentRow } from './wire-commitments.js';
import { ClearanceWire, ReadoutWire } from './wire-readouts.js';

type ReadoutRow = typeof readouts.$inferSelect;

/** This party's agency named on the wire, by its acronym (unique within a party): its officers report progress again. */
async function ownAgencyId(tx: Db, ctx: Ctx, acronym: string): Promise<string | null> {
  const [agency] = await tx.select({ id: agencyTable.id }).from(agencyTable).where(and(eq(agencyTable.partyCode, ctx.config.party), eq(agencyTable.acronym, acronym)));
  return agency?.id ?? null;
}

const meetingHere = async (tx: Db, id: string): Promise<boolean> => (await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id))).length > 0;

/** The commitment's clock as its restored state leaves it; a deadline passed is overdue, nothing sent again. */
async function clockAfterRestore(tx: Db, ctx: Ctx, c: Pick<CommitmentRow, 'id' | 'dueOn' | 'status'>): Promise<string | null> {
  const now = ctx.clock.now();
  const timeZone = await timeZoneOf(tx, ctx.config.party);
  if (UNSETTLED.includes(c.status) && overdueFrom(c.dueOn, timeZone).getTime() <= now.getTime()) {
    await cancelClock(tx, now, { reminder: COMMITMENT_REMINDER_QUEUE, escalation: COMMITMENT_ESCALATION_QUEUE }, c.id);
    return 'overdue: no reminder or escalation sent again';
  }
  await setCommitmentClock(tx, now, c, timeZone);
  return null;
}

export async function restoreCommitment(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`a commitment from ${env.from} is not this party's own record`);
  const [local] = await tx.select().from(commitments).where(eq(commitments.id, env.recordId)).for('update');
  if (local && local.originParty !== self) return skipped(`the commitment ${env.recordId} on this node is ${local.originParty}'s`, local.reference);
  if (env.body.op === 'withdraw') return restoreCommitmentWithdrawal(tx, ctx, env, env.body, local);
  const w = readWire(CommitmentWire, env.body.data);
  if (typeof w === 'string') return skipped(`the commitment does not read: ${w}`);
  await keepPast(tx, ctx, 'CMT', COMMITMENT_REFERENCE, w.reference);
  if (local && local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  const [holder] = await tx.select({ id: commitments.id }).from(commitments).where(and(eq(commitments.reference, w.reference), ne(commitments.id, env.recordId)));
  if (holder) return numberTaken('commitment', w.reference, holder.id);
  if (!(await meetingHere(tx, w.meetingId))) return skipped(`its meeting ${w.meetingReference ?? w.meetingId} is not on this node: the commitment is restored once the meeting is`, w.reference);
  const row = {
    id: env.recordId, reference: w.reference, originParty: self, version: env.recordVersion, meetingId: w.meetingId, meetingReference: w.meetingReference, topic: w.topic, text: w.text,
    language: w.language, agencyId: (await ownAgencyId(tx, ctx, w.agency.acronym)) ?? local?.agencyId ?? null, agency: w.agency, dueOn: w.dueOn, status: w.status, settledOn: w.settledOn,
    evidence: w.evidence, updates: w.updates, handling: w.handling, demo: w.demo, createdBy: local?.createdBy ?? null, createdByName: w.createdByName, createdAt: w.createdAt, updatedAt: w.updatedAt,
  };
  await tx.insert(commitments).values(row).onConflictDoUpdate({ target: commitments.id, set: row });
  const note = await clockAfterRestore(tx, ctx, row);
  return { status: 'restored', reference: w.reference, ...(note ? { detail: note } : {}) };
}

/** A withdrawal carries no content: it marks the commitment the backup holds withdrawn, its clock stopped. */
async function restoreCommitmentWithdrawal(tx: Db, ctx: Ctx, env: Envelope, body: Withdrawal, local: CommitmentRow | undefined): Promise<RestoreOutcome> {
  if (!local) return noBackupRow('commitment', env.recordId);
  if (local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  if (body.reason === 'narrowed') {
    await tx.update(commitments).set({ version: env.recordVersion }).where(eq(commitments.id, local.id));
    return { status: 'restored', reference: local.reference, detail: `no longer shared with ${env.to}` };
  }
  const [row] = await tx.update(commitments).set({ status: 'withdrawn', version: env.recordVersion, updatedAt: new Date(env.sentAt) }).where(eq(commitments.id, local.id)).returning();
  if (row) await clockAfterRestore(tx, ctx, row);
  return { status: 'restored', reference: local.reference, detail: 'withdrawn' };
}

/** Why this party's joint text cannot be filed here (yet), or null. */
async function readoutMisfit(tx: Db, self: string, env: Envelope, w: ReadoutWire, local: ReadoutRow | undefined): Promise<string | null> {
  if (local && (local.meetingId !== w.meetingId || local.jointId !== w.jointId)) return `the readout ${env.recordId} on this node is of another meeting or joint readout`;
  const [holder] = await tx.select({ id: readouts.id }).from(readouts).where(and(eq(readouts.reference, w.reference), ne(readouts.id, env.recordId)));
  if (holder) return numberTaken('readout', w.reference, holder.id).detail ?? null;
  if (!(await meetingHere(tx, w.meetingId))) return `its meeting ${w.meetingId} is not on this node: the readout is restored once the meeting is`;
  const [twin] = await tx
    .select({ reference: readouts.reference })
    .from(readouts)
    .where(and(eq(readouts.jointId, w.jointId), eq(readouts.originParty, self), ne(readouts.status, 'withdrawn'), ne(readouts.id, env.recordId)));
  return twin ? `${self}'s text ${twin.reference} of joint readout ${w.jointId}, drafted since the backup, holds its place: an operator must settle which keeps it` : null;
}

/** The restored version's status, from what is here: the backup's public snapshot and this party's clearances. */
async function statusHere(tx: Db, self: string, id: string, version: number): Promise<{ status: string; detail: string }> {
  const [release] = await tx.select({ version: readoutReleases.version }).from(readoutReleases).where(eq(readoutReleases.readoutId, id));
  const [clearance] = await tx.select({ id: readoutClearances.id }).from(readoutClearances).where(and(eq(readoutClearances.readoutId, id), eq(readoutClearances.version, version), eq(readoutClearances.party, self)));
  const status = clearance ? (release?.version === version ? 'released' : 'cleared') : 'draft';
  const detail = release ? `its public release (version ${release.version}) is as the backup holds it` : 'no public release is made up: the backup holds none (release it again if it was released since)';
  return { status, detail };
}

export async function restoreReadout(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`a readout from ${env.from} is not this party's own record`);
  const [local] = await tx.select().from(readouts).where(eq(readouts.id, env.recordId)).for('update');
  if (local && local.originParty !== self) return skipped(`the readout ${env.recordId} on this node is ${local.originParty}'s`, local.reference);
  if (env.body.op === 'withdraw') return restoreReadoutWithdrawal(tx, env, env.body, local);
  const w = readWire(ReadoutWire, env.body.data);
  if (typeof w === 'string') return skipped(`the readout does not read: ${w}`);
  await keepPast(tx, ctx, 'RO', READOUT_REFERENCE, w.reference);
  if (local && local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  const misfit = await readoutMisfit(tx, self, env, w, local);
  if (misfit) return skipped(misfit, w.reference);
  const { status, detail } = await statusHere(tx, self, env.recordId, env.recordVersion);
  const fields = {
    reference: w.reference, originParty: self, version: env.recordVersion, meetingId: w.meetingId, kind: 'joint', jointId: w.jointId, language: w.language, title: w.title, body: w.body,
    translation: w.translation, links: w.links, status, createdBy: local?.createdBy ?? null, createdByName: w.createdByName, editors: local?.editors ?? [], createdAt: w.createdAt, updatedAt: w.updatedAt,
  };
  const [row] = await tx.insert(readouts).values({ id: env.recordId, ...fields }).onConflictDoUpdate({ target: readouts.id, set: fields }).returning();
  if (!row) throw new Error('the readout was not stored');
  // This version in its history as sent (a version of the backup's other timeline gives way).
  await tx.delete(readoutVersions).where(and(eq(readoutVersions.readoutId, row.id), eq(readoutVersions.version, row.version)));
  await insertVersion(tx, row, w.versionByName);
  return { status: 'restored', reference: w.reference, detail };
}

/** A withdrawal carries no content: as withdrawReadout, the text the backup holds is withdrawn and off the public page. */
async function restoreReadoutWithdrawal(tx: Db, env: Envelope, body: Withdrawal, local: ReadoutRow | undefined): Promise<RestoreOutcome> {
  if (!local) return noBackupRow('readout', env.recordId);
  if (local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  if (body.reason === 'narrowed') {
    await tx.update(readouts).set({ version: env.recordVersion }).where(eq(readouts.id, local.id));
    return { status: 'restored', reference: local.reference, detail: `no longer shared with ${env.to}` };
  }
  const [row] = await tx.update(readouts).set({ status: 'withdrawn', version: env.recordVersion, updatedAt: new Date(env.sentAt) }).where(eq(readouts.id, local.id)).returning();
  const unreleased = await tx.delete(readoutReleases).where(eq(readoutReleases.readoutId, local.id)).returning({ slug: readoutReleases.slug });
  if (row) await insertVersion(tx, row, body.withdrawnBy);
  return { status: 'restored', reference: local.reference, detail: unreleased.length > 0 ? 'withdrawn, and off the public page' : 'withdrawn' };
}

export async function restoreClearance(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`a clearance from ${env.from} is not this party's own record`);
  if (env.body.op !== 'upsert') return skipped('a clearance is never withdrawn: nothing to mark');
  const w = readWire(ClearanceWire, env.body.data);
  if (typeof w === 'string') return skipped(`the clearance does not read: ${w}`);
  if (w.party !== self) return skipped(`a clearance of ${w.party} is not this party's own record`, w.readoutReference);
  const [text] = await tx.select().from(readouts).where(eq(readouts.id, w.readoutId)).for('update');
  if (!text || text.originParty !== self) return skipped(`its readout ${w.readoutReference} is not on this node: the clearance is restored once the readout is`, w.readoutReference);
  if (w.version > text.version) return skipped(`${text.reference} version ${w.version} is not on this node`, text.reference);
  const [local] = await tx.select().from(readoutClearances).where(eq(readoutClearances.id, env.recordId));
  if (local && (local.party !== self || local.readoutId !== text.id)) return skipped(`the clearance ${env.recordId} on this node is not this party's of ${text.reference}`, text.reference);
  const [since] = await tx
    .select({ id: readoutClearances.id })
    .from(readoutClearances)
    .where(and(eq(readoutClearances.readoutId, text.id), eq(readoutClearances.version, w.version), eq(readoutClearances.party, self), ne(readoutClearances.id, env.recordId)));
  if (since) return skipped(`${text.reference} version ${w.version} was cleared again since the backup (clearance ${since.id})`, text.reference);
  // The wire names the clearing supervisor by role and agency; the backup's row, when there is one, by name and id.
  const row = { readoutId: text.id, version: w.version, party: self, clearedBy: local?.clearedBy ?? null, clearedByName: local?.clearedByName ?? w.clearedBy, at: w.at };
  await tx.insert(readoutClearances).values({ id: env.recordId, ...row }).onConflictDoUpdate({ target: readoutClearances.id, set: row });
  if (w.version === text.version && text.status === 'draft') await tx.update(readouts).set({ status: 'cleared' }).where(eq(readouts.id, text.id));
  return { status: 'restored', reference: text.reference, detail: `version ${w.version} cleared` };
}
