// The coded values of incidents, in the order the pages offer them: one list each, shared by the filing wizard,
// the list's filters and the detail pages. The `satisfies` clauses make a value the server adds or drops fail to
// compile here.
import type { BodyOf } from '../../app/api/types';

type IncidentInput = BodyOf<'/api/v1/incidents', 'post'>;
type ItemInput = NonNullable<IncidentInput['items']>[number];
type EntityInput = NonNullable<IncidentInput['entities']>[number];
type Chemical = Extract<ItemInput, { type: 'chemical' }>;
type Outcome = NonNullable<IncidentInput['outcome']>;
type Source = NonNullable<IncidentInput['source']>;

export type IncidentKind = IncidentInput['kind'];
export type ItemType = ItemInput['type'];
export type ChemicalUnit = Chemical['unit'];
export type ChemicalForm = NonNullable<Chemical['form']>;
export type WildlifeUnit = Extract<ItemInput, { type: 'wildlife' }>['unit'];
export type EquipmentType = Extract<ItemInput, { type: 'equipment' }>['equipment'];
export type Mode = NonNullable<NonNullable<IncidentInput['route']>['mode']>;
export type EntityKind = EntityInput['kind'];
export type EntityRole = NonNullable<EntityInput['role']>;
export type Investigation = NonNullable<Outcome['investigation']>;
export type Prosecution = NonNullable<Outcome['prosecution']>;
export type Disposition = NonNullable<Outcome['disposition']>;
export type Handling = NonNullable<IncidentInput['handling']>;
export type UseRestriction = NonNullable<IncidentInput['useRestrictions']>[number];
export type Reliability = Source['reliability'];
export type Credibility = Source['credibility'];

export const INCIDENT_KINDS = ['seizure', 'stopped-shipment', 'attempted-diversion', 'suspicious-order', 'clandestine-laboratory', 'equipment', 'online-marketing', 'postal-interdiction', 'financial-lead', 'wildlife-seizure'] as const satisfies readonly IncidentKind[];
export const ITEM_TYPES = ['chemical', 'wildlife', 'equipment', 'money'] as const satisfies readonly ItemType[];
export const CHEMICAL_UNITS = ['kg', 'g', 'mg', 't', 'L', 'mL', 'tablets'] as const satisfies readonly ChemicalUnit[];
export const CHEMICAL_FORMS = ['powder', 'crystals', 'liquid', 'tablets', 'paste', 'other'] as const satisfies readonly ChemicalForm[];
export const WILDLIFE_UNITS = ['number', 'kg', 'g', 'm3', 'm2', 'L'] as const satisfies readonly WildlifeUnit[];
export const EQUIPMENT_TYPES = ['pill-press', 'die', 'encapsulator', 'reactor', 'other'] as const satisfies readonly EquipmentType[];
export const MODES = ['sea', 'air', 'road', 'rail', 'post', 'courier', 'online', 'other'] as const satisfies readonly Mode[];
export const ENTITY_KINDS = ['company', 'person', 'address', 'phone', 'email', 'website', 'bank-account', 'payment-account', 'crypto-address', 'vessel', 'container', 'tracking-number', 'licence'] as const satisfies readonly EntityKind[];
export const ENTITY_ROLES = ['shipper', 'consignee', 'notify-party', 'broker', 'freight-forwarder', 'buyer', 'seller', 'payer', 'payee', 'manufacturer', 'supplier', 'owner', 'operator', 'suspect', 'witness', 'other'] as const satisfies readonly EntityRole[];
export const INVESTIGATION = ['none', 'open', 'closed'] as const satisfies readonly Investigation[];
export const PROSECUTION = ['none', 'pending', 'charged', 'convicted', 'acquitted'] as const satisfies readonly Prosecution[];
export const DISPOSITIONS = ['pending', 'held-as-evidence', 'destroyed', 'forfeited', 'released', 'returned', 'rehomed'] as const satisfies readonly Disposition[];
export const HANDLINGS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const satisfies readonly Handling[];
export const USE_RESTRICTIONS = ['crime-prevention-only', 'not-for-court-without-consent', 'no-onward-dissemination'] as const satisfies readonly UseRestriction[];
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const satisfies readonly Reliability[];
export const CREDIBILITY = ['1', '2', '3', '4', '5', '6'] as const satisfies readonly Credibility[];

/** Every unit an item may be measured in (chemical and wildlife units), for reading an item's details as filed. */
export const UNITS: readonly (ChemicalUnit | WildlifeUnit)[] = [...new Set([...CHEMICAL_UNITS, ...WILDLIFE_UNITS])];

/** Entity kinds whose value is read in a country's conventions: a phone dialled without "+", an address, a licence. */
export const COUNTRY_KINDS: readonly EntityKind[] = ['phone', 'address', 'licence'];

/** A type guard for one of the lists above, for a Select's `string | null` or a query parameter. */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | null | undefined): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isIncidentKind = oneOf(INCIDENT_KINDS);
export const isHandling = oneOf(HANDLINGS);
export const isEntityKind = oneOf(ENTITY_KINDS);
export const isMode = oneOf(MODES);
export const isUnit = oneOf(UNITS);
export const isForm = oneOf(CHEMICAL_FORMS);
export const isEquipment = oneOf(EQUIPMENT_TYPES);
