// RDKit (MinimalLib, WebAssembly) behind a small surface: parse a structure, split off counter-ions and water, and
// give each remaining component its InChIKey, canonical SMILES and Morgan fingerprint. RDKit objects live in WASM
// memory that the garbage collector never frees, so every Mol, MolList and Reaction made here is `.delete()`d.
import rdkitModule, { type MainModule, type Mol, type Reaction } from '@rdkit/rdkit';

export type RDKit = MainModule;

// The package is CommonJS typed as an ES module: Node hands over the factory itself, some loaders wrap it in `default`.
type Factory = () => Promise<MainModule>;
const loaded = rdkitModule as unknown as Factory | { default: Factory };
const initRDKit: Factory = typeof loaded === 'function' ? loaded : loaded.default;

let loading: Promise<RDKit> | undefined;

/** One RDKit per thread (~130 ms to load); later calls share it. */
export function loadRDKit(): Promise<RDKit> {
  loading ??= initRDKit().then((rd: RDKit) => {
    rd.disable_logging();
    return rd;
  });
  return loading;
}

export type Component = {
  smiles: string;
  heavyAtoms: number;
  /** Atoms per element other than hydrogen: a cheap test of whether a skeleton can fit or an identity can match. */
  elements: Map<string, number>;
  /** Elements and counts as text, e.g. "C11N2": two structures can only be one substance if these are equal. */
  signature: string;
  /** InChI costs more than everything else together, so it is computed only when an identity could match (`keyed`). */
  inchiKey?: string;
  /**
   * What identity is compared on. For carbon compounds, the InChIKey without its protonation flag, so a protonated
   * amine or a carboxylate is its neutral parent. Inorganic ions keep the whole key: chloride is not hydrochloric acid.
   */
  matchKey?: string;
};

export type KeyedComponent = Component & { inchiKey: string; matchKey: string };

export type Structure = { smiles: string; components: Component[]; counterIons: string[] };
export type StructureResult = { ok: true; structure: Structure } | { ok: false; problem: 'smiles-invalid' };

const MORGAN = JSON.stringify({ radius: 2, nBits: 2048 });

// Counter-ions, acids of salts and water, by the first block of their InChIKey (so HCl and Cl⁻ are one). A fragment
// is only stripped when something else remains: "Cl" alone is hydrochloric acid, which is itself controlled.
const COUNTER_IONS = [
  'Cl', 'Br', 'I', 'F', 'O', '[Na+]', '[K+]', '[Li+]', '[Ca+2]', '[Mg+2]', '[NH4+]', '[H+]', 'OS(=O)(=O)O', 'OP(=O)(O)O', 'CS(=O)(=O)O',
  'OC(=O)CC(O)(CC(=O)O)C(=O)O', 'OC(C(O)C(=O)O)C(=O)O', 'OC(=O)/C=C\\C(=O)O', 'OC(=O)/C=C/C(=O)O', 'OC(=O)C(=O)O', 'CC(=O)O',
  'OC(=O)CCC(=O)O', 'O=C(O)c1ccccc1', 'Cc1ccc(S(=O)(=O)O)cc1', 'OS(=O)(=O)c1ccccc1',
];

export function withMol<T>(rd: RDKit, smiles: string, work: (mol: Mol) => T): T | null {
  const mol = rd.get_mol(smiles);
  if (!mol) return null;
  try {
    return mol.is_valid() ? work(mol) : null;
  } finally {
    mol.delete();
  }
}

export const inchiKeyOf = (rd: RDKit, mol: Mol): string => rd.get_inchikey_for_inchi(mol.get_inchi());

export const fingerprintOf = (mol: Mol): Uint8Array => mol.get_morgan_fp_as_uint8array(MORGAN) as Uint8Array;

// Atoms in SMILES text: a bracket atom's element, or an organic-subset atom (two-letter Cl and Br first).
const SMILES_ATOM = /\[\d*([A-Z][a-z]?|se|as|[bcnops])|(Cl|Br|[BCNOPSFI]|[bcnops])/g;

/** Heavy atoms per element, read from the SMILES text itself (hydrogens and charges do not count). */
export function elementsOf(smiles: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of smiles.matchAll(SMILES_ATOM)) {
    const raw = m[1] ?? m[2] ?? '';
    const el = raw.length === 1 || raw === 'se' || raw === 'as' ? raw.charAt(0).toUpperCase() + raw.slice(1) : raw;
    if (el && el !== 'H') out.set(el, (out.get(el) ?? 0) + 1);
  }
  return out;
}

