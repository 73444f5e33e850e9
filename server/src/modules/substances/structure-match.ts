// What a structure is, against the registry: the same substance (InChIKey, after salts are stripped and charges
// neutralised), a stereoisomer, a legal derivative of a listed parent (found by undoing derivatisations step by step
// until a parent appears), a member of a class (SMARTS on the reference structure), or merely similar (Morgan
// fingerprints). The answer does not depend on the date; which controls apply on a date is decided afterwards.
import type { Mol, Reaction } from '@rdkit/rdkit';
import { componentOf, fingerprintOf, inchiKeyOf, keyed, skeletonQuery, tanimoto, withMol, type Chemistry, type Component } from './chem.js';
import { neutralKeyOf, skeletonOf } from './identifiers.js';
import type { DerivativeType, Entry, Registry } from './registry.js';

export type DerivationStep = { type: DerivativeType; site: 'generic' | string };
export type StructureMatches = {
  exact: string[];
  stereoisomers: string[];
  derivatives: { entryId: string; steps: DerivationStep[] }[];
  classes: { classId: string; control: number }[];
  similar: { entryId: string; score: number }[];
};

const MAX_DEPTH = 3;
const MAX_STATES = 40;
/** Below this many heavy atoms, fingerprints of unrelated molecules (solvents, reagents) look alike. */
const SIMILARITY_MIN_ATOMS = 8;
export const SIMILARITY_THRESHOLD = 0.5;
/**
 * A smaller structure found whole inside a listed one counts as similar only from this score: below it, it is a
 * common fragment (acetanilide in N-acetylanthranilic acid, 0.54); above it, a likely pre-precursor (norcarfentanil
 * in carfentanil, 0.64; N-phenethylpiperidine in NPP, 0.63).
 */
const FRAGMENT_THRESHOLD = 0.6;

type Rule = { step: DerivationStep; rxn: Reaction };
type Parent = { entry: Entry; skeleton: Mol; heavyAtoms: number; elements: Map<string, number>; signature: string; neutralKey: string };

export type StructureMatcher = { match(c: Component, mol: Mol): StructureMatches; dispose(): void };

/** A derivative only ever adds atoms to its parent, so it has at least as many of each element. */
const canContain = (c: Component, p: Parent): boolean => c.heavyAtoms >= p.heavyAtoms && [...p.elements].every(([el, n]) => (c.elements.get(el) ?? 0) >= n);

