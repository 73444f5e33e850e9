// The owning party's commitments: record one made at a meeting, replace it (a new version), report its progress
// and withdraw it. A commitment is this node's party's record, owned by one of its agencies, shared with the
// meeting's other parties; only this node changes it (403 `wrong-party` for a received one). Each change is one
// transaction — the row, its audit entry, its envelopes and its clock jobs (commitment-clock.ts) — and every check
// runs before the first write, all problems reported at once. The secretariat and supervisors keep commitments;
// officers of the owning agency also report progress. Done or dropped settles it on this party's local date
// (`settledOn`); reporting it open or in progress again clears that date and restarts the clock.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { AppError, Conflict, Forbidden, NotFound, Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { mayRead } from '../../platform/handling/index.js';
import { newId } from '../../platform/ids.js';
import { wallClock } from '../../platform/time-text.js';
import { withTx } from '../../platform/tx.js';
import { agencyOf } from '../directory/index.js';
import { setCommitmentClock } from './commitment-clock.js';
import { getCommitmentRow, lockCommitment, mayReport, todayHere } from './commitment-queries.js';
import { actorId, actorName, auditCommitment, COMMITMENT_REFERENCE, nextSerial, requireKeeper, requireReader, TOPICS } from './kit.js';
import { checkMeetingLinks } from './links.js';
import { SETTLED, type CommitmentInput, type ProgressInput } from './schemas-commitments.js';
import { commitments, meetings } from './tables.js';
import { publishCommitment, type CommitmentRow } from './wire-commitments.js';

export type SavedCommitment = { id: string; reference: string; version: number };
type MeetingRow = typeof meetings.$inferSelect;
type Fields = Pick<CommitmentRow, 'meetingId' | 'meetingReference' | 'topic' | 'text' | 'language' | 'agencyId' | 'agency' | 'dueOn' | 'evidence' | 'handling' | 'demo'>;

/** The parties a meeting names, this one left out: where its commitments go. */
const othersOf = (m: Pick<MeetingRow, 'originParty' | 'parties'>, self: string): string[] => [...new Set([m.originParty, ...m.parties])].filter((p) => p !== self).sort();

async function recipientsOf(db: Db, meetingId: string | null, self: string): Promise<string[]> {
  if (!meetingId) return []; // the meeting was withdrawn by its party: the commitment no longer travels
  const [m] = await db.select({ originParty: meetings.originParty, parties: meetings.parties }).from(meetings).where(eq(meetings.id, meetingId));
  return m ? othersOf(m, self) : [];
}

/** The meeting named: held here, readable, naming this party (else a field issue); a withdrawn one is a 409. */
async function meetingFor(ctx: Ctx, meetingId: string, issues: FieldIssue[]): Promise<MeetingRow | null> {
  const self = ctx.config.party;
  const [m] = await ctx.db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!m || !mayRead(ctx.actor, m.handling) || (m.originParty !== self && !m.parties.includes(self))) {
    issues.push({ path: 'body/meetingId', message: `no meeting ${meetingId} on this node that names ${self}`, code: 'unknown-meeting' });
    return null;
  }
  if (m.status === 'withdrawn') throw new Conflict(`${m.reference} was withdrawn: it takes no commitments`, 'meeting-withdrawn');
  return m;
}