const signatureOf = (elements: Map<string, number>): string => [...elements].sort(([a], [b]) => (a < b ? -1 : 1)).map(([el, n]) => `${el}${n}`).join('');

export function componentOf(mol: Mol, smiles: string): Component {
  const elements = elementsOf(smiles);
  return { smiles, heavyAtoms: mol.get_num_atoms(true), elements, signature: signatureOf(elements) };
}

/** Computes the InChIKey of a component while its Mol is alive (once). */
export function keyed(rd: RDKit, c: Component, mol: Mol): KeyedComponent {
  if (!c.inchiKey || !c.matchKey) {
    c.inchiKey = inchiKeyOf(rd, mol);
    c.matchKey = c.elements.has('C') ? c.inchiKey.slice(0, 25) : c.inchiKey;
  }
  return c as KeyedComponent;
}

type Normaliser = { query: Mol; rxn: Reaction };

/**
 * Forms that are the same substance on paper: a gem-diol is the hydrate of a ketone (4-piperidone is sold as its
 * hydrate, 4,4-piperidinediol), an enol the tautomer of its ketone. Each is read as the ketone, which InChI alone
 * would not do. Aromatic rings are untouched: a phenol is not an enol.
 */
const NORMALISATIONS: [string, string][] = [
  ['[CX4]([OX2H1])[OX2H1]', '[CX4:1]([OX2H1])[OX2H1]>>[C:1]=O'],
  ['[CX3]=[CX3][OX2H1]', '[C:1]=[C:2]-[OX2H1:3]>>[C:1]-[C:2]=[O:3]'],
];

/** One normalisation applied once: a new Mol (the caller frees it), or null when there is nothing to change. */
function normalised(rd: RDKit, frag: Mol, n: Normaliser): Mol | null {
  if (frag.get_substruct_match(n.query) === '{}') return null;
  const reactants = new rd.MolList();
  reactants.append(frag);
  const products = n.rxn.run_reactants(reactants, 1);
  let smiles: string | undefined;
  try {
    const list = products.get(0);
    const product = list?.at(0);
    smiles = product?.get_smiles();
    product?.delete();
    list?.delete();
  } finally {
    products.delete();
    reactants.delete();
  }
  // A reaction product is not sanitised: it is read again from its SMILES before InChI sees it.
  const mol = smiles ? rd.get_mol(smiles) : null;
  return mol?.is_valid() ? mol : (mol?.delete(), null);
}

/** The fragments of a molecule as Mols of their own, added to `owned` so the caller frees them. */
function fragmentsOf(mol: Mol, owned: Mol[]): Mol[] {
  const { molList } = mol.get_frags() as { molList: { size(): number; at(i: number): Mol | null; delete(): void } };
  try {
    const out: Mol[] = [];
    for (let i = 0; i < molList.size(); i++) {
      const frag = molList.at(i);
      if (frag) out.push(frag);
    }
    owned.push(...out);
    return out;
  } finally {
    molList.delete();
  }
}

/** Called with each component screened and its parsed Mol, which is freed as soon as the call returns. */
export type ComponentVisitor = (component: Component, mol: Mol) => void;

export type Chemistry = {
  rd: RDKit;
  /** With `keys: true` every component gets its InChIKey (registry data); screening asks only where it matters. */
  analyse(smiles: string, visit?: ComponentVisitor, opts?: { keys?: boolean }): StructureResult;
  dispose(): void;
};

