// Reading meetings: the list with its filters (dates, level, topic, party, status, a reference or words of the
// title), and one meeting with every party's part, its agenda with each party's notes per item, the decisions, the
// records it links (with the id of each one the reader may open), and the commitments and readouts made at it.
// Times come in the zone of the place and in this node's zone. Every path asks platform/handling: a TLP:RED meeting
// is not found (and not listed) by those who may not see it, and a person's read of an AMBER or RED one is audited
// (auditRead).
import { and, arrayContains, asc, count, desc, eq, gte, ilike, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AuditAction } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import { NotFound } from '../../platform/errors.js';
import { auditRead, isSensitive, mayRead, readableHandling } from '../../platform/handling/index.js';
import { likePattern, pageOf } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { localTime, timeZoneOf } from '../calendars/index.js';
import { canKeep, requireReader } from './kit.js';
import { openableLinks } from './links.js';
import type { Meeting, MeetingQuery, MeetingSummary } from './schemas-meetings.js';
import { commitments, meetingParts, meetings, readouts } from './tables.js';

type MeetingRow = typeof meetings.$inferSelect;
type PartRow = typeof meetingParts.$inferSelect;

/** The audit code of a person's read of an AMBER+STRICT or RED meeting (platform/handling auditRead). */
export const MEETING_READ: AuditAction = 'meeting.read';

/** "2026-03-10 10:00 America/New_York": the instant as that zone reads it, the zone named. */
export const zoned = (at: Date, zone: string): string => `${localTime(at, zone)} ${zone}`;

const nextDay = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

