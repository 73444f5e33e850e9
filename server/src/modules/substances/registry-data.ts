// Loads and checks the shipped registry in data/substances/. Every entry is validated — CAS check digits, HS
// codes, SMILES that parse, one structure per CAS, list codes that exist, dates in order, reactions and SMARTS that
// compile, every web source's site known as official or not — and bad data is refused with every problem named by
// entry, never loaded in part.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fromRoot } from '../../platform/paths.js';
import { createChemistry, type Chemistry, type RDKit } from './chem.js';
import { parseCas, parseHs } from './identifiers.js';
import { ClassFile, DerivativeTypeFile, EntryFile, HsSubheadingFile, ListFile, MeasureFile, dateFloor, type ControlList, type Control, type Entry, type Measure, type Registry } from './registry.js';
import { hasOfficialSource, hostOf, publisherIndex, PublishersFile, type Publishers } from './sources.js';

export class RegistryDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`the substance registry data is invalid:\n  - ${problems.join('\n  - ')}`);
  }
}

const Files = {
  entries: z.strictObject({ entries: z.array(EntryFile) }),
  classes: z.strictObject({ about: z.string().optional(), classes: z.array(ClassFile) }),
  derivatives: z.strictObject({ about: z.string().optional(), types: z.array(DerivativeTypeFile) }),
  lists: z.strictObject({ lists: z.array(ListFile) }),
  hs: z.strictObject({ about: z.string(), source: z.string(), subheadings: z.array(HsSubheadingFile) }),
  measures: z.strictObject({ about: z.string(), measures: z.array(MeasureFile) }),
  publishers: PublishersFile,
};

export type RawRegistry = { [K in keyof typeof Files]: unknown };

export function readRegistryFiles(dir = fromRoot('data', 'substances')): RawRegistry {
  const read = (name: string): unknown => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  return {
    entries: read('substances.json'),
    classes: read('classes.json'),
    derivatives: read('derivatives.json'),
    lists: read('lists.json'),
    hs: read('hs-subheadings.json'),
    measures: read('export-licences.json'),
    publishers: read('publishers.json'),
  };
}

function parseFile<T>(schema: z.ZodType<T>, raw: unknown, file: string, problems: string[]): T | null {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const i of r.error.issues) problems.push(`${file} ${i.path.join('.')}: ${i.message}`);
  return null;
}

export const controlId = (entryId: string, c: Pick<Control, 'jurisdiction' | 'list' | 'since'>): string => `${entryId}:${c.jurisdiction}:${c.list}:${c.since}`;

type Check = { rd: RDKit; chem: Chemistry; lists: Map<string, ControlList>; publishers: Publishers; problems: string[] };

/** Every web address must be on a site publishers.json knows, so each source is marked official or not. */
function checkSources(sources: readonly string[], where: string, k: Check): void {
  for (const s of sources) {
    const host = hostOf(s);
    if (host !== null && !k.publishers.has(host)) k.problems.push(`${where}: source ${s} is on ${host}, which publishers.json does not list as official or not`);
  }
}

/** What no official source confirms stays marked: a control resting only on press, commercial or another government's pages names its unconfirmed fields. */
function checkHonesty(c: Pick<Control, 'sources' | 'unconfirmed'>, where: string, k: Check): void {
  if (c.unconfirmed.length === 0 && !hasOfficialSource(k.publishers, c.sources)) k.problems.push(`${where}: no official source, so unconfirmed must name what no official source confirms`);
}

function checkControl(c: Pick<Control, 'jurisdiction' | 'list' | 'since' | 'until' | 'destinations' | 'sources' | 'unconfirmed'>, where: string, k: Check): void {
  const list = k.lists.get(c.list);
  if (!list) k.problems.push(`${where}: unknown list code`);
  else if (list.jurisdiction !== c.jurisdiction) k.problems.push(`${where}: list belongs to ${list.jurisdiction}`);
  if (list?.kind === 'export-licence' && c.destinations.length === 0) k.problems.push(`${where}: an export-licence control names its destinations`);
  if (list?.kind === 'schedule' && c.destinations.length > 0) k.problems.push(`${where}: a schedule has no destinations`);
  if (c.until && dateFloor(c.until) <= dateFloor(c.since)) k.problems.push(`${where}: ends before it starts`);
  checkSources(c.sources, where, k);
  checkHonesty(c, where, k);
}

function checkControls(e: EntryFile, at: string, k: Check): void {
  checkSources(e.sources, at, k);
  for (const n of e.notes) checkSources(n.sources, `${at} note ${n.jurisdiction}`, k);
  for (const c of e.controls) {
    const where = `${at} control ${c.jurisdiction} ${c.list}`;
    checkControl(c, where, k);
    if (c.covers.some((x) => x !== 'salts' && x !== 'optical-isomers') && !e.smiles) k.problems.push(`${where}: covers derivatives but the entry has no structure`);
  }
}

