import { describe, expect, it } from 'vitest';
import { placeAll } from './geo';

const centres: Record<string, [number, number]> = { CN: [103, 36], US: [-98, 39] };
const centroid = (c: string) => centres[c] ?? null;

describe('placing incidents on the map', () => {
  it('uses coordinates when given and groups incidents at the same spot', () => {
    const items = [
      { id: 'a', country: 'CN', latitude: 22.54, longitude: 114.05 },
      { id: 'b', country: 'CN', latitude: 22.541, longitude: 114.051 },
    ];
    const { placed } = placeAll(items, centroid);
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ isExact: true, lon: 114.05, lat: 22.54 });
    expect(placed[0]?.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it("places an incident without coordinates at its country's centre, and says which it cannot place", () => {
    const items = [
      { id: 'a', country: 'US', latitude: null, longitude: null },
      { id: 'b', country: 'US', latitude: 40, longitude: null },
      { id: 'c', country: 'ZZ', latitude: null, longitude: null },
    ];
    const { placed, unplaced } = placeAll(items, centroid);
    expect(placed).toEqual([{ key: 'country:US', lon: -98, lat: 39, isExact: false, country: 'US', items: [items[0], items[1]] }]);
    expect(unplaced).toEqual([items[2]]);
  });
});
