// Wire shapes of incidents: what an officer files (or an import brings), what a reader gets back, and follow-ups.
// Coded values (kinds, forms, outcomes, roles, trade terms) are language-neutral codes the web app labels from its
// catalogs; free text (title, narrative, follow-up notes) keeps its declared language and is translatable.
import { z } from 'zod';
import { USE_RESTRICTIONS, zHandling, zUseRestrictions } from '../../platform/handling/index.js';
import { zId, zName, zPage, zPartyCode, zText } from '../../platform/validation.js';
import { EntityInput, EntityLinkView, EntityView } from '../entities/index.js';
import { ScreeningResult, Verdict } from '../substances/index.js';

export const INCIDENT_KINDS = ['seizure', 'stopped-shipment', 'attempted-diversion', 'suspicious-order', 'clandestine-laboratory', 'equipment', 'online-marketing', 'postal-interdiction', 'financial-lead', 'wildlife-seizure'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const ITEM_TYPES = ['chemical', 'equipment', 'money', 'wildlife'] as const;
export const CHEMICAL_UNITS = ['kg', 'g', 'mg', 't', 'L', 'mL', 'tablets'] as const;
export const CHEMICAL_FORMS = ['powder', 'crystals', 'liquid', 'tablets', 'paste', 'other'] as const;
export const EQUIPMENT_TYPES = ['pill-press', 'die', 'encapsulator', 'reactor', 'other'] as const;
export const WILDLIFE_UNITS = ['number', 'kg', 'g', 'm3', 'm2', 'L'] as const;
export const MODES = ['sea', 'air', 'road', 'rail', 'post', 'courier', 'online', 'other'] as const;
export const INVESTIGATION = ['none', 'open', 'closed'] as const;
export const PROSECUTION = ['none', 'pending', 'charged', 'convicted', 'acquitted'] as const;
export const DISPOSITIONS = ['pending', 'held-as-evidence', 'destroyed', 'forfeited', 'released', 'returned', 'rehomed'] as const;
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CREDIBILITY = ['1', '2', '3', '4', '5', '6'] as const;
export const STATUSES = ['active', 'withdrawn'] as const;

const isoDate = z.iso.date('must be a date such as 2026-03-31');
const optionalName = (max = 200) => zName(max).nullish().transform((v) => v ?? null);
const decimal = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{1,15}(\.\d{1,6})?$/.test(v) && Number(v) > 0, { message: `${what} must be a positive decimal number such as 250 or 12.5`, params: { code: 'positive-decimal' } });
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

const ChemicalItem = z.strictObject({
  type: z.literal('chemical'),
  declaredName: zName(500),
  cas: optionalName(40),
  smiles: zText(4000).nullish().transform((v) => v || null).describe('optional structure, as SMILES'),
  quantity: decimal('the quantity'),
  unit: z.enum(CHEMICAL_UNITS, `must be one of ${CHEMICAL_UNITS.join(', ')}`),
  purity: z.number().gt(0, 'must be more than 0%').max(100, 'must be at most 100%').nullish().transform((v) => v ?? null).describe('percent by weight, where tested'),
  form: z.enum(CHEMICAL_FORMS).nullish().transform((v) => v ?? null),
});
const EquipmentItem = z.strictObject({
  type: z.literal('equipment'),
  equipment: z.enum(EQUIPMENT_TYPES),
  count: z.number().int('must be a whole number').min(1).max(1_000_000),
  description: optionalName(500).describe('maker, model, die markings (a logo pressed into tablets)…'),
});
const MoneyItem = z.strictObject({
  type: z.literal('money'),
  amount: decimal('the amount'),
  currency: z.string().trim().toUpperCase().refine((v) => CURRENCIES.has(v), { message: 'must be an ISO 4217 currency code such as USD or CNY', params: { code: 'currency' } }),
  description: optionalName(500).describe('cash, a frozen account, a payment traced…'),
});
const WildlifeItem = z.strictObject({
  type: z.literal('wildlife'),
  taxon: zName(200).describe('scientific name, as in the bundled checklist (GET /api/v1/wildlife/species)'),
  tradeTerm: z.string().trim().toUpperCase().pipe(z.string().regex(/^[A-Z]{3}$/, 'must be a CITES trade-term code such as IVO, SCA or LIV')),
  quantity: decimal('the quantity'),
  unit: z.enum(WILDLIFE_UNITS, `must be one of ${WILDLIFE_UNITS.join(', ')}`),
  live: z.boolean().nullish().transform((v) => v ?? null).describe('live animals or plants (true), dead or parts (false)'),
});
export const ItemInput = z.discriminatedUnion('type', [ChemicalItem, EquipmentItem, MoneyItem, WildlifeItem]);
export type ItemInput = z.infer<typeof ItemInput>;

