// Generates the benchmark's manifests: lines an exporter or a trafficker would declare. Deterministic (seeded), so
// two runs screen the same lines. Structures are drawn from a combinatorial library of ~20,000 distinct molecules
// (scaffolds × substituents), so the screener's per-structure cache helps only as much as real repetition would.
import type { Entry } from '../server/src/modules/substances/registry.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCAFFOLDS = ['c1ccc(X)cc1', 'c1ccc(CCX)cc1', 'O=C(X)c1ccccc1', 'CC(X)C(=O)O', 'X C1CCNCC1', 'c1ccc2[nH]c(X)nc2c1', 'O=C1CCN(X)CC1', 'c1ccc(NC2CCN(X)CC2)cc1', 'CCOC(=O)C(X)C', 'c1cc(X)ccn1'];
const SUBSTITUENTS = ['C', 'CC', 'CCC', 'C(C)C', 'OC', 'OCC', 'N', 'NC', 'N(C)C', 'O', 'F', 'Cl', 'Br', 'C(F)(F)F', 'C#N', 'C(=O)C', 'C(=O)OC', 'C(=O)N', 'S(=O)(=O)C', 'c1ccccc1', 'C1CC1', 'C1CCCC1', 'OC(F)F', 'CO', 'CCN', '[N+](=O)[O-]', 'C=C', 'C#C', 'SC', 'C(C)(C)C'];
const SECOND = ['', '4-F', '4-Cl', '3-OMe', '4-Me'];
const RING_SUB: Record<string, string> = { '': '', '4-F': 'F', '4-Cl': 'Cl', '3-OMe': 'OC', '4-Me': 'C' };

/** ~30,000 distinct SMILES: a substituent on a scaffold, with an optional second ring substituent (some unparseable: filter). */
export function structureLibrary(): string[] {
  const out: string[] = [];
  for (const scaffold of SCAFFOLDS) {
    for (const a of SUBSTITUENTS) {
      for (const b of SUBSTITUENTS) {
        for (const extra of SECOND) {
          const core = scaffold.replace('X', b === a ? a : `${a.replace(/^([A-Za-z]+)/, '$1')}C${b}`).replace(' ', '');
          out.push(RING_SUB[extra] ? `${RING_SUB[extra]}${core}` : core);
        }
      }
    }
  }
  return [...new Set(out)];
}

const TYPO = (name: string, r: () => number): string => {
  if (name.length < 6) return name;
  const i = 1 + Math.floor(r() * (name.length - 2));
  const ops = [() => name.slice(0, i) + name.slice(i + 1), () => name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2), () => name.replace(/y/g, 'i').replace(/ph/g, 'f'), () => name.toUpperCase()];
  return ops[Math.floor(r() * ops.length)]?.() ?? name;
};

const BENIGN_NAMES = ['ethanol', 'methanol', 'isopropanol', 'ethyl acetate', 'sodium chloride', 'citric acid', 'glycerol', 'caffeine', 'paracetamol', 'urea', 'benzoic acid', 'hexane', 'xylene', '乙醇', '甲醇', '氯化钠', '柠檬酸', '甘油', 'Product XJ-400', 'organic intermediate'];

export type ManifestKind = 'identifiers' | 'structures';

/**
 * `identifiers`: CAS numbers alone, names with typos (English and Chinese), CAS with a name, HS codes.
 * `structures`: SMILES from the library, listed structures as salts, derivatives, and two-component mixtures.
 */
export function* manifestLines(kind: ManifestKind, count: number, entries: Entry[], library: string[], seed = 7): Generator<Record<string, string>> {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const withCas = entries.filter((e) => e.cas);
  const withSmiles = entries.filter((e) => e.smiles);
  for (let i = 0; i < count; i++) {
    const roll = r();
    if (kind === 'identifiers') {
      const e = pick(withCas);
      if (roll < 0.3) yield { ref: String(i + 1), cas: e.cas ?? '' };
      else if (roll < 0.55) yield { ref: String(i + 1), name: TYPO(r() < 0.5 ? e.names.en : pick([e.names.en, ...e.synonyms.en]), r) };
      else if (roll < 0.7) yield { ref: String(i + 1), name: r() < 0.5 ? e.names.zh : `盐酸${e.names.zh}` };
      else if (roll < 0.85) yield { ref: String(i + 1), name: e.names.en, cas: e.cas ?? '', quantity: `${Math.ceil(r() * 900)} kg` };
      else if (roll < 0.95) yield { ref: String(i + 1), name: pick(BENIGN_NAMES) };
      else yield { ref: String(i + 1), hs: pick(['2914.11', '2902.30', '2933.39', '2939.41', '3824.99']) };
    } else {
      if (roll < 0.7) yield { ref: String(i + 1), smiles: pick(library) };
      else if (roll < 0.85) yield { ref: String(i + 1), smiles: `${pick(withSmiles).smiles ?? 'C'}.Cl` };
      else if (roll < 0.93) yield { ref: String(i + 1), smiles: `${pick(library)}.${pick(library)}` };
      else yield { ref: String(i + 1), smiles: pick(['CC(=O)N1CCC(Nc2ccc(F)cc2)CC1', 'CC(C)(C)OC(=O)N1CCC(Nc2ccccc2)CC1', 'C1CC2(CCN1)OCCO2', 'COC(=O)Cc1ccccc1', 'CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1']), name: pick(BENIGN_NAMES) };
    }
  }
}

export function toCsv(lines: Iterable<Record<string, string>>): string {
  const cols = ['ref', 'name', 'cas', 'smiles', 'hs', 'quantity'];
  const esc = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const out = [cols.join(',')];
  for (const l of lines) out.push(cols.map((c) => esc(l[c] ?? '')).join(','));
  return `${out.join('\n')}\n`;
}
