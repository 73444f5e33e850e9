// Meetings and meeting parts arriving from other parties' nodes, stored read-only as the sender's. A meeting is taken
// only if it names this party and its sender; its reference must be in the sender's own MTG series (one naming
// another party's could block that party's numbering) and its id must not be another party's record here. A part is
// its own party's record: one claiming a party other than its sender is refused (neither edits the other's), as is
// one for a meeting this node does not hold, does not share with that party, or holds withdrawn; there is one part
// per meeting and party. A withdrawal purges the copy: a meeting takes its parts and readouts with it (cascade).
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { ApplyOutcome, Envelope, KindHandler, UpsertEnvelope } from '../exchange/index.js';
import { forgetFieldTranslations } from '../../platform/translation/index.js';
import { restoreMeeting, restorePart } from './restore-meetings.js';
import { meetingParts, meetings } from './tables.js';
import { decisionField, MEETING_TEXTS, noteField } from './texts.js';
import { MeetingWire, PartWire } from './wire-meetings.js';

const rejected = (detail: string): ApplyOutcome => ({ status: 'rejected', detail });
const problems = (error: { issues: { path: PropertyKey[]; message: string }[] }): string =>
  error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);

/** Why the sender's meeting cannot be taken as it is, or null. */
function meetingRefusal(env: UpsertEnvelope, d: MeetingWire, self: string, existing: { originParty: string; reference: string } | undefined): string | null {
  if (!d.parties.includes(self)) return `the meeting does not name ${self}`;
  if (!d.parties.includes(env.from)) return `the meeting does not name ${env.from}, its convening party`;
  if (existing && existing.originParty !== env.from) return 'a record with this id belongs to another party';
  if (!new RegExp(`^${env.from}-MTG-\\d{4}-\\d{6,}$`).test(d.reference)) return `a meeting reference of ${env.from} reads ${env.from}-MTG-YYYY-NNNNNN`;
  if (existing && existing.reference !== d.reference) return `${existing.reference} cannot change its reference`;
  if (d.endsAt.getTime() < d.startsAt.getTime()) return 'the meeting ends before it starts';
  return null;
}

async function applyMeeting(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = MeetingWire.safeParse(env.body.data);
  if (!parsed.success) return rejected(problems(parsed.error));
  const d = parsed.data;
  const [existing] = await tx.select({ originParty: meetings.originParty, reference: meetings.reference }).from(meetings).where(eq(meetings.id, env.recordId)).for('update');
  const refusal = meetingRefusal(env, d, ctx.config.party, existing);
  if (refusal) return rejected(refusal);
  const row = { ...d, id: env.recordId, originParty: env.from, version: env.recordVersion, parties: [...new Set(d.parties)].sort(), createdBy: null };
  await tx.insert(meetings).values(row).onConflictDoUpdate({ target: meetings.id, set: row });
  return { status: 'applied' };
}

export const meetingHandler: KindHandler = {
  apply: applyMeeting,
  restore: restoreMeeting,
  async purge(tx: Db, _ctx: Ctx, env: Envelope) {
    // Only the sender's own meeting: a withdrawal naming anyone else's record changes nothing.
    await tx.delete(meetings).where(and(eq(meetings.id, env.recordId), eq(meetings.originParty, env.from)));
  },
};

/** Why the sender's part cannot be taken, or null: its party, its meeting, one part per meeting and party. */
async function partRefusal(tx: Db, env: UpsertEnvelope, d: PartWire): Promise<string | null> {
  if (d.party !== env.from) return `a part of a meeting is its own party's: ${env.from} cannot send ${d.party}'s part`;
  const [m] = await tx.select({ reference: meetings.reference, parties: meetings.parties, status: meetings.status }).from(meetings).where(eq(meetings.id, d.meetingId));
  if (!m) return `no meeting ${d.meetingReference} (${d.meetingId}) on this node to take a part of`;
  if (!m.parties.includes(env.from)) return `${m.reference} does not name ${env.from}`;
  if (m.status === 'withdrawn') return `${m.reference} was withdrawn`;
  const [byId] = await tx.select({ meetingId: meetingParts.meetingId, party: meetingParts.party }).from(meetingParts).where(eq(meetingParts.id, env.recordId)).for('update');
  if (byId && (byId.party !== env.from || byId.meetingId !== d.meetingId)) return 'a record with this id is another part here';
  const [other] = await tx.select({ id: meetingParts.id }).from(meetingParts).where(and(eq(meetingParts.meetingId, d.meetingId), eq(meetingParts.party, env.from)));
  if (other && other.id !== env.recordId) return `${m.reference} already holds a part of ${env.from}`;
  return null;
}

async function applyPart(tx: Db, _ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = PartWire.safeParse(env.body.data);
  if (!parsed.success) return rejected(problems(parsed.error));
  const d = parsed.data;
  const refusal = await partRefusal(tx, env, d);
  if (refusal) return rejected(refusal);
  const row = {
    id: env.recordId, meetingId: d.meetingId, party: env.from, version: env.recordVersion, language: d.language, attendance: d.attendance, notes: d.notes, decisions: d.decisions,
    updatedByName: d.updatedByName, updatedAt: d.updatedAt,
  };
  await tx.insert(meetingParts).values(row).onConflictDoUpdate({ target: meetingParts.id, set: row });
  return { status: 'applied' };
}

export const meetingPartHandler: KindHandler = {
  apply: applyPart,
  restore: restorePart,
  async purge(tx: Db, _ctx: Ctx, env: Envelope) {
    const [gone] = await tx.delete(meetingParts).where(and(eq(meetingParts.id, env.recordId), eq(meetingParts.party, env.from))).returning();
    if (gone) await forgetPartTranslations(tx, gone);
  },
};

/** A purged part's notes and decisions are fields of its meeting's texts (texts.ts): their translations go with it. */
async function forgetPartTranslations(tx: Db, part: typeof meetingParts.$inferSelect): Promise<void> {
  const at = { kind: MEETING_TEXTS, recordId: part.meetingId };
  for (const n of part.notes) await forgetFieldTranslations(tx, { ...at, field: noteField(part.party, n.itemId), text: n.text });
  for (const d of part.decisions) await forgetFieldTranslations(tx, { ...at, field: decisionField(part.party, d.id), text: d.text });
}
