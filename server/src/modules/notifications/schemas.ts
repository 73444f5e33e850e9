// Wire shapes of pre-export notifications: what an exporting officer files, what both sides read, and the replies.
import { z } from 'zod';
import { DOCUMENT_TYPES, type DocumentType } from '../../platform/documents.js';
import { HANDLINGS } from '../../platform/handling/index.js';
import { zId, zName, zPage, zPartyCode, zQueryBool, zText } from '../../platform/validation.js';
import { IdentifiedSubstance, Listing, ScreeningResult, Verdict } from '../substances/index.js';
import { INPUT_UNITS, METRIC_UNITS, US_UNITS } from './units.js';

/** The units a line is kept and shown in; a line may be declared in a US customary unit too (INPUT_UNITS). */
export const UNITS = METRIC_UNITS;
export { INPUT_UNITS, US_UNITS };
export const ATTACHMENT_TYPES = DOCUMENT_TYPES;
export type AttachmentType = DocumentType;
export const MODES = ['sea', 'air', 'road', 'rail', 'post', 'courier', 'other'] as const;
// The handling codes are the platform's (platform/handling), one list for every record kind.
export { HANDLINGS };
export const STATUSES = ['draft', 'sent', 'delivered', 'acknowledged', 'info-requested', 'info-provided', 'cleared', 'objected', 'withdrawn'] as const;
export const DECISIONS = ['authorised', 'suspended', 'refused', 'shipped', 'seized'] as const;
export type Status = (typeof STATUSES)[number];
export type Decision = (typeof DECISIONS)[number];

const isoDate = z.iso.date('must be a date such as 2026-03-31');
const optionalName = (max = 200) => zName(max).nullish().transform((v) => v ?? null);

export const Trader = z.strictObject({
  name: zName(300),
  address: zText(1000).pipe(z.string().min(1, 'must not be empty')),
  licence: optionalName(100).describe('licence or registration number'),
});

export const LineInput = z.strictObject({
  declaredName: zName(500),
  cas: optionalName(40),
  hsCode: optionalName(40),
  smiles: zText(4000).nullish().transform((v) => v || null).describe('optional structure, as SMILES'),
  quantity: z
    .string()
    .trim()
    .refine((v) => /^\d{1,18}(\.\d{1,6})?$/.test(v) && Number(v) > 0, { message: 'must be a positive decimal number such as 250 or 12.5', params: { code: 'positive-decimal' } }),
  unit: z.enum(INPUT_UNITS, `must be one of ${INPUT_UNITS.join(', ')}`).describe('lb, oz and gal (US liquid gallon) are kept converted to kg, g and L, with the declared quantity beside'),
  concentration: z.number().gt(0, 'must be more than 0%').max(100, 'must be at most 100%').nullish().transform((v) => v ?? null).describe('percent by weight'),
  packaging: optionalName(200),
  packages: z.number().int('must be a whole number').min(1, 'must be at least 1').max(1_000_000).nullish().transform((v) => v ?? null),
});
export type LineInput = z.infer<typeof LineInput>;

export const RouteInput = z.strictObject({
  portOfExit: optionalName(200),
  portOfEntry: optionalName(200),
  mode: z.enum(MODES),
  carrier: optionalName(200),
});

export const DraftInput = z.strictObject({
  importingParty: zPartyCode,
  transitParties: z.array(zPartyCode).max(10).default([]),
  agencyId: zId.describe("the exporting authority: an agency of this node's party"),
  exporter: Trader,
  importer: Trader,
  consignee: Trader.nullish().transform((v) => v ?? null).describe('final consignee, when not the importer'),
  lines: z.array(LineInput).min(1, 'a notification names at least one chemical').max(50),
  intendedUse: zText(2000).pipe(z.string().min(1, 'must not be empty')),
  shipmentDate: isoDate,
  route: RouteInput,
  invoiceNumber: optionalName(100),
  permitNumber: optionalName(100).describe("the exporting party's export authorisation (licence, permit) number"),
  importPermitNumber: optionalName(100).describe("the importing party's import permit number, when it issued one"),
  language: z.enum(['en', 'zh']).describe('the language of the free text'),
  handling: z.enum(HANDLINGS).default('TLP:AMBER'),
});
export type DraftInput = z.infer<typeof DraftInput>;

