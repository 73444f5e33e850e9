// The bundled wildlife checklist (issue 15): CITES-listed taxa met in trafficking, with English and Chinese names,
// and the CITES trade-term codes that say what form a seized specimen is in (IVC, HOR, SCA, TIM…). Both files in
// data/wildlife/ are read and checked once, at first use; bad data is refused whole with every problem named, never
// loaded in part. A field no consulted source confirms is listed in the entry's `unconfirmed`, and the product
// must show it as such. Search matches scientific, English and Chinese names and the Chinese name's pinyin (full
// syllables or initials, without tones), because officers on either side type what their keyboard makes easy.
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { fromRoot } from '../../../platform/paths.js';

const SOURCE_ID = /^[a-z0-9-]+$/;
const DATE = /^\d{4}(-\d{2}-\d{2})?$/;

const Source = z.strictObject({
  id: z.string().regex(SOURCE_ID),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url(),
  date: z.string().regex(DATE),
  consulted: z.boolean(),
});

export const APPENDICES = ['I', 'II', 'III', 'I/II'] as const;
export const RANKS = ['species', 'subspecies', 'genus', 'family', 'order'] as const;
const UNCONFIRMABLE = ['en', 'zh', 'appendix', 'annotation', 'note'] as const;

const SpeciesEntry = z.strictObject({
  scientificName: z.string().regex(/^[A-Z][a-z]+( [a-z-]+){0,2}$/, 'a genus, species or subspecies name without "spp."'),
  rank: z.enum(RANKS),
  en: z.string().min(1).optional(),
  zh: z.string().regex(/\p{Script=Han}/u, 'must be written in Chinese characters').optional(),
  appendix: z.enum(APPENDICES),
  annotation: z.string().regex(/^(#\d+|A\d+)$/).optional(),
  note: z.string().min(1).optional(),
  prcProtection: z.enum(['I', 'II']).optional(),
  speciesPlusId: z.number().int().positive().optional(),
  sources: z.array(z.string().regex(SOURCE_ID)).min(1),
  unconfirmed: z.array(z.enum(UNCONFIRMABLE)).min(1).optional(),
});

const SpeciesFile = z.strictObject({
  about: z.string().min(1),
  compiled: z.iso.date(),
  sources: z.array(Source).min(1),
  entries: z.array(SpeciesEntry).min(1),
});

const TradeTermEntry = z.strictObject({
  code: z.string().regex(/^[A-Z]{3}$/, 'three capital letters'),
  en: z.string().min(1),
  zh: z.string().regex(/\p{Script=Han}/u, 'must be written in Chinese characters'),
  zhSource: z.enum(['official', 'translation']),
  units: z.array(z.enum(['number', 'kg', 'g', 'mg', 'µg', 'm3', 'cm3', 'm2', 'cm2', 'l', 'ml', 'm', 'cm'])).min(1),
});

const TradeTermFile = z.strictObject({
  about: z.string().min(1),
  source: Source,
  terms: z.array(TradeTermEntry).min(1),
});

export type WildlifeSource = z.infer<typeof Source>;
export type Species = z.infer<typeof SpeciesEntry>;
export type SpeciesRank = Species['rank'];
export type CitesAppendix = Species['appendix'];
export type TradeTerm = z.infer<typeof TradeTermEntry>;
export type SpeciesFileData = z.infer<typeof SpeciesFile>;
export type TradeTermFileData = z.infer<typeof TradeTermFile>;

export class WildlifeDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`the wildlife checklist data is invalid:\n  - ${problems.join('\n  - ')}`);
  }
}

function parseFile<T>(schema: z.ZodType<T>, raw: unknown, file: string, problems: string[]): T | null {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const i of r.error.issues) problems.push(`${file} ${i.path.join('.')}: ${i.message}`);
  return null;
}

/** Rules one entry's schema cannot see: unique names, known sources, and a name either given or marked unconfirmed. */
function checkSpecies(data: SpeciesFileData, problems: string[]): void {
  const sourceIds = new Set(data.sources.map((s) => s.id));
  if (sourceIds.size !== data.sources.length) problems.push('species.json sources: duplicate source id');
  const seen = new Set<string>();
  for (const e of data.entries) {
    const at = `species.json ${e.scientificName}`;
    const key = e.scientificName.toLowerCase();
    if (seen.has(key)) problems.push(`${at}: duplicate scientific name`);
    seen.add(key);
    for (const s of e.sources) if (!sourceIds.has(s)) problems.push(`${at}: unknown source ${s}`);
    const unconfirmed = new Set(e.unconfirmed ?? []);
    if (e.en === undefined && !unconfirmed.has('en')) problems.push(`${at}: no English name and en not marked unconfirmed`);
    if (e.zh === undefined && !unconfirmed.has('zh')) problems.push(`${at}: no Chinese name and zh not marked unconfirmed`);
    if (unconfirmed.has('annotation') && e.annotation === undefined) problems.push(`${at}: annotation marked unconfirmed but absent`);
    if ((e.rank === 'species') !== (e.scientificName.split(' ').length === 2)) problems.push(`${at}: rank does not fit the name`);
  }
}

