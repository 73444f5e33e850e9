// A party's own part of a meeting: its attendance (principals by title and agency, people from the directory), its
// notes per agenda item and its decisions. Each party keeps only its own part, on its own node, of any meeting this
// node holds that names it (its own or one received); the other party's part arrives by the exchange and is never
// edited here. Version 0 creates the part; a later save names the version it replaces. One transaction: the part,
// the audit entry against the meeting, the envelopes to the meeting's other parties; every check before it.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { AppError, Conflict, NotFound, Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { mayRead } from '../../platform/handling/index.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { agencyOf, directoryRepo, getContact } from '../directory/index.js';
import { actorName, auditMeeting, requireKeeper } from './kit.js';
import type { PartInput, Saved } from './schemas-meetings.js';
import { meetingParts, meetings, type Attendee, type Decision, type ItemNote } from './tables.js';
import { publishPart } from './wire-meetings.js';

type MeetingRow = typeof meetings.$inferSelect;
type PartRow = typeof meetingParts.$inferSelect;
type Checked = { attendance: Attendee[]; notes: ItemNote[]; decisions: Decision[] };

/** The problems a directory lookup reports, moved to `path` (an unknown agency, one of another party). */
const issuesOf = (err: unknown, path: string, fallback: FieldIssue): FieldIssue[] => {
  if (err instanceof AppError && err.errors.length > 0) return err.errors.map((e) => ({ ...e, path }));
  if (err instanceof AppError && err.status < 500) return [{ ...fallback, path }];
  throw err;
};

/** One person taking part: an agency of this party; a user of this node and a directory contact when named. */
async function attendeeOf(ctx: Ctx, a: PartInput['attendance'][number], path: string, issues: FieldIssue[]): Promise<Attendee> {
  const agency = await agencyOf(ctx, a.agencyId, { ownPartyOnly: true, path: `${path}/agencyId` }).catch((err: unknown) => {
    issues.push(...issuesOf(err, `${path}/agencyId`, { path, message: 'unknown agency', code: 'unknown-agency' }));
    return null;
  });
  let name = a.name;
  if (a.userId) {
    const user = await directoryRepo.getUser(ctx.db, a.userId);
    if (!user) issues.push({ path: `${path}/userId`, message: 'no such user on this node', code: 'unknown-user' });
    name ??= user?.displayName ?? null;
  }
  if (a.contactId) {
    const contact = await getContact(ctx, a.contactId).catch((err: unknown) => {
      issues.push(...issuesOf(err, `${path}/contactId`, { path, message: 'no such contact in the directory', code: 'unknown-contact' }));
      return null;
    });
    name ??= contact?.name ?? null;
  }
  const ref = agency ? { acronym: agency.acronym, nameEn: agency.nameEn, nameZh: agency.nameZh } : { acronym: '', nameEn: '', nameZh: '' };
  return { title: a.title, agency: ref, principal: a.principal, name, userId: a.userId, contactId: a.contactId };
}

/** Every check a part must pass against its meeting's agenda, collected; one 422 naming them all. */
async function checkPart(ctx: Ctx, m: MeetingRow, input: PartInput): Promise<Checked> {
  const issues: FieldIssue[] = [];
  const items = new Set(m.agenda.map((a) => a.id));
  const unknownItem = (path: string, itemId: string): FieldIssue => ({ path, message: `${itemId} is not an item of the agenda of ${m.reference}`, code: 'unknown-agenda-item', params: { itemId } });
  const attendance: Attendee[] = [];
  for (const [i, a] of input.attendance.entries()) attendance.push(await attendeeOf(ctx, a, `body/attendance/${i}`, issues));
  const noted = new Set<string>();
  input.notes.forEach((n, i) => {
    if (!items.has(n.itemId)) issues.push(unknownItem(`body/notes/${i}/itemId`, n.itemId));
    else if (noted.has(n.itemId)) issues.push({ path: `body/notes/${i}/itemId`, message: 'one note per agenda item', code: 'duplicate-note' });
    noted.add(n.itemId);
  });
  const decisions = input.decisions.map((d, i) => {
    if (d.itemId !== null && !items.has(d.itemId)) issues.push(unknownItem(`body/decisions/${i}/itemId`, d.itemId));
    return { id: d.id ?? newId(), itemId: d.itemId, text: d.text };
  });
  if (new Set(decisions.map((d) => d.id)).size !== decisions.length) issues.push({ path: 'body/decisions', message: 'a decision id appears twice', code: 'duplicate-decision' });
  if (issues.length > 0) throw new Unprocessable('the part cannot be saved as it is', issues);
  return { attendance, notes: input.notes.filter((n) => n.text.trim() !== ''), decisions };
}

/** The meeting this node holds, readable by the actor, not withdrawn (locked inside a transaction). */
async function heldMeeting(db: Db, ctx: Ctx, id: string, lock: boolean): Promise<MeetingRow> {
  const query = db.select().from(meetings).where(eq(meetings.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !mayRead(ctx.actor, row.handling) || !row.parties.includes(ctx.config.party)) throw new NotFound(`no meeting ${id}`);
  if (row.status === 'withdrawn') throw new Conflict(`${row.reference} was withdrawn`, 'meeting-withdrawn');
  return row;
}

const ownPart = async (db: Db, meetingId: string, party: string): Promise<PartRow | undefined> =>
  (await db.select().from(meetingParts).where(and(eq(meetingParts.meetingId, meetingId), eq(meetingParts.party, party))).for('update'))[0];

/** Saves this party's part of the meeting; `version` 0 creates it, else the version it replaces. */
export async function saveOwnPart(ctx: Ctx, meetingId: string, input: PartInput, version: number): Promise<Saved> {
  requireKeeper(ctx, 'keep their part of a meeting');
  const self = ctx.config.party;
  const checked = await checkPart(ctx, await heldMeeting(ctx.db, ctx, meetingId, false), input);
  const name = await actorName(ctx.db, ctx);
  return withTx(ctx, async (tx) => {
    const m = await heldMeeting(tx, ctx, meetingId, true);
    const existing = await ownPart(tx, meetingId, self);
    if ((existing?.version ?? 0) !== version) throw new Conflict(`${self}'s part of ${m.reference} is at version ${existing?.version ?? 0}; reload it`, 'version-conflict');
    const fields = { ...checked, language: input.language, version: version + 1, updatedByName: name, updatedAt: ctx.clock.now() };
    const [row] = existing
      ? await tx.update(meetingParts).set(fields).where(eq(meetingParts.id, existing.id)).returning()
      : await tx.insert(meetingParts).values({ ...fields, id: newId(), meetingId, party: self }).returning();
    if (!row) throw new Error('the part was not stored');
    await auditMeeting(tx, ctx, 'part-saved', meetingId, { reference: m.reference, party: self, part: row.id, version: row.version });
    await publishPart(tx, ctx, m, row);
    return { id: row.id, reference: m.reference, version: row.version };
  });
}