const Port = z.strictObject({ country: zPartyCode.nullish().transform((v) => v ?? null), port: optionalName(200) });
export const RouteInput = z.strictObject({
  mode: z.enum(MODES).nullish().transform((v) => v ?? null),
  carrier: optionalName(200),
  conveyance: optionalName(200).describe('vessel name, flight or vehicle'),
  container: optionalName(40),
  trackingNumber: optionalName(60),
  origin: Port.nullish().transform((v) => v ?? null),
  transit: z.array(Port).max(10).default([]),
  destination: Port.nullish().transform((v) => v ?? null),
});
export type RouteInput = z.infer<typeof RouteInput>;

export const PlaceInput = z.strictObject({
  country: zPartyCode,
  locality: optionalName(200).describe('city, district or site'),
  port: optionalName(200),
  latitude: z.number().min(-90).max(90).nullish().transform((v) => v ?? null),
  longitude: z.number().min(-180).max(180).nullish().transform((v) => v ?? null),
});

export const OutcomeInput = z.strictObject({
  investigation: z.enum(INVESTIGATION).default('none'),
  arrests: z.number().int().min(0).max(100_000).default(0),
  prosecution: z.enum(PROSECUTION).default('none'),
  disposition: z.enum(DISPOSITIONS).default('pending'),
});

export const SourceInput = z.strictObject({
  reliability: z.enum(RELIABILITY).describe('admiralty scale: A completely reliable … F cannot be judged'),
  credibility: z.enum(CREDIBILITY).describe('admiralty scale: 1 confirmed … 6 cannot be judged'),
});

export const IncidentInput = z.strictObject({
  kind: z.enum(INCIDENT_KINDS),
  agencyId: zId.describe("the reporting agency: an agency of this node's party"),
  occurredOn: isoDate,
  place: PlaceInput,
  title: zName(300),
  narrative: zText(20_000).default(''),
  language: z.enum(['en', 'zh']).describe('the language of the title, narrative and declared names'),
  items: z.array(ItemInput).max(500).default([]),
  route: RouteInput.default({ mode: null, carrier: null, conveyance: null, container: null, trackingNumber: null, origin: null, transit: [], destination: null }),
  outcome: OutcomeInput.default({ investigation: 'none', arrests: 0, prosecution: 'none', disposition: 'pending' }),
  entities: z.array(EntityInput).max(100_000).default([]),
  notificationReference: optionalName(40).describe('the pre-export notification this incident stopped (stopped shipments)'),
  handling: zHandling.default('TLP:AMBER'),
  useRestrictions: zUseRestrictions.describe(`what a reader may do with it: ${USE_RESTRICTIONS.join(', ')}`),
  source: SourceInput.default({ reliability: 'F', credibility: '6' }),
  releasableTo: z.array(zPartyCode).max(20).default([]).describe('the parties it is shared with'),
});
export type IncidentInput = z.infer<typeof IncidentInput>;

export const WithdrawInput = z.strictObject({ note: zText(2000).nullish().transform((v) => v || null) });

export const FollowUpInput = z.strictObject({
  note: zText(10_000).pipe(z.string().min(1, 'must not be empty')),
  language: z.enum(['en', 'zh']),
  entities: z.array(EntityInput).max(10_000).default([]),
  handling: zHandling.default('TLP:AMBER'),
});
export type FollowUpInput = z.infer<typeof FollowUpInput>;

