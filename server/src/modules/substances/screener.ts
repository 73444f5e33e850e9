// The screening engine: one declared line in, a verdict with explained hits out. Pure computation over an
// in-memory registry snapshot, so a worker thread can run it as well as a request handler. Structures are costly to
// analyse and manifests repeat them, so each distinct SMILES is analysed once per screener (bounded cache).
import type { Chemistry, Structure } from './chem.js';
import { conflictsOf } from './conflicts.js';
import { controlsSentence, join, problems as problemTexts, texts } from './explain.js';
import { formatHs, parseCas, parseHs } from './identifiers.js';
import { buildNameIndex, FUZZY_STRONG_SCORE, type NameMatch } from './name-index.js';
import { coveringControls, inForce, type Cover, type Entry, type Registry, type SubstanceClass } from './registry.js';
import { severity, type ControlView, type Hit, type LineProblem, type ScreeningLine, type ScreeningResult, type Text, type Verdict } from './screening-schemas.js';
import { controlViewer } from './control-view.js';
import { identifiedSubstances } from './identified.js';
import { createStructureMatcher, type StructureMatches } from './structure-match.js';
import { summaryOf } from './summary.js';

export type Screener = { registryVersion: string; screen(line: ScreeningLine, asOf: string): ScreeningResult; dispose(): void };

type Analysed = { ok: false } | { ok: true; structure: Structure; matches: StructureMatches[] };
/** What one line has gathered so far, as each declared field is screened. */
type LineState = {
  hits: Hit[];
  problems: LineProblem[];
  identity: ScreeningResult['identity'];
  nameMatches: NameMatch[];
  /** undefined: no valid CAS declared; null: a valid CAS that is not in the registry. */
  casEntry?: Entry | null;
  hsEntry?: { entry: Entry; code: string };
  structure?: Analysed;
};
const CACHE_LIMIT = 20_000;
/** Results are larger than structure analyses (explanations in two languages): fewer are kept. */
const ANSWER_LIMIT = 5_000;

/**
 * `naive` is the baseline the benchmark compares against: every line's structure parsed again and every derivative
 * rule tried on it, with no cache and no skeleton pre-check. The answers are the same; only the work differs.
 */
export type ScreenerOptions = { naive?: boolean };