/** Without `prefilter`, every parent is tried on every structure and every product gets an InChIKey (the baseline). */
export function createStructureMatcher(chem: Chemistry, registry: Registry, opts: { prefilter: boolean } = { prefilter: true }): StructureMatcher {
  const { rd } = chem;
  const byKey = new Map<string, string[]>();
  const bySkeleton = new Map<string, string[]>();
  const bySignature = new Map<string, string[]>();
  const withStructure = registry.entries.flatMap((e) => (e.smiles ? [{ ...e, smiles: e.smiles }] : []));
  const push = (m: Map<string, string[]>, k: string, id: string) => m.set(k, [...(m.get(k) ?? []), id]);
  const fingerprints: { id: string; fp: Uint8Array; heavyAtoms: number; smiles: string }[] = [];
  const mainComponent = new Map<string, Component>();
  for (const e of withStructure) {
    let first = true;
    chem.analyse(e.smiles, (c, mol) => {
      if (!first) return;
      first = false;
      const main = keyed(rd, c, mol);
      mainComponent.set(e.id, main);
      push(byKey, main.matchKey, e.id);
      push(bySignature, main.signature, e.id);
      // Stereoisomers only make sense for carbon compounds, whose match key is the neutral one.
      if (main.matchKey.length === 25) push(bySkeleton, skeletonOf(main.inchiKey), e.id);
      fingerprints.push({ id: e.id, fp: fingerprintOf(mol), heavyAtoms: main.heavyAtoms, smiles: e.smiles });
    });
  }

  const derivable = withStructure.flatMap((e) => (e.inchiKey ? [{ ...e, inchiKey: e.inchiKey }] : [])).filter((e) => e.controls.some((c) => c.covers.some((x) => x !== 'salts' && x !== 'optical-isomers')));
  const parents: Parent[] = derivable.flatMap((entry) => {
    const skeleton = skeletonQuery(rd, entry.smiles);
    const main = mainComponent.get(entry.id);
    return skeleton && main ? [{ entry, skeleton, heavyAtoms: main.heavyAtoms, elements: main.elements, signature: main.signature, neutralKey: neutralKeyOf(entry.inchiKey) }] : [];
  });
  const rules: Rule[] = [];
  for (const t of registry.derivativeTypes) for (const r of t.reactions) pushRule(rules, rd.get_rxn(r), { type: t.type, site: 'generic' });
  // Site-specific rules of an entry (4-AP's halides: on the aniline ring only) run besides the generic ones.
  for (const p of parents) for (const [type, r] of Object.entries(p.entry.derivativeSites)) pushRule(rules, rd.get_rxn(r), { type: type as DerivativeType, site: p.entry.id });
  const classQueries = registry.classes.flatMap((cls) => cls.controls.flatMap((ctl, i) => ctl.smarts.map((s) => ({ classId: cls.id, control: i, q: rd.get_qmol(s) }))));

  function derivativesOf(c: Component, mol: Mol): StructureMatches['derivatives'] {
    const candidates = opts.prefilter ? parents.filter((p) => canContain(c, p) && mol.get_substruct_match(p.skeleton) !== '{}') : parents;
    if (candidates.length === 0) return [];
    // Only the derivatisations some candidate parent's controls name are undone, and a product that no longer has
    // the atoms of any candidate is a dead end: both keep the search to a few steps.
    const types = new Set(candidates.flatMap((p) => p.entry.controls.flatMap((ctl) => ctl.covers)));
    const useful = opts.prefilter ? rules.filter((r) => types.has(r.step.type)) : rules;
    const alive = (product: Component) => !opts.prefilter || candidates.some((p) => canContain(product, p));
    const signatures = new Set(candidates.map((p) => p.signature));
    const found: StructureMatches['derivatives'] = [];
    const seen = new Set<string>();
    let frontier: { smiles: string; mol?: Mol; steps: DerivationStep[] }[] = [{ smiles: c.smiles, mol, steps: [] }];
    for (let depth = 0; depth < MAX_DEPTH && frontier.length && seen.size < MAX_STATES; depth++) {
      const next: typeof frontier = [];
      for (const state of frontier) {
        const products = state.mol ? expand(state.mol, useful) : (withMol(rd, state.smiles, (m) => expand(m, useful)) ?? []);
        for (const product of products) {
          if (!alive(product.component)) continue;
          const steps = [...state.steps, product.step];
          // The same product reached through a site-specific rule and a generic one are different derivations.
          const seenKey = `${product.component.smiles}|${steps.map((s) => `${s.type}@${s.site}`).sort().join(',')}`;
          if (seen.has(seenKey) || seen.size >= MAX_STATES) continue;
          seen.add(seenKey);
          next.push({ smiles: product.component.smiles, steps });
          if (opts.prefilter && !signatures.has(product.component.signature)) continue;
          const key = withMol(rd, product.component.smiles, (m) => neutralKeyOf(inchiKeyOf(rd, m)));
          for (const p of candidates) if (p.neutralKey === key && allowedSites(p, steps)) found.push({ entryId: p.entry.id, steps });
        }
      }
      frontier = next;
    }
    return found;
  }

  function expand(mol: Mol, useful: Rule[]): { component: Component; step: DerivationStep }[] {
    const out: { component: Component; step: DerivationStep }[] = [];
    const reactants = new rd.MolList();
    reactants.append(mol);
    try {
      for (const rule of useful) {
        const products = rule.rxn.run_reactants(reactants, 16);
        try {
          for (let i = 0; i < products.size(); i++) {
            const list = products.get(i);
            const p = list?.at(0);
            if (p) out.push({ component: componentOf(p, p.get_smiles()), step: rule.step });
            p?.delete();
            list?.delete();
          }
        } finally {
          products.delete();
        }
      }
    } finally {
      reactants.delete();
    }
    return out;
  }

  // Listed structures as molecules, made the first time a similar structure is compared with one.
  const listedMols = new Map<string, Mol | null>();
  /** Whether a smaller structure is found whole inside the listed one (see FRAGMENT_THRESHOLD). */
  function isFragmentOf(c: Component, mol: Mol, f: { id: string; heavyAtoms: number; smiles: string }): boolean {
    if (c.heavyAtoms >= f.heavyAtoms) return false;
    if (!listedMols.has(f.id)) listedMols.set(f.id, rd.get_mol(f.smiles));
    const listed = listedMols.get(f.id);
    return Boolean(listed?.is_valid() && listed.get_substruct_match(mol) !== '{}');
  }

  return {
    match(c, mol) {
      // Only a structure with the same atoms as some entry can be that entry: the InChIKey is computed just then.
      const k = bySignature.has(c.signature) || !opts.prefilter ? keyed(rd, c, mol) : null;
      const exact = k ? (byKey.get(k.matchKey) ?? []) : [];
      const stereoisomers = k && k.matchKey.length === 25 ? (bySkeleton.get(skeletonOf(k.inchiKey)) ?? []).filter((id) => !exact.includes(id)) : [];
      const derivatives = derivativesOf(c, mol);
      const classes = classQueries.filter((q) => q.q && mol.get_substruct_match(q.q) !== '{}').map(({ classId, control }) => ({ classId, control }));
      const structural = { derivatives, classes };
      const known = new Set([...exact, ...stereoisomers, ...structural.derivatives.map((d) => d.entryId)]);
      const fp = c.heavyAtoms < SIMILARITY_MIN_ATOMS ? null : fingerprintOf(mol);
      const similar = !fp
          ? []
          : fingerprints
              .filter((f) => f.heavyAtoms >= SIMILARITY_MIN_ATOMS && !known.has(f.id))
              .map((f) => ({ f, score: Math.round(tanimoto(fp, f.fp) * 1000) / 1000 }))
              .filter(({ f, score }) => score >= SIMILARITY_THRESHOLD && (score >= FRAGMENT_THRESHOLD || !isFragmentOf(c, mol, f)))
              .sort((a, b) => b.score - a.score)
              .slice(0, 3)
              .map(({ f, score }) => ({ entryId: f.id, score }));
      return { exact, stereoisomers, ...structural, similar };
    },
    dispose() {
      for (const m of listedMols.values()) m?.delete();
      for (const p of parents) p.skeleton.delete();
      for (const r of rules) r.rxn.delete();
      for (const q of classQueries) q.q?.delete();
    },
  };
}

function pushRule(rules: Rule[], rxn: Reaction | null, step: DerivationStep): void {
  if (rxn) rules.push({ rxn, step });
}

/** A step made by a generic reaction counts only where the parent does not narrow that type to some sites. */
function allowedSites(p: Parent, steps: DerivationStep[]): boolean {
  return steps.every((s) => (p.entry.derivativeSites[s.type] ? s.site === p.entry.id : s.site === 'generic'));
}
