// Wire shapes of readouts: what the secretariat drafts, edits and translates, what a supervisor clears, and what a
// reader gets back (the texts, the translation and whether it is stale, each party's clearances, the joint partners'
// texts held here, the public release and the actions this reader may take). A readout's free text keeps the
// language it was written in; its translation says who made it and which original it translates.
import { z } from 'zod';
import { zId, zName, zPage, zText } from '../../platform/validation.js';
import { MeetingLinksInput } from './schemas-meetings.js';

export const READOUT_KINDS = ['own', 'joint'] as const;
export const READOUT_STATUSES = ['draft', 'cleared', 'released', 'withdrawn'] as const;
export const READOUT_ACTIONS = ['edit', 'translate', 'clear', 'release', 'withdraw'] as const;
export type ReadoutAction = (typeof READOUT_ACTIONS)[number];

const language = z.enum(['en', 'zh']).describe('the language the readout is written in');
const title = zName(300);
const body = zText(20_000).min(1, 'must not be empty');
const version = z.number().int().min(1).describe('the version being replaced or cleared (a stale one is refused)');

export const ReadoutInput = z.strictObject({
  meetingId: zId.describe('a meeting held on this node that names this party'),
  kind: z.enum(READOUT_KINDS).describe("own: this party's account, released by it alone; joint: each party drafts its own text, released once both are cleared"),
  jointId: zId.nullish().transform((v) => v ?? null).describe("a joint readout: the joint id of the other party's text received here; none starts a new joint readout"),
  language,
  title,
  body,
  links: MeetingLinksInput,
});
export type ReadoutInput = z.infer<typeof ReadoutInput>;

export const ReadoutEdit = z.strictObject({ title, body, links: MeetingLinksInput, version });
export type ReadoutEdit = z.infer<typeof ReadoutEdit>;

export const TranslationInput = z.strictObject({ title, body, by: z.enum(['person', 'machine']).describe('who translated it (a machine translation someone pasted says so)'), version });
export type TranslationInput = z.infer<typeof TranslationInput>;

export const ClearInput = z.strictObject({ version });
export const WithdrawReadoutInput = z.strictObject({ note: zText(2000).nullish().transform((v) => v || null) }).nullish();

export const ReadoutQuery = z.strictObject({ meetingId: zId.optional(), status: z.enum(READOUT_STATUSES).optional(), ...zPage });
export type ReadoutQuery = z.infer<typeof ReadoutQuery>;

const Links = z.object({ incidents: z.array(z.string()), notifications: z.array(z.string()), cases: z.array(z.string()), requests: z.array(z.string()) });
const TranslationView = z.object({ title: z.string(), body: z.string(), by: z.enum(['person', 'machine']), byName: z.string(), sourceHash: z.string(), at: z.string() });

export const ReadoutSummary = z.object({
  id: zId,
  reference: z.string(),
  originParty: z.string(),
  version: z.number().int(),
  meetingId: zId,
  meetingReference: z.string(),
  meetingTitle: z.string(),
  kind: z.enum(READOUT_KINDS),
  jointId: zId.nullable(),
  language,
  title: z.string(),
  status: z.enum(READOUT_STATUSES),
  released: z.boolean().describe('a release of it is on the public page (perhaps of an earlier version)'),
  updatedAt: z.date(),
});
export type ReadoutSummary = z.infer<typeof ReadoutSummary>;
export const ReadoutPage = z.object({ items: z.array(ReadoutSummary), total: z.number().int() });
export type ReadoutPage = z.infer<typeof ReadoutPage>;

export const ClearanceView = z.object({
  id: zId,
  readoutId: zId,
  party: z.string(),
  version: z.number().int(),
  clearedByName: z.string(),
  clearedByTitle: z
    .object({ role: z.literal('supervisor'), agency: z.string().nullable() })
    .nullable()
    .describe("a clearance known by role and agency, not by name (another party's, which sends no names): to be said in the reader's language"),
  at: z.date(),
  current: z.boolean().describe("it clears the text's current version"),
});
export const PartnerView = z.object({ id: zId, reference: z.string(), party: z.string(), version: z.number().int(), language, title: z.string(), status: z.enum(READOUT_STATUSES), cleared: z.boolean().describe('its party cleared its current version') });
export const ReleaseView = z.object({ slug: z.string(), version: z.number().int(), releasedAt: z.date(), updatedAt: z.date(), current: z.boolean().describe('the public page shows the current version') });

export const Readout = ReadoutSummary.extend({
  body: z.string(),
  translation: TranslationView.nullable(),
  stale: z.boolean().describe('the translation translates an earlier original'),
  links: Links,
  createdByName: z.string(),
  createdAt: z.date(),
  clearances: z.array(ClearanceView).describe("this text's and its joint partners' clearances, newest first"),
  partners: z.array(PartnerView).describe("a joint readout: the other parties' texts held here"),
  release: ReleaseView.nullable(),
  meetingHandling: z.string().describe("the meeting's handling: only a readout of a TLP:CLEAR meeting is cleared and released"),
  allowed: z.array(z.enum(READOUT_ACTIONS)),
});
export type Readout = z.infer<typeof Readout>;

export const ReadoutVersion = z.object({ version: z.number().int(), language, title: z.string(), body: z.string(), translation: TranslationView.nullable(), byName: z.string(), at: z.date() });
export const ReadoutVersions = z.object({ items: z.array(ReadoutVersion).describe('newest first') });
export type ReadoutVersions = z.infer<typeof ReadoutVersions>;