const TraderView = z.object({ name: z.string(), address: z.string(), licence: z.string().nullable() });

export const LineView = z.object({
  position: z.number().int(),
  declaredName: z.string(),
  cas: z.string().nullable(),
  hsCode: z.string().nullable(),
  smiles: z.string().nullable(),
  quantity: z.string(),
  unit: z.enum(UNITS),
  original: z.object({ quantity: z.string(), unit: z.enum(US_UNITS) }).nullable().describe('the quantity as declared, when in a US customary unit (`quantity` and `unit` hold it converted)'),
  concentration: z.number().nullable(),
  netMass: z.string().nullable().describe('the mass of the pure substance in the line unit (quantity × concentration); null for a volume or without a concentration'),
  listings: z.array(Listing).describe("the international (UN 1988 Convention Table I/II) and national lists this node's screening finds the line on"),
  packaging: z.string().nullable(),
  packages: z.number().int().nullable(),
  verdict: Verdict.describe("the exporter's screening verdict"),
  screening: ScreeningResult.nullable().describe("the exporter's screening (on the exporter's node) or its summary"),
  receiverVerdict: Verdict.nullable().describe("the importer's own screening on receipt"),
  receiverScreening: ScreeningResult.nullable(),
  substances: z.array(IdentifiedSubstance).describe("what this node's own screening identifies the line as, named in English and Chinese beside the declared name"),
});

export const EventView = z.object({
  id: z.string(),
  party: z.string(),
  kind: z.string(),
  actorName: z.string(),
  at: z.date(),
  note: z.string().nullable(),
  codes: z.array(z.string()).describe("the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list"),
});

const LocalTimes = z.object({ importer: z.string(), exporter: z.string() }).describe('the same instant in each party\'s time zone, "yyyy-MM-dd HH:mm"');

export const AttachmentView = z.object({
  id: z.string(),
  filename: z.string(),
  mediaType: z.enum(ATTACHMENT_TYPES),
  size: z.number().int(),
  sha256: z.string(),
  createdByName: z.string(),
  createdAt: z.date(),
  answerEventId: z.string().nullable().describe('the `info-provided` event (in `events`) this document came with; null for one filed with the draft'),
});
export type AttachmentView = z.infer<typeof AttachmentView>;
const attachmentName = zName(200).transform((v) => v.replace(/[\\/]/g, '_'));
export const AttachmentQuery = z.strictObject({ filename: attachmentName.describe("the file's name, as the reader will see it") });
/** Documents one answer to a request for information may carry (besides the draft's own). */
export const DOCUMENTS_PER_ANSWER = 5;
// 4 MiB in base64 is 5,592,408 characters; a file somewhat over it is refused by name (413) once decoded, and this
// bound only keeps the work of reading one finite.
const BASE64_MAX_CHARS = 6 * 1024 * 1024;
export const AnswerDocument = z.strictObject({
  filename: attachmentName.describe("the file's name, as the reader will see it"),
  mediaType: z.string().trim().max(100).describe('application/pdf, image/png or image/jpeg: what the file says it is, checked against its content'),
  content: z.base64().max(BASE64_MAX_CHARS).describe('the file, base64-encoded (at most 4 MiB once decoded)'),
});
export type AnswerDocument = z.infer<typeof AnswerDocument>;

