// The world as shipped in the app (Natural Earth 1:50m country outlines from the world-atlas package, TopoJSON):
// no tile server, no network — the map draws on a node with no internet connection. Countries are keyed by ISO 3166
// numeric code there, so an alpha-2 code goes through the ISO table; an incident without coordinates is placed at
// its country's centre (of its largest part, so France is placed in Europe and the United States south of Canada).
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import outlinesUrl from 'world-atlas/countries-50m.json?url';
import isoNumeric from './iso-numeric.json';

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };
export type World = { countries: CountryFeature[]; centroid: (alpha2: string) => [number, number] | null; numericOf: (alpha2: string) => string | null };

const NUMERIC: Record<string, string> = isoNumeric;

function largestPart(geometry: Geometry): Geometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const parts: Polygon[] = (geometry as MultiPolygon).coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return parts.reduce((best, p) => (geoArea(p) > geoArea(best) ? p : best), parts[0] ?? geometry);
}

export function buildWorld(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): World {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const countries: CountryFeature[] = collection.features;
  const byNumeric = new Map(countries.filter((c) => c.id !== undefined).map((c) => [String(c.id), c]));
  const centroids = new Map<string, [number, number] | null>();
  const numericOf = (alpha2: string) => NUMERIC[alpha2.toUpperCase()] ?? null;
  const centroid = (alpha2: string) => {
    if (!centroids.has(alpha2)) {
      const found = byNumeric.get(numericOf(alpha2) ?? '');
      centroids.set(alpha2, found ? geoCentroid({ type: 'Feature', properties: {}, geometry: largestPart(found.geometry) }) : null);
    }
    return centroids.get(alpha2) ?? null;
  };
  return { countries, centroid, numericOf };
}

let world: Promise<World> | null = null;

/** The outlines, fetched from this node once, on first need (a file of their own: most pages never draw a map). */
export function loadWorld(): Promise<World> {
  world ??= fetch(outlinesUrl)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`map outlines: HTTP ${r.status}`))))
    .then((topology: Topology<{ countries: GeometryCollection<{ name: string }> }>) => buildWorld(topology));
  world.catch(() => (world = null));
  return world;
}

export type Placed<T> = { key: string; lon: number; lat: number; isExact: boolean; country: string; items: T[] };

type Locatable = { country: string; latitude: number | null; longitude: number | null };

/** Incidents grouped by where they are drawn: given coordinates (to about 1 km), else their country's centre. */
export function placeAll<T extends Locatable>(items: readonly T[], centroid: (alpha2: string) => [number, number] | null): { placed: Placed<T>[]; unplaced: T[] } {
  const groups = new Map<string, Placed<T>>();
  const unplaced: T[] = [];
  for (const item of items) {
    const isExact = item.latitude !== null && item.longitude !== null;
    const at = isExact ? ([item.longitude, item.latitude] as [number, number]) : centroid(item.country);
    if (!at) {
      unplaced.push(item);
      continue;
    }
    const key = isExact ? `${at[0].toFixed(2)},${at[1].toFixed(2)}` : `country:${item.country}`;
    const group = groups.get(key) ?? { key, lon: at[0], lat: at[1], isExact, country: item.country, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return { placed: [...groups.values()], unplaced };
}
