// Wire shapes of the directory: one zod schema validates, types and documents each (STYLE: schemas at the edge).
import { z } from 'zod';
import { zId, zName, zPage, zPartyCode, zQueryBool, zText, zTimeZone } from '../../platform/validation.js';
import { zChineseRendering } from '../../platform/names.js';
import { AGENCY_KINDS, CHANNEL_KINDS, LANGUAGE_CODES, TOPIC_CODES } from './code-lists.js';

export const Party = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  timeZone: z.string(),
  isSelf: z.boolean(),
});
export type Party = z.infer<typeof Party>;

export const CreateParty = z.strictObject({ code: zPartyCode, nameEn: zName(120), nameZh: zName(120), timeZone: zTimeZone });
export const UpdateParty = z.strictObject({ nameEn: zName(120), nameZh: zName(120), timeZone: zTimeZone }).partial();

export const Agency = z.object({
  id: z.string(),
  partyCode: z.string(),
  acronym: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  kind: z.enum(AGENCY_KINDS),
  isActive: z.boolean(),
});
export type Agency = z.infer<typeof Agency>;

export const CreateAgency = z.strictObject({
  partyCode: zPartyCode,
  acronym: zName(40),
  nameEn: zName(200),
  nameZh: zName(200),
  kind: z.enum(AGENCY_KINDS),
});
export const UpdateAgency = z
  .strictObject({ acronym: zName(40), nameEn: zName(200), nameZh: zName(200), kind: z.enum(AGENCY_KINDS), isActive: z.boolean() })
  .partial();
export const AgencyQuery = z.strictObject({ party: zPartyCode.optional(), includeInactive: zQueryBool.optional() });

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24-hour)');

export const Hours = z.strictObject({
  days: z.array(z.number().int().min(1).max(7)).min(1, 'pick at least one day').max(7),
  start: HHMM,
  end: HHMM,
  timeZone: zTimeZone,
});

export const Channel = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  value: zName(200),
  label: zName(80).optional(),
});

const contactFields = {
  agencyId: zId,
  kind: z.enum(['person', 'desk']),
  name: zName(200),
  // A Chinese rendering of a name not written in Chinese, entered by a person (issue #14); Chinese readers see it first.
  nameZh: zChineseRendering(200).nullish(),
  title: zName(200).nullish(),
  topics: z.array(z.enum(TOPIC_CODES)).min(1, 'pick at least one topic').max(TOPIC_CODES.length),
  coverage: z.enum(['24x7', 'hours']),
  hours: Hours.nullish(),
  channels: z.array(Channel).min(1, 'give at least one way to reach the contact').max(10),
  languages: z.array(z.enum(LANGUAGE_CODES)).min(1, 'pick at least one language').max(LANGUAGE_CODES.length),
  notes: zText(2000).nullish(),
  language: z.enum(['en', 'zh']),
  // Parties whose nodes receive this contact through the exchange (DESIGN §4); empty keeps it on this node.
  releasableTo: z.array(zPartyCode).max(20).default([]),
};

type HoursCheck = { coverage?: '24x7' | 'hours' | undefined; hours?: unknown };
const coverageMatchesHours = (v: HoursCheck, ctx: z.RefinementCtx) => {
  if (v.coverage === 'hours' && !v.hours) ctx.addIssue({ code: 'custom', path: ['hours'], message: 'office-hours coverage needs its hours' });
  if (v.coverage === '24x7' && v.hours) ctx.addIssue({ code: 'custom', path: ['hours'], message: '24/7 coverage takes no hours' });
};

export const CreateContact = z.strictObject(contactFields).superRefine(coverageMatchesHours);
export type CreateContact = Omit<z.infer<typeof CreateContact>, 'releasableTo'> & { releasableTo?: string[] | undefined };

// A patch is checked against the stored contact in the service; here only what contradicts itself is refused.
export const UpdateContact = z
  .strictObject({ version: z.number().int().min(1), ...contactFields, releasableTo: z.array(zPartyCode).max(20) })
  .partial()
  .required({ version: true })
  .superRefine((v, ctx) => {
    if (v.coverage === '24x7' && v.hours) ctx.addIssue({ code: 'custom', path: ['hours'], message: '24/7 coverage takes no hours' });
    if (v.coverage === 'hours' && v.hours === null) ctx.addIssue({ code: 'custom', path: ['hours'], message: 'office-hours coverage needs its hours' });
  });
export type UpdateContact = z.infer<typeof UpdateContact>;

export const ContactQuery = z.strictObject({
  party: zPartyCode.optional(),
  agencyId: zId.optional(),
  topic: z.enum(TOPIC_CODES).optional(),
  language: z.enum(LANGUAGE_CODES).optional(),
  coverage: z.enum(['24x7', 'hours']).optional(),
  stale: zQueryBool.optional(),
  q: z.string().trim().max(200).optional(),
  includeInactive: zQueryBool.optional(),
  ...zPage,
});
export type ContactQuery = z.infer<typeof ContactQuery>;

export const ContactExportQuery = ContactQuery.omit({ page: true, pageSize: true }).extend({
  lang: z.enum(['en', 'zh-CN']).optional(),
});

export const Contact = z.object({
  id: z.string(),
  agencyId: z.string(),
  agency: z.object({ acronym: z.string(), nameEn: z.string(), nameZh: z.string(), partyCode: z.string() }),
  kind: z.enum(['person', 'desk']),
  name: z.string(),
  nameZh: z.string().nullable(),
  title: z.string().nullable(),
  topics: z.array(z.string()),
  coverage: z.enum(['24x7', 'hours']),
  hours: z.object({ days: z.array(z.number()), start: z.string(), end: z.string(), timeZone: z.string() }).nullable(),
  channels: z.array(z.object({ kind: z.enum(CHANNEL_KINDS), value: z.string(), label: z.string().optional() })),
  languages: z.array(z.string()),
  notes: z.string().nullable(),
  language: z.string(),
  isActive: z.boolean(),
  verifiedAt: z.date().nullable(),
  // A contact received from another party names its verifier as that party's node reported it (id null).
  verifiedBy: z.object({ id: z.string().nullable(), displayName: z.string(), displayNameZh: z.string().nullable() }).nullable(),
  isStale: z.boolean(),
  version: z.number(),
  originParty: z.string(),
  releasableTo: z.array(z.string()),
  handling: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  canEdit: z.boolean(),
});
export type Contact = z.infer<typeof Contact>;

export const ContactPage = z.object({ items: z.array(Contact), total: z.number(), page: z.number(), pageSize: z.number() });

export const Withdrawal = z.strictObject({ note: zText(2000).optional() }).nullish();
