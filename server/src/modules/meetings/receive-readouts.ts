// Joint readout texts and clearances arriving from the other parties of a meeting held here. A text is taken only as
// the sender's own joint text (own readouts never travel), in the sender's RO series, about a meeting held here that
// names both the sender and this party, and only as the sender's one live text under its joint id (a second would
// let a release pass on the first one's clearance); each version is kept in its history and the text is a draft again
// until its party's clearance of that version arrives. A clearance is taken only as the sender's, of a text of the
// sender's held here, of a version received. A withdrawn text is purged with its clearances, and this party's release
// of the joint readout that carried it comes off the public page (the readout stays cleared; it is released again when
// a text returns); the purge locks this party's texts of the joint readout before the withdrawn one, the order the
// release locks them in, so a release under way either sees the text gone or is unreleased by the purge. Received
// texts are never changed here and never sent on.
import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { ApplyOutcome, Envelope, KindHandler, UpsertEnvelope } from '../exchange/index.js';
import { insertVersion } from './readouts.js';
import { restoreClearance, restoreReadout } from './restore-records.js';
import { meetings, readoutClearances, readoutReleases, readouts } from './tables.js';
import { ClearanceWire, ReadoutWire } from './wire-readouts.js';

const rejected = (detail: string): ApplyOutcome => ({ status: 'rejected', detail });
const problems = (error: { issues: { path: PropertyKey[]; message: string }[] }): string => error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);

type ReadoutRow = typeof readouts.$inferSelect;

/** Why this text cannot be taken from the sender, or null. */
async function textRefusal(tx: Db, ctx: Ctx, env: UpsertEnvelope, d: ReadoutWire, existing: ReadoutRow | undefined): Promise<string | null> {
  if (!new RegExp(`^${env.from}-RO-\\d{4}-\\d{6,}$`).test(d.reference)) return `a readout of ${env.from} reads ${env.from}-RO-YYYY-NNNNNN`;
  if (existing && existing.originParty !== env.from) return 'a readout with this id belongs to another party';
  if (existing && (existing.reference !== d.reference || existing.meetingId !== d.meetingId || existing.jointId !== d.jointId)) return `${existing.reference} cannot change its reference, meeting or joint id`;
  const [meeting] = await tx.select({ parties: meetings.parties, status: meetings.status }).from(meetings).where(eq(meetings.id, d.meetingId));
  if (!meeting || meeting.status === 'withdrawn') return `no meeting ${d.meetingId} is held on this node`;
  if (!meeting.parties.includes(env.from) || !meeting.parties.includes(ctx.config.party)) return `the meeting does not name both ${env.from} and ${ctx.config.party}`;
  const [twin] = await tx
    .select({ reference: readouts.reference })
    .from(readouts)
    .where(and(eq(readouts.jointId, d.jointId), eq(readouts.originParty, env.from), ne(readouts.status, 'withdrawn'), ne(readouts.id, env.recordId)));
  if (twin) return `${env.from} already has its text ${twin.reference} of joint readout ${d.jointId} here: one text per party`;
  return null;
}

async function applyReadout(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = ReadoutWire.safeParse(env.body.data);
  if (!parsed.success) return rejected(problems(parsed.error));
  const d = parsed.data;
  const [existing] = await tx.select().from(readouts).where(eq(readouts.id, env.recordId)).for('update');
  const refusal = await textRefusal(tx, ctx, env, d, existing);
  if (refusal) return rejected(refusal);
  const fields = {
    reference: d.reference, originParty: env.from, version: env.recordVersion, meetingId: d.meetingId, kind: 'joint', jointId: d.jointId, language: d.language, title: d.title, body: d.body,
    translation: d.translation, links: d.links, status: 'draft', createdBy: null, createdByName: d.createdByName, editors: [], createdAt: d.createdAt, updatedAt: d.updatedAt,
  };
  const [row] = await tx.insert(readouts).values({ id: env.recordId, ...fields }).onConflictDoUpdate({ target: readouts.id, set: fields }).returning();
  if (!row) throw new Error('the readout was not stored');
  await insertVersion(tx, row, d.versionByName);
  return { status: 'applied' };
}

