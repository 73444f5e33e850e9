// The registry's shape: entries with their controls per jurisdiction, class controls, derivative types and the
// control lists. One zod schema per shape serves the shipped data files, the API and the screener.
import { z } from 'zod';

export const JURISDICTIONS = ['UN', 'US', 'CN'] as const;
export const Jurisdiction = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const DERIVATIVE_TYPES = ['amides', 'carbamates', 'halides', 'acetals', 'esters'] as const;
export const DerivativeType = z.enum(DERIVATIVE_TYPES);
export type DerivativeType = z.infer<typeof DerivativeType>;

export const Cover = z.enum(['salts', 'optical-isomers', ...DERIVATIVE_TYPES]);
export type Cover = z.infer<typeof Cover>;

/** YYYY-MM-DD, or YYYY-MM / YYYY when only that much of an old act's date is known. */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const Bilingual = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
const PartyCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter party code such as US');

/** A list schedules a substance (its production, trade and use are controlled), or requires a licence to export it. */
export const CONTROL_KINDS = ['schedule', 'export-licence'] as const;
export const ControlKind = z.enum(CONTROL_KINDS);
export type ControlKind = z.infer<typeof ControlKind>;

export const Control = z.strictObject({
  id: z.string().optional(),
  jurisdiction: Jurisdiction,
  list: z.string().min(1),
  since: PartialDate,
  until: PartialDate.nullable().default(null),
  covers: z.array(Cover).default([]),
  /** The legal act as cited, in English and in Chinese. */
  basis: Bilingual,
  /** An export-licence control: the parties an export to needs the licence (none for a schedule). */
  destinations: z.array(PartyCode).default([]),
  sources: z.array(z.string().min(1)).default([]),
  unconfirmed: z.array(z.string()).default([]),
});
export type Control = z.infer<typeof Control> & { id: string; origin: Origin };

export const Origin = z.enum(['shipped', 'local']);
export type Origin = z.infer<typeof Origin>;

/** What an official source says of a jurisdiction's intentions that is not (yet) a control: "scheduling under way". */
export const EntryNote = z.strictObject({ jurisdiction: Jurisdiction, asOf: PartialDate, text: Bilingual, sources: z.array(z.string().min(1)).min(1) });
export type EntryNote = z.infer<typeof EntryNote>;

export const EntryFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug'),
  kind: z.enum(['precursor', 'drug']),
  names: Bilingual,
  synonyms: z.strictObject({ en: z.array(z.string().min(1)).default([]), zh: z.array(z.string().min(1)).default([]) }).default({ en: [], zh: [] }),
  cas: z.string().nullable().default(null),
  /** CAS numbers of salts and hydrates, which have their own: fentanyl citrate is 990-73-8. */
  otherCas: z.array(z.strictObject({ cas: z.string(), form: z.string().min(1) })).default([]),
  hs: z.string().nullable().default(null),
  smiles: z.string().nullable().default(null),
  derivativeSites: z.partialRecord(DerivativeType, z.string().min(1)).default({}),
  controls: z.array(Control).default([]),
  notes: z.array(EntryNote).default([]),
  sources: z.array(z.string().min(1)).default([]),
  unconfirmed: z.array(z.string()).default([]),
});
export type EntryFile = z.infer<typeof EntryFile>;

export type Entry = Omit<EntryFile, 'controls'> & {
  origin: Origin;
  /** Computed from the SMILES, never taken on trust. */
  inchiKey: string | null;
  controls: Control[];
};

export const ClassControlFile = z.strictObject({
  jurisdiction: Jurisdiction,
  list: z.string().min(1),
  since: PartialDate,
  until: PartialDate.nullable().default(null),
  basis: Bilingual,
  rule: Bilingual,
  smarts: z.array(z.string().min(1)).min(1),
  limits: z.string().default(''),
  sources: z.array(z.string().min(1)).default([]),
  unconfirmed: z.array(z.string()).default([]),
});
export type ClassControl = z.infer<typeof ClassControlFile>;