export const NotificationSummary = z.object({
  id: z.string(),
  reference: z.string(),
  scheme: z.enum(['pen', 'pen-light']).describe("the exporter's scheme, by its own screening: PEN when a line is scheduled there, PEN Light (voluntary) when none is"),
  importerScheme: z
    .enum(['pen', 'pen-light'])
    .nullable()
    .describe("the importing party's scheme, by its own screening (null until it has screened): `pen` with `scheme` `pen-light` means the importer's law controls a line and it handles the notification as a PEN"),
  status: z.enum(STATUSES),
  overdue: z.boolean(),
  direction: z.enum(['outgoing', 'incoming']),
  exportingParty: z.string(),
  importingParty: z.string(),
  agency: z.object({ acronym: z.string(), nameEn: z.string(), nameZh: z.string() }),
  exporterName: z.string(),
  importerName: z.string(),
  chemicals: z.array(z.string()),
  chemicalLines: z.array(z.object({ declaredName: z.string(), substances: z.array(IdentifiedSubstance) })).describe("each line's declared name and what this node's screening identifies it as"),
  language: z.enum(['en', 'zh']).describe("the language the notification's free text (declared names included) is written in"),
  verdict: Verdict.describe('the most severe line verdict'),
  shipmentDate: z.string(),
  sentAt: z.date().nullable(),
  dueAt: z.date().nullable(),
  dueLocal: LocalTimes.nullable(),
  decision: z.enum(DECISIONS).nullable(),
  createdAt: z.date(),
});
export type NotificationSummary = z.infer<typeof NotificationSummary>;

