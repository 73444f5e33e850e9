// Wire shapes of cases, requests and their steps: what an officer files, what a reader gets back. Coded values
// (topics, types, legal bases, asked items, reasons) are language-neutral codes labelled from data/requests.json;
// free text (titles, summaries, details, notes) keeps its declared language and is translatable.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { zHandling, zUseRestrictions } from '../../platform/handling/index.js';
import { fromRoot } from '../../platform/paths.js';
import { zId, zName, zPartyCode, zText } from '../../platform/validation.js';
import { EntityInput, EntityLinkView, EntityView } from '../entities/index.js';

const Entry = z.object({ code: z.string(), en: z.string(), 'zh-CN': z.string() });
const Lists = z.object({
  legalBases: z.array(Entry),
  requestTypes: z.array(Entry),
  priorities: z.array(Entry),
  askedItems: z.array(Entry),
  delayReasons: z.array(Entry),
  refusalReasons: z.array(Entry),
  caseTopics: z.array(Entry),
});
/** The module's bilingual code lists (data/requests.json), checked when the module loads. */
export const requestLists = Lists.parse(JSON.parse(readFileSync(fromRoot('data', 'requests.json'), 'utf8')));
const codesOf = (list: keyof typeof requestLists) => requestLists[list].map((e) => e.code) as [string, ...string[]];
const coded = (list: keyof typeof requestLists, what: string) => {
  const codes = codesOf(list);
  return z.enum(codes, `${what} must be one of ${codes.join(', ')}`);
};

