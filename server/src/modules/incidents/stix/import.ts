// STIX 2.1 bundles in as incidents to file: each `incident` SDO with the place it is `located-at`, the identities,
// addresses and observables it is `related-to` (directly or through an `observed-data`), its TLP marking, and our
// `x_counterpart_*` properties where a Counterpart node wrote them, so that our own export comes back as the
// IncidentInput it was filed from. Invariants: untrusted input never throws (every refusal is a problem with a code);
// the object count is checked before anything is walked; a bundle with a malformed object is refused whole; what we
// cannot use (other types, other markings) is reported, never silently dropped; the result is only what
// IncidentInput.safeParse accepts, and the reporting agency is always the caller's (`defaults.agencyId`).
import { schemaIssues, type RecordIssue } from '../../../platform/import/index.js';
import type { EntityInput } from '../../entities/index.js';
import { IncidentInput, INCIDENT_KINDS, type IncidentKind } from '../schemas.js';
import { handlingOfMarking, isHandling, strictest, type StixObject } from './common.js';
import { CUSTOM_SCO_PREFIX, stixToEntity } from './entities.js';
import { indexBundle, type BundleIndex } from './bundle-index.js';

/** `reason`: why an `invalid-incident` part is refused, as the code (and params) a CSV import would give it. */
export type StixImportProblem = { stixId?: string; path: string; message: string; code: string; reason?: Pick<RecordIssue, 'code' | 'params'> };
export type StixImportOptions = {
  /** Refuse a bundle of more objects than this, before reading any (default 100,000). */
  maxObjects?: number;
  /** The agency the incidents are filed under; a kind or language for incidents that do not say (foreign producers). */
  defaults: { agencyId: string; kind?: IncidentKind; language?: 'en' | 'zh' };
};
/** Who the bundle says reported the incident (its `created_by_ref` identity), for the caller to map to an agency. */
export type StixReporter = { stixId: string; name: string; party: string | null; acronym: string | null };
export type StixImportResult = {
  incidents: Array<{ stixId: string; input: IncidentInput; reportedBy: StixReporter | null }>;
  problems: StixImportProblem[];
};

const MAX_LISTED = 20;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The bundle's objects, or the problems that refuse it. */
function envelope(bundle: unknown, maxObjects: number): { objects: StixObject[] } | { problems: StixImportProblem[] } {
  const refuse = (code: string, path: string, message: string) => ({ problems: [{ code, path, message }] });
  if (!isRecord(bundle)) return refuse('not-an-object', '', 'a STIX bundle must be a JSON object');
  if (bundle.type !== 'bundle') return refuse('not-a-bundle', 'type', `a STIX bundle has type "bundle", not ${JSON.stringify(bundle.type ?? null)}`);
  if (bundle.objects === undefined) return refuse('empty-bundle', 'objects', 'the bundle has no objects');
  if (!Array.isArray(bundle.objects)) return refuse('not-a-bundle', 'objects', 'a bundle’s objects must be a list');
  const objects: unknown[] = bundle.objects;
  if (objects.length > maxObjects) return refuse('too-many-objects', 'objects', `the bundle has ${objects.length} objects; at most ${maxObjects} are accepted`);
  const problems: StixImportProblem[] = [];
  objects.forEach((o, i) => {
    if (isRecord(o) && typeof o.type === 'string' && typeof o.id === 'string' && o.id.startsWith(`${o.type}--`)) return;
    if (problems.length < MAX_LISTED) problems.push({ code: 'invalid-object', path: `objects[${i}]`, message: 'a STIX object needs a type and an id of the form <type>--<uuid>', ...(isRecord(o) && str(o.id) ? { stixId: str(o.id) } : {}) });
    else if (problems.length === MAX_LISTED) problems.push({ code: 'invalid-object', path: 'objects', message: 'more objects are malformed; only the first are listed' });
  });
  return problems.length > 0 ? { problems } : { objects: objects as StixObject[] };
}

const CONSUMED = new Set(['incident', 'location', 'identity', 'relationship', 'observed-data', 'marking-definition', 'extension-definition', 'email-addr', 'url', 'domain-name']);

/** One problem per type we do not read, with how many objects of it were passed over. */
function ignoredTypes(index: BundleIndex): StixImportProblem[] {
  const counts = new Map<string, { n: number; first: string }>();
  for (const o of index.byId.values()) {
    if (CONSUMED.has(o.type) || o.type.startsWith(CUSTOM_SCO_PREFIX)) continue;
    const c = counts.get(o.type) ?? { n: 0, first: o.id };
    counts.set(o.type, { n: c.n + 1, first: c.first });
  }
  return [...counts].map(([type, { n, first }]) => ({
    code: 'ignored-type',
    stixId: first,
    path: 'objects',
    message: type === 'note' ? `${n} note(s) (follow-ups) not imported: file follow-ups after the incident` : `${n} object(s) of type ${type} ignored: no incident field takes them`,
  }));
}

function handlingOf(incident: StixObject, problems: StixImportProblem[]) {
  const refs = Array.isArray(incident.object_marking_refs) ? incident.object_marking_refs.filter((r): r is string => typeof r === 'string') : [];
  const handlings = refs.flatMap((ref) => {
    const h = handlingOfMarking(ref);
    if (!h) problems.push({ code: 'unsupported-marking', stixId: incident.id, path: 'object_marking_refs', message: `marking ${ref} is not a TLP marking and is not kept` });
    return h ? [h] : [];
  });
  const own = incident.x_counterpart_handling;
  return strictest([...handlings, ...(isHandling(own) ? [own] : [])]) ?? undefined;
}