export const Notification = NotificationSummary.extend({
  version: z.number().int(),
  transitParties: z.array(z.string()),
  exporter: TraderView,
  importer: TraderView,
  consignee: TraderView.nullable(),
  intendedUse: z.string(),
  route: z.object({ portOfExit: z.string().nullable(), portOfEntry: z.string().nullable(), mode: z.enum(MODES), carrier: z.string().nullable() }),
  invoiceNumber: z.string().nullable(),
  permitNumber: z.string().nullable().describe("the exporting party's export authorisation number"),
  importPermitNumber: z.string().nullable().describe("the importing party's import permit number"),
  language: z.enum(['en', 'zh']),
  handling: z.string(),
  lines: z.array(LineView),
  attachments: z.array(AttachmentView),
  events: z.array(EventView),
  review: z.object({ needed: z.boolean(), byName: z.string().nullable(), at: z.date().nullable(), note: z.string().nullable() }),
  signature: z
    .object({
      required: z.boolean().describe('this node\'s party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it'),
      prepared: z.enum(['cleared', 'objected']).nullable().describe('the clearance or objection prepared and waiting for that signature'),
      note: z.string().nullable(),
      codes: z.array(z.string()).describe('the prepared conditions or objection reasons, as standard phrase codes'),
      byName: z.string().nullable().describe('who prepared it'),
      at: z.date().nullable(),
    })
    .describe("the importing node's second person for clearances and objections (on the exporting node: never required)"),
  receivedAt: z.date().nullable(),
  dueDate: z.string().nullable(),
  dueTimeZone: z.string().nullable(),
  calendarUnknown: z.array(z.number().int()),
  replyPeriod: z
    .object({ days: z.number().int(), kind: z.enum(['calendar', 'working']) })
    .nullable()
    .describe("the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded)"),
  reply: z.enum(['acknowledged', 'info-requested', 'cleared', 'objected']).nullable(),
  repliedAt: z.date().nullable(),
  decisionNote: z.string().nullable(),
  decisionCodes: z.array(z.string()).describe('standard phrases noted with the export decision'),
  decidedAt: z.date().nullable(),
  withdrawnAt: z.date().nullable(),
  withdrawalNote: z.string().nullable(),
  withdrawalCodes: z.array(z.string()).describe('standard phrases giving the reason for the withdrawal'),
  hasClearance: z.boolean(),
  createdByName: z.string(),
  allowedDecisions: z.array(z.enum(DECISIONS)).describe('the export decisions the exporter may record now (empty on the importing node)'),
  allowed: z
    .array(z.enum(['edit', 'review', 'send', 'withdraw', 'acknowledge', 'request-info', 'clear', 'object', 'sign', 'return', 'provide-info', 'decide']))
    .describe('what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`)'),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationQuery = z.strictObject({
  box: z.enum(['inbox', 'outbox', 'all']).default('all'),
  status: z.enum(STATUSES).optional(),
  party: zPartyCode.optional().describe('the other party'),
  chemical: z.string().trim().min(1).max(200).optional().describe('declared name or CAS, partial'),
  dueSoon: zQueryBool.optional().describe('open, due within 3 days'),
  overdue: zQueryBool.optional(),
  ...zPage,
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationPage = z.object({ items: z.array(NotificationSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const ReviewInput = z.strictObject({ note: zText(2000).nullish().transform((v) => v || null) });
// Standard phrases by code (phrases.ts: a code not on the list is a 422), with free text as an optional addition;
// where the other party must be told why, a phrase or a note is required.
const optionalNote = (max = 2000) => zText(max).nullish().transform((v) => v || null);
const phraseCodes = (list: string) => z.array(z.string().trim().min(1).max(64)).max(20).default([]).describe(`standard phrases: codes from the ${list} list of GET /api/v1/notification-phrases`);
const hasReason = (v: { codes: string[]; note: string | null }) => v.codes.length > 0 || v.note !== null;
const phraseOrNote = (message: string) => ({ message, path: ['note'], params: { code: 'phrase-or-note' } });

export const WithdrawInput = z.strictObject({ codes: phraseCodes('withdrawalReasons'), note: optionalNote() }).refine(hasReason, phraseOrNote('say why the notification is withdrawn: choose a reason or write a note'));
export type WithdrawInput = z.infer<typeof WithdrawInput>;
export const ReplyInput = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('acknowledge'), note: optionalNote() }),
  z.strictObject({ action: z.literal('request-info'), codes: phraseCodes('informationRequests'), note: optionalNote() }).refine(hasReason, phraseOrNote('say what information is needed: choose it from the list or write a note')),
  z.strictObject({ action: z.literal('clear'), codes: phraseCodes('clearanceConditions').describe('conditions, if any'), note: optionalNote().describe('further conditions, if any') }),
  z.strictObject({ action: z.literal('object'), codes: phraseCodes('objectionReasons'), note: optionalNote() }).refine(hasReason, phraseOrNote('an objection states its reason: choose one or write a note')),
]);
export type ReplyInput = z.infer<typeof ReplyInput>;
export const ReturnInput = z.strictObject({ note: zText(2000).pipe(z.string().min(1, 'say why it goes back')) });
export const ProvideInfoInput = z.strictObject({
  note: zText(4000).pipe(z.string().min(1, 'give the information asked for')),
  documents: z.array(AnswerDocument).max(DOCUMENTS_PER_ANSWER, `at most ${DOCUMENTS_PER_ANSWER} documents with one answer`).default([]).describe('documents given with the information (PDF, PNG or JPEG), each tied to this answer and shared with it'),
});
export type ProvideInfoInput = z.infer<typeof ProvideInfoInput>;
export const DecisionInput = z.strictObject({ decision: z.enum(DECISIONS), codes: phraseCodes('decisionNotes'), note: optionalNote() });
export type DecisionInput = z.infer<typeof DecisionInput>;

export const ReplyPeriod = z.object({ partyCode: z.string(), days: z.number().int(), kind: z.enum(['calendar', 'working']), isDefault: z.boolean() });
export const SetReplyPeriod = z.strictObject({ days: z.number().int().min(1).max(120), kind: z.enum(['calendar', 'working']) });
export const SigningRule = z.object({ partyCode: z.string(), secondPerson: z.boolean(), isDefault: z.boolean() });
export const SetSigningRule = z.strictObject({ secondPerson: z.boolean().describe('a supervisor who did not prepare it signs each clearance or objection of a line controlled here') });

export const NotificationBoxes = z.object({
  inbox: z.number().int().describe("received notifications awaiting this party's reply (its clock running: not yet cleared, objected or withdrawn, no information awaited)"),
  outbox: z.number().int().describe("this party's drafts, and its notifications the importer asked for information on"),
});
export type NotificationBoxes = z.infer<typeof NotificationBoxes>;