export const ClassFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  names: Bilingual,
  reference: z.string(),
  controls: z.array(ClassControlFile).min(1),
});
export type SubstanceClass = z.infer<typeof ClassFile>;

export const DerivativeTypeFile = z.strictObject({ type: DerivativeType, en: z.string(), zh: z.string(), reactions: z.array(z.string().min(1)).min(1) });
export type DerivativeTypeDef = z.infer<typeof DerivativeTypeFile>;

export const ListFile = z.strictObject({ code: z.string().regex(/^[a-z0-9-]+$/), jurisdiction: Jurisdiction, kind: ControlKind.default('schedule'), en: z.string(), zh: z.string() });
export type ControlList = z.infer<typeof ListFile>;

export const HsSubheadingFile = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits'), entry: z.string() });
export type HsSubheading = z.infer<typeof HsSubheadingFile>;

/**
 * A measure that names its substances as a group: the PRC's export-licence list for exports to the US, Mexico and
 * Canada. Each member entry gets the measure as a control; a measure whose members no source confirms has none.
 */
export const MeasureFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  jurisdiction: Jurisdiction,
  list: z.string().min(1),
  names: Bilingual,
  destinations: z.array(PartyCode).min(1),
  since: PartialDate,
  until: PartialDate.nullable().default(null),
  basis: Bilingual,
  /** How many substances the act says it lists, when it says so. */
  declaredCount: z.number().int().positive().nullable().default(null),
  /** The registry entries a source confirms to be on it. */
  entries: z.array(z.string()).default([]),
  covers: z.array(Cover).default([]),
  sources: z.array(z.string().min(1)).min(1),
  unconfirmed: z.array(z.string()).default([]),
});
export type Measure = z.infer<typeof MeasureFile>;

/**
 * Who publishes at a web address, and whether that is an official publication (a government or treaty body).
 * `other-government`: another government's agency (the EU's drugs agency, Australia's ODC), official for its own
 * acts but not for the PRC's, the US's or the UN's, so it never counts as a control's official source.
 */
export const PublisherFile = z.strictObject({ host: z.string().regex(/^[a-z0-9.-]+$/), names: Bilingual, official: z.union([z.boolean(), z.literal('other-government')]) });
export type Publisher = z.infer<typeof PublisherFile>;

export type Registry = {
  /** Changes whenever the data changes: a screener built for one version is reused until it does. */
  version: string;
  entries: Entry[];
  classes: SubstanceClass[];
  derivativeTypes: DerivativeTypeDef[];
  lists: ControlList[];
  /** HS subheadings that name one substance, so the code alone identifies it. */
  hsSubheadings: HsSubheading[];
  measures: Measure[];
  publishers: Publisher[];
};

/** A partial date stands for its first day: a control known only by year is treated as in force all that year. */
export const dateFloor = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

export function inForce(c: { since: string; until: string | null }, asOf: string): boolean {
  return dateFloor(c.since) <= asOf && (c.until === null || asOf < dateFloor(c.until));
}

/**
 * The controls that cover a derivative on a date, and those that will. A later act usually extends a listing ("4-AP
 * and its amides, carbamates and salts", then halides too), so what one listing covers is the union of its acts in
 * force: a Boc-protected fluoro-4-AP is covered once the halides act is in force.
 */
export function coveringControls<C extends Control>(controls: C[], covers: Cover[], asOf: string): { inForce: C[]; upcoming: C[] } {
  const listing = (c: Control) => `${c.jurisdiction}:${c.list}`;
  const union = new Map<string, Set<Cover>>();
  for (const c of controls.filter((x) => inForce(x, asOf))) union.set(listing(c), new Set([...(union.get(listing(c)) ?? []), ...c.covers]));
  const covered = (c: Control, extra: Set<Cover> | undefined) => covers.every((x) => c.covers.includes(x) || extra?.has(x));
  return {
    inForce: controls.filter((c) => inForce(c, asOf) && covered(c, union.get(listing(c)))),
    upcoming: controls.filter((c) => !inForce(c, asOf) && covered(c, union.get(listing(c)))),
  };
}
