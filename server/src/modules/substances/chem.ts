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
  inchiKey: string;
  /**
   * What identity is compared on. For carbon compounds, the InChIKey without its protonation flag, so a protonated
   * amine or a carboxylate is its neutral parent. Inorganic ions keep the whole key: chloride is not hydrochloric acid.
   */
  matchKey: string;
  heavyAtoms: number;
  /** Morgan fingerprint, radius 2, 2048 bits, packed 8 per byte. */
  fingerprint: Uint8Array;
};

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

export function componentOf(rd: RDKit, mol: Mol): Component {
  const inchi = mol.get_inchi();
  const inchiKey = rd.get_inchikey_for_inchi(inchi);
  const formula = inchi.split('/')[1] ?? '';
  return {
    smiles: mol.get_smiles(),
    inchiKey,
    matchKey: /C(?![a-z])/.test(formula) ? inchiKey.slice(0, 25) : inchiKey,
    heavyAtoms: mol.get_num_atoms(true),
    fingerprint: mol.get_morgan_fp_as_uint8array(MORGAN) as Uint8Array,
  };
}

type Normaliser = { query: Mol; rxn: Reaction };

/** A gem-diol is the hydrate of a ketone (4-piperidone is sold as its hydrate, 4,4-piperidinediol): read it as the ketone. */
function normalise(rd: RDKit, frag: Mol, n: Normaliser): Component {
  if (frag.get_substruct_match(n.query) === '{}') return componentOf(rd, frag);
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
  return (smiles && withMol(rd, smiles, (m) => componentOf(rd, m))) || componentOf(rd, frag);
}

function fragmentsOf(rd: RDKit, mol: Mol, n: Normaliser): Component[] {
  const { molList } = mol.get_frags() as { molList: { size(): number; at(i: number): Mol | null; delete(): void } };
  try {
    const out: Component[] = [];
    for (let i = 0; i < molList.size(); i++) {
      const frag = molList.at(i);
      if (!frag) continue;
      try {
        out.push(normalise(rd, frag, n));
      } finally {
        frag.delete();
      }
    }
    return out;
  } finally {
    molList.delete();
  }
}

export type Chemistry = { rd: RDKit; analyse(smiles: string): StructureResult; dispose(): void };

export function createChemistry(rd: RDKit): Chemistry {
  const query = rd.get_qmol('[CX4]([OX2H1])[OX2H1]');
  const rxn = rd.get_rxn('[CX4:1]([OX2H1])[OX2H1]>>[C:1]=O');
  if (!query || !rxn) throw new Error('RDKit refused the built-in gem-diol pattern');
  const gemDiol: Normaliser = { query, rxn };
  const counterIonSkeletons = new Set(COUNTER_IONS.map((s) => withMol(rd, s, (m) => inchiKeyOf(rd, m).slice(0, 14))).filter((k): k is string => !!k));
  return {
    rd,
    analyse(smiles) {
      const text = smiles.trim();
      if (!text || /\s/.test(text)) return { ok: false, problem: 'smiles-invalid' };
      const parsed = withMol(rd, text, (mol) => ({ smiles: mol.get_smiles(), fragments: fragmentsOf(rd, mol, gemDiol) }));
      if (!parsed || parsed.fragments.length === 0) return { ok: false, problem: 'smiles-invalid' };
      const isIon = (c: Component) => counterIonSkeletons.has(c.inchiKey.slice(0, 14));
      const kept = parsed.fragments.some((c) => !isIon(c)) ? parsed.fragments.filter((c) => !isIon(c)) : parsed.fragments;
      const counterIons = [...new Set(parsed.fragments.filter((c) => !kept.includes(c)).map((c) => c.smiles))];
      const unique = new Map<string, Component>();
      for (const c of kept.sort((a, b) => b.heavyAtoms - a.heavyAtoms)) if (!unique.has(c.matchKey)) unique.set(c.matchKey, c);
      return { ok: true, structure: { smiles: parsed.smiles, components: [...unique.values()], counterIons } };
    },
    dispose() {
      gemDiol.query.delete();
      gemDiol.rxn.delete();
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