/** This party's texts of the joint readout, locked: taken before the withdrawn text, in the release's lock order. */
const lockOwnTexts = (tx: Db, ctx: Ctx, jointId: string) =>
  tx.select({ id: readouts.id, status: readouts.status }).from(readouts).where(and(eq(readouts.jointId, jointId), eq(readouts.originParty, ctx.config.party))).orderBy(readouts.id).for('update');

/** This party's joint readouts that carried the withdrawn text come off the public page (a release needs every text). */
async function unreleaseJoint(tx: Db, own: readonly { id: string; status: string }[]): Promise<void> {
  for (const r of own) {
    await tx.delete(readoutReleases).where(eq(readoutReleases.readoutId, r.id));
    if (r.status === 'released') await tx.update(readouts).set({ status: 'cleared' }).where(eq(readouts.id, r.id));
  }
}

export const readoutHandler: KindHandler = {
  apply: applyReadout,
  restore: restoreReadout,
  async purge(tx: Db, ctx: Ctx, env: Envelope) {
    // Only the sender's own text: a withdrawal naming anyone else's record changes nothing. Its joint id never changes.
    const [seen] = await tx.select({ originParty: readouts.originParty, jointId: readouts.jointId }).from(readouts).where(eq(readouts.id, env.recordId));
    if (seen?.originParty !== env.from) return;
    const own = seen.jointId ? await lockOwnTexts(tx, ctx, seen.jointId) : [];
    const [held] = await tx.select({ id: readouts.id }).from(readouts).where(eq(readouts.id, env.recordId)).for('update');
    if (!held) return;
    await unreleaseJoint(tx, own);
    await tx.delete(readoutReleases).where(eq(readoutReleases.readoutId, env.recordId));
    await tx.delete(readoutClearances).where(eq(readoutClearances.readoutId, env.recordId));
    await tx.delete(readouts).where(eq(readouts.id, env.recordId));
  },
};

/** Why this clearance cannot be taken from the sender, or null; the text it clears when it can. */
async function clearanceRefusal(tx: Db, env: UpsertEnvelope, d: ClearanceWire): Promise<string | ReadoutRow> {
  if (d.party !== env.from) return `${env.from} sends only its own clearances, not ${d.party}'s`;
  const [text] = await tx.select().from(readouts).where(eq(readouts.id, d.readoutId)).for('update');
  if (!text || text.originParty !== env.from) return `no readout of ${env.from} with id ${d.readoutId} is held here: a party clears only its own text`;
  if (text.reference !== d.readoutReference) return `${d.readoutId} is ${text.reference}, not ${d.readoutReference}`;
  if (d.version > text.version) return `${text.reference} version ${d.version} has not been received here`;
  const [same] = await tx.select({ party: readoutClearances.party }).from(readoutClearances).where(eq(readoutClearances.id, env.recordId));
  if (same && same.party !== env.from) return 'a clearance with this id belongs to another party';
  return text;
}

async function applyClearance(tx: Db, _ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = ClearanceWire.safeParse(env.body.data);
  if (!parsed.success) return rejected(problems(parsed.error));
  const d = parsed.data;
  const text = await clearanceRefusal(tx, env, d);
  if (typeof text === 'string') return rejected(text);
  await tx.insert(readoutClearances).values({ id: env.recordId, readoutId: d.readoutId, version: d.version, party: env.from, clearedBy: null, clearedByName: d.clearedBy, at: d.at }).onConflictDoNothing();
  if (d.version === text.version) await tx.update(readouts).set({ status: 'cleared' }).where(eq(readouts.id, text.id));
  return { status: 'applied' };
}

export const clearanceHandler: KindHandler = {
  apply: applyClearance,
  restore: restoreClearance,
  async purge(tx: Db, _ctx: Ctx, env: Envelope) {
    await tx.delete(readoutClearances).where(and(eq(readoutClearances.id, env.recordId), eq(readoutClearances.party, env.from)));
  },
};
