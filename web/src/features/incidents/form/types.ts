// Wire types of the incident filing form, derived from the generated OpenAPI paths; the coded values it offers, in
// the order it shows them, are the incident pages' own (../codes.ts), and so are the types read back (../types.ts).
import type { BodyOf } from '../../../app/api/types';

export type { Incident, Species, TradeTerm } from '../types';
export type { ChemicalForm, ChemicalUnit, Credibility, Disposition, EntityKind, EntityRole, EquipmentType, Handling, IncidentKind, Investigation, ItemType, Mode, Prosecution, Reliability, UseRestriction, WildlifeUnit } from '../codes';

export type IncidentInput = BodyOf<'/api/v1/incidents', 'post'>;
export type IncidentUpdate = BodyOf<'/api/v1/incidents/{id}', 'put'>;
export type ItemInput = NonNullable<IncidentInput['items']>[number];
export type EntityInput = NonNullable<IncidentInput['entities']>[number];
export type RouteInput = NonNullable<IncidentInput['route']>;
