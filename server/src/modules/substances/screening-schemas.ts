// Wire shapes of screening: a declared line in, a verdict with its explained hits out.
import { z } from 'zod';
import { ControlKind, Cover, DerivativeType, Jurisdiction } from './registry.js';
import { SourceView } from './sources.js';

export const VERDICTS = ['controlled', 'controlled-by-rule', 'analogue', 'clear', 'insufficient-identity'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** Most severe first: a line's verdict is the most severe of its hits'. */
export const severity = (v: Verdict): number => VERDICTS.length - VERDICTS.indexOf(v);

export const ScreeningLine = z.strictObject({
  ref: z.string().trim().max(200).optional().describe("the caller's own line reference, echoed back"),
  name: z.string().trim().max(500).optional().describe('declared name, English or Chinese'),
  cas: z.string().trim().max(40).optional(),
  smiles: z.string().trim().max(4000).optional(),
  hs: z.string().trim().max(40).optional(),
  quantity: z.string().trim().max(100).optional().describe('as declared, echoed back'),
});
export type ScreeningLine = z.infer<typeof ScreeningLine>;

const Text = z.object({ en: z.string(), zh: z.string() });
export type Text = z.infer<typeof Text>;

export const ControlView = z.object({
  jurisdiction: Jurisdiction,
  list: z.string(),
  listLabel: Text,
  kind: ControlKind.describe('a schedule, or a licence required to export to `destinations`'),
  destinations: z.array(z.string()).describe('for an export-licence control: the parties an export to needs the licence'),
  since: z.string(),
  until: z.string().nullable(),
  covers: z.array(Cover),
  basis: Text.describe("the legal act in English and Chinese (a node's own control: as its administrator entered it, in both)"),
  sources: z.array(SourceView),
  hasOfficialSource: z.boolean().describe('whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms'),
  unconfirmed: z.array(z.string()),
});
export type ControlView = z.infer<typeof ControlView>;

export const HIT_BASES = ['cas', 'hs', 'name', 'synonym', 'name-fuzzy', 'name-ester', 'structure', 'stereoisomer', 'derivative', 'class', 'similarity'] as const;

export const Hit = z.object({
  basis: z.enum(HIT_BASES),
  verdict: Verdict,
  subject: z.object({ kind: z.enum(['entry', 'class']), id: z.string(), names: Text }),
  score: z.number().optional().describe('name similarity or Tanimoto coefficient, 0–1'),
  derivation: z.array(DerivativeType).optional(),
  controls: z.array(ControlView).describe('controls in force on the screening date that cover this hit'),
  upcoming: z.array(ControlView).describe('controls of the subject not in force on that date'),
  explanation: Text,
});
export type Hit = z.infer<typeof Hit>;

/**
 * What the line is, as far as screening can tell: the substance itself, a stereoisomer or legal derivative of a
 * listed one, or a member of a class. `label` names it for a reader, beside the name the trader declared.
 */
export const IdentifiedSubstance = z.object({
  kind: z.enum(['entry', 'class']),
  id: z.string(),
  names: Text,
  relation: z.enum(['same', 'stereoisomer', 'derivative', 'class-member']),
  derivation: z.array(DerivativeType).optional(),
  label: Text.describe('"4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese'),
});
export type IdentifiedSubstance = z.infer<typeof IdentifiedSubstance>;

export const LineProblem = z.object({ field: z.enum(['name', 'cas', 'smiles', 'hs', 'line']), code: z.string(), message: Text });
export type LineProblem = z.infer<typeof LineProblem>;

export const Conflict = z.object({ fields: z.array(z.enum(['name', 'cas', 'hs', 'structure'])), explanation: Text });
export type Conflict = z.infer<typeof Conflict>;

export const ScreeningResult = z.object({
  ref: z.string().optional(),
  quantity: z.string().optional(),
  asOf: z.string(),
  verdict: Verdict,
  summary: Text,
  identity: z.object({
    name: z.object({ text: z.string(), salts: z.array(z.string()) }).optional(),
    cas: z.string().optional(),
    hs: z.string().optional(),
    structure: z.object({ smiles: z.string(), inchiKey: z.string().optional().describe('computed when the structure has the atoms of some registry entry'), components: z.number().int(), counterIons: z.array(z.string()) }).optional(),
  }),
  hits: z.array(Hit),
  identified: z.array(IdentifiedSubstance).describe('what the line is, from its hits (several when its identifiers disagree)'),
  conflicts: z.array(Conflict),
  problems: z.array(LineProblem),
});
export type ScreeningResult = z.infer<typeof ScreeningResult>;
