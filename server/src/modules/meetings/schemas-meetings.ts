// Wire shapes of meetings and each party's part of them: what the secretariat files, what a reader gets back.
// Coded values (levels, modes, topics) are language-neutral codes labelled from data/meetings.json; free text
// (titles, notes, decisions) keeps its declared language and is translatable. Inputs are strict; a topic that is not
// in the list is a field issue of the use case ('unknown-topic'), so every problem comes back in one 422.
import { z } from 'zod';
import { zHandling } from '../../platform/handling/index.js';
import { zId, zName, zPage, zPartyCode, zText, zTimeZone } from '../../platform/validation.js';
import { LEVELS, MODES } from './kit.js';
import { LINK_KINDS } from './links.js';

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export const MEETING_ACTIONS = ['edit', 'withdraw', 'edit-part'] as const;

const language = z.enum(['en', 'zh']).describe('the language of the free text');
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time with its offset' }).transform((v) => new Date(v));
const nullable = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);

export const MeetingLinksInput = z
  .strictObject({
    incidents: z.array(zName(40)).max(200).default([]).describe('incident references, e.g. US-INC-2026-000042'),
    notifications: z.array(zName(40)).max(200).default([]).describe('notification references'),
    cases: z.array(zName(40)).max(200).default([]).describe('case references'),
    requests: z.array(zName(40)).max(200).default([]).describe('request references'),
  })
  .default({ incidents: [], notifications: [], cases: [], requests: [] });

export const AgendaItemInput = z.strictObject({
  id: nullable(zId).describe('kept from an earlier version; a new item gets one'),
  topic: z.string().max(40).describe('a topic code (GET /meetings/lists)'),
  title: zName(300),
});

export const MeetingInput = z.strictObject({
  level: z.enum(LEVELS),
  mode: z.enum(MODES),
  title: zName(300),
  language,
  startsAt: instant,
  endsAt: instant,
  timeZone: zTimeZone.describe('the zone of the place (IANA), e.g. Asia/Shanghai'),
  place: zName(300),
  parties: z.array(zPartyCode).min(1, 'name at least one other party').max(20).describe('the other parties taking part'),
  agenda: z.array(AgendaItemInput).max(50).default([]),
  links: MeetingLinksInput,
  handling: zHandling.default('TLP:GREEN'),
  status: z.enum(MEETING_STATUSES).default('scheduled'),
});
export type MeetingInput = z.infer<typeof MeetingInput>;
export const UpdateMeetingInput = MeetingInput.extend({ version: z.number().int().min(1) });
export const WithdrawMeetingInput = z.strictObject({ note: nullable(zText(2000)) });

export const AttendeeInput = z.strictObject({
  title: zName(300).describe("the person's title, e.g. Secretary of Homeland Security"),
  agencyId: zId.describe("one of this party's agencies"),
  principal: z.boolean().default(false),
  userId: nullable(zId).describe('a user of this node'),
  contactId: nullable(zId).describe('a contact in the directory'),
  name: nullable(zName(200)).describe('display name; none for a principal named by title only'),
});
export const NoteInput = z.strictObject({ itemId: zId, text: zText(20_000) });
export const DecisionInput = z.strictObject({ id: nullable(zId), itemId: nullable(zId), text: zText(20_000).min(1, 'must not be empty') });
export const PartInput = z.strictObject({
  language,
  attendance: z.array(AttendeeInput).max(200).default([]),
  notes: z.array(NoteInput).max(200).default([]),
  decisions: z.array(DecisionInput).max(200).default([]),
});
export type PartInput = z.infer<typeof PartInput>;
export const SavePartInput = PartInput.extend({ version: z.number().int().min(0).describe('0 creates the part') });

export const MeetingQuery = z.strictObject({
  from: z.iso.date().optional().describe('meetings starting on or after this day (UTC)'),
  to: z.iso.date().optional().describe('meetings starting on or before this day (UTC)'),
  level: z.enum(LEVELS).optional(),
  topic: z.string().max(40).optional().describe('any agenda item on this topic'),
  party: zPartyCode.optional(),
  status: z.enum([...MEETING_STATUSES, 'withdrawn']).optional(),
  q: z.string().trim().max(200).optional().describe('a reference, or words of the title'),
  ...zPage,
});
export type MeetingQuery = z.infer<typeof MeetingQuery>;

const Agency = z.object({ acronym: z.string(), nameEn: z.string(), nameZh: z.string() });
const Links = z.object({ incidents: z.array(z.string()), notifications: z.array(z.string()), cases: z.array(z.string()), requests: z.array(z.string()) });
const Linked = z
  .array(z.object({ kind: z.enum(LINK_KINDS), reference: z.string(), id: zId.nullable().describe('its page here; null when the reader may not open it, or it is not on this node') }))
  .describe('every linked record, in the order of `links`');
const Local = z.object({ place: z.string(), node: z.string() }).describe("the start as the place's zone and as this node's zone read it");

export const MeetingSummary = z.object({
  id: zId,
  reference: z.string(),
  originParty: z.string(),
  version: z.number(),
  level: z.string(),
  mode: z.string(),
  title: z.string(),
  language: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  timeZone: z.string(),
  startsLocal: Local,
  place: z.string(),
  parties: z.array(z.string()),
  topics: z.array(z.string()),
  handling: z.string(),
  status: z.string(),
  updatedAt: z.date(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;
export const MeetingPage = z.object({ items: z.array(MeetingSummary), total: z.number(), page: z.number(), pageSize: z.number() });

export const AttendeeView = z.object({ title: z.string(), agency: Agency, principal: z.boolean(), name: z.string().nullable(), userId: z.string().nullable(), contactId: z.string().nullable() });
export const DecisionView = z.object({ id: z.string(), itemId: z.string().nullable(), text: z.string() });
export const PartView = z.object({
  id: zId,
  party: z.string(),
  own: z.boolean(),
  mayEdit: z.boolean(),
  version: z.number(),
  language: z.string(),
  attendance: z.array(AttendeeView),
  notes: z.array(z.object({ itemId: z.string(), text: z.string() })),
  decisions: z.array(DecisionView),
  updatedByName: z.string(),
  updatedAt: z.date(),
});
export const AgendaView = z.object({
  id: z.string(),
  topic: z.string(),
  title: z.string(),
  notes: z.array(z.object({ party: z.string(), language: z.string(), text: z.string() })).describe("each part's note on this item"),
});
export const CommitmentBrief = z.object({ id: zId, reference: z.string(), party: z.string(), status: z.string(), dueOn: z.string(), topic: z.string(), language: z.string() });
export const ReadoutBrief = z.object({ id: zId, reference: z.string(), party: z.string(), status: z.string(), title: z.string(), kind: z.string(), language: z.string() });

export const Meeting = MeetingSummary.extend({
  endsLocal: Local,
  agenda: z.array(AgendaView),
  links: Links,
  linked: Linked,
  parts: z.array(PartView).describe("each party's part; this party's first"),
  decisions: z.array(DecisionView.extend({ party: z.string(), language: z.string() })),
  commitments: z.array(CommitmentBrief),
  readouts: z.array(ReadoutBrief),
  createdByName: z.string(),
  createdAt: z.date(),
  allowedActions: z.array(z.enum(MEETING_ACTIONS)),
});
export type Meeting = z.infer<typeof Meeting>;

const Coded = z.array(z.object({ code: z.string(), en: z.string(), 'zh-CN': z.string() }));
export const MeetingLists = z.object({ levels: Coded, modes: Coded, topics: Coded });
export const Saved = z.object({ id: zId, reference: z.string(), version: z.number() });
export type Saved = z.infer<typeof Saved>;
