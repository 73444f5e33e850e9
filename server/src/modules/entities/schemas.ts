// Wire shapes of entities: what a record names (kind, value as written, role) and what a reader gets back (links to
// other records, an entity's page). Kinds and roles are stable codes, labelled by the web app's catalogs.
import { z } from 'zod';
import { zName, zPage, zPartyCode } from '../../platform/validation.js';
import { ENTITY_KINDS, ENTITY_ROLES, MAX_VALUE_CHARS } from './normalise/index.js';

const optional = (schema: z.ZodType<string>) => schema.nullish().transform((v) => v ?? null);

export const EntityInput = z.strictObject({
  kind: z.enum(ENTITY_KINDS),
  value: zName(MAX_VALUE_CHARS).describe('as written: a company name, a phone number, an address, a tracking number…'),
  role: z.enum(ENTITY_ROLES).default('other'),
  country: optional(zPartyCode).describe('ISO 3166-1 alpha-2: where a phone is dialled, an address lies, a licence was issued'),
  uscc: optional(zName(18)).describe("a Chinese company's unified social credit code, when known"),
  bankCode: optional(zName(40)).describe('SWIFT BIC, CNAPS or ABA routing number beside a domestic account number'),
});
export type EntityInput = z.infer<typeof EntityInput>;

export const EntityView = z.object({
  kind: z.enum(ENTITY_KINDS),
  value: z.string(),
  key: z.string().describe('the normalised key records are correlated on'),
  role: z.string(),
  common: z.boolean().describe('too common to link records by rule (a free-mail domain, a carrier switchboard, a port)'),
  country: z.string().nullable().describe('as filed'),
  uscc: z.string().nullable().describe('as filed'),
  bankCode: z.string().nullable().describe('as filed'),
});

export const RecordMentionView = z.object({
  recordKind: z.string().describe('incident, incident-follow-up, notification'),
  recordId: z.string(),
  parentId: z.string().nullable().describe("the record it is shown in (a follow-up's incident)"),
  reference: z.string(),
  originParty: z.string(),
  role: z.string(),
  value: z.string().describe('the entity as that record writes it'),
  recordDate: z.string().nullable(),
});

export const EntityLinkView = z.object({
  kind: z.enum(ENTITY_KINDS),
  key: z.string(),
  value: z.string(),
  role: z.string(),
  tooCommon: z.boolean().describe('mentioned by more records than the correlation threshold: a hub, not a lead; not listed'),
  total: z.number().int().describe('other records this reader may read that mention the entity'),
  byParty: z.record(z.string(), z.number().int()),
  records: z.array(RecordMentionView).describe('the most recent of them'),
});

export const EntityQuery = z.strictObject({
  kind: z.enum(ENTITY_KINDS),
  key: zName(MAX_VALUE_CHARS).optional().describe('a normalised key, as links give it'),
  value: zName(MAX_VALUE_CHARS).optional().describe('or a value as written, normalised as records are'),
  country: zPartyCode.optional(),
  ...zPage,
});

export const EntityPageView = z.object({
  kind: z.enum(ENTITY_KINDS),
  key: z.string(),
  values: z.array(z.string()).describe('how the records write it'),
  tooCommon: z.boolean(),
  total: z.number().int(),
  items: z.array(RecordMentionView),
  page: z.number().int(),
  pageSize: z.number().int(),
});
