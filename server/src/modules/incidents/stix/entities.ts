// An incident's entities as STIX objects, both ways. Companies and people become `identity` SDOs and addresses
// `location` SDOs (each tied to the incident by a `related-to` relationship whose description is the role); every
// other kind becomes a cyber-observable: `email-addr`, `url` or `domain-name` where STIX 2.1 core has one and the value
// as written fits it, otherwise a custom `x-counterpart-<kind>` SCO holding the value (core STIX has no phone, bank
// account, payment account, crypto wallet, vessel, container, tracking-number or licence object). Invariants: the
// value is carried exactly as written, so an import gives back the same entity; a value that does not fit a core SCO
// (an address written in words, an internationalised domain) goes to the custom SCO rather than being altered.
import { ENTITY_KINDS, ENTITY_ROLES, type EntityInput, type EntityKind, type EntityRole } from '../../entities/index.js';
import { scoId, type StixObject } from './common.js';

/** An entity as an exported incident holds it; the options are there when the reader's view carries them. */
export type ExportEntity = { kind: string; value: string; role: string; country?: string | null; uscc?: string | null; bankCode?: string | null };

export const CUSTOM_SCO_PREFIX = 'x-counterpart-';

// The same checks as the JSON schemas' `email` and `uri` formats, in ASCII only: a value they would reject goes to a
// custom SCO instead of making the bundle invalid.
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const URL_VALUE = /^https?:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:[/?#][a-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*)?$/i;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const isRole = (role: string): role is EntityRole => (ENTITY_ROLES as readonly string[]).includes(role);
const isKind = (kind: string): kind is EntityKind => (ENTITY_KINDS as readonly string[]).includes(kind);

/** The role as an EntityInput accepts it: a code we do not know is `other`. */
export const entityRole = (role: unknown): EntityRole => (typeof role === 'string' && isRole(role) ? role : 'other');

/** Is this entity an SDO of its own (identity, location) rather than an observable? */
export const isSdoEntity = (kind: string): boolean => kind === 'company' || kind === 'person' || kind === 'address';

/** The SCO for an observable entity (every kind but company, person and address). */
export function entityToSco(entity: ExportEntity, markingRefs: string[]): StixObject {
  const { kind, value } = entity;
  const core = kind === 'email' && EMAIL.test(value) ? 'email-addr' : kind === 'website' ? (URL_VALUE.test(value) ? 'url' : DOMAIN.test(value) ? 'domain-name' : null) : null;
  if (core) return { type: core, spec_version: '2.1', id: scoId(core, { value }), value, object_marking_refs: markingRefs };
  const contributing: Record<string, string> = { value };
  if (entity.country) contributing.country = entity.country;
  if (entity.bankCode) contributing.bank_code = entity.bankCode;
  const type = `${CUSTOM_SCO_PREFIX}${kind}`;
  return { type, spec_version: '2.1', id: scoId(type, contributing), ...contributing, object_marking_refs: markingRefs };
}

/** The identity (company, person) or location (address) SDO for an entity; `base` holds the common properties. */
export function entityToSdo(entity: ExportEntity, base: StixObject & { id: string }, placeCountry: string): StixObject {
  if (entity.kind === 'address') {
    const inferred = !entity.country;
    // A STIX location needs a country, region or coordinates: an address filed without a country is placed in the
    // incident's country and says so, so that an import gives the address back without one.
    return { ...base, street_address: entity.value, country: entity.country || placeCountry, ...(inferred ? { x_counterpart_country_inferred: true } : {}) };
  }
  return {
    ...base,
    name: entity.value,
    identity_class: entity.kind === 'person' ? 'individual' : 'organization',
    ...(entity.country ? { x_counterpart_country: entity.country } : {}),
    ...(entity.uscc ? { x_counterpart_uscc: entity.uscc } : {}),
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The entity a STIX object stands for, or a reason it stands for none. */
export function stixToEntity(object: StixObject, role: unknown): EntityInput | { problem: string } {
  const entity = (kind: EntityKind, value: unknown, extra: Partial<EntityInput> = {}) => {
    const v = str(value);
    return v ? { kind, value: v, role: entityRole(role), country: null, uscc: null, bankCode: null, ...extra } : { problem: `${object.type} without a value` };
  };
  switch (object.type) {
    case 'identity':
      return entity(object.identity_class === 'individual' ? 'person' : 'company', object.name, {
        country: str(object.x_counterpart_country),
        uscc: object.identity_class === 'individual' ? null : str(object.x_counterpart_uscc),
      });
    case 'location':
      return entity('address', object.street_address, { country: object.x_counterpart_country_inferred === true ? null : str(object.country) });
    case 'email-addr':
      return entity('email', object.value);
    case 'url':
    case 'domain-name':
      return entity('website', object.value);
  }
  const kind = object.type.startsWith(CUSTOM_SCO_PREFIX) ? object.type.slice(CUSTOM_SCO_PREFIX.length) : '';
  if (!isKind(kind) || isSdoEntity(kind)) return { problem: `no entity kind for STIX type ${object.type}` };
  return entity(kind, object.value, { country: str(object.country), bankCode: str(object.bank_code) });
}
