// What the STIX export and import share: object ids, timestamps, and the TLP marking definitions. Invariants: every id
// is deterministic (the same record gives the same id on every export and every node) and its UUID part is a UUIDv5,
// because our own ids are UUIDv7 and STIX (and its JSON schemas) accept only versions 1–5; SCO ids follow STIX 2.1
// §2.9 (UUIDv5 in the STIX namespace over the canonical JSON of the contributing properties), so that the same e-mail
// address gets the same id from any producer. Timestamps are RFC 3339 UTC with milliseconds.
import { v5 as uuidv5 } from 'uuid';
import { HANDLINGS, stricter, type Handling } from '../../../platform/handling/index.js';

/** A STIX object as JSON: `type` and `id` always, the rest per type. */
export type StixObject = { type: string; id: string; [property: string]: unknown };

/** STIX 2.1 §2.9: the namespace of deterministic SCO ids. */
const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Ours, for SDOs and SROs derived from Counterpart records (`urn:counterpart:stix` in the URL namespace). */
const COUNTERPART_NAMESPACE = uuidv5('urn:counterpart:stix', uuidv5.URL);

/** A deterministic SDO/SRO id from a path naming the record and the part (`incident/<uuid>/place`). */
export const sdoId = (type: string, path: string): string => `${type}--${uuidv5(path, COUNTERPART_NAMESPACE)}`;

/** A deterministic SCO id over its contributing properties (flat strings: sorted keys are the canonical JSON). */
export function scoId(type: string, contributing: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(contributing).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${type}--${uuidv5(JSON.stringify(sorted), STIX_SCO_NAMESPACE)}`;
}

export const incidentStixId = (incidentId: string): string => sdoId('incident', `incident/${incidentId}`);
export const agencyStixId = (party: string, acronym: string): string => sdoId('identity', `agency/${party}/${acronym}`);
export const partyStixId = (party: string): string => sdoId('identity', `party/${party}`);

/** RFC 3339, UTC, milliseconds: what STIX `created`/`modified` must be. */
export const stixTime = (at: Date): string => at.toISOString();
/** A calendar date as the start of that day in UTC (STIX has no date-only type). */
export const stixDate = (isoDate: string): string => `${isoDate}T00:00:00.000Z`;

/** Agency identities are shared by every incident of the agency and have no history of their own: one fixed time. */
export const FIXED_IDENTITY_TIME = '2020-01-01T00:00:00.000Z';

/** The OASIS TLP 2.0 extension (cti-stix-common-objects, extension-definition-specifications/tlp-2.0). */
export const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

// CLEAR, GREEN, AMBER and RED use the four TLP marking definitions STIX 2.1 §7.2.1.4 predefines (TLP 1.0 ids; TLP 2.0
// CLEAR is TLP 1.0 WHITE renamed), which every STIX consumer knows. AMBER+STRICT has no TLP 1.0 equivalent: it uses
// the marking definition OASIS publishes with the TLP 2.0 extension, id and object exactly as published.
const TLP1 = (id: string, tlp: string): StixObject => ({
  type: 'marking-definition',
  spec_version: '2.1',
  id,
  created: '2017-01-20T00:00:00.000Z',
  definition_type: 'tlp',
  name: `TLP:${tlp.toUpperCase()}`,
  definition: { tlp },
});
const TLP2 = (id: string, tlp: string): StixObject => ({
  type: 'marking-definition',
  spec_version: '2.1',
  id,
  created: '2022-10-01T00:00:00.000Z',
  name: `TLP:${tlp.toUpperCase()}`,
  extensions: { [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: tlp } },
});

const EXPORTED: Record<Handling, StixObject> = {
  'TLP:CLEAR': TLP1('marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', 'white'),
  'TLP:GREEN': TLP1('marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', 'green'),
  'TLP:AMBER': TLP1('marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', 'amber'),
  'TLP:AMBER+STRICT': TLP2('marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003', 'amber+strict'),
  'TLP:RED': TLP1('marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed', 'red'),
};

/** Both generations of TLP marking ids, as other producers use either. */
const IMPORTED: ReadonlyMap<string, Handling> = new Map([
  ...Object.entries(EXPORTED).map(([handling, marking]) => [marking.id, handling as Handling] as const),
  ['marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487', 'TLP:CLEAR'],
  ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb', 'TLP:GREEN'],
  ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421', 'TLP:AMBER'],
  ['marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1', 'TLP:RED'],
]);

/** The marking-definition object a handling is exported as. */
export function tlpMarking(handling: string): StixObject {
  const marking = EXPORTED[handling as Handling];
  if (!marking) throw new Error(`no TLP marking for handling ${handling}`);
  return marking;
}

/** The handling a TLP marking id stands for (TLP 1.0 or 2.0), or null for any other marking. */
export const handlingOfMarking = (markingId: string): Handling | null => IMPORTED.get(markingId) ?? null;

/** The strictest of several handlings (a record marked twice is read at the stricter marking), or null for none. */
export const strictest = (handlings: Handling[]): Handling | null => handlings.reduce<Handling | null>((a, b) => (a ? stricter(a, b) : b), null);

export const isHandling = (value: unknown): value is Handling => (HANDLINGS as readonly unknown[]).includes(value);
