// Names and synonyms of every entry in both languages, looked up exactly (after normalisation), then with spelling
// variants folded, then fuzzily. Abbreviations ("NPP", "MEK") only ever match exactly: three letters are too few
// to guess from.
import { buildFuzzyIndex, similarity } from './fuzzy.js';
import { compactKey, esterParent, literalName, nameReadings, normaliseName, phoneticFold, type NormalisedName } from './names.js';
import type { Entry } from './registry.js';

/** `name-ester`: the name is that of an ester of the entry ("ethyl phenylacetate"), which only a control of esters covers. */
export type NameMatch = { entryId: string; basis: 'name' | 'synonym' | 'name-fuzzy' | 'name-ester'; matched: string; score: number };

const FUZZY_MIN_LENGTH = 5;
export const FUZZY_MIN_SCORE = 0.75;
/** A fuzzy name at or above this score counts as the substance; below it, only as worth a look. */
export const FUZZY_STRONG_SCORE = 0.85;

const digitsOf = (key: string): string => key.replace(/\D/g, '');

export type NameIndex = { lookup(raw: string): { matches: NameMatch[]; text: string; salts: string[] } };

export function buildNameIndex(entries: Entry[]): NameIndex {
  const exact = new Map<string, NameMatch[]>();
  const folded = new Map<string, NameMatch[]>();
  const all: { key: string; name: string; item: { entryId: string; matched: string } }[] = [];
  const add = (entryId: string, name: string, basis: 'name' | 'synonym') => {
    // Registry names are the substance as written: never read as salts ("potassium permanganate").
    const key = literalName(name).key;
    if (!key) return;
    const m: NameMatch = { entryId, basis, matched: name, score: 1 };
    exact.set(key, [...(exact.get(key) ?? []).filter((x) => x.entryId !== entryId), m]);
    const f = phoneticFold(key);
    if (!folded.get(f)?.some((x) => x.entryId === entryId)) folded.set(f, [...(folded.get(f) ?? []), m]);
    if (key.length >= FUZZY_MIN_LENGTH) all.push({ key: f, name, item: { entryId, matched: name } });
  };
  for (const e of entries) {
    add(e.id, e.names.en, 'name');
    add(e.id, e.names.zh, 'name');
    for (const s of [...e.synonyms.en, ...e.synonyms.zh]) add(e.id, s, 'synonym');
  }
  const fuzzy = buildFuzzyIndex(all);
  return {
    lookup(raw) {
      const readings = nameReadings(raw);
      for (const n of readings) {
        const hit = n.key ? exact.get(n.key) : undefined;
        if (hit) return { matches: hit, text: n.text, salts: n.salts };
      }
      // A spelling variant ("fentanil", "sulfuric") is as good as a close typo, and is said to be one.
      for (const n of readings) {
        const variant = n.key ? folded.get(phoneticFold(n.key)) : undefined;
        if (variant) {
          const matches = variant.map((m) => ({ ...m, basis: 'name-fuzzy' as const, score: Math.round(similarity(n.key, literalName(m.matched).key) * 100) / 100 }));
          return { matches, text: n.text, salts: n.salts };
        }
      }
      const ester = esterParent(raw);
      const parent = ester ? exact.get(ester.key) : undefined;
      const first = readings[1] ?? normaliseName(raw);
      if (parent) return { matches: parent.map((m) => ({ ...m, basis: 'name-ester' as const })), text: first.text, salts: first.salts };
      return fuzzyLookup(first);
    },
  };

  function fuzzyLookup(n: NormalisedName): ReturnType<NameIndex['lookup']> {
    if (n.key.length < FUZZY_MIN_LENGTH) return { matches: [], text: n.text, salts: n.salts };
    const best = new Map<string, NameMatch>();
    const digits = digitsOf(n.key);
    for (const h of fuzzy.search(phoneticFold(n.key), FUZZY_MIN_SCORE, 5)) {
      // Locants are identity, not spelling: 2-piperidone is not a typo of 4-piperidone.
      if (digitsOf(compactKey(normaliseName(h.name).key)) !== digits) continue;
      if (!best.has(h.item.entryId)) best.set(h.item.entryId, { entryId: h.item.entryId, basis: 'name-fuzzy', matched: h.item.matched, score: Math.round(h.score * 100) / 100 });
    }
    return { matches: [...best.values()].slice(0, 2), text: n.text, salts: n.salts };
  }
}
