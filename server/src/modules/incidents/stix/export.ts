// Incidents as STIX 2.1, for partners whose tools speak STIX (OpenCTI, MISP, national CTI platforms). One incident
// gives: an `incident` SDO (our fields STIX has no place for ride along as `x_counterpart_*` properties, so that our
// own import gives the filed incident back), the reporting agency as an `identity`, the place as a `location` the
// incident is `located-at`, its entities (see entities.ts), one `observed-data` grouping the observables, and a `note`
// per follow-up. Invariants: nothing leaves unmarked: every object carries its record's TLP marking, except agency
// identities (public bodies, shared by records of every handling), which are TLP:CLEAR; ids and content depend only
// on the incident, so a re-export is the same objects (a new version only when `modified` moves); officers' names are
// not exported (personal data a STIX consumer has no need of). `stixBundleChunks` streams a bundle of any size: it
// holds one incident at a time plus the ids of the markings and agencies already written.
import { randomUUID } from 'node:crypto';
import type { Incident } from '../schemas.js';
import { agencyStixId, FIXED_IDENTITY_TIME, incidentStixId, partyStixId, sdoId, stixDate, stixTime, tlpMarking, type StixObject } from './common.js';
import { entityToSco, entityToSdo, isSdoEntity, type ExportEntity } from './entities.js';

export type { StixObject } from './common.js';

export type StixExportOptions = {
  /** The exporting node's party, stamped on each incident as `x_counterpart_shared_by` (who a partner got it from). */
  nodeParty: string;
  /** The language an agency identity's `name` is written in; the other name goes in `x_counterpart_name_<lang>`. */
  identityNames: 'en' | 'zh';
};

/** An incident as the reader's view gives it; entities may also carry their options (country, USCC, bank code). */
export type StixIncident = Omit<Incident, 'entities'> & { entities: ExportEntity[] };

type Agency = { acronym: string; nameEn: string; nameZh: string };
/** Agencies and parties are public bodies, and their identities are shared by records of every handling. */
const PUBLIC = tlpMarking('TLP:CLEAR');
type Parts = { shared: StixObject[]; own: StixObject[] };

function agencyIdentity(party: string, agency: Agency, opts: StixExportOptions): StixObject {
  const [name, other] = opts.identityNames === 'zh' ? [agency.nameZh || agency.nameEn, 'en'] : [agency.nameEn || agency.nameZh, 'zh'];
  const otherName = other === 'en' ? agency.nameEn : agency.nameZh;
  return {
    type: 'identity',
    spec_version: '2.1',
    id: agencyStixId(party, agency.acronym),
    created: FIXED_IDENTITY_TIME,
    modified: FIXED_IDENTITY_TIME,
    object_marking_refs: [PUBLIC.id],
    name: name || agency.acronym,
    identity_class: 'organization',
    sectors: ['government'],
    lang: opts.identityNames,
    x_counterpart_party: party,
    x_counterpart_acronym: agency.acronym,
    ...(otherName && otherName !== name ? { [`x_counterpart_name_${other}`]: otherName } : {}),
  };
}

function partyIdentity(party: string): StixObject {
  const at = FIXED_IDENTITY_TIME;
  return { type: 'identity', spec_version: '2.1', id: partyStixId(party), created: at, modified: at, object_marking_refs: [PUBLIC.id], name: party, identity_class: 'organization', x_counterpart_party: party };
}

/** `created` is when the incident was first filed (stable across versions, as STIX requires); `modified` its last change. */
function timesOf(incident: StixIncident): { created: string; modified: string } {
  return { created: stixTime(incident.createdAt), modified: stixTime(incident.updatedAt) };
}

