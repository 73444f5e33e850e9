// A STIX bundle's objects by id, and the relationships leaving each object, so that the import reads an incident's
// place, entities and observables without scanning the bundle once per incident. Invariants: of several versions of
// one object the latest `modified` wins (STIX versioning); observables embedded in an `observed-data` the STIX 2.0 way
// (`objects`, deprecated in 2.1) are indexed under `<observed-data id>/objects/<key>`, so both forms read the same.
import type { StixObject } from './common.js';

export type BundleIndex = {
  byId: Map<string, StixObject>;
  /** The relationships of a type leaving an object. */
  relationships: (sourceId: string, type: string) => StixObject[];
  /** The objects those relationships point to (those in the bundle). */
  related: (sourceId: string, type: string) => StixObject[];
  /** The ids of an observed-data's observables. */
  observables: (observedData: StixObject) => string[];
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const newer = (a: StixObject, b: StixObject): boolean => String(a.modified ?? '') > String(b.modified ?? '');

function addEmbedded(byId: Map<string, StixObject>, observed: StixObject): void {
  if (!isRecord(observed.objects)) return;
  for (const [key, sco] of Object.entries(observed.objects)) {
    if (isRecord(sco) && typeof sco.type === 'string') byId.set(`${observed.id}/objects/${key}`, { ...sco, type: sco.type, id: `${observed.id}/objects/${key}` });
  }
}

export function indexBundle(objects: StixObject[]): BundleIndex {
  const byId = new Map<string, StixObject>();
  for (const o of objects) {
    const seen = byId.get(o.id);
    if (!seen || newer(o, seen)) byId.set(o.id, o);
  }
  const bySource = new Map<string, StixObject[]>();
  for (const o of [...byId.values()]) {
    if (o.type === 'observed-data') addEmbedded(byId, o);
    if (o.type !== 'relationship' || typeof o.source_ref !== 'string') continue;
    const list = bySource.get(o.source_ref);
    if (list) list.push(o);
    else bySource.set(o.source_ref, [o]);
  }
  const relationships = (sourceId: string, type: string) => (bySource.get(sourceId) ?? []).filter((r) => r.relationship_type === type);
  return {
    byId,
    relationships,
    related: (sourceId, type) => relationships(sourceId, type).flatMap((r) => byId.get(String(r.target_ref)) ?? []),
    observables: (observed) =>
      Array.isArray(observed.object_refs)
        ? observed.object_refs.filter((r): r is string => typeof r === 'string')
        : Object.keys(isRecord(observed.objects) ? observed.objects : {}).map((key) => `${observed.id}/objects/${key}`),
  };
}
