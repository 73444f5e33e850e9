// The neighbourhood of a record, two steps out, laid out radially: the record in the centre, its entities on an
// inner ring (those that link to other records first), and the records they link to on an outer ring, each placed
// towards the entities it shares. Deterministic (the same record draws the same picture) and small: a dozen
// entities and two dozen records at most; the lists on the page hold the rest.
import { mentionPath, type EntityLink, type EntityView } from '../types';

export const MAX_ENTITIES = 12;
export const MAX_RECORDS = 24;

export type GraphEntity = { id: string; kind: string; key: string; value: string; role: string; isLinked: boolean; x: number; y: number };
export type GraphRecord = { id: string; path: string; reference: string; party: string; x: number; y: number };
export type Graph = { entities: GraphEntity[]; records: GraphRecord[]; edges: { from: string; to: string }[]; hiddenEntities: number; hiddenRecords: number };

type Options = { width: number; height: number };

const entityId = (kind: string, key: string) => `e:${kind}:${key}`;

function spread(angles: { id: string; angle: number }[], minGap: number): Map<string, number> {
  const sorted = [...angles].sort((a, b) => a.angle - b.angle);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as { angle: number };
    const cur = sorted[i] as { angle: number };
    if (cur.angle - prev.angle < minGap) cur.angle = prev.angle + minGap;
  }
  return new Map(sorted.map((a) => [a.id, a.angle]));
}

export function layoutNeighbourhood(entities: readonly EntityView[], links: readonly EntityLink[], { width, height }: Options): Graph {
  const cx = width / 2;
  const cy = height / 2;
  // Ellipses, so a wide drawing spends its width on the labels that sit left and right.
  const r1 = { x: width * 0.22, y: height * 0.24 };
  const r2 = { x: width * 0.36, y: height * 0.4 };
  const linkOf = new Map(links.filter((l) => !l.tooCommon && l.records.length > 0).map((l) => [entityId(l.kind, l.key), l]));
  const unique = new Map<string, EntityView>();
  for (const e of entities) if (!unique.has(entityId(e.kind, e.key))) unique.set(entityId(e.kind, e.key), e);
  const ordered = [...unique.entries()].sort(([a], [b]) => Number(linkOf.has(b)) - Number(linkOf.has(a)));
  const shown = ordered.slice(0, MAX_ENTITIES);
  const entityNodes: GraphEntity[] = shown.map(([id, e], i) => {
    const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    return { id, kind: e.kind, key: e.key, value: e.value, role: e.role, isLinked: linkOf.has(id), x: cx + r1.x * Math.cos(angle), y: cy + r1.y * Math.sin(angle) };
  });

  const recordEdges = new Map<string, { path: string; reference: string; party: string; from: string[] }>();
  for (const node of entityNodes) {
    for (const m of linkOf.get(node.id)?.records ?? []) {
      const path = mentionPath(m);
      if (!path) continue;
      const found = recordEdges.get(path) ?? { path, reference: m.reference, party: m.originParty, from: [] };
      if (!found.from.includes(node.id)) found.from.push(node.id);
      recordEdges.set(path, found);
    }
  }
  const all = [...recordEdges.values()];
  const records = all.slice(0, MAX_RECORDS);
  const angleOf = new Map(entityNodes.map((n) => [n.id, Math.atan2(n.y - cy, n.x - cx)]));
  // Towards the mean direction of the entities a record shares; then pushed apart so no two labels sit on each other.
  const wanted = records.map((r) => {
    const sx = r.from.reduce((s, id) => s + Math.cos(angleOf.get(id) ?? 0), 0);
    const sy = r.from.reduce((s, id) => s + Math.sin(angleOf.get(id) ?? 0), 0);
    return { id: r.path, angle: Math.atan2(sy, sx) };
  });
  const placed = spread(wanted, Math.min((2 * Math.PI) / Math.max(records.length, 1), Math.PI / 8));
  const recordNodes: GraphRecord[] = records.map((r) => {
    const angle = placed.get(r.path) ?? 0;
    return { id: r.path, path: r.path, reference: r.reference, party: r.party, x: cx + r2.x * Math.cos(angle), y: cy + r2.y * Math.sin(angle) };
  });
  const edges = [...entityNodes.map((e) => ({ from: 'centre', to: e.id })), ...records.flatMap((r) => r.from.map((from) => ({ from, to: r.path })))];
  return { entities: entityNodes, records: recordNodes, edges, hiddenEntities: ordered.length - shown.length, hiddenRecords: all.length - records.length };
}