export const REQUEST_TYPES = ['information', 'assistance', 'document-service', 'evidence', 'spontaneous'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const PRIORITIES = ['urgent', 'high', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PERIOD_UNITS = ['hours', 'calendar-days', 'working-days'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const REQUEST_STATUSES = ['draft', 'awaiting-approval', 'sent', 'received', 'clarification', 'partially-answered', 'answered', 'refused', 'closed', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** Statuses in which the receiver owes an answer and its clock runs (`clarification`: stopped). */
export const CLOCK_RUNNING: readonly RequestStatus[] = ['received', 'partially-answered'];
/** Statuses after which nothing more is answered. */
export const FINISHED: readonly RequestStatus[] = ['answered', 'refused', 'closed', 'withdrawn'];
export const CASE_STATUSES = ['open', 'closed', 'withdrawn'] as const;

/** Steps the receiving party takes; `acknowledged` and `clock-restarted` are its node's own, automatic. */
export const RECEIVER_STEPS = ['acknowledged', 'delay', 'clarification-requested', 'partial-answer', 'answer', 'refusal', 'clock-restarted'] as const;
/** Steps the requesting party takes. */
export const REQUESTER_STEPS = ['clarification', 'closure'] as const;
/** Steps that stay on their node: the reply clock's reminders and escalations. */
export const LOCAL_STEPS = ['reminder-sent', 'escalated'] as const;
export const STEP_KINDS = [...RECEIVER_STEPS, ...REQUESTER_STEPS, ...LOCAL_STEPS] as const;
export type StepKind = (typeof STEP_KINDS)[number];
/** What a person may file as a step (the automatic ones are the node's). */
export const FILED_STEPS = ['delay', 'clarification-requested', 'partial-answer', 'answer', 'refusal', 'clarification', 'closure'] as const;
export type FiledStep = (typeof FILED_STEPS)[number];

/** Default reply periods (EU Directive 2023/977, Article 5): a party's agreement profile may set others. */
export const DEFAULT_PERIODS: Record<Priority, { amount: number; unit: PeriodUnit }> = {
  urgent: { amount: 8, unit: 'hours' },
  high: { amount: 3, unit: 'calendar-days' },
  normal: { amount: 7, unit: 'calendar-days' },
};

const language = z.enum(['en', 'zh']).describe('the language of the free text');
const optionalText = (max: number) => zText(max).nullish().transform((v) => v || null);
export const LinksInput = z
  .strictObject({
    incidents: z.array(zName(40)).max(200).default([]).describe('incident references, e.g. US-INC-2026-000042'),
    notifications: z.array(zName(40)).max(200).default([]).describe('notification references, e.g. CN-PEN-2026-000007'),
    contacts: z.array(zId).max(50).default([]).describe('points of contact in the directory'),
  })
  .default({ incidents: [], notifications: [], contacts: [] });

export const CaseInput = z.strictObject({
  title: zName(300),
  summary: zText(20_000).default(''),
  language,
  topic: coded('caseTopics', 'the topic'),
  parties: z.array(zPartyCode).min(1, 'name at least one other party').max(20).describe('the other parties the case is shared with'),
  agencyId: zId.nullish().transform((v) => v ?? null).describe("the opening agency (default: the officer's own)"),
  handling: zHandling,
  useRestrictions: zUseRestrictions,
  links: LinksInput,
  entities: z.array(EntityInput).max(1000).default([]),
});
export type CaseInput = z.infer<typeof CaseInput>;

export const AskedItemInput = z.strictObject({ code: coded('askedItems', 'an asked item'), note: optionalText(2000) });
export const SourceInput = z.strictObject({ reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']), credibility: z.enum(['1', '2', '3', '4', '5', '6']) });

export const RequestInput = z.strictObject({
  caseId: zId.nullish().transform((v) => v ?? null),
  toParty: zPartyCode,
  toContactId: zId.nullish().transform((v) => v ?? null).describe('the counterpart in the directory, if known'),
  agencyId: zId.nullish().transform((v) => v ?? null),
  type: z.enum(REQUEST_TYPES),
  legalBasis: coded('legalBases', 'the legal basis'),
  legalBasisOther: optionalText(500).describe('required when the legal basis is "other"'),
  priority: z.enum(PRIORITIES),
  items: z.array(AskedItemInput).max(30).default([]).describe('what is asked, by coded item; an urgent request names at least one'),
  subject: zName(300),
  details: zText(20_000).default(''),
  language,
  entities: z.array(EntityInput).max(1000).default([]),
  links: LinksInput,
  handling: zHandling,
  useRestrictions: zUseRestrictions,
  source: SourceInput.nullish().transform((v) => v ?? null).describe('source and information evaluation, for spontaneous information'),
});
export type RequestInput = z.infer<typeof RequestInput>;

export const DocumentInput = z.strictObject({
  filename: zName(200),
  mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
  content: z.base64().describe('the file, base64-encoded'),
});
export type DocumentInput = z.infer<typeof DocumentInput>;

export const StepInput = z.strictObject({
  kind: z.enum(FILED_STEPS),
  note: optionalText(20_000),
  language: language.nullish().transform((v) => v ?? null),
  reason: z.string().max(40).nullish().transform((v) => v ?? null).describe('a delay, refusal or closure reason code'),
  expectedAt: z.iso.datetime({ offset: true }).nullish().transform((v) => (v ? new Date(v) : null)).describe('a delay notice: when the answer is now expected'),
  handling: zHandling.nullish().transform((v) => v ?? null).describe("an answer's handling: the request's or stricter"),
  useRestrictions: zUseRestrictions,
  entities: z.array(EntityInput).max(1000).default([]),
  links: LinksInput,
  documents: z.array(DocumentInput).max(10).default([]),
});
export type StepInput = z.infer<typeof StepInput>;

export const ReturnInput = z.strictObject({ note: zText(2000).min(1, 'say why') });
export const PeriodInput = z.strictObject({ type: z.enum(REQUEST_TYPES), priority: z.enum(PRIORITIES), amount: z.number().int().min(1).max(720), unit: z.enum(PERIOD_UNITS) });
export const SettingsInput = z.strictObject({ fourEyes: z.enum(['sensitive', 'all']), periods: z.array(PeriodInput).max(REQUEST_TYPES.length * PRIORITIES.length).default([]) });

const Agency = z.object({ acronym: z.string(), nameEn: z.string(), nameZh: z.string() });
const Links = z.object({ incidents: z.array(z.string()), notifications: z.array(z.string()), contacts: z.array(z.string()) });
const Both = z.object({ requester: z.string(), receiver: z.string() }).describe('the same instant as each side reads it, in its own zone');

export const DocumentView = z.object({ id: zId, stepId: zId.nullable(), party: z.string(), filename: z.string(), mediaType: z.string(), size: z.number(), sha256: z.string(), createdByName: z.string(), createdAt: z.date() });
export const StepView = z.object({
  id: zId,
  party: z.string(),
  kind: z.enum(STEP_KINDS),
  state: z.enum(['pending-approval', 'sent', 'received', 'local']),
  agency: Agency.nullable(),
  authorName: z.string(),
  approvedByName: z.string().nullable(),
  at: z.date(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  language: z.string().nullable(),
  expectedAt: z.date().nullable(),
  dueAt: z.date().nullable(),
  handling: z.string().nullable(),
  useRestrictions: z.array(z.string()),
  entities: z.array(EntityView),
  links: Links.nullable(),
  documents: z.array(DocumentView),
  allowed: z.array(z.enum(['approve', 'return'])),
});
export type StepView = z.infer<typeof StepView>;

export const ClockView = z.object({
  period: z.object({ amount: z.number(), unit: z.enum(PERIOD_UNITS) }).nullable(),
  receivedAt: z.date().nullable(),
  dueAt: z.date().nullable(),
  dueLocal: Both.nullable(),
  pausedAt: z.date().nullable(),
  remainingMs: z.number().nullable().describe('while paused: what is left of the period'),
  remainingDays: z.number().int().nullable().describe("while a period of calendar or working days is stopped: the whole days of it left, counted on the receiver's calendar and in its zone"),
  expectedAt: z.date().nullable(),
  overdue: z.boolean(),
});

export const REQUEST_ACTIONS = ['edit', 'submit', 'approve', 'return', 'withdraw', 'delay', 'clarification-requested', 'partial-answer', 'answer', 'refusal', 'clarification', 'closure'] as const;
export const RequestSummary = z.object({
  id: zId,
  reference: z.string(),
  originParty: z.string(),
  toParty: z.string(),
  caseId: zId.nullable(),
  caseReference: z.string().nullable(),
  agency: Agency,
  type: z.enum(REQUEST_TYPES),
  priority: z.enum(PRIORITIES),
  subject: z.string(),
  language: z.string(),
  handling: z.string(),
  status: z.enum(REQUEST_STATUSES),
  clock: ClockView,
  delayCount: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type RequestSummary = z.infer<typeof RequestSummary>;

export const Request = RequestSummary.extend({
  version: z.number(),
  toContact: z.object({ id: z.string(), name: z.string() }).nullable(),
  legalBasis: z.string(),
  legalBasisOther: z.string().nullable(),
  items: z.array(z.object({ code: z.string(), note: z.string().nullable() })),
  details: z.string(),
  entities: z.array(EntityView),
  links: Links,
  useRestrictions: z.array(z.string()),
  source: SourceInput.nullable(),
  createdByName: z.string(),
  approvedByName: z.string().nullable(),
  returnNote: z.string().nullable(),
  sentAt: z.date().nullable(),
  firstAnswerAt: z.date().nullable(),
  answeredAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  steps: z.array(StepView).describe('the timeline, oldest first'),
  documents: z.array(DocumentView).describe('documents filed with the request itself'),
  /** Deconfliction, on the receiving node: this party's own records sharing an entity with the request. */
  holdings: z.array(EntityLinkView),
  allowed: z.array(z.enum(REQUEST_ACTIONS)),
});
export type Request = z.infer<typeof Request>;

export const Case = z.object({
  id: zId,
  reference: z.string(),
  originParty: z.string(),
  version: z.number(),
  agency: Agency,
  title: z.string(),
  summary: z.string(),
  language: z.string(),
  topic: z.string(),
  parties: z.array(z.string()),
  handling: z.string(),
  useRestrictions: z.array(z.string()),
  links: Links,
  entities: z.array(EntityView),
  status: z.enum(CASE_STATUSES),
  createdByName: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  requests: z.array(RequestSummary),
  allowed: z.array(z.enum(['edit', 'close', 'withdraw', 'request'])),
});
export type Case = z.infer<typeof Case>;
export const CaseSummary = Case.omit({ requests: true, allowed: true, entities: true, links: true, summary: true }).extend({ requestCount: z.number(), openCount: z.number() });