/** Every check a commitment must pass, collected; throws one 422 naming them all. */
async function checkCommitment(ctx: Ctx, input: CommitmentInput, kept?: CommitmentRow['evidence']): Promise<{ fields: Fields; recipients: string[] }> {
  const issues: FieldIssue[] = [];
  const meeting = await meetingFor(ctx, input.meetingId, issues);
  if (!TOPICS.includes(input.topic)) issues.push({ path: 'body/topic', message: `${input.topic} is not a topic of data/meetings.json`, code: 'unknown-topic', params: { topic: input.topic } });
  const agency = await agencyOf(ctx, input.agencyId, { ownPartyOnly: true }).catch((err: unknown) => {
    if (!(err instanceof AppError) || err.status >= 500) throw err; // a database failure is not the caller's mistake
    issues.push({ path: 'body/agencyId', message: err.message, code: 'unknown-agency' });
    return null;
  });
  const startsOn = meeting ? wallClock(meeting.startsAt, meeting.timeZone).day : null;
  if (startsOn && input.dueOn < startsOn) issues.push({ path: 'body/dueOn', message: `due before the meeting starts (${startsOn})`, code: 'due-before-meeting', params: { startsOn } });
  const recipients = meeting ? othersOf(meeting, ctx.config.party) : [];
  const evidence = await checkMeetingLinks(ctx, input.evidence, { recipients, handling: input.handling }, { path: 'body/evidence', kept });
  issues.push(...evidence.issues);
  if (issues.length > 0 || !meeting || !agency) throw new Unprocessable('the commitment cannot be saved as it is', issues);
  const fields: Fields = {
    meetingId: meeting.id, meetingReference: meeting.reference, topic: input.topic, text: input.text, language: input.language, agencyId: agency.id,
    agency: { acronym: agency.acronym, nameEn: agency.nameEn, nameZh: agency.nameZh }, dueOn: input.dueOn, evidence: evidence.links, handling: input.handling, demo: input.demo,
  };
  return { fields, recipients };
}

/** One of this party's commitments still standing (locked inside a transaction); `version` guards a stale change. */
async function ownCommitment(db: Db, ctx: Ctx, id: string, opts: { lock: boolean; version?: number }): Promise<CommitmentRow> {
  const row = opts.lock ? await lockCommitment(db, id) : await getCommitmentRow(db, id);
  if (!row || !mayRead(ctx.actor, row.handling)) throw new NotFound(`no commitment ${id}`);
  if (row.originParty !== ctx.config.party) throw new Forbidden(`only ${row.originParty}, the owning party, changes ${row.reference}`, 'wrong-party');
  if (row.status === 'withdrawn') throw new Conflict(`${row.reference} was withdrawn`, 'commitment-withdrawn');
  if (opts.version !== undefined && row.version !== opts.version) throw new Conflict(`${row.reference} was changed meanwhile (now version ${row.version}); reload it`, 'version-conflict');
  return row;
}

type Change = { action: 'created' | 'updated' | 'progress-reported'; recipients: readonly string[]; timeZone: string };

/** Inside the change's transaction: the audit entry, the envelopes to the meeting's other parties, the clock. */
async function shareCommitment(tx: Db, ctx: Ctx, row: CommitmentRow | undefined, change: Change): Promise<SavedCommitment> {
  if (!row) throw new Error('the commitment was not stored');
  await auditCommitment(tx, ctx, change.action, row.id, { reference: row.reference, version: row.version, status: row.status, dueOn: row.dueOn, agency: row.agency.acronym, handling: row.handling });
  await publishCommitment(tx, ctx, row, change.recipients);
  await setCommitmentClock(tx, ctx.clock.now(), row, change.timeZone);
  return { id: row.id, reference: row.reference, version: row.version };
}

/** Records a commitment made at a meeting (numbered in the transaction that stores it) and shares it. */
export async function createCommitment(ctx: Ctx, input: CommitmentInput): Promise<SavedCommitment> {
  requireKeeper(ctx, 'record commitments');
  const c = await checkCommitment(ctx, input);
  const now = ctx.clock.now();
  const [name, { timeZone }] = await Promise.all([actorName(ctx.db, ctx), todayHere(ctx)]);
  return withTx(ctx, async (tx) => {
    const self = ctx.config.party;
    const year = now.getUTCFullYear();
    const reference = COMMITMENT_REFERENCE.format(self, year, await nextSerial(tx, 'CMT', self, year));
    const values = { ...c.fields, id: newId(), reference, originParty: self, version: 1, status: 'open', settledOn: null, updates: [], createdBy: actorId(ctx), createdByName: name, createdAt: now, updatedAt: now };
    const [row] = await tx.insert(commitments).values(values).returning();
    return shareCommitment(tx, ctx, row, { action: 'created', recipients: c.recipients, timeZone });
  });
}

