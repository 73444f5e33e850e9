// Wire types of the substance registry and screening, derived from the generated OpenAPI paths.
import type { BodyOf, QueryOf, ResponseOf } from '../../app/api/types';

export type SubstancePage = ResponseOf<'/api/v1/substances', 'get'>;
export type SubstanceSummary = SubstancePage['items'][number];
export type SubstanceQuery = QueryOf<'/api/v1/substances', 'get'>;
export type SubstanceInput = BodyOf<'/api/v1/substances', 'post'>;
export type Substance = ResponseOf<'/api/v1/substances/{id}', 'get'>;
export type Control = Substance['controls'][number];
export type ControlInput = BodyOf<'/api/v1/substances/{id}/controls', 'post'>;
export type ControlList = ResponseOf<'/api/v1/substances/lists', 'get'>['items'][number];
export type Jurisdiction = SubstanceSummary['jurisdictions'][number];
export type SubstanceKind = SubstanceSummary['kind'];
export type Cover = Control['covers'][number];
export type ScreeningInput = BodyOf<'/api/v1/screening-checks', 'post'>;
export type ScreeningLine = ScreeningInput['lines'][number];
export type ScreeningCheck = ResponseOf<'/api/v1/screening-checks', 'post'>;
export type ScreeningResult = ScreeningCheck['results'][number];
export type Verdict = ScreeningResult['verdict'];
export type Hit = ScreeningResult['hits'][number];
/** What screening identifies a line as, named in both languages. */
export type IdentifiedSubstance = ScreeningResult['identified'][number];
/** A source of a control or an entry, with its publisher and whether it is official. */
export type SourceView = Control['sources'][number];
export type ExportLicence = ResponseOf<'/api/v1/substances/export-licences', 'get'>['items'][number];
/** A bulk screening of an uploaded manifest, with its progress. */
export type ScreeningJob = ResponseOf<'/api/v1/screenings/{id}', 'get'>;
/** Server text in both languages: the UI shows the one for its language. */
export type BilingualText = { en: string; zh: string };

export const JURISDICTIONS: readonly Jurisdiction[] = ['UN', 'US', 'CN'];
export const KINDS: readonly SubstanceKind[] = ['precursor', 'drug'];
export const COVERS: readonly Cover[] = ['salts', 'optical-isomers', 'amides', 'carbamates', 'halides', 'acetals', 'esters'];
export const VERDICTS: readonly Verdict[] = ['controlled', 'controlled-by-rule', 'analogue', 'clear', 'insufficient-identity'];

export function isJurisdiction(value: string | null | undefined): value is Jurisdiction {
  return (JURISDICTIONS as readonly (string | null | undefined)[]).includes(value);
}

export function isKind(value: string | null | undefined): value is SubstanceKind {
  return (KINDS as readonly (string | null | undefined)[]).includes(value);
}

export function isVerdict(value: string | null | undefined): value is Verdict {
  return (VERDICTS as readonly (string | null | undefined)[]).includes(value);
}

export function isCover(value: string): value is Cover {
  return (COVERS as readonly string[]).includes(value);
}

/** A declared field a conflict or a problem is about. */
export type ScreeningField = ScreeningResult['conflicts'][number]['fields'][number] | ScreeningResult['problems'][number]['field'];
