// Registry search for the substance pages: by CAS number, InChIKey, or name in either language — exact, prefix,
// part of a name, or fuzzy for a typo. Runs over the in-memory registry, which holds hundreds of entries, not millions.
import { neutralKeyOf } from './identifiers.js';
import { parseCas, parseInchiKey } from './identifiers.js';
import { buildNameIndex } from './name-index.js';
import { compactKey, normaliseName } from './names.js';
import type { Entry, Registry } from './registry.js';

export type SearchHit = { entry: Entry; matched?: string; rank: number };

const indexes = new WeakMap<Registry, ReturnType<typeof buildNameIndex>>();

function namesOf(e: Entry): string[] {
  return [e.names.en, e.names.zh, ...e.synonyms.en, ...e.synonyms.zh];
}

export function searchRegistry(registry: Registry, q: string | undefined): SearchHit[] {
  const text = q?.trim() ?? '';
  if (!text) return registry.entries.map((entry) => ({ entry, rank: 0 })).sort((a, b) => a.entry.names.en.localeCompare(b.entry.names.en));
  const cas = parseCas(text);
  if (cas.ok && /\d-\d\d-\d$/.test(text.replace(/\s/g, ''))) {
    return registry.entries.flatMap((entry) => (entry.cas === cas.value || entry.otherCas.some((o) => o.cas === cas.value) ? [{ entry, matched: cas.value, rank: 0 }] : []));
  }
  const key = parseInchiKey(text);
  if (key.ok) return registry.entries.flatMap((entry) => (entry.inchiKey && neutralKeyOf(entry.inchiKey) === neutralKeyOf(key.value) ? [{ entry, matched: key.value, rank: 0 }] : []));

  const wanted = compactKey(normaliseName(text).key);
  const hits = new Map<string, SearchHit>();
  const offer = (h: SearchHit) => {
    const had = hits.get(h.entry.id);
    if (!had || h.rank < had.rank) hits.set(h.entry.id, h);
  };
  for (const entry of registry.entries) {
    for (const name of namesOf(entry)) {
      const k = compactKey(normaliseName(name).key);
      if (!wanted || !k) continue;
      if (k === wanted) offer({ entry, matched: name, rank: 0 });
      else if (k.startsWith(wanted)) offer({ entry, matched: name, rank: 1 });
      else if (k.includes(wanted)) offer({ entry, matched: name, rank: 2 });
    }
  }
  if (hits.size === 0) {
    let index = indexes.get(registry);
    if (!index) indexes.set(registry, (index = buildNameIndex(registry.entries)));
    const byId = new Map(registry.entries.map((e) => [e.id, e]));
    for (const m of index.lookup(text).matches) {
      const entry = byId.get(m.entryId);
      if (entry) offer({ entry, matched: m.matched, rank: 3 });
    }
  }
  return [...hits.values()].sort((a, b) => a.rank - b.rank || a.entry.names.en.localeCompare(b.entry.names.en));
}
