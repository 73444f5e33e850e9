// Release to the public page: this party's secretariat or a supervisor releases a readout whose current version this
// party cleared. A joint readout also needs, from every other party of the meeting, its text under the same joint id
// held here with that party's clearance of the text's current version (received from its node) — every such text, not
// only one per party; each node releases the joint readout on its own page, and each needs every clearance. The checks
// run again (the meeting must still be TLP:CLEAR, a record linked or quoted may have changed handling since, a name may
// have joined the directory). One transaction writes the snapshot the public surface reads — `readout_releases`, the
// only table it reads — and marks the readout released; a release again replaces the snapshot, keeping the slug (the
// reference, lower-case) and the first release's date. Inside it the meeting, this party's text and the partners'
// texts are locked, in that order (the order of every path that changes them: a meeting's withdrawal, a partner
// text's purge), and must be as they were checked: a partner text withdrawn meanwhile never reaches the snapshot.
import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { Conflict } from '../../platform/errors.js';
import { withTx } from '../../platform/tx.js';
import { auditReadout, requireKeeper } from './kit.js';
import { requirePublishable, textOf } from './readout-checks.js';
import { lockOwn, readoutFor, requireOwn, type MeetingRow, type ReadoutRow, type SavedReadout } from './readouts.js';
import { meetings, readoutClearances, readoutReleases, readouts, type ReleasedText } from './tables.js';

/** The other parties' texts of a joint readout held here (never a withdrawn one), by party; locked when `lock`. */
export async function partnersOf(db: Db, row: Pick<ReadoutRow, 'kind' | 'jointId' | 'meetingId' | 'originParty'>, meeting: Pick<MeetingRow, 'parties'>, lock = false): Promise<ReadoutRow[]> {
  if (row.kind !== 'joint' || !row.jointId) return [];
  const query = db
    .select()
    .from(readouts)
    .where(and(eq(readouts.jointId, row.jointId), eq(readouts.meetingId, row.meetingId), ne(readouts.originParty, row.originParty), ne(readouts.status, 'withdrawn')))
    .orderBy(readouts.originParty, readouts.id);
  const texts = lock ? await query.for('update') : await query;
  return texts.filter((t) => meeting.parties.includes(t.originParty));
}

/** Has the text's own party cleared its current version (here, or received from that party's node)? */
export async function isCleared(db: Db, r: Pick<ReadoutRow, 'id' | 'version' | 'originParty'>): Promise<boolean> {
  const [c] = await db
    .select({ id: readoutClearances.id })
    .from(readoutClearances)
    .where(and(eq(readoutClearances.readoutId, r.id), eq(readoutClearances.version, r.version), eq(readoutClearances.party, r.originParty)));
  return c !== undefined;
}

/** The parties of the meeting whose cleared text a joint readout still lacks here: none held, or one not cleared. */
export async function unclearedParties(db: Db, self: string, meeting: Pick<MeetingRow, 'parties'>, partners: readonly ReadoutRow[]): Promise<string[]> {
  const missing: string[] = [];
  for (const party of meeting.parties.filter((p) => p !== self).sort()) {
    const texts = partners.filter((p) => p.originParty === party);
    const cleared = await Promise.all(texts.map((t) => isCleared(db, t)));
    if (texts.length === 0 || cleared.includes(false)) missing.push(party);
  }
  return missing;
}

async function requireClearances(db: Db, ctx: Ctx, row: ReadoutRow, meeting: MeetingRow, partners: readonly ReadoutRow[]): Promise<void> {
  if (!(await isCleared(db, row))) throw new Conflict(`${row.reference} version ${row.version} is not cleared: a supervisor who wrote none of it clears it first`, 'readout-not-cleared');
  if (row.kind !== 'joint') return;
  const missing = await unclearedParties(db, ctx.config.party, meeting, partners);
  if (missing.length > 0) throw new Conflict(`a joint readout is released once each party has cleared its own text; not cleared yet by ${missing.join(', ')}`, 'readout-joint-not-cleared');
}

/** Inside the release: the meeting held (shared lock) and still the version whose title, place and handling were checked. */
async function lockMeeting(tx: Db, meeting: MeetingRow): Promise<void> {
  const [now] = await tx.select({ version: meetings.version, status: meetings.status }).from(meetings).where(eq(meetings.id, meeting.id)).for('share');
  if (!now || now.status === 'withdrawn') throw new Conflict(`${meeting.reference} was withdrawn`, 'meeting-withdrawn');
  if (now.version !== meeting.version) throw new Conflict(`${meeting.reference} changed while the readout was being released; release it again`, 'version-conflict');
}

const releasedText = (r: ReadoutRow): ReleasedText => ({
  party: r.originParty,
  language: r.language === 'zh' ? 'zh' : 'en',
  title: r.title,
  body: r.body,
  translation: r.translation ? { title: r.translation.title, body: r.translation.body, by: r.translation.by } : null,
});

const versionsOf = (texts: readonly ReadoutRow[]): string => texts.map((t) => `${t.id}:${t.version}`).join(',');

/** Inside the release, everything locked and checked: the snapshot, the status and the audit entry. */
async function writeRelease(tx: Db, ctx: Ctx, row: ReadoutRow, meeting: MeetingRow, texts: readonly ReadoutRow[]): Promise<SavedReadout> {
  const now = ctx.clock.now();
  const snapshot = {
    slug: row.reference.toLowerCase(), version: row.version, meetingTitle: meeting.title, meetingStartsAt: meeting.startsAt, meetingTimeZone: meeting.timeZone, place: meeting.place,
    party: row.originParty, kind: row.kind, texts: [row, ...texts].map(releasedText), updatedAt: now,
  };
  await tx.insert(readoutReleases).values({ readoutId: row.id, ...snapshot, releasedAt: now }).onConflictDoUpdate({ target: readoutReleases.readoutId, set: snapshot });
  await tx.update(readouts).set({ status: 'released' }).where(eq(readouts.id, row.id));
  await auditReadout(tx, ctx, 'released', row.id, { reference: row.reference, version: row.version, slug: snapshot.slug, partners: texts.map((t) => ({ party: t.originParty, reference: t.reference, version: t.version })) });
  return { id: row.id, reference: row.reference, version: row.version };
}

/** Releases the readout's cleared current version to this node's public page. */
export async function releaseReadout(ctx: Ctx, id: string): Promise<SavedReadout> {
  requireKeeper(ctx, 'release readouts');
  const { row: current, meeting } = await readoutFor(ctx, id);
  requireOwn(ctx, current);
  if (current.status === 'withdrawn') throw new Conflict(`${current.reference} was withdrawn`, 'readout-withdrawn');
  if (meeting.status === 'withdrawn') throw new Conflict(`${meeting.reference} was withdrawn`, 'meeting-withdrawn');
  const partners = await partnersOf(ctx.db, current, meeting);
  await requireClearances(ctx.db, ctx, current, meeting, partners);
  await requirePublishable(ctx, current, meeting, [textOf(current, 'readout'), ...partners.map((p) => textOf(p, `partners/${p.originParty}`))], 'released');
  return withTx(ctx, async (tx) => {
    await lockMeeting(tx, meeting);
    const row = await lockOwn(tx, ctx, id, current.version);
    const texts = await partnersOf(tx, row, meeting, true);
    // The snapshot holds exactly the texts that were checked and cleared.
    if (versionsOf(texts) !== versionsOf(partners)) throw new Conflict('a partner text changed or was withdrawn while the readout was being released; release it again', 'version-conflict');
    await requireClearances(tx, ctx, row, meeting, texts);
    return writeRelease(tx, ctx, row, meeting, texts);
  });
}