export const IncidentQuery = z.strictObject({
  kind: z.enum(INCIDENT_KINDS).optional(),
  party: zPartyCode.optional().describe('the party that reported it'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  substance: zId.optional().describe('a registry substance the chemical lines were identified as'),
  taxon: zName(200).optional().describe('a scientific name'),
  handling: zHandling.optional(),
  q: zName(200).optional().describe('words in the reference, title, or an entity as written'),
  status: z.enum(STATUSES).default('active'),
  ...zPage,
});
export type IncidentQuery = z.infer<typeof IncidentQuery>;

const ItemView = z.object({
  position: z.number().int(),
  type: z.enum(ITEM_TYPES),
  details: z.record(z.string(), z.unknown()).describe('the item as filed (see ItemInput)'),
  verdict: Verdict.nullable().describe("a chemical line's screening verdict on this node"),
  screening: ScreeningResult.nullable(),
  substanceIds: z.array(z.string()),
  taxon: z
    .object({ scientificName: z.string(), en: z.string().nullable(), zh: z.string().nullable(), appendix: z.string().nullable() })
    .nullable()
    .describe("a wildlife item's species from this node's checklist (null appendix: not in it)"),
});

export const IncidentSummary = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  originParty: z.string(),
  agency: z.object({ acronym: z.string(), nameEn: z.string(), nameZh: z.string() }),
  occurredOn: z.string(),
  country: z.string(),
  locality: z.string().nullable(),
  title: z.string(),
  language: z.enum(['en', 'zh']),
  handling: z.string(),
  status: z.enum(STATUSES),
  itemTypes: z.array(z.enum(ITEM_TYPES)),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  updatedAt: z.date(),
});
export type IncidentSummary = z.infer<typeof IncidentSummary>;

export const FollowUpView = z.object({
  id: z.string(),
  originParty: z.string(),
  agency: z.object({ acronym: z.string(), nameEn: z.string(), nameZh: z.string() }).nullable(),
  authorName: z.string(),
  note: z.string(),
  language: z.enum(['en', 'zh']),
  handling: z.string(),
  entities: z.array(EntityView),
  createdAt: z.date(),
  status: z.enum(STATUSES).describe('withdrawn: by its author, shown only to its own party (the others purged it)'),
  withdrawnAt: z.date().nullable(),
  withdrawalNote: z.string().nullable(),
  canWithdraw: z.boolean().describe('this reader may withdraw it'),
});

export const Incident = IncidentSummary.extend({
  version: z.number().int(),
  place: z.object({ country: z.string(), locality: z.string().nullable(), port: z.string().nullable(), latitude: z.number().nullable(), longitude: z.number().nullable() }),
  narrative: z.string(),
  items: z.array(ItemView),
  route: z.record(z.string(), z.unknown()).describe('as filed (see RouteInput)'),
  outcome: z.object({ investigation: z.enum(INVESTIGATION), arrests: z.number().int(), prosecution: z.enum(PROSECUTION), disposition: z.enum(DISPOSITIONS) }),
  entities: z.array(EntityView).describe('the first 500, in the order filed'),
  entityCount: z.number().int(),
  links: z.array(EntityLinkView).describe('other records this reader may read that share an entity with this one'),
  followUps: z.array(FollowUpView),
  notification: z.object({ id: z.string(), reference: z.string() }).nullable(),
  useRestrictions: z.array(z.enum(USE_RESTRICTIONS)),
  source: z.object({ reliability: z.enum(RELIABILITY), credibility: z.enum(CREDIBILITY) }),
  releasableTo: z.array(z.string()),
  createdByName: z.string(),
  createdAt: z.date(),
  withdrawnAt: z.date().nullable(),
  withdrawalNote: z.string().nullable(),
  canEdit: z.boolean(),
  canFollowUp: z.boolean(),
});
export type Incident = z.infer<typeof Incident>;

export const IncidentPage = z.object({ items: z.array(IncidentSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