function checkEntry(e: EntryFile, k: Check): Entry {
  const at = `entry ${e.id}`;
  let cas = e.cas;
  if (cas !== null) {
    const r = parseCas(cas);
    if (!r.ok) k.problems.push(`${at}: CAS ${cas} ${r.problem === 'cas-check-digit' ? 'fails its check digit' : 'is not a CAS number'}`);
    else cas = r.value;
  }
  const otherCas = e.otherCas.map((o) => {
    const r = parseCas(o.cas);
    if (!r.ok) k.problems.push(`${at}: CAS ${o.cas} of the ${o.form} fails its check digit or is not a CAS number`);
    return r.ok ? { ...o, cas: r.value } : o;
  });
  if (e.hs !== null && !parseHs(e.hs).ok) k.problems.push(`${at}: HS code ${e.hs} must be 6 to 10 digits`);
  let inchiKey: string | null = null;
  if (e.smiles !== null) {
    const r = k.chem.analyse(e.smiles, undefined, { keys: true });
    if (!r.ok) k.problems.push(`${at}: SMILES ${e.smiles} does not parse`);
    else inchiKey = r.structure.components[0]?.inchiKey ?? null;
  }
  for (const [type, reaction] of Object.entries(e.derivativeSites)) {
    const rxn = k.rd.get_rxn(reaction);
    if (!rxn) k.problems.push(`${at}: derivativeSites.${type} is not a reaction SMARTS`);
    rxn?.delete();
  }
  checkControls(e, at, k);
  return { ...e, cas, otherCas, inchiKey, origin: 'shipped', controls: e.controls.map((c) => ({ ...c, id: controlId(e.id, c), origin: 'shipped' as const })) };
}

/** Two entries must not share an id, a CAS number or a structure. */
function checkUnique(entries: Entry[], problems: string[]): void {
  const seen = new Map<string, string>();
  const claim = (what: string, value: string | null, id: string) => {
    if (value === null) return;
    const other = seen.get(`${what}:${value}`);
    if (other) problems.push(`entry ${id}: ${what} ${value} is also entry ${other}${what === 'CAS' ? ' (one CAS, two structures or two entries)' : ''}`);
    else seen.set(`${what}:${value}`, id);
  };
  for (const e of entries) {
    claim('id', e.id, e.id);
    claim('CAS', e.cas, e.id);
    for (const o of e.otherCas) claim('CAS', o.cas, e.id);
    claim('structure', e.inchiKey?.slice(0, 25) ?? null, e.id);
  }
}

/** A measure's confirmed members get it as a control of their own. */
function attachMeasures(entries: Entry[], measures: Measure[], k: Check): Entry[] {
  for (const m of measures) {
    checkControl(m, `export-licences.json ${m.id}`, k);
    for (const id of m.entries) if (!entries.some((e) => e.id === id)) k.problems.push(`export-licences.json ${m.id}: entry ${id} does not exist`);
  }
  return entries.map((e) => {
    const extra = measures.filter((m) => m.entries.includes(e.id)).map((m): Control => {
      const c = { jurisdiction: m.jurisdiction, list: m.list, since: m.since, until: m.until, covers: m.covers, basis: m.basis, destinations: m.destinations, sources: m.sources, unconfirmed: m.unconfirmed.filter((u) => u !== 'entries') };
      return { ...c, id: controlId(e.id, c), origin: 'shipped' };
    });
    return extra.length ? { ...e, controls: [...e.controls, ...extra] } : e;
  });
}

export function buildRegistry(rd: RDKit, raw: RawRegistry): Registry {
  const problems: string[] = [];
  const publishers = parseFile(Files.publishers, raw.publishers, 'publishers.json', problems)?.publishers ?? [];
  const measures = parseFile(Files.measures, raw.measures, 'export-licences.json', problems)?.measures ?? [];
  const lists = parseFile(Files.lists, raw.lists, 'lists.json', problems)?.lists ?? [];
  const types = parseFile(Files.derivatives, raw.derivatives, 'derivatives.json', problems)?.types ?? [];
  const classes = parseFile(Files.classes, raw.classes, 'classes.json', problems)?.classes ?? [];
  const files = parseFile(Files.entries, raw.entries, 'substances.json', problems)?.entries ?? [];
  const hsSubheadings = parseFile(Files.hs, raw.hs, 'hs-subheadings.json', problems)?.subheadings ?? [];
  const k: Check = { rd, chem: createChemistry(rd), lists: new Map(lists.map((l) => [l.code, l])), publishers: publisherIndex(publishers), problems };
  for (const t of types) for (const r of t.reactions) checkCompiles(rd.get_rxn(r), `derivatives.json ${t.type}: reaction ${r} does not compile`, problems);
  const entries = attachMeasures(files.map((e) => checkEntry(e, k)), measures, k);
  checkUnique(entries, problems);
  const ids = new Set(entries.map((e) => e.id));
  for (const h of hsSubheadings) if (!ids.has(h.entry)) problems.push(`hs-subheadings.json ${h.code}: entry ${h.entry} does not exist`);
  for (const c of classes) {
    if (!ids.has(c.reference)) problems.push(`class ${c.id}: reference entry ${c.reference} does not exist`);
    for (const ctl of c.controls) {
      if (k.lists.get(ctl.list)?.jurisdiction !== ctl.jurisdiction) problems.push(`class ${c.id}: list ${ctl.list} is not a ${ctl.jurisdiction} list`);
      checkSources(ctl.sources, `class ${c.id}`, k);
      checkHonesty(ctl, `class ${c.id} control ${ctl.jurisdiction} ${ctl.list}`, k);
      for (const s of ctl.smarts) checkCompiles(rd.get_qmol(s), `class ${c.id}: SMARTS ${s} does not compile`, problems);
    }
  }
  if (problems.length) throw new RegistryDataError(problems);
  const version = createHash('sha256').update(JSON.stringify(raw)).digest('hex').slice(0, 16);
  return { version, entries, classes, derivativeTypes: types, lists, hsSubheadings, measures, publishers };
}

function checkCompiles(obj: { delete(): void } | null, problem: string, problems: string[]): void {
  if (!obj) problems.push(problem);
  obj?.delete();
}
