// The wizard's working copy of an incident: every field as the user types it (strings), from a saved incident back
// into the form for editing, and into the API's input on save. Local checks (checks.ts) catch what is plainly
// missing; the server checks the rest (species, trade terms, entity values, the linked notification).
import { itemFromView, itemToInput, nextKey, numberOrNull, orNull, type ItemDraft } from './item-draft';
import type { Credibility, Disposition, EntityInput, EntityKind, EntityRole, Handling, Incident, IncidentInput, IncidentKind, Investigation, Mode, Prosecution, Reliability, UseRestriction } from './types';
import { COUNTRY_KINDS, CREDIBILITY, ENTITY_KINDS, ENTITY_ROLES, HANDLINGS, MODES, oneOf, RELIABILITY } from '../codes';

export type EntityDraft = { key: string; kind: EntityKind; value: string; role: EntityRole; country: string; uscc: string; bankCode: string };
export type PortDraft = { country: string; port: string };

export type IncidentDraft = {
  kind: IncidentKind | '';
  agencyId: string;
  occurredOn: string;
  title: string;
  narrative: string;
  language: 'en' | 'zh';
  notificationReference: string;
  country: string;
  locality: string;
  port: string;
  latitude: string;
  longitude: string;
  items: ItemDraft[];
  mode: Mode | '';
  carrier: string;
  conveyance: string;
  container: string;
  trackingNumber: string;
  origin: PortDraft;
  transit: PortDraft[];
  destination: PortDraft;
  entities: EntityDraft[];
  investigation: Investigation;
  arrests: string;
  prosecution: Prosecution;
  disposition: Disposition;
  handling: Handling;
  useRestrictions: UseRestriction[];
  reliability: Reliability;
  credibility: Credibility;
  releasableTo: string[];
};

/** Kinds that record a shipment stopped under a pre-export notification, and so may name it. */
export const NOTIFICATION_KINDS: readonly IncidentKind[] = ['stopped-shipment', 'seizure', 'attempted-diversion'];
export const MAX_ENTITIES = 200;
export const MAX_TRANSIT = 10;

export const emptyPort = (): PortDraft => ({ country: '', port: '' });
export const emptyEntity = (kind: EntityKind = 'company'): EntityDraft => ({ key: nextKey('entity'), kind, value: '', role: 'other', country: '', uscc: '', bankCode: '' });

export function emptyDraft(defaults: { agencyId: string; country: string; language: 'en' | 'zh' }): IncidentDraft {
  return {
    kind: '',
    agencyId: defaults.agencyId,
    occurredOn: '',
    title: '',
    narrative: '',
    language: defaults.language,
    notificationReference: '',
    country: defaults.country,
    locality: '',
    port: '',
    latitude: '',
    longitude: '',
    items: [],
    mode: '',
    carrier: '',
    conveyance: '',
    container: '',
    trackingNumber: '',
    origin: emptyPort(),
    transit: [],
    destination: emptyPort(),
    entities: [],
    investigation: 'none',
    arrests: '0',
    prosecution: 'none',
    disposition: 'pending',
    handling: 'TLP:AMBER',
    useRestrictions: [],
    reliability: 'F',
    credibility: '6',
    releasableTo: [],
  };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const portOf = (value: unknown): PortDraft => (isRecord(value) ? { country: str(value.country), port: str(value.port) } : emptyPort());
const isMode = oneOf(MODES);
const isKind = oneOf(ENTITY_KINDS);
const isRole = oneOf(ENTITY_ROLES);
function pick<T extends string>(values: readonly T[], value: string, fallback: T): T {
  const is = oneOf(values);
  return is(value) ? value : fallback;
}

/**
 * A saved incident back into the wizard. The API returns an entity's kind, value and role, not the country, USCC or
 * bank code it was filed with: a phone written without "+" needs its country again (the server says so at the field).
 */
export function draftFromIncident(n: Incident, agencyId: string): IncidentDraft {
  const route = n.route;
  const mode = str(route.mode);
  return {
    kind: n.kind,
    agencyId,
    occurredOn: n.occurredOn,
    title: n.title,
    narrative: n.narrative,
    language: n.language,
    notificationReference: n.notification?.reference ?? '',
    country: n.place.country,
    locality: n.place.locality ?? '',
    port: n.place.port ?? '',
    latitude: n.place.latitude === null ? '' : String(n.place.latitude),
    longitude: n.place.longitude === null ? '' : String(n.place.longitude),
    items: n.items.map(itemFromView),
    mode: isMode(mode) ? mode : '',
    carrier: str(route.carrier),
    conveyance: str(route.conveyance),
    container: str(route.container),
    trackingNumber: str(route.trackingNumber),
    origin: portOf(route.origin),
    transit: Array.isArray(route.transit) ? route.transit.map(portOf) : [],
    destination: portOf(route.destination),
    entities: n.entities.map((e) => ({ ...emptyEntity(isKind(e.kind) ? e.kind : 'company'), value: e.value, role: isRole(e.role) ? e.role : 'other' })),
    investigation: n.outcome.investigation,
    arrests: String(n.outcome.arrests),
    prosecution: n.outcome.prosecution,
    disposition: n.outcome.disposition,
    handling: pick(HANDLINGS, n.handling, 'TLP:AMBER'),
    useRestrictions: n.useRestrictions,
    reliability: pick(RELIABILITY, n.source.reliability, 'F'),
    credibility: pick(CREDIBILITY, n.source.credibility, '6'),
    releasableTo: n.releasableTo,
  };
}

const port = (p: PortDraft) => (p.country === '' && p.port.trim() === '' ? null : { country: p.country || null, port: orNull(p.port) });

function entityToInput(e: EntityDraft): EntityInput {
  return {
    kind: e.kind,
    value: e.value.trim(),
    role: e.role,
    country: COUNTRY_KINDS.includes(e.kind) ? e.country || null : null,
    uscc: e.kind === 'company' ? orNull(e.uscc) : null,
    bankCode: e.kind === 'bank-account' ? orNull(e.bankCode) : null,
  };
}

export function draftToInput(d: IncidentDraft): IncidentInput {
  return {
    kind: d.kind || 'seizure',
    agencyId: d.agencyId,
    occurredOn: d.occurredOn,
    place: { country: d.country, locality: orNull(d.locality), port: orNull(d.port), latitude: numberOrNull(d.latitude), longitude: numberOrNull(d.longitude) },
    title: d.title.trim(),
    narrative: d.narrative.trim(),
    language: d.language,
    items: d.items.map(itemToInput),
    route: {
      mode: d.mode || null,
      carrier: orNull(d.carrier),
      conveyance: orNull(d.conveyance),
      container: orNull(d.container),
      trackingNumber: orNull(d.trackingNumber),
      origin: port(d.origin),
      transit: d.transit.flatMap((p) => port(p) ?? []),
      destination: port(d.destination),
    },
    outcome: { investigation: d.investigation, arrests: Number(d.arrests.trim() || '0'), prosecution: d.prosecution, disposition: d.disposition },
    entities: d.entities.map(entityToInput),
    notificationReference: d.kind !== '' && NOTIFICATION_KINDS.includes(d.kind) ? orNull(d.notificationReference) : null,
    handling: d.handling,
    useRestrictions: d.useRestrictions,
    source: { reliability: d.reliability, credibility: d.credibility },
    releasableTo: d.releasableTo,
  };
}