function checkTerms(data: TradeTermFileData, problems: string[]): void {
  const seen = new Set<string>();
  for (const t of data.terms) {
    if (seen.has(t.code)) problems.push(`trade-terms.json ${t.code}: duplicate code`);
    seen.add(t.code);
  }
}

export type RawWildlife = { species: unknown; tradeTerms: unknown };

export function readWildlifeFiles(dir = fromRoot('data', 'wildlife')): RawWildlife {
  const read = (name: string): unknown => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  return { species: read('species.json'), tradeTerms: read('trade-terms.json') };
}

/** Validates both files; throws WildlifeDataError naming every problem. */
export function parseWildlife(raw: RawWildlife): { species: SpeciesFileData; tradeTerms: TradeTermFileData } {
  const problems: string[] = [];
  const species = parseFile(SpeciesFile, raw.species, 'species.json', problems);
  const tradeTerms = parseFile(TradeTermFile, raw.tradeTerms, 'trade-terms.json', problems);
  if (species) checkSpecies(species, problems);
  if (tradeTerms) checkTerms(tradeTerms, problems);
  if (problems.length > 0 || !species || !tradeTerms) throw new WildlifeDataError(problems);
  return { species, tradeTerms };
}

type Indexed = { entry: Species; keys: string[] };
type Checklist = { species: SpeciesFileData; byName: Map<string, Species>; index: Indexed[]; terms: Map<string, TradeTerm> };

const HAN = /\p{Script=Han}/u;
const normalise = (text: string): string => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The Chinese name's full pinyin and its initials, toneless and unspaced: 穿山甲 → chuanshanjia, csj. */
function pinyinKeys(zh: string): string[] {
  const han = [...zh].filter((c) => HAN.test(c)).join('');
  if (han === '') return [];
  const full = pinyin(han, { toneType: 'none', type: 'array', v: true });
  const initials = pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' });
  return [full.join(''), initials.join('')];
}

function searchKeys(e: Species): string[] {
  const names = [e.scientificName, e.en, e.zh].filter((n): n is string => n !== undefined).map(normalise);
  return [...names, ...(e.zh ? pinyinKeys(e.zh) : [])];
}

let loaded: Checklist | null = null;

function checklist(): Checklist {
  if (loaded) return loaded;
  const { species, tradeTerms } = parseWildlife(readWildlifeFiles());
  loaded = {
    species,
    byName: new Map(species.entries.map((e) => [e.scientificName.toLowerCase(), e])),
    index: species.entries.map((entry) => ({ entry, keys: searchKeys(entry) })),
    terms: new Map(tradeTerms.terms.map((t) => [t.code, t])),
  };
  return loaded;
}

/** Exact, case-insensitive; "Manis spp." and "Manis sp." find the genus Manis. */
export function findSpecies(scientificName: string): Species | undefined {
  const name = normalise(scientificName).replace(/ spp?\.?$/, '');
  return checklist().byName.get(name);
}

/** 3 exact, 2 prefix, 1 contains, 0 no match: the best over all of an entry's names. */
function score(keys: readonly string[], query: string, compact: string): number {
  let best = 0;
  for (const k of keys) {
    for (const q of [query, compact]) {
      if (k === q) return 3;
      if (k.startsWith(q)) best = Math.max(best, 2);
      else if (k.includes(q)) best = Math.max(best, 1);
    }
  }
  return best;
}

/** Ranked matches: exact before prefix before contains; ties go to the shorter, then alphabetical, scientific name. */
export function searchSpecies(query: string, limit = 10): Species[] {
  const q = normalise(query);
  if (q === '' || limit <= 0) return [];
  const compact = q.replace(/[\s']/g, '');
  return checklist()
    .index.map(({ entry, keys }) => ({ entry, s: score(keys, q, compact) }))
    .filter((m) => m.s > 0)
    .sort((a, b) => b.s - a.s || a.entry.scientificName.length - b.entry.scientificName.length || a.entry.scientificName.localeCompare(b.entry.scientificName))
    .slice(0, limit)
    .map((m) => m.entry);
}

export const tradeTerm = (code: string): TradeTerm | undefined => checklist().terms.get(code.trim().toUpperCase());

export const tradeTerms = (): TradeTerm[] => [...checklist().terms.values()];

export const wildlifeSources = (): WildlifeSource[] => checklist().species.sources;

/** Names the checklist by the date it was compiled, e.g. "cites-checklist-2026-12-07", so a record can say which it used. */
export const speciesChecklistVersion = (): string => `cites-checklist-${checklist().species.compiled}`;
