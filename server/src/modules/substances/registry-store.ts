// The registry a node screens against: the shipped data, validated once per process, plus the node's own entries
// and national controls from its database. A screener is built per registry version and reused until an
// administrator changes something (any process notices through the version row).
import { sha256Hex } from '../../platform/ids.js';
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
  notes: [],
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
  // An administrator enters the act as it is cited, in one language: the same text stands for both.
  basis: { en: r.basis, zh: r.basis },
  destinations: [],
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

type Built = { registry: Registry; screener: Screener };

// Screeners by what they are built from (the version and the local rows), not by the database handle: a use case's
// transaction is a new handle each time, and keying by it rebuilt the screener on every call and never freed the
// RDKit objects of the old ones. Several databases in one process (tests, benchmarks) share a screener when their
// registries are the same. The few most recent are kept; an evicted one is freed a minute later, when no request
// can still be screening with it.
const KEEP = 4;
const screeners = new Map<string, Promise<Built>>();

/** The registry and screener for this database as of its current version. */
export async function currentRegistry(db: Db): Promise<{ registry: Registry; screener: Screener; chem: Chemistry }> {
  const base = await shippedRegistry();
  const version = await repo.registryVersion(db);
  const [entries, controls] = await Promise.all([repo.listLocalEntries(db), repo.listLocalControls(db)]);
  const key = sha256Hex(JSON.stringify([version, entries, controls]));
  let built = screeners.get(key);
  if (built) {
    screeners.delete(key); // most recently used last
  } else {
    const registry = mergeRegistry(base.registry, entries, controls, version);
    built = Promise.resolve({ registry, screener: createScreener(base.chem, registry) });
    for (const [oldKey, old] of [...screeners].slice(0, Math.max(0, screeners.size + 1 - KEEP))) {
      screeners.delete(oldKey);
      void old.then((p) => setTimeout(() => p.screener.dispose(), 60_000).unref()).catch(() => undefined);
    }
  }
  screeners.set(key, built);
  return { ...(await built), chem: base.chem };
}
