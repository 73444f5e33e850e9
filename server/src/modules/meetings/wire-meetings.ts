// How meetings and meeting parts travel between nodes. A meeting is its convening party's record and goes to the
// other parties it names; a part is its own party's record (attendance, notes, decisions) and goes to the meeting's
// other parties. Each is versioned and withdrawn by its owner only (the receiver purges its copy). The part's party
// is on the wire so a receiver can refuse a part that claims to be someone other than its sender's.
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { zHandling } from '../../platform/handling/index.js';
import { zTimeZone } from '../../platform/validation.js';
import { publish } from '../exchange/index.js';
import { MEETING_KIND, MEETING_PART_KIND } from './kinds.js';
import { LEVELS, MODES } from './kit.js';
import type { meetingParts, meetings } from './tables.js';

type MeetingRow = typeof meetings.$inferSelect;
type PartRow = typeof meetingParts.$inferSelect;

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const Text = (max: number) => z.string().max(max);
const Party = z.string().regex(/^[A-Z]{2}$/);
const Refs = z.array(z.string().max(40)).max(200);
const Agency = z.object({ acronym: z.string().min(1).max(40), nameEn: z.string().min(1).max(200), nameZh: z.string().min(1).max(200) });

export const MeetingWire = z.object({
  reference: z.string().min(1).max(40),
  level: z.enum(LEVELS),
  mode: z.enum(MODES),
  title: Text(300).min(1),
  language: z.enum(['en', 'zh']),
  startsAt: instant,
  endsAt: instant,
  timeZone: zTimeZone,
  place: Text(300),
  parties: z.array(Party).min(2).max(21),
  agenda: z.array(z.object({ id: z.uuid(), topic: Text(40).min(1), title: Text(300) })).max(50),
  links: z.object({ incidents: Refs, notifications: Refs, cases: Refs, requests: Refs }),
  handling: zHandling,
  status: z.enum(['scheduled', 'held', 'cancelled']),
  createdByName: Text(200),
  createdAt: instant,
  updatedAt: instant,
});
export type MeetingWire = z.infer<typeof MeetingWire>;

export const PartWire = z.object({
  meetingId: z.uuid(),
  meetingReference: z.string().min(1).max(40),
  party: Party,
  language: z.enum(['en', 'zh']),
  attendance: z
    .array(z.object({ title: Text(300).min(1), agency: Agency, principal: z.boolean(), name: Text(200).nullable(), userId: z.uuid().nullable(), contactId: z.uuid().nullable() }))
    .max(200),
  notes: z.array(z.object({ itemId: z.uuid(), text: Text(20_000) })).max(200),
  decisions: z.array(z.object({ id: z.uuid(), itemId: z.uuid().nullable(), text: Text(20_000) })).max(200),
  updatedByName: Text(200),
  updatedAt: instant,
});
export type PartWire = z.infer<typeof PartWire>;

/** The parties a meeting's records go to: every party it names but this one. */
export const othersOf = (m: Pick<MeetingRow, 'parties'>, self: string): string[] => m.parties.filter((p) => p !== self);

/** Inside the change's transaction: the meeting's new state to the other parties it names (or its withdrawal). */
export async function publishMeeting(tx: Db, ctx: Ctx, m: MeetingRow, withdrawal?: { note?: string | undefined }): Promise<void> {
  if (m.originParty !== ctx.config.party) return;
  const data = {
    reference: m.reference, level: m.level, mode: m.mode, title: m.title, language: m.language, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone, place: m.place, parties: m.parties, agenda: m.agenda, links: m.links, handling: m.handling, status: m.status,
    createdByName: m.createdByName, createdAt: m.createdAt.toISOString(), updatedAt: m.updatedAt.toISOString(),
  };
  await publish(tx, ctx, { kind: MEETING_KIND, recordId: m.id, recordVersion: m.version, originParty: m.originParty, data, releasableTo: othersOf(m, ctx.config.party), by: ctx.actor.label, withdrawal });
}

/** Inside the part's transaction: this party's part to the meeting's other parties. */
export async function publishPart(tx: Db, ctx: Ctx, m: Pick<MeetingRow, 'reference' | 'parties'>, p: PartRow): Promise<void> {
  if (p.party !== ctx.config.party) return;
  const data = {
    meetingId: p.meetingId, meetingReference: m.reference, party: p.party, language: p.language, attendance: p.attendance, notes: p.notes, decisions: p.decisions,
    updatedByName: p.updatedByName, updatedAt: p.updatedAt.toISOString(),
  };
  await publish(tx, ctx, { kind: MEETING_PART_KIND, recordId: p.id, recordVersion: p.version, originParty: p.party, data, releasableTo: othersOf(m, ctx.config.party), by: ctx.actor.label });
}
