// The registry a node screens against: the shipped data, validated once per process, plus the node's own entries
// and national controls from its database. A screener is built per registry version and reused until an
// administrator changes something (any process notices through the version row).
import type { Db } from '../../platform/db.js';
import { createChemistry, loadRDKit, type Chemistry } from './chem.js';
import { buildRegistry, readRegistryFiles } from './registry-data.js';
import type { Control, Entry, Registry } from './registry.js';
import * as repo from './repo.js';
import { createScreener, type Screener } from './screener.js';

type Shipped = { chem: Chemistry; registry: Registry };
let shipped: Promise<Shipped> | undefined;

/** Loads RDKit and the shipped data; a data error stops the node at start, naming every bad entry. */
export function shippedRegistry(): Promise<Shipped> {
  shipped ??= loadRDKit().then((rd) => ({ chem: createChemistry(rd), registry: buildRegistry(rd, readRegistryFiles()) }));
  return shipped;
}

const localEntry = (r: repo.LocalEntryRow): Entry => ({
  id: r.id,
  kind: r.kind as Entry['kind'],
  names: { en: r.nameEn, zh: r.nameZh },
  synonyms: { en: r.synonymsEn, zh: r.synonymsZh },
  cas: r.cas,
  otherCas: [],
  hs: r.hs,
  smiles: r.smiles,
  inchiKey: r.inchiKey,
  derivativeSites: {},
  controls: [],
  sources: r.sources,
  unconfirmed: [],
  origin: 'local',
});

export const localControl = (r: repo.LocalControlRow): Control => ({
  id: r.id,
  jurisdiction: r.jurisdiction as Control['jurisdiction'],
  list: r.list,
  since: r.since,
  until: r.until,
  covers: r.covers as Control['covers'],
  basis: r.basis,
  sources: r.sources,
  unconfirmed: [],
  origin: 'local',
});

/** Shipped entries and local ones, with local controls attached and the shipped controls they replace removed. */
export function mergeRegistry(base: Registry, entries: repo.LocalEntryRow[], controls: repo.LocalControlRow[], version: number): Registry {
  const replaced = new Set(controls.flatMap((c) => (c.replaces ? [c.replaces] : [])));
  const all = [...base.entries, ...entries.map(localEntry)].map((e) => ({
    ...e,
    controls: [...e.controls.filter((c) => !replaced.has(c.id)), ...controls.filter((c) => c.entryId === e.id).map(localControl)],
  }));
  return { ...base, version: `${base.version}.${version}`, entries: all };
}

const screeners = new WeakMap<object, { version: number; built: Promise<{ registry: Registry; screener: Screener }> }>();

/** The registry and screener for this database as of its current version. */
export async function currentRegistry(db: Db): Promise<{ registry: Registry; screener: Screener; chem: Chemistry }> {
  const base = await shippedRegistry();
  const version = await repo.registryVersion(db);
  let cached = screeners.get(db);
  if (!cached || cached.version !== version) {
    const previous = cached;
    const built = Promise.all([repo.listLocalEntries(db), repo.listLocalControls(db)]).then(([entries, controls]) => {
      const registry = mergeRegistry(base.registry, entries, controls, version);
      return { registry, screener: createScreener(base.chem, registry) };
    });
    cached = { version, built };
    screeners.set(db, cached);
    // A request may still be screening with the old one: its RDKit objects are freed a minute later.
    void previous?.built.then((p) => setTimeout(() => p.screener.dispose(), 60_000).unref()).catch(() => undefined);
  }
  return { ...(await cached.built), chem: base.chem };
}
