// Wire shapes of commitments: what a keeper files, what an officer reports, what a reader gets back, the board's
// filters and the roll-up. The topic is a code of data/meetings.json, checked by the use case (a field issue
// `unknown-topic`, with every other problem at once); the text keeps its declared language. `overdue`, and whether a
// done commitment was kept on time, are derived here and never stored (an overdue commitment is open or in progress
// past its due date in the owning party's zone).
import { z } from 'zod';
import { zHandling } from '../../platform/handling/index.js';
import { zId, zName, zPage, zPartyCode, zText } from '../../platform/validation.js';

/** Statuses a commitment can hold; `withdrawn` only on its owner's node (the others purge it). */
export const COMMITMENT_STATUSES = ['open', 'in-progress', 'done', 'dropped', 'withdrawn'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
/** What progress may report. */
export const PROGRESS_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
/** Still owed: these run the reminder and escalation clock and can become overdue. */
export const UNSETTLED: readonly string[] = ['open', 'in-progress'];
export const SETTLED: readonly string[] = ['done', 'dropped'];

// Bounded, so a far-off date never reaches the clock's arithmetic (9999-12-31 plus a day is no date).
const day = z.iso.date('a date such as 2026-03-31').refine((v) => v >= '2000-01-01' && v <= '2199-12-31', 'a date between 2000 and 2199');
const reference = zName(40);
export const EvidenceInput = z
  .strictObject({
    incidents: z.array(reference).max(200).default([]).describe('incident references, e.g. US-INC-2026-000042'),
    notifications: z.array(reference).max(200).default([]).describe('notification references, e.g. CN-PEN-2026-000007'),
    cases: z.array(reference).max(200).default([]).describe('case references, e.g. US-CASE-2026-000003'),
    requests: z.array(reference).max(200).default([]).describe('request references, e.g. CN-REQ-2026-000011'),
  })
  .default({ incidents: [], notifications: [], cases: [], requests: [] });

export const CommitmentInput = z.strictObject({
  meetingId: zId.describe('the meeting it was made at: held on this node, naming this party, not withdrawn'),
  topic: zName(40).describe('a topic code of data/meetings.json'),
  text: zText(4000).min(1, 'must not be empty').describe('what will be done'),
  language: z.enum(['en', 'zh']).describe('the language of the text'),
  agencyId: zId.describe("the owning agency, one of this party's"),
  dueOn: day.describe('the due date (not before the meeting starts, in its place’s zone)'),
  evidence: EvidenceInput.describe('records showing it was done'),
  handling: zHandling.default('TLP:GREEN'),
  demo: z.boolean().default(false).describe('fictional demo data, marked so wherever it is shown'),
});
export type CommitmentInput = z.infer<typeof CommitmentInput>;

const version = z.number().int().min(1).describe('the version being replaced (a stale one is refused)');
export const CommitmentUpdateInput = CommitmentInput.extend({ version });

export const ProgressInput = z.strictObject({
  status: z.enum(PROGRESS_STATUSES).describe('done or dropped settles it (on this party’s local date); open or in-progress reopens it'),
  note: zText(4000).default(''),
  evidence: EvidenceInput,
  version,
});
export type ProgressInput = z.infer<typeof ProgressInput>;

export const WithdrawInput = z.strictObject({ note: zText(2000).nullish().transform((v) => v || null) }).nullish();

const Links = z.object({ incidents: z.array(z.string()), notifications: z.array(z.string()), cases: z.array(z.string()), requests: z.array(z.string()) });
const Agency = z.object({
  id: zId.nullable().describe("the agency on this node: the owning node's own agency; null for another party's agency, which has no id here"),
  acronym: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
});
export const CommitmentUpdateView = z.object({ at: z.string(), byName: z.string(), status: z.string(), note: z.string(), evidence: Links });

export const CommitmentSummary = z.object({
  id: zId,
  reference: z.string(),
  party: z.string().describe('the owning party'),
  version: z.number().int(),
  meetingId: zId.nullable(),
  meetingReference: z.string().nullable(),
  topic: z.string(),
  text: z.string(),
  language: z.string(),
  agencyId: zId.nullable().describe('on the owning node only'),
  agency: Agency,
  dueOn: z.string(),
  status: z.enum(COMMITMENT_STATUSES),
  overdue: z.boolean().describe('open or in progress, and the due date has passed in the owning party’s zone'),
  settledOn: z.string().nullable(),
  kept: z.enum(['on-time', 'late']).nullable().describe('for a done commitment: settled on or before its due date, or after it'),
  handling: zHandling,
  demo: z.boolean(),
  updatedAt: z.date(),
});
export type CommitmentSummary = z.infer<typeof CommitmentSummary>;

export const Commitment = CommitmentSummary.extend({
  evidence: Links,
  updates: z.array(CommitmentUpdateView),
  createdByName: z.string(),
  createdAt: z.date(),
  allowed: z.array(z.enum(['edit', 'progress', 'withdraw'])).describe('what this reader may do with it now'),
});
export type Commitment = z.infer<typeof Commitment>;

export const CommitmentQuery = z.strictObject({
  party: zPartyCode.optional().describe('the owning party'),
  agencyAcronym: zName(40).optional().describe('the owning agency, by acronym'),
  topic: zName(40).optional(),
  status: z.enum([...COMMITMENT_STATUSES, 'overdue']).optional().describe('overdue: open or in progress past the due date; without a status, withdrawn ones are left out'),
  meetingId: zId.optional(),
  dueFrom: day.optional().describe('due on or after'),
  dueTo: day.optional().describe('due on or before'),
  q: z.string().trim().min(1).max(200).optional().describe('a reference (exactly) or words of the text'),
  ...zPage,
});
export type CommitmentQuery = z.infer<typeof CommitmentQuery>;
export const CommitmentPage = z.object({ items: z.array(CommitmentSummary), total: z.number().int() });
export type CommitmentPage = z.infer<typeof CommitmentPage>;

export const RollUpQuery = z.strictObject({
  since: day.optional().describe('count commitments due on or after this date'),
  until: day.optional().describe('count commitments due on or before this date'),
});
export type RollUpQuery = z.infer<typeof RollUpQuery>;

/** Each commitment counts in exactly one of open … dropped; `made` is their sum (withdrawn ones count nowhere). */
export const Tally = z.object({
  made: z.number().int(),
  open: z.number().int().describe('open and not yet overdue'),
  inProgress: z.number().int().describe('in progress and not yet overdue'),
  overdue: z.number().int().describe('open or in progress past the due date'),
  keptOnTime: z.number().int().describe('done on or before the due date'),
  late: z.number().int().describe('done after the due date'),
  dropped: z.number().int(),
});
export type Tally = z.infer<typeof Tally>;
export const RollUp = z.object({
  asOf: z.string().describe('today in this party’s zone: what overdue is counted against'),
  since: z.string().nullable(),
  until: z.string().nullable(),
  byParty: z.array(Tally.extend({ party: z.string() })),
  byTopic: z.array(Tally.extend({ topic: z.string() })),
  byMeeting: z.array(Tally.extend({ meetingId: zId.nullable(), meetingReference: z.string().nullable() })),
});
export type RollUp = z.infer<typeof RollUp>;
