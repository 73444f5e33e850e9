// Wire shapes of the registry API. Screening shapes live in screening-schemas.ts.
import { z } from 'zod';
import { zName, zText } from '../../platform/validation.js';
import { Cover, Jurisdiction } from './registry.js';
import { ControlView, ScreeningLine, ScreeningResult } from './screening-schemas.js';
import { SourceView } from './sources.js';

const Text = z.object({ en: z.string(), zh: z.string() });
const isoDate = z.iso.date('must be a date YYYY-MM-DD');

export const ControlOut = ControlView.extend({ id: z.string(), origin: z.enum(['shipped', 'local']), inForce: z.boolean() });
export type ControlOut = z.infer<typeof ControlOut>;

export const SubstanceSummary = z.object({
  id: z.string(),
  kind: z.enum(['precursor', 'drug']),
  names: Text,
  cas: z.string().nullable(),
  hs: z.string().nullable(),
  origin: z.enum(['shipped', 'local']),
  jurisdictions: z.array(Jurisdiction).describe('where it is controlled on the date asked'),
  matched: z.string().optional().describe('the name or identifier the search matched'),
});
export type SubstanceSummary = z.infer<typeof SubstanceSummary>;

export const SubstanceDetail = SubstanceSummary.extend({
  synonyms: z.object({ en: z.array(z.string()), zh: z.array(z.string()) }),
  otherCas: z.array(z.object({ cas: z.string(), form: z.string() })),
  smiles: z.string().nullable(),
  inchiKey: z.string().nullable(),
  controls: z.array(ControlOut),
  classes: z.array(z.object({ id: z.string(), names: Text })).describe('class controls whose reference structure this is'),
  notes: z.array(z.object({ jurisdiction: Jurisdiction, asOf: z.string(), text: Text, sources: z.array(SourceView) })).describe('what official sources say that is not (yet) a control: "scheduling under way"'),
  sources: z.array(SourceView),
  unconfirmed: z.array(z.string()).describe('fields not confirmed from a source: shown as unconfirmed'),
});
export type SubstanceDetail = z.infer<typeof SubstanceDetail>;

export const SubstanceQuery = z.strictObject({
  q: z.string().trim().max(200).optional().describe('name (English or Chinese, fuzzy), CAS number or InChIKey'),
  jurisdiction: Jurisdiction.optional(),
  kind: z.enum(['precursor', 'drug']).optional(),
  asOf: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ListsOut = z.object({ items: z.array(z.object({ code: z.string(), jurisdiction: Jurisdiction, kind: z.enum(['schedule', 'export-licence']), en: z.string(), zh: z.string() })) });

export const ExportLicenceQuery = z.strictObject({
  destination: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter party code such as US').optional().describe('only measures that apply to exports to this party'),
  asOf: isoDate.optional(),
});
export const ExportLicence = z.object({
  id: z.string(),
  jurisdiction: Jurisdiction,
  names: Text,
  control: ControlOut,
  declaredCount: z.number().int().nullable().describe('how many substances the act says it lists'),
  entries: z.array(z.object({ id: z.string(), names: Text })).describe('the registry entries a source confirms to be on it'),
  unconfirmed: z.array(z.string()).describe('`entries`: which substances it lists is not confirmed from a source'),
});
export const ExportLicencesOut = z.object({ items: z.array(ExportLicence), asOf: z.string() });

const zSource = z.string().trim().min(1).max(1000);
const zSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'must be a lower-case slug such as local-2-bromo-ppp');

export const CreateSubstance = z.strictObject({
  id: zSlug.optional().describe('defaults to a slug of the English name'),
  kind: z.enum(['precursor', 'drug']),
  names: z.strictObject({ en: zName(300), zh: zName(300) }),
  synonyms: z.strictObject({ en: z.array(zName(300)).max(50).default([]), zh: z.array(zName(300)).max(50).default([]) }).default({ en: [], zh: [] }),
  cas: z.string().trim().max(40).optional(),
  hs: z.string().trim().max(40).optional(),
  smiles: z.string().trim().max(4000).optional(),
  sources: z.array(zSource).max(20).default([]),
});
export type CreateSubstance = z.infer<typeof CreateSubstance>;

export const CreateControl = z
  .strictObject({
    list: z.string().min(1).max(60),
    since: isoDate,
    until: isoDate.nullable().default(null),
    covers: z.array(Cover).max(10).default(['salts']),
    basis: zText(2000).pipe(z.string().min(1, 'must name the legal act')),
    sources: z.array(zSource).max(20).default([]),
    replaces: z.string().max(200).optional().describe('id of a shipped control this one takes the place of'),
  })
  .refine((c) => c.until === null || c.until > c.since, { path: ['until'], message: 'must be after since', params: { code: 'end-before-start' } });
export type CreateControl = z.infer<typeof CreateControl>;

export const UpdateControl = z
  .strictObject({
    list: z.string().min(1).max(60).optional(),
    since: isoDate.optional(),
    until: isoDate.nullable().optional(),
    covers: z.array(Cover).max(10).optional(),
    basis: zText(2000).pipe(z.string().min(1)).optional(),
    sources: z.array(zSource).max(20).optional(),
  })
  .refine((c) => Object.keys(c).length > 0, 'give at least one field to change');
export type UpdateControl = z.infer<typeof UpdateControl>;

export const ScreeningCheck = z.strictObject({
  lines: z.array(ScreeningLine).min(1, 'give at least one line').max(200, 'at most 200 lines: use a bulk screening for more'),
  asOf: isoDate.optional().describe('screen as of this date (default: today)'),
});
export const ScreeningCheckResult = z.object({ registryVersion: z.string(), asOf: z.string(), results: z.array(ScreeningResult) });