/** A new version of one of this party's commitments (re-dated: its clock moves with it). */
export async function updateCommitment(ctx: Ctx, id: string, input: CommitmentInput, version: number): Promise<SavedCommitment> {
  requireKeeper(ctx, 'change commitments');
  const before = await ownCommitment(ctx.db, ctx, id, { lock: false });
  const c = await checkCommitment(ctx, input, before.evidence);
  const { timeZone } = await todayHere(ctx);
  return withTx(ctx, async (tx) => {
    const row = await ownCommitment(tx, ctx, id, { lock: true, version });
    const [next] = await tx.update(commitments).set({ ...c.fields, version: row.version + 1, updatedAt: ctx.clock.now() }).where(eq(commitments.id, id)).returning();
    return shareCommitment(tx, ctx, next, { action: 'updated', recipients: c.recipients, timeZone });
  });
}

/** Progress on one of this party's commitments, appended to its updates; done or dropped settles it. */
export async function reportProgress(ctx: Ctx, id: string, input: Omit<ProgressInput, 'version'>, version: number): Promise<SavedCommitment> {
  requireReader(ctx);
  const before = await ownCommitment(ctx.db, ctx, id, { lock: false });
  if (!mayReport(ctx, before)) throw new Forbidden(`only this party's secretariat and supervisors, and officers of ${before.agency.acronym}, report progress on ${before.reference}`);
  const self = ctx.config.party;
  const recipients = await recipientsOf(ctx.db, before.meetingId, self);
  const evidence = await checkMeetingLinks(ctx, input.evidence, { recipients, handling: before.handling }, { path: 'body/evidence' });
  if (evidence.issues.length > 0) throw new Unprocessable('the progress cannot be reported as it is', evidence.issues);
  const [name, { today, timeZone }] = await Promise.all([actorName(ctx.db, ctx), todayHere(ctx)]);
  const now = ctx.clock.now();
  return withTx(ctx, async (tx) => {
    const row = await ownCommitment(tx, ctx, id, { lock: true, version });
    // Settled on the day it is reported so; a second report of the same settled status keeps the first date.
    const settledOn = SETTLED.includes(input.status) ? (row.status === input.status && row.settledOn ? row.settledOn : today) : null;
    const update = { at: now.toISOString(), byName: name, status: input.status, note: input.note, evidence: evidence.links };
    const changes = { status: input.status, settledOn, updates: [...row.updates, update], version: row.version + 1, updatedAt: now };
    const [next] = await tx.update(commitments).set(changes).where(eq(commitments.id, id)).returning();
    return shareCommitment(tx, ctx, next, { action: 'progress-reported', recipients, timeZone });
  });
}

/** Withdrawn from every party holding it (their copies are purged); here it stays, marked, and its clock stops. */
export async function withdrawCommitment(ctx: Ctx, id: string, note: string | null): Promise<SavedCommitment> {
  requireKeeper(ctx, 'withdraw commitments');
  return withTx(ctx, async (tx) => withdrawRow(tx, ctx, await ownCommitment(tx, ctx, id, { lock: true }), note));
}

/** Inside the change's transaction: the commitment withdrawn, audited, its withdrawal sent and its clock stopped. */
async function withdrawRow(tx: Db, ctx: Ctx, row: CommitmentRow, note: string | null): Promise<SavedCommitment> {
  const now = ctx.clock.now();
  const [next] = await tx.update(commitments).set({ status: 'withdrawn', version: row.version + 1, updatedAt: now }).where(eq(commitments.id, row.id)).returning();
  if (!next) throw new Error('the commitment was not withdrawn');
  await auditCommitment(tx, ctx, 'withdrawn', row.id, { reference: row.reference, version: next.version, note });
  await publishCommitment(tx, ctx, next, [], { note: note ?? undefined });
  await setCommitmentClock(tx, now, next, 'UTC');
  return { id: row.id, reference: row.reference, version: next.version };
}

/**
 * Inside the meeting's withdrawal: this party's own commitments made at it go with it (withdrawn, their reminders and
 * escalations stopped). Another party's commitments stay theirs: their nodes keep them, no longer tied to a meeting.
 */
export async function withdrawCommitmentsOf(tx: Db, ctx: Ctx, meetingId: string, note: string | null): Promise<number> {
  const own = await tx
    .select()
    .from(commitments)
    .where(and(eq(commitments.meetingId, meetingId), eq(commitments.originParty, ctx.config.party), ne(commitments.status, 'withdrawn')))
    .orderBy(asc(commitments.reference))
    .for('update');
  for (const row of own) await withdrawRow(tx, ctx, row, note);
  return own.length;
}