function meetingWhere(ctx: Ctx, q: MeetingQuery): SQL | undefined {
  const parts: (SQL | undefined)[] = [readableHandling(ctx.actor, meetings.handling)];
  if (q.from) parts.push(gte(meetings.startsAt, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) parts.push(lt(meetings.startsAt, nextDay(q.to)));
  if (q.level) parts.push(eq(meetings.level, q.level));
  if (q.status) parts.push(eq(meetings.status, q.status));
  if (q.party) parts.push(arrayContains(meetings.parties, [q.party]));
  // Any agenda item on the topic: jsonb containment of one item carrying it.
  if (q.topic) parts.push(sql`${meetings.agenda} @> ${JSON.stringify([{ topic: q.topic }])}::jsonb`);
  // A reference is matched exactly (the unique index); a title by the words it contains.
  if (q.q) parts.push(or(eq(meetings.reference, q.q.toUpperCase()), ilike(meetings.title, likePattern(q.q))));
  return and(...parts);
}

function toSummary(m: MeetingRow, nodeZone: string): MeetingSummary {
  return {
    id: m.id, reference: m.reference, originParty: m.originParty, version: m.version, level: m.level, mode: m.mode, title: m.title, language: m.language,
    startsAt: m.startsAt, endsAt: m.endsAt, timeZone: m.timeZone, startsLocal: { place: zoned(m.startsAt, m.timeZone), node: zoned(m.startsAt, nodeZone) },
    place: m.place, parties: m.parties, topics: [...new Set(m.agenda.map((a) => a.topic))], handling: m.handling, status: m.status, updatedAt: m.updatedAt,
  };
}

/** The meetings this reader may see, newest first, a page at a time. */
export async function listMeetings(ctx: Ctx, q: MeetingQuery): Promise<{ items: MeetingSummary[]; total: number; page: number; pageSize: number }> {
  requireReader(ctx);
  const where = meetingWhere(ctx, q);
  const { limit, offset } = pageOf(q);
  const [rows, [total], nodeZone] = await Promise.all([
    ctx.db.select().from(meetings).where(where).orderBy(desc(meetings.startsAt), desc(meetings.id)).limit(limit).offset(offset),
    ctx.db.select({ n: count() }).from(meetings).where(where),
    timeZoneOf(ctx.db, ctx.config.party),
  ]);
  return { items: rows.map((m) => toSummary(m, nodeZone)), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** The meeting row, for whoever may read it; NotFound for one that is not there or not theirs to know of. */
export async function readableMeeting(ctx: Ctx, id: string): Promise<MeetingRow> {
  requireReader(ctx);
  const [row] = await ctx.db.select().from(meetings).where(eq(meetings.id, id));
  if (!row || !mayRead(ctx.actor, row.handling)) throw new NotFound(`no meeting ${id}`);
  return row;
}

/** What the reader may do: the convening party's keepers edit and withdraw it; every party's keepers keep their part. */
function allowedActions(ctx: Ctx, m: MeetingRow): Meeting['allowedActions'] {
  const self = ctx.config.party;
  if (m.status === 'withdrawn' || ctx.actor.kind === 'anonymous' || !canKeep(ctx.actor, self)) return [];
  const own = m.originParty === self ? (['edit', 'withdraw'] as const) : [];
  return [...own, ...(m.parties.includes(self) ? (['edit-part'] as const) : [])];
}

const partView = (p: PartRow, self: string, mayEdit: boolean): Meeting['parts'][number] => ({
  id: p.id, party: p.party, own: p.party === self, mayEdit: p.party === self && mayEdit, version: p.version, language: p.language,
  attendance: p.attendance, notes: p.notes, decisions: p.decisions, updatedByName: p.updatedByName, updatedAt: p.updatedAt,
});

/** The commitments and readouts made at the meeting, as brief rows (their modules show the rest). */
async function madeAt(ctx: Ctx, id: string): Promise<Pick<Meeting, 'commitments' | 'readouts'>> {
  const [cs, rs] = await Promise.all([
    ctx.db
      .select({ id: commitments.id, reference: commitments.reference, party: commitments.originParty, status: commitments.status, dueOn: commitments.dueOn, topic: commitments.topic, language: commitments.language })
      .from(commitments)
      .where(and(eq(commitments.meetingId, id), ne(commitments.status, 'withdrawn'), readableHandling(ctx.actor, commitments.handling)))
      .orderBy(asc(commitments.dueOn), asc(commitments.reference)),
    ctx.db
      .select({ id: readouts.id, reference: readouts.reference, party: readouts.originParty, status: readouts.status, title: readouts.title, kind: readouts.kind, language: readouts.language })
      .from(readouts)
      .where(and(eq(readouts.meetingId, id), ne(readouts.status, 'withdrawn')))
      .orderBy(asc(readouts.createdAt), asc(readouts.reference)),
  ]);
  return { commitments: cs, readouts: rs };
}

/** The meeting as its readers get it, without auditing the read (a use case answering with what it changed). */
export async function meetingView(ctx: Ctx, id: string): Promise<Meeting> {
  const m = await readableMeeting(ctx, id);
  const self = ctx.config.party;
  const [parts, made, nodeZone, linked] = await Promise.all([ctx.db.select().from(meetingParts).where(eq(meetingParts.meetingId, id)), madeAt(ctx, id), timeZoneOf(ctx.db, self), openableLinks(ctx, m.links)]);
  // This party's part first, then the others by party code.
  parts.sort((a, b) => (a.party === self ? -1 : b.party === self ? 1 : a.party.localeCompare(b.party)));
  const allowed = allowedActions(ctx, m);
  return {
    ...toSummary(m, nodeZone),
    endsLocal: { place: zoned(m.endsAt, m.timeZone), node: zoned(m.endsAt, nodeZone) },
    agenda: m.agenda.map((a) => ({ ...a, notes: parts.flatMap((p) => p.notes.filter((n) => n.itemId === a.id).map((n) => ({ party: p.party, language: p.language, text: n.text }))) })),
    links: m.links,
    linked,
    parts: parts.map((p) => partView(p, self, allowed.includes('edit-part'))),
    decisions: parts.flatMap((p) => p.decisions.map((d) => ({ ...d, party: p.party, language: p.language }))),
    ...made,
    createdByName: m.createdByName,
    createdAt: m.createdAt,
    allowedActions: allowed,
  };
}

/** A person opening a meeting: its view, and the read of an AMBER or RED one is audited. */
export async function getMeeting(ctx: Ctx, id: string): Promise<Meeting> {
  const found = await meetingView(ctx, id);
  if (isSensitive(found.handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: MEETING_READ, subjectType: 'meeting', subjectId: id, reference: found.reference, handling: found.handling }));
  return found;
}