export function createChemistry(rd: RDKit): Chemistry {
  const normalisers = NORMALISATIONS.map(([q, r]) => {
    const query = rd.get_qmol(q);
    const rxn = rd.get_rxn(r);
    if (!query || !rxn) throw new Error(`RDKit refused the built-in normalisation ${r}`);
    return { query, rxn };
  });
  const ions = COUNTER_IONS.flatMap((s) => withMol(rd, s, (m) => ({ signature: componentOf(m, s).signature, skeleton: inchiKeyOf(rd, m).slice(0, 14) })) ?? []);
  const ionSignatures = new Set(ions.map((i) => i.signature));
  const ionSkeletons = new Set(ions.map((i) => i.skeleton));
  const isIon = (c: Component, mol: Mol) => ionSignatures.has(c.signature) && ionSkeletons.has(keyed(rd, c, mol).inchiKey.slice(0, 14));
  return {
    rd,
    analyse(smiles, visit, opts = {}) {
      const text = smiles.trim();
      if (!text || /\s/.test(text)) return { ok: false, problem: 'smiles-invalid' };
      const mol = rd.get_mol(text);
      if (!mol?.is_valid()) {
        mol?.delete();
        return { ok: false, problem: 'smiles-invalid' };
      }
      const owned: Mol[] = [mol];
      try {
        // Most lines are one molecule: splitting and canonical SMILES are only paid for when there are several.
        const single = !text.includes('.');
        const parts = (single ? [mol] : fragmentsOf(mol, owned)).map((frag) => {
          let m = frag;
          for (const n of normalisers) {
            const fixed = normalised(rd, m, n);
            if (fixed) owned.push(fixed);
            m = fixed ?? m;
          }
          const fixed = m !== frag;
          return { mol: m, component: componentOf(m, single && !fixed ? text : m.get_smiles()) };
        });
        if (parts.length === 0) return { ok: false, problem: 'smiles-invalid' };
        // Counter-ions come off a carbon compound. An inorganic salt is its ions together: sodium permanganate is
        // not potassium permanganate, and sodium chloride is not hydrochloric acid. Water comes off either.
        const wet = parts.filter((p) => p.component.signature !== 'O1');
        const dry = wet.length ? wet : parts;
        if (!single && !dry.some((p) => p.component.elements.has('C')) && dry.length > 1) {
          const salt = dry.length === parts.length ? mol : rd.get_mol(dry.map((p) => p.component.smiles).join('.'));
          if (!salt) return { ok: false, problem: 'smiles-invalid' };
          if (salt !== mol) owned.push(salt);
          const whole = componentOf(salt, salt.get_smiles());
          if (opts.keys) keyed(rd, whole, salt);
          visit?.(whole, salt);
          return { ok: true, structure: { smiles: salt.get_smiles(), components: [whole], counterIons: [] } };
        }
        const kept = dry.some((p) => !isIon(p.component, p.mol)) ? dry.filter((p) => !isIon(p.component, p.mol)) : dry;
        const counterIons = [...new Set(parts.filter((p) => !kept.includes(p)).map((p) => p.component.smiles))];
        const unique = new Map<string, (typeof parts)[number]>();
        for (const p of kept.sort((a, b) => b.component.heavyAtoms - a.component.heavyAtoms)) if (!unique.has(p.component.smiles)) unique.set(p.component.smiles, p);
        for (const p of unique.values()) {
          if (opts.keys) keyed(rd, p.component, p.mol);
          visit?.(p.component, p.mol);
        }
        return { ok: true, structure: { smiles: single ? text : mol.get_smiles(), components: [...unique.values()].map((p) => p.component), counterIons } };
      } finally {
        for (const m of owned) m.delete();
      }
    },
    dispose() {
      for (const n of normalisers) {
        n.query.delete();
        n.rxn.delete();
      }
    },
  };
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, i) => {
  let n = 0;
  for (let v = i; v; v >>= 1) n += v & 1;
  return n;
});

export function tanimoto(a: Uint8Array, b: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    both += POPCOUNT[x & y] ?? 0;
    either += POPCOUNT[x | y] ?? 0;
  }
  return either === 0 ? 0 : both / either;
}

/** Every bond written outside atom brackets becomes "any bond" (`~`). */
export function anyBonds(smarts: string): string {
  let out = '';
  let depth = 0;
  for (const ch of smarts) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    out += depth === 0 && '-=#:/\\'.includes(ch) ? '~' : ch;
  }
  return out;
}

/** A parent's atoms with any bond orders between them: a quick test that its skeleton is in a line at all. */
export function skeletonQuery(rd: RDKit, smiles: string): Mol | null {
  const smarts = withMol(rd, smiles, (m) => m.get_smarts());
  return smarts ? rd.get_qmol(anyBonds(smarts)) : null;
}
