// The convening side's meetings: record, replace (a new version) and withdraw one of this party's meetings. A meeting
// is its convening party's record, shared with the other parties it names; only the convening party's node changes
// it (403 wrong-party), and a withdrawn one changes no more (409 meeting-withdrawn). Each change is one transaction —
// the row, its audit entry and the envelopes to the parties named — and every check runs before the first write,
// all problems reported in one 422. Only this party's secretariat and supervisors keep meetings. A withdrawal takes
// this party's readouts and commitments of the meeting with it (commitments.ts withdrawCommitmentsOf).
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { Conflict, Forbidden, NotFound, Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { mayRead } from '../../platform/handling/index.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { otherPartyIssues } from '../directory/index.js';
import { withdrawCommitmentsOf } from './commitments.js';
import { actorId, actorName, auditMeeting, MEETING_REFERENCE, nextSerial, requireKeeper, TOPICS } from './kit.js';
import { checkMeetingLinks } from './links.js';
import type { MeetingInput, Saved } from './schemas-meetings.js';
import { meetings, readoutReleases, readouts, type AgendaItem, type MeetingLinks } from './tables.js';
import { publishMeeting } from './wire-meetings.js';

type MeetingRow = typeof meetings.$inferSelect;
type Fields = Pick<MeetingRow, 'level' | 'mode' | 'title' | 'language' | 'startsAt' | 'endsAt' | 'timeZone' | 'place' | 'parties' | 'agenda' | 'links' | 'handling' | 'status'>;

const TOPIC_SET: ReadonlySet<string> = new Set(TOPICS);


/** The agenda as stored: known topics, each item with an id (kept, or made here), no id twice. */
function agendaOf(input: MeetingInput['agenda'], issues: FieldIssue[]): AgendaItem[] {
  const seen = new Set<string>();
  return input.map((item, i) => {
    if (!TOPIC_SET.has(item.topic)) issues.push({ path: `body/agenda/${i}/topic`, message: `${item.topic} is not a topic (GET /meetings/lists)`, code: 'unknown-topic', params: { topic: item.topic } });
    const id = item.id ?? newId();
    if (seen.has(id)) issues.push({ path: `body/agenda/${i}/id`, message: 'an agenda item id appears twice', code: 'duplicate-agenda-item' });
    seen.add(id);
    return { id, topic: item.topic, title: item.title };
  });
}

/** Every check a meeting must pass, collected; one 422 naming them all. `kept`: the links the meeting already has. */
async function checkMeeting(ctx: Ctx, input: MeetingInput, kept?: MeetingLinks): Promise<Fields> {
  const others = [...new Set(input.parties)].sort();
  const issues = await otherPartyIssues(ctx, input.parties.map((party, i) => ({ party, path: `body/parties/${i}` })));
  if (input.endsAt.getTime() < input.startsAt.getTime()) issues.push({ path: 'body/endsAt', message: 'the meeting ends before it starts', code: 'end-before-start' });
  if (!mayRead(ctx.actor, input.handling)) issues.push({ path: 'body/handling', message: `you could not read a meeting marked ${input.handling}`, code: 'handling-not-readable', params: { handling: input.handling } });
  const agenda = agendaOf(input.agenda, issues);
  const links = await checkMeetingLinks(ctx, input.links, { recipients: others, handling: input.handling }, { kept });
  issues.push(...links.issues);
  if (issues.length > 0) throw new Unprocessable('the meeting cannot be saved as it is', issues);
  const parties = [...new Set([ctx.config.party, ...others])].sort();
  const { level, mode, title, language, startsAt, endsAt, timeZone, place, handling, status } = input;
  return { level, mode, title, language, startsAt, endsAt, timeZone, place, parties, agenda, links: links.links, handling, status };
}

/** Inside the change's transaction: the audit entry and the envelopes to the other parties. */
async function shareMeeting(tx: Db, ctx: Ctx, row: MeetingRow, action: 'created' | 'updated'): Promise<void> {
  await auditMeeting(tx, ctx, action, row.id, { reference: row.reference, version: row.version, handling: row.handling, parties: row.parties, status: row.status });
  await publishMeeting(tx, ctx, row);
}

/** Records a meeting this party convenes (numbered in the transaction that stores it) and shares it. */
export async function createMeeting(ctx: Ctx, input: MeetingInput): Promise<Saved> {
  requireKeeper(ctx, 'record meetings');
  const fields = await checkMeeting(ctx, input);
  const id = newId();
  const now = ctx.clock.now();
  const name = await actorName(ctx.db, ctx);
  return withTx(ctx, async (tx) => {
    const self = ctx.config.party;
    const reference = MEETING_REFERENCE.format(self, now.getUTCFullYear(), await nextSerial(tx, 'MTG', self, now.getUTCFullYear()));
    const [row] = await tx.insert(meetings).values({ ...fields, id, reference, originParty: self, version: 1, createdBy: actorId(ctx), createdByName: name, createdAt: now, updatedAt: now }).returning();
    if (!row) throw new Error('the meeting was not stored');
    await shareMeeting(tx, ctx, row, 'created');
    return { id, reference, version: 1 };
  });
}

/** The meeting as this node holds it (locked inside a transaction), if it is this party's and not withdrawn. */
async function ownMeeting(db: Db, ctx: Ctx, id: string, lock: boolean): Promise<MeetingRow> {
  const query = db.select().from(meetings).where(eq(meetings.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !mayRead(ctx.actor, row.handling)) throw new NotFound(`no meeting ${id}`);
  if (row.originParty !== ctx.config.party) throw new Forbidden(`only ${row.originParty}, the convening party, changes ${row.reference}`, 'wrong-party');
  if (row.status === 'withdrawn') throw new Conflict(`${row.reference} was withdrawn`, 'meeting-withdrawn');
  return row;
}

/** A new version of one of this party's meetings; `version` guards against overwriting someone else's change. */
export async function updateMeeting(ctx: Ctx, id: string, input: MeetingInput, version: number): Promise<Saved> {
  requireKeeper(ctx, 'change meetings');
  const before = await ownMeeting(ctx.db, ctx, id, false);
  const fields = await checkMeeting(ctx, input, before.links);
  return withTx(ctx, async (tx) => {
    const row = await ownMeeting(tx, ctx, id, true);
    if (row.version !== version) throw new Conflict(`${row.reference} was changed meanwhile (now version ${row.version}); reload it`, 'version-conflict');
    const [next] = await tx.update(meetings).set({ ...fields, version: row.version + 1, updatedAt: ctx.clock.now() }).where(eq(meetings.id, id)).returning();
    if (!next) throw new Error('the meeting was not updated');
    await shareMeeting(tx, ctx, next, 'updated');
    return { id, reference: row.reference, version: next.version };
  });
}

/** Withdrawn from every party holding it (their copies, parts and readouts are purged); here it stays, marked. */
export async function withdrawMeeting(ctx: Ctx, id: string, note: string | null): Promise<Saved> {
  requireKeeper(ctx, 'withdraw meetings');
  return withTx(ctx, async (tx) => {
    const row = await ownMeeting(tx, ctx, id, true);
    const [next] = await tx.update(meetings).set({ status: 'withdrawn', version: row.version + 1, updatedAt: ctx.clock.now() }).where(eq(meetings.id, id)).returning();
    if (!next) throw new Error('the meeting was not withdrawn');
    // Its readouts here go with it: off the public page, and withdrawn (the other nodes purge theirs with the meeting).
    const gone = await tx.update(readouts).set({ status: 'withdrawn', updatedAt: ctx.clock.now() }).where(and(eq(readouts.meetingId, id), ne(readouts.status, 'withdrawn'))).returning({ id: readouts.id });
    if (gone.length > 0) await tx.delete(readoutReleases).where(inArray(readoutReleases.readoutId, gone.map((r) => r.id)));
    const commitmentsWithdrawn = await withdrawCommitmentsOf(tx, ctx, id, note);
    await auditMeeting(tx, ctx, 'withdrawn', id, { reference: row.reference, version: next.version, note, readoutsWithdrawn: gone.length, commitmentsWithdrawn });
    await publishMeeting(tx, ctx, next, { note: note ?? undefined });
    return { id, reference: row.reference, version: next.version };
  });
}
