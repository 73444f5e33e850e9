// Drafting readouts: this party's secretariat drafts a readout of a meeting held here that names this party, edits
// it, gives it a translation, and this party's keepers withdraw it. Supervisors do not draft: clearance must stay a
// second pair of eyes (readout-clearance.ts). Invariants: only the drafting party's node changes a readout (403
// wrong-party); every version is kept in readout_versions; `version` guards against overwriting a change made
// meanwhile; any change after clearance sends the readout back to draft (a release already on the public page keeps
// its snapshot until it is released again); a translation records the hash of the original it translates, so it is
// stale once the original changes. A joint readout is one text per party sharing a joint id: the first party's draft
// makes the id, each other party drafts its own text under the id it received (one live text per party and joint id,
// checked again inside the draft's transaction and held by a unique index), and every version of a joint text goes to
// the meeting's other parties. A readout is read under its meeting's handling, so it links nothing stricter than its
// meeting. Each change is one transaction: the row, its version, the audit entry, the envelopes.
import { and, eq, ne } from 'drizzle-orm';
import { hasRole, type Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { Conflict, Forbidden, NotFound, Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { mayRead } from '../../platform/handling/index.js';
import { newId } from '../../platform/ids.js';
import { isUniqueViolation } from '../../platform/sql.js';
import { textHash } from '../../platform/translation/index.js';
import { withTx } from '../../platform/tx.js';
import { actorId, actorName, auditReadout, nextSerial, READOUT_REFERENCE, requireKeeper } from './kit.js';
import { checkMeetingLinks } from './links.js';
import type { ReadoutEdit, ReadoutInput, TranslationInput } from './schemas-readouts.js';
import { meetings, readoutReleases, readouts, readoutVersions, type MeetingLinks } from './tables.js';
import { publishReadout } from './wire-readouts.js';

export type ReadoutRow = typeof readouts.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;
export type SavedReadout = { id: string; reference: string; version: number };

/** What a translation translates: the original's title and body as they are now. */
export const sourceHashOf = (r: { title: string; body: string }): string => textHash(`${r.title}\n\n${r.body}`);

/** Drafting is the secretariat's (the system too, for seeding): a supervisor who drafted could not clear it. */
export function requireDrafter(ctx: Ctx, what: string): void {
  requireKeeper(ctx, what);
  if (ctx.actor.kind !== 'system' && !hasRole(ctx.actor, 'secretariat')) throw new Forbidden(`only this party's secretariat may ${what}; a supervisor clears them`);
}

/** A readout with its meeting, for whoever may read the meeting; NotFound otherwise. */
export async function readoutFor(ctx: Ctx, id: string, db: Db = ctx.db): Promise<{ row: ReadoutRow; meeting: MeetingRow }> {
  const [found] = await db.select({ row: readouts, meeting: meetings }).from(readouts).innerJoin(meetings, eq(meetings.id, readouts.meetingId)).where(eq(readouts.id, id));
  if (!found || !mayRead(ctx.actor, found.meeting.handling)) throw new NotFound(`no readout ${id}`);
  return found;
}

export function requireOwn(ctx: Ctx, row: ReadoutRow): void {
  if (row.originParty !== ctx.config.party) throw new Forbidden(`only ${row.originParty}, its drafting party, changes ${row.reference}`, 'wrong-party');
}

/** One of this party's readouts, locked, not withdrawn, and (when given) still at `version`. */
export async function lockOwn(tx: Db, ctx: Ctx, id: string, version?: number): Promise<ReadoutRow> {
  const [row] = await tx.select().from(readouts).where(eq(readouts.id, id)).for('update');
  if (!row) throw new NotFound(`no readout ${id}`);
  requireOwn(ctx, row);
  if (row.status === 'withdrawn') throw new Conflict(`${row.reference} was withdrawn`, 'readout-withdrawn');
  if (version !== undefined && row.version !== version) throw new Conflict(`${row.reference} was changed meanwhile (now version ${row.version}); reload it`, 'version-conflict');
  return row;
}

/**
 * What a readout's links may be to when saved: nothing stricter than the meeting, for either kind. A readout is read
 * under its meeting's handling (readoutFor), so a link stricter than the meeting would show its reference to readers
 * who may not see the record; a joint text also travels to the meeting's parties. Whether the links are TLP:CLEAR, as
 * the public page needs, is the clearance's check (readout-checks.ts), which names every problem at once.
 */
const linkTarget = (m: MeetingRow) => ({ recipients: m.parties, handling: m.handling });

async function meetingFor(ctx: Ctx, id: string, issues: FieldIssue[]): Promise<MeetingRow | null> {
  const [m] = await ctx.db.select().from(meetings).where(eq(meetings.id, id));
  if (!m || !mayRead(ctx.actor, m.handling)) {
    issues.push({ path: 'body/meetingId', message: `no meeting ${id} on this node`, code: 'unknown-meeting' });
    return null;
  }
  if (m.status === 'withdrawn') throw new Conflict(`${m.reference} was withdrawn`, 'meeting-withdrawn');
  if (!m.parties.includes(ctx.config.party)) issues.push({ path: 'body/meetingId', message: `${m.reference} does not name ${ctx.config.party}`, code: 'meeting-not-ours' });
  return m;
}

const jointTextExists = (self: string, jointId: string): FieldIssue => ({ path: 'body/jointId', message: `${self} already has its text of joint readout ${jointId}`, code: 'joint-text-exists' });

/** A text under a received joint id: another party's joint text of the same meeting is here, and none of ours yet. */
async function jointIssues(ctx: Ctx, meetingId: string, jointId: string): Promise<FieldIssue[]> {
  const self = ctx.config.party;
  const texts = await ctx.db.select({ originParty: readouts.originParty, meetingId: readouts.meetingId }).from(readouts).where(and(eq(readouts.jointId, jointId), ne(readouts.status, 'withdrawn')));
  const issues: FieldIssue[] = [];
  if (!texts.some((t) => t.originParty !== self && t.meetingId === meetingId)) {
    issues.push({ path: 'body/jointId', message: `no other party's text of joint readout ${jointId} of this meeting is held here`, code: 'unknown-joint' });
  }
  if (texts.some((t) => t.originParty === self)) issues.push(jointTextExists(self, jointId));
  return issues;
}

/**
 * Inside the draft's transaction, before its first write: still no live text of ours under the joint id. Two drafts
 * at once may both pass this; the partial unique index readouts_joint_party_idx refuses the second, answered the same.
 */
async function requireNoOwnText(tx: Db, self: string, jointId: string): Promise<void> {
  const [own] = await tx.select({ id: readouts.id }).from(readouts).where(and(eq(readouts.jointId, jointId), eq(readouts.originParty, self), ne(readouts.status, 'withdrawn')));
  if (own) throw new Unprocessable('the readout cannot be saved as it is', [jointTextExists(self, jointId)]);
}

async function insertDraft(tx: Db, values: typeof readouts.$inferInsert): Promise<ReadoutRow> {
  try {
    const [row] = await tx.insert(readouts).values(values).returning();
    if (!row) throw new Error('the readout was not stored');
    return row;
  } catch (err) {
    if (values.jointId && isUniqueViolation(err, 'readouts_joint_party_idx')) throw new Unprocessable('the readout cannot be saved as it is', [jointTextExists(values.originParty, values.jointId)]);
    throw err;
  }
}

async function checkDraft(ctx: Ctx, input: ReadoutInput): Promise<{ meeting: MeetingRow; links: MeetingLinks }> {
  const issues: FieldIssue[] = [];
  const meeting = await meetingFor(ctx, input.meetingId, issues);
  if (input.kind === 'own' && input.jointId) issues.push({ path: 'body/jointId', message: 'an own readout has no joint id', code: 'joint-id-own' });
  if (meeting && input.kind === 'joint' && !meeting.parties.some((p) => p !== ctx.config.party)) {
    issues.push({ path: 'body/kind', message: `${meeting.reference} names no other party to write a joint readout with`, code: 'no-other-party' });
  }
  if (meeting && input.kind === 'joint' && input.jointId) issues.push(...(await jointIssues(ctx, meeting.id, input.jointId)));
  const links = meeting ? await checkMeetingLinks(ctx, input.links, linkTarget(meeting)) : { links: input.links, issues: [] };
  issues.push(...links.issues);
  if (issues.length > 0 || !meeting) throw new Unprocessable('the readout cannot be saved as it is', issues);
  return { meeting, links: links.links };
}

/** Inside the change's transaction: the version kept, the audit entry, and a joint text to the meeting's parties. */
async function recordVersion(tx: Db, ctx: Ctx, row: ReadoutRow, how: { action: 'drafted' | 'edited'; byName: string; parties: readonly string[]; change?: Record<string, unknown> }): Promise<SavedReadout> {
  await insertVersion(tx, row, how.byName);
  await auditReadout(tx, ctx, how.action, row.id, { reference: row.reference, version: row.version, kind: row.kind, ...how.change });
  await publishReadout(tx, ctx, row, { parties: how.parties, byName: how.byName });
  return { id: row.id, reference: row.reference, version: row.version };
}

export async function insertVersion(tx: Db, row: ReadoutRow, byName: string): Promise<void> {
  const { language, title, body, translation } = row;
  await tx.insert(readoutVersions).values({ readoutId: row.id, version: row.version, language, title, body, translation, byName, at: row.updatedAt }).onConflictDoNothing();
}

/** Drafts a readout (numbered in the transaction that stores it); a joint one goes to the meeting's other parties. */
export async function draftReadout(ctx: Ctx, input: ReadoutInput): Promise<SavedReadout> {
  requireDrafter(ctx, 'draft readouts');
  const { meeting, links } = await checkDraft(ctx, input);
  const now = ctx.clock.now();
  const by = actorId(ctx);
  const name = await actorName(ctx.db, ctx);
  const self = ctx.config.party;
  return withTx(ctx, async (tx) => {
    if (input.kind === 'joint' && input.jointId) await requireNoOwnText(tx, self, input.jointId);
    const year = now.getUTCFullYear();
    const reference = READOUT_REFERENCE.format(self, year, await nextSerial(tx, 'RO', self, year));
    const jointId = input.kind === 'joint' ? (input.jointId ?? newId()) : null;
    const values = { id: newId(), reference, originParty: self, version: 1, meetingId: meeting.id, kind: input.kind, jointId, language: input.language, title: input.title, body: input.body, translation: null, links, status: 'draft', createdBy: by, createdByName: name, editors: by ? [by] : [], createdAt: now, updatedAt: now };
    const row = await insertDraft(tx, values);
    return recordVersion(tx, ctx, row, { action: 'drafted', byName: name, parties: meeting.parties, change: { meeting: meeting.reference, jointId } });
  });
}

/** Inside the change's transaction: the next version, back to draft (it needs clearing again), the actor an editor. */
async function nextVersion(tx: Db, ctx: Ctx, row: ReadoutRow, changes: Partial<Pick<ReadoutRow, 'title' | 'body' | 'links' | 'translation'>>, meeting: MeetingRow): Promise<SavedReadout> {
  const by = actorId(ctx);
  const editors = by && !row.editors.includes(by) ? [...row.editors, by] : row.editors;
  const [next] = await tx.update(readouts).set({ ...changes, version: row.version + 1, status: 'draft', editors, updatedAt: ctx.clock.now() }).where(eq(readouts.id, row.id)).returning();
  if (!next) throw new Error('the readout was not stored');
  const change = { wasStatus: row.status, translated: changes.translation !== undefined };
  return recordVersion(tx, ctx, next, { action: 'edited', byName: await actorName(tx, ctx), parties: meeting.parties, change });
}

/** A new version of one of this party's readouts: its title, body and links. */
export async function editReadout(ctx: Ctx, id: string, input: Omit<ReadoutEdit, 'version'>, version: number): Promise<SavedReadout> {
  requireDrafter(ctx, 'edit readouts');
  const { row: current, meeting } = await readoutFor(ctx, id);
  requireOwn(ctx, current);
  const links = await checkMeetingLinks(ctx, input.links, linkTarget(meeting), { kept: current.links });
  if (links.issues.length > 0) throw new Unprocessable('the readout cannot be saved as it is', links.issues);
  return withTx(ctx, async (tx) => {
    const row = await lockOwn(tx, ctx, id, version);
    return nextVersion(tx, ctx, row, { title: input.title, body: input.body, links: links.links }, meeting);
  });
}

/** The readout's translation into the other language, with who made it and the hash of the original it translates. */
export async function setTranslation(ctx: Ctx, id: string, input: Omit<TranslationInput, 'version'>, version: number): Promise<SavedReadout> {
  requireDrafter(ctx, 'translate readouts');
  const { row: current, meeting } = await readoutFor(ctx, id);
  requireOwn(ctx, current);
  return withTx(ctx, async (tx) => {
    const row = await lockOwn(tx, ctx, id, version);
    const translation = { title: input.title, body: input.body, by: input.by, byName: await actorName(tx, ctx), sourceHash: sourceHashOf(row), at: ctx.clock.now().toISOString() };
    return nextVersion(tx, ctx, row, { translation }, meeting);
  });
}

/** Withdrawn: off the public page at once, and a joint text withdrawn from the parties holding it (they purge it). */
export async function withdrawReadout(ctx: Ctx, id: string, note: string | null): Promise<SavedReadout> {
  requireKeeper(ctx, 'withdraw readouts');
  const { row: current, meeting } = await readoutFor(ctx, id);
  requireOwn(ctx, current);
  return withTx(ctx, async (tx) => {
    const row = await lockOwn(tx, ctx, id);
    const name = await actorName(tx, ctx);
    const [next] = await tx.update(readouts).set({ status: 'withdrawn', version: row.version + 1, updatedAt: ctx.clock.now() }).where(eq(readouts.id, id)).returning();
    if (!next) throw new Error('the readout was not stored');
    const unreleased = await tx.delete(readoutReleases).where(eq(readoutReleases.readoutId, id)).returning({ slug: readoutReleases.slug });
    await insertVersion(tx, next, name);
    await auditReadout(tx, ctx, 'withdrawn', id, { reference: row.reference, version: next.version, note, wasReleased: unreleased.length > 0 });
    await publishReadout(tx, ctx, next, { parties: meeting.parties, byName: name }, { note: note ?? undefined });
    return { id, reference: row.reference, version: next.version };
  });
}