function placeOf(index: BundleIndex, incidentId: string) {
  const location = index.related(incidentId, 'located-at').find((o) => o.type === 'location');
  if (!location) return undefined;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const country = typeof location.country === 'string' ? location.country.toUpperCase() : location.country;
  return { country, locality: str(location.city) ?? null, port: str(location.x_counterpart_port) ?? null, latitude: num(location.latitude), longitude: num(location.longitude) };
}

/** The entities in filing order: from our `x_counterpart_roles` where present, else from the incident's links. */
function entitiesOf(index: BundleIndex, incident: StixObject, problems: StixImportProblem[]): EntityInput[] {
  const count = incident.x_counterpart_entity_count;
  if (typeof count === 'number') problems.push({ code: 'partial-entities', stixId: incident.id, path: 'entities', message: `the incident names ${count} entities; the bundle holds only some of them` });
  const listed = Array.isArray(incident.x_counterpart_roles) ? incident.x_counterpart_roles.filter(isRecord) : null;
  const refs = listed ? listed.map((r) => ({ ref: String(r.ref), role: r.role })) : linkedRefs(index, incident.id);
  return refs.flatMap(({ ref, role }) => {
    const object = index.byId.get(ref);
    const entity = object ? stixToEntity(object, role) : { problem: `${ref} is referred to but not in the bundle` };
    if ('problem' in entity) problems.push({ code: object ? 'ignored-entity' : 'missing-ref', stixId: incident.id, path: 'entities', message: entity.problem });
    return 'problem' in entity ? [] : [entity];
  });
}

function linkedRefs(index: BundleIndex, incidentId: string): Array<{ ref: string; role: unknown }> {
  return index.relationships(incidentId, 'related-to').flatMap((r) => {
    const target = index.byId.get(String(r.target_ref));
    if (target?.type === 'identity' || target?.type === 'location') return [{ ref: target.id, role: r.description }];
    if (target?.type === 'observed-data') return index.observables(target).map((ref) => ({ ref, role: 'other' }));
    return [];
  });
}

function occurredOn(index: BundleIndex, incident: StixObject): string | undefined {
  const observed = index.related(incident.id, 'related-to').find((o) => o.type === 'observed-data');
  const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);
  return str(incident.x_counterpart_occurred_on) ?? day(observed?.first_observed) ?? day(incident.created);
}

function sourceOf(code: unknown) {
  return typeof code === 'string' && /^[A-F][1-6]$/.test(code) ? { reliability: code[0], credibility: code[1] } : undefined;
}

function languageOf(lang: unknown, fallback: 'en' | 'zh' | undefined): 'en' | 'zh' | undefined {
  const primary = typeof lang === 'string' ? lang.toLowerCase().split('-')[0] : undefined;
  return primary === 'en' || primary === 'zh' ? primary : fallback;
}

function reporterOf(index: BundleIndex, incident: StixObject): StixReporter | null {
  const identity = index.byId.get(String(incident.created_by_ref));
  if (identity?.type !== 'identity') return null;
  return { stixId: identity.id, name: String(identity.name ?? ''), party: str(identity.x_counterpart_party) ?? null, acronym: str(identity.x_counterpart_acronym) ?? null };
}

function incidentInput(index: BundleIndex, incident: StixObject, opts: StixImportOptions, problems: StixImportProblem[]): Record<string, unknown> {
  const kind = (INCIDENT_KINDS as readonly unknown[]).includes(incident.x_counterpart_kind) ? incident.x_counterpart_kind : opts.defaults.kind;
  return {
    kind,
    agencyId: opts.defaults.agencyId,
    occurredOn: occurredOn(index, incident),
    place: placeOf(index, incident.id),
    title: incident.name,
    narrative: incident.description,
    language: languageOf(incident.lang, opts.defaults.language),
    items: incident.x_counterpart_items,
    route: incident.x_counterpart_route,
    outcome: incident.x_counterpart_outcome,
    entities: entitiesOf(index, incident, problems),
    notificationReference: incident.x_counterpart_notification_reference,
    handling: handlingOf(incident, problems),
    useRestrictions: incident.x_counterpart_use_restrictions,
    source: sourceOf(incident.x_counterpart_source),
    // A file never shares anything by itself: who gets the imported record is the importer's decision, made after.
    releasableTo: [],
  };
}

/** Incidents to file from a STIX bundle (already parsed from JSON), each validated, with every problem found. */
export function stixToIncidents(bundle: unknown, opts: StixImportOptions): StixImportResult {
  const checked = envelope(bundle, opts.maxObjects ?? 100_000);
  if ('problems' in checked) return { incidents: [], problems: checked.problems };
  const index = indexBundle(checked.objects);
  const problems = ignoredTypes(index);
  const incidents: StixImportResult['incidents'] = [];
  for (const incident of index.byId.values()) {
    if (incident.type !== 'incident') continue;
    const own: StixImportProblem[] = [];
    const parsed = IncidentInput.safeParse(incidentInput(index, incident, opts, own));
    problems.push(...own);
    if (parsed.success) incidents.push({ stixId: incident.id, input: parsed.data, reportedBy: reporterOf(index, incident) });
    else problems.push(...schemaIssues(parsed.error).map(({ path, message, ...reason }) => ({ code: 'invalid-incident', stixId: incident.id, path: path.replaceAll('/', '.'), message, reason })));
  }
  if (incidents.length === 0 && !problems.some((p) => p.code === 'invalid-incident')) problems.push({ code: 'no-incidents', path: 'objects', message: 'the bundle holds no incident objects' });
  return { incidents, problems };
}