export function createScreener(chem: Chemistry, registry: Registry, options: ScreenerOptions = {}): Screener {
  const entries = new Map(registry.entries.map((e) => [e.id, e]));
  const classes = new Map(registry.classes.map((c) => [c.id, c]));
  const byCas = new Map<string, { entry: Entry; form?: string }>();
  for (const e of registry.entries) {
    if (e.cas) byCas.set(e.cas, { entry: e });
    for (const o of e.otherCas) byCas.set(o.cas, { entry: e, form: o.form });
  }
  const byHs = new Map(registry.hsSubheadings.flatMap((h) => {
    const e = entries.get(h.entry);
    return e ? [[h.code, e] as const] : [];
  }));
  /** Ids come from this registry's own indexes, so a miss is a bug, not bad input. */
  const entry = (id: string): Entry => {
    const e = entries.get(id);
    if (!e) throw new Error(`the screener's index names unknown entry ${id}`);
    return e;
  };
  const names = buildNameIndex(registry.entries);
  const matcher = createStructureMatcher(chem, registry, { prefilter: !options.naive });
  const cache = new Map<string, Analysed>();
  /** Results are shared between lines with the same declaration, so callers treat them as read-only. */
  const answers = new Map<string, ScreeningResult>();

  const view = controlViewer(registry);

  // What applies to an entry on a date is the same for every line that hits it: worked out once per combination.
  const applying = new Map<string, { controls: ControlView[]; upcoming: ControlView[]; sentence: Text }>();
  function applicable(e: Entry, covers: Cover[], asOf: string) {
    const key = `${e.id}|${covers.join(',')}|${asOf}`;
    let a = applying.get(key);
    if (!a) {
      const relevant = coveringControls(e.controls, covers, asOf);
      const controls = relevant.inForce.map(view);
      const upcoming = relevant.upcoming.map(view);
      a = { controls, upcoming, sentence: controlsSentence(controls, upcoming, asOf) };
      if (applying.size >= CACHE_LIMIT) applying.clear();
      applying.set(key, a);
    }
    return a;
  }

  function entryHit(e: Entry, asOf: string, h: { basis: Hit['basis']; verdict: Verdict; text: Text; covers?: Cover[]; score?: number; derivation?: Hit['derivation'] }): Hit {
    const { controls, upcoming, sentence } = applicable(e, h.covers ?? [], asOf);
    const uncovered = h.basis === 'derivative' || h.basis === 'stereoisomer' || h.basis === 'name-ester' ? 'analogue' : 'clear';
    return {
      basis: h.basis,
      verdict: controls.length ? h.verdict : uncovered,
      subject: { kind: 'entry', id: e.id, names: e.names },
      ...(h.score !== undefined ? { score: h.score } : {}),
      ...(h.derivation ? { derivation: h.derivation } : {}),
      controls,
      upcoming,
      explanation: join(h.text, sentence),
    };
  }

  /** One hit per class, with each jurisdiction's control whose rule the structure meets. */
  function classHit(cls: SubstanceClass, controlIndices: number[], asOf: string): Hit {
    const matched = controlIndices.flatMap((i) => cls.controls[i] ?? []);
    const controls = matched.filter((c) => inForce(c, asOf)).map(view);
    const upcoming = matched.filter((c) => !inForce(c, asOf)).map(view);
    const rules = matched.filter((c) => inForce(c, asOf));
    const rule = (rules[0] ?? matched[0])?.rule ?? cls.names;
    return {
      basis: 'class',
      verdict: controls.length ? 'controlled-by-rule' : 'clear',
      subject: { kind: 'class', id: cls.id, names: cls.names },
      controls,
      upcoming,
      explanation: join(texts.classMember(cls.names, rule), controlsSentence(controls, upcoming, asOf)),
    };
  }

  /**
   * How far the line's other identifiers settle what a name only resembles: `identified`, a valid CAS number or
   * structure was declared, so the resemblance is a hint; `elsewhere`, a valid CAS number not in the registry and a
   * structure that is no listed substance both say what the line is, so a loose resemblance (below
   * FUZZY_STRONG_SCORE: "methyl benzoate" and methylbenzene) says nothing — a clear hit, kept to explain. A close one
   * ("Pseudoephedrin") stays an analogue whatever else is declared: a CAS number and structure can be made up.
   */
  type NameContext = { identified: boolean; elsewhere: boolean };

  function nameHit(m: NameMatch, declared: string, asOf: string, known: NameContext): Hit | null {
    const e = entries.get(m.entryId);
    if (!e) return null;
    if (m.basis === 'name-ester') {
      return entryHit(e, asOf, { basis: 'name-ester', verdict: 'controlled-by-rule', covers: ['esters'], derivation: ['esters'], text: texts.nameEster(declared, e.names) });
    }
    if (m.basis === 'name-fuzzy' && known.elsewhere && m.score < FUZZY_STRONG_SCORE) {
      return { basis: 'name-fuzzy', verdict: 'clear', subject: { kind: 'entry', id: e.id, names: e.names }, score: m.score, controls: [], upcoming: [], explanation: texts.fuzzyOutweighed(m.matched, e.names, m.score) };
    }
    if (m.basis === 'name-fuzzy') {
      const verdict = m.score >= FUZZY_STRONG_SCORE && !known.identified ? 'controlled' : 'analogue';
      return entryHit(e, asOf, { basis: 'name-fuzzy', verdict, score: m.score, text: texts.fuzzy(m.matched, e.names, m.score) });
    }
    return entryHit(e, asOf, { basis: m.basis, verdict: 'controlled', text: m.basis === 'name' ? texts.name(e.names) : texts.synonym(declared, e.names) });
  }

  function structureHits(s: Structure, matches: StructureMatches[], asOf: string): Hit[] {
    const hits: Hit[] = [];
    for (const m of matches) {
      for (const id of m.exact) hits.push(entryHit(entry(id), asOf, { basis: 'structure', verdict: 'controlled', text: texts.structure(entry(id).names, s.counterIons) }));
      for (const id of m.stereoisomers) {
        const e = entry(id);
        const unspecified = e.inchiKey?.slice(15, 25) === 'UHFFFAOYSA';
        if (unspecified) hits.push(entryHit(e, asOf, { basis: 'structure', verdict: 'controlled', text: texts.structure(e.names, s.counterIons) }));
        else {
          const covered = coveringControls(e.controls, ['optical-isomers'], asOf).inForce.length > 0;
          hits.push(entryHit(e, asOf, { basis: 'stereoisomer', verdict: 'controlled', covers: ['optical-isomers'], text: texts.stereoisomer(e.names, covered) }));
        }
      }
      for (const d of m.derivatives) {
        const e = entry(d.entryId);
        const types = [...new Set(d.steps.map((x) => x.type))].sort();
        const covered = coveringControls(e.controls, types, asOf).inForce.length > 0;
        hits.push(entryHit(e, asOf, { basis: 'derivative', verdict: 'controlled-by-rule', covers: types, derivation: types, text: texts.derivative(e.names, types, covered) }));
      }
      const byClass = new Map<string, number[]>();
      for (const c of m.classes) byClass.set(c.classId, [...new Set([...(byClass.get(c.classId) ?? []), c.control])]);
      for (const [classId, indices] of byClass) {
        const cls = classes.get(classId);
        if (cls) hits.push(classHit(cls, indices, asOf));
      }
      for (const sim of m.similar) {
        const e = entry(sim.entryId);
        hits.push({ basis: 'similarity', verdict: 'analogue', subject: { kind: 'entry', id: e.id, names: e.names }, score: sim.score, controls: [], upcoming: [], explanation: texts.similar(e.names, sim.score) });
      }
    }
    return dedupeDerivatives(hits);
  }

  function analyse(smiles: string): Analysed {
    const cached = options.naive ? undefined : cache.get(smiles);
    if (cached) return cached;
    const matches: StructureMatches[] = [];
    const r = chem.analyse(smiles, (c, mol) => matches.push(matcher.match(c, mol)));
    const out: Analysed = r.ok ? { ok: true, structure: r.structure, matches } : { ok: false };
    if (!options.naive) remember(cache, smiles, out);
    return out;
  }

  type Problem = (field: LineProblem['field'], code: keyof typeof problemTexts) => void;

  function screenCas(raw: string, asOf: string, out: LineState, problem: Problem): void {
    const r = parseCas(raw);
    if (!r.ok) return problem('cas', r.problem === 'cas-check-digit' ? 'cas-check-digit' : 'cas-format');
    out.identity.cas = r.value;
    const known = byCas.get(r.value);
    out.casEntry = known?.entry ?? null;
    if (known) out.hits.push(entryHit(known.entry, asOf, { basis: 'cas', verdict: 'controlled', text: texts.cas(r.value, known.entry.names, known.form) }));
  }

  function screenHs(raw: string, asOf: string, out: LineState, problem: Problem): void {
    const r = parseHs(raw);
    if (!r.ok) return problem('hs', 'hs-format');
    out.identity.hs = r.value;
    const named = byHs.get(r.value.slice(0, 6));
    if (!named) return;
    out.hsEntry = { entry: named, code: formatHs(r.value.slice(0, 6)) };
    out.hits.push(entryHit(named, asOf, { basis: 'hs', verdict: 'controlled', text: texts.hs(out.hsEntry.code, named.names) }));
  }

  function screenStructure(smiles: string, asOf: string, out: LineState, problem: Problem): void {
    out.structure = analyse(smiles);
    const main = out.structure.ok ? out.structure.structure.components[0] : undefined;
    if (!out.structure.ok || !main) return problem('smiles', 'smiles-invalid');
    const s = out.structure.structure;
    out.identity.structure = { smiles: s.smiles, ...(main.inchiKey ? { inchiKey: main.inchiKey } : {}), components: s.components.length, counterIons: s.counterIons };
    out.hits.push(...structureHits(s, out.structure.matches, asOf));
  }

  function screenName(name: string, asOf: string, out: LineState): void {
    const r = names.lookup(name);
    out.identity.name = { text: r.text, salts: r.salts };
    out.nameMatches = r.matches;
    const identified = out.identity.cas !== undefined || out.identity.structure !== undefined;
    const structureListed = out.structure?.ok ? out.structure.matches.some((x) => x.exact.length + x.stereoisomers.length + x.derivatives.length + x.classes.length > 0) : true;
    const elsewhere = out.casEntry === null && out.structure?.ok === true && !structureListed;
    for (const m of r.matches) {
      const h = nameHit(m, name, asOf, { identified, elsewhere });
      if (h) out.hits.push(h);
    }
  }

  return {
    registryVersion: registry.version,
    screen(line, asOf) {
      // A manifest declares the same chemical on many lines: the answer for a declaration is worked out once.
      const key = options.naive ? null : `${asOf}|${line.name ?? ''}|${line.cas ?? ''}|${line.smiles ?? ''}|${line.hs ?? ''}`;
      const known = key ? answers.get(key) : undefined;
      const base = known ?? screenOnce(line, asOf);
      if (key && !known) remember(answers, key, base, ANSWER_LIMIT);
      if (line.ref === undefined && line.quantity === undefined) return base;
      return { ...base, ...(line.ref !== undefined ? { ref: line.ref } : {}), ...(line.quantity !== undefined ? { quantity: line.quantity } : {}) };
    },
    dispose() {
      matcher.dispose();
      cache.clear();
      answers.clear();
    },
  };

  function screenOnce(line: ScreeningLine, asOf: string): ScreeningResult {
    const out: LineState = { hits: [], problems: [], identity: {}, nameMatches: [] };
    const problem = (field: LineProblem['field'], code: keyof typeof problemTexts) => out.problems.push({ field, code, message: problemTexts[code] });
    if (line.cas) screenCas(line.cas, asOf, out, problem);
    if (line.hs) screenHs(line.hs, asOf, out, problem);
    if (line.smiles) screenStructure(line.smiles, asOf, out, problem);
    if (line.name) screenName(line.name, asOf, out);
    if (!line.name && !line.cas && !line.smiles && !line.hs) problem('line', 'empty');
    const { hits, identity, nameMatches } = out;
    const conflicts = conflictsOf({ entries, casEntry: out.casEntry, cas: identity.cas, declaredName: line.name, nameMatches, structureIds: out.structure?.ok ? structureIdsOf(out.structure.matches) : undefined, hs: out.hsEntry });
    const identified = identity.cas !== undefined || identity.structure !== undefined || nameMatches.length > 0 || out.hsEntry !== undefined;
    const worst = hits.reduce<Verdict | null>((w, h) => (w === null || severity(h.verdict) > severity(w) ? h.verdict : w), null);
    const verdict: Verdict = worst && worst !== 'clear' ? worst : identified ? 'clear' : 'insufficient-identity';
    if (verdict === 'insufficient-identity' && line.name && !nameMatches.length) problem('name', 'name-unknown');
    hits.sort((a, b) => severity(b.verdict) - severity(a.verdict));
    return { asOf, verdict, summary: summaryOf(verdict, hits), identity, hits, identified: identifiedSubstances(hits), conflicts, problems: out.problems };
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V, limit = CACHE_LIMIT): void {
  const oldest = map.keys().next();
  if (map.size >= limit && !oldest.done) map.delete(oldest.value);
  map.set(key, value);
}

/** What the structure is: its exact entries, or failing those, the entries it is a stereoisomer of. */
function structureIdsOf(matches: StructureMatches[]): Set<string> {
  const exact = matches.flatMap((m) => m.exact);
  return new Set(exact.length ? exact : matches.flatMap((m) => m.stereoisomers));
}

/** A derivative found along two paths (generic and site-specific) is one hit. */
function dedupeDerivatives(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.basis}:${h.subject.id}:${(h.derivation ?? []).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