/** Properties only when they say something: the STIX schemas refuse nulls and empty lists. */
function present(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

function incidentSdo(incident: StixIncident, base: Record<string, unknown>, opts: StixExportOptions, roles: Array<{ ref: string; role: string }>): StixObject {
  return {
    ...base,
    type: 'incident',
    id: incidentStixId(incident.id),
    name: incident.title,
    ...present({ description: incident.narrative }),
    lang: incident.language,
    external_references: [{ source_name: 'counterpart', external_id: incident.reference }],
    ...present({
      x_counterpart_id: incident.id,
      x_counterpart_reference: incident.reference,
      x_counterpart_version: incident.version,
      x_counterpart_kind: incident.kind,
      x_counterpart_status: incident.status,
      x_counterpart_origin_party: incident.originParty,
      x_counterpart_shared_by: opts.nodeParty,
      x_counterpart_occurred_on: incident.occurredOn,
      x_counterpart_items: incident.items.map((item) => item.details),
      x_counterpart_route: incident.route,
      x_counterpart_outcome: incident.outcome,
      x_counterpart_handling: incident.handling,
      x_counterpart_use_restrictions: incident.useRestrictions,
      x_counterpart_source: `${incident.source.reliability}${incident.source.credibility}`,
      x_counterpart_releasable_to: incident.releasableTo,
      x_counterpart_notification_reference: incident.notification?.reference,
      x_counterpart_roles: roles,
      // The reader's view lists only the first entities: say so rather than pass a partial list off as whole.
      x_counterpart_entity_count: incident.entityCount > incident.entities.length ? incident.entityCount : null,
    }),
  };
}

function placeObjects(incident: StixIncident, base: Record<string, unknown>, incidentId: string): StixObject[] {
  const { place } = incident;
  const locationId = sdoId('location', `incident/${incident.id}/place`);
  const coordinates = place.latitude !== null && place.longitude !== null ? { latitude: place.latitude, longitude: place.longitude } : {};
  const location = { ...base, type: 'location', id: locationId, country: place.country, ...present({ city: place.locality, x_counterpart_port: place.port }), ...coordinates };
  const relationship = relationshipSdo(base, { path: `incident/${incident.id}/place/located-at`, type: 'located-at', source: incidentId, target: locationId });
  return [location, relationship];
}

function relationshipSdo(base: Record<string, unknown>, r: { path: string; type: string; source: string; target: string; description?: string }): StixObject {
  const id = sdoId('relationship', r.path);
  return { ...base, type: 'relationship', id, relationship_type: r.type, source_ref: r.source, target_ref: r.target, ...present({ description: r.description }) };
}

function entityObjects(incident: StixIncident, base: Record<string, unknown>, incidentId: string) {
  const sdos: StixObject[] = [];
  const scos = new Map<string, StixObject>();
  const roles: Array<{ ref: string; role: string }> = [];
  incident.entities.forEach((entity, i) => {
    const path = `incident/${incident.id}/entity/${i}`;
    if (isSdoEntity(entity.kind)) {
      const sdo = entityToSdo(entity, { ...base, type: entity.kind === 'address' ? 'location' : 'identity', id: sdoId(entity.kind === 'address' ? 'location' : 'identity', path) }, incident.place.country);
      sdos.push(sdo, relationshipSdo(base, { path: `${path}/related-to`, type: 'related-to', source: incidentId, target: sdo.id, description: entity.role }));
      roles.push({ ref: sdo.id, role: entity.role });
    } else {
      const sco = entityToSco(entity, base.object_marking_refs as string[]);
      scos.set(sco.id, sco);
      roles.push({ ref: sco.id, role: entity.role });
    }
  });
  return { sdos, scos: [...scos.values()], roles };
}

/** The observables, seen on the day of the incident, and the incident's `related-to` link to them. */
function observedData(incident: StixIncident, base: Record<string, unknown>, scos: StixObject[]): StixObject[] {
  if (scos.length === 0) return [];
  const on = stixDate(incident.occurredOn);
  const path = `incident/${incident.id}/observed-data`;
  const id = sdoId('observed-data', path);
  const observed = { ...base, type: 'observed-data', id, first_observed: on, last_observed: on, number_observed: 1, object_refs: scos.map((s) => s.id) };
  return [observed, relationshipSdo(base, { path: `${path}/related-to`, type: 'related-to', source: incidentStixId(incident.id), target: id, description: 'observables' })];
}

function followUpObjects(incident: StixIncident, incidentId: string, opts: StixExportOptions): Parts {
  const parts: Parts = { shared: [], own: [] };
  for (const f of incident.followUps) {
    const marking = tlpMarking(f.handling);
    const author = f.agency ? agencyIdentity(f.originParty, f.agency, opts) : partyIdentity(f.originParty);
    const at = stixTime(f.createdAt);
    parts.shared.push(marking, author);
    parts.own.push({
      type: 'note',
      spec_version: '2.1',
      id: sdoId('note', `follow-up/${f.id}`),
      created: at,
      modified: at,
      created_by_ref: author.id,
      object_marking_refs: [marking.id],
      content: f.note,
      object_refs: [incidentId],
      lang: f.language,
      ...present({ x_counterpart_id: f.id, x_counterpart_handling: f.handling, x_counterpart_entities: f.entities.map(({ kind, value, role }) => ({ kind, value, role })) }),
    });
  }
  return parts;
}

/** One incident's objects, split into those shared with other incidents (markings, agencies) and its own. */
export function incidentParts(incident: StixIncident, opts: StixExportOptions): Parts {
  const marking = tlpMarking(incident.handling);
  const agency = agencyIdentity(incident.originParty, incident.agency, opts);
  const incidentId = incidentStixId(incident.id);
  const base = { spec_version: '2.1', ...timesOf(incident), created_by_ref: agency.id, object_marking_refs: [marking.id] };
  const entities = entityObjects(incident, base, incidentId);
  const followUps = followUpObjects(incident, incidentId, opts);
  const own = [
    incidentSdo(incident, base, opts, entities.roles),
    ...placeObjects(incident, base, incidentId),
    ...entities.sdos,
    ...entities.scos,
    ...observedData(incident, base, entities.scos),
    ...followUps.own,
  ];
  return { shared: [PUBLIC, marking, agency, ...followUps.shared], own };
}

/** Every STIX object one incident needs, markings and identities included (each once). */
export function incidentToStix(incident: StixIncident, opts: StixExportOptions): StixObject[] {
  const { shared, own } = incidentParts(incident, opts);
  return [...new Map(shared.map((o) => [o.id, o])).values(), ...own];
}

/** A bundle of objects in memory (for one incident or a handful); STIX forbids an empty `objects`, so none is omitted. */
export function stixBundle(objects: StixObject[], bundleId = `bundle--${randomUUID()}`): { type: 'bundle'; id: string; objects?: StixObject[] } {
  return objects.length > 0 ? { type: 'bundle', id: bundleId, objects } : { type: 'bundle', id: bundleId };
}

/**
 * A bundle as JSON text, one chunk per incident, for a response stream. Markings and agency identities are written
 * once; an observable mentioned by several incidents is written with each (same id, same value).
 */
export async function* stixBundleChunks(incidents: AsyncIterable<StixIncident>, opts: StixExportOptions & { bundleId?: string }): AsyncGenerator<string> {
  const written = new Set<string>();
  const bundleId = opts.bundleId ?? `bundle--${randomUUID()}`;
  let started = false;
  for await (const incident of incidents) {
    const { shared, own } = incidentParts(incident, opts);
    const fresh = shared.filter((o) => !written.has(o.id) && written.add(o.id));
    const body = [...fresh, ...own].map((o) => JSON.stringify(o)).join(',');
    yield started ? `,${body}` : `{"type":"bundle","id":${JSON.stringify(bundleId)},"objects":[${body}`;
    started = true;
  }
  yield started ? ']}' : JSON.stringify(stixBundle([], bundleId));
}
