import { describe, expect, it } from 'vitest';
import type { EntityLink, EntityView } from '../types';
import { layoutNeighbourhood, MAX_ENTITIES } from './layout';

const entity = (key: string, kind: EntityView['kind'] = 'phone'): EntityView => ({ kind, key, value: key, role: 'consignee', common: false, country: null, uscc: null, bankCode: null });
const mention = (recordId: string, recordKind = 'incident', parentId: string | null = null) => ({ recordKind, recordId, parentId, reference: `REF-${recordId}`, originParty: 'CN', role: 'shipper', value: 'x', recordDate: null });
const link = (key: string, records: ReturnType<typeof mention>[], tooCommon = false): EntityLink => ({ kind: 'phone', key, value: key, role: 'consignee', tooCommon, total: records.length, byParty: { CN: records.length }, records });

describe('the neighbourhood graph layout', () => {
  it('draws each linked record once, joined to every entity it shares', () => {
    const g = layoutNeighbourhood([entity('a'), entity('b'), entity('c')], [link('a', [mention('r1'), mention('r2')]), link('b', [mention('r1')])], { width: 600, height: 400 });
    expect(g.records.map((r) => r.path).sort()).toEqual(['/incidents/r1', '/incidents/r2']);
    expect(g.edges.filter((e) => e.to === '/incidents/r1').map((e) => e.from).sort()).toEqual(['e:phone:a', 'e:phone:b']);
    expect(g.edges.filter((e) => e.from === 'centre')).toHaveLength(3);
  });

  it('puts linked entities first, shows a follow-up as its incident, and leaves out too-common values', () => {
    const g = layoutNeighbourhood([entity('plain'), entity('hub'), entity('lead')], [link('hub', [], true), link('lead', [mention('f1', 'incident-follow-up', 'i9')])], { width: 600, height: 400 });
    expect(g.entities[0]?.key).toBe('lead');
    expect(g.entities.find((e) => e.key === 'hub')?.isLinked).toBe(false);
    expect(g.records.map((r) => r.path)).toEqual(['/incidents/i9']);
  });

  it('keeps to a dozen entities and says how many it left out', () => {
    const many = Array.from({ length: MAX_ENTITIES + 3 }, (_, i) => entity(`k${i}`));
    const g = layoutNeighbourhood(many, [], { width: 600, height: 400 });
    expect(g.entities).toHaveLength(MAX_ENTITIES);
    expect(g.hiddenEntities).toBe(3);
  });

  it('keeps every node inside the drawing', () => {
    const g = layoutNeighbourhood([entity('a'), entity('b')], [link('a', Array.from({ length: 5 }, (_, i) => mention(`r${i}`)))], { width: 600, height: 400 });
    for (const n of [...g.entities, ...g.records]) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(600);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(400);
    }
  });
});
