// The bundled wildlife checklist: what the data holds, what the loader refuses, and search in either language.
import { describe, expect, it } from 'vitest';
import {
  WildlifeDataError,
  findSpecies,
  parseWildlife,
  readWildlifeFiles,
  searchSpecies,
  speciesChecklistVersion,
  tradeTerm,
  tradeTerms,
} from './species.js';

const raw = readWildlifeFiles();
const { species, tradeTerms: termFile } = parseWildlife(raw);

const clone = <T>(v: T): T => structuredClone(v);
const problemsOf = (r: { species: unknown; tradeTerms: unknown }): string[] => {
  try {
    parseWildlife(r);
  } catch (e) {
    if (e instanceof WildlifeDataError) return e.problems;
    throw e;
  }
  return [];
};

describe('bundled wildlife data', () => {
  // The loader refuses duplicates, unknown sources, unknown appendices and unmarked missing names (tests below feed it
  // such data); what stays here is what it cannot know.
  it('holds between 100 and 250 taxa', () => {
    expect(species.entries.length).toBeGreaterThanOrEqual(100);
    expect(species.entries.length).toBeLessThanOrEqual(250);
  });

  it('ties a confirmed Chinese name to the Species+ Chinese-name source', () => {
    for (const e of species.entries) {
      if (!e.unconfirmed?.includes('zh')) expect(e.sources, e.scientificName).toContain('speciesplus-zh');
    }
  });

  it('covers all eight pangolins and the other taxa the incidents module names', () => {
    const pangolins = species.entries.filter((e) => e.rank === 'species' && e.scientificName.startsWith('Manis '));
    expect(pangolins).toHaveLength(8);
    for (const n of ['Loxodonta africana', 'Loxodonta cyclotis', 'Elephas maximus', 'Panthera tigris', 'Totoaba macdonaldi', 'Panax quinquefolius', 'Hippocampus', 'Acipenseriformes', 'Antipatharia', 'Scleropages formosus']) {
      expect(findSpecies(n), n).toBeDefined();
    }
  });

  type RawEntries = { species: { entries: Record<string, unknown>[] }; tradeTerms: { terms: Record<string, unknown>[] } };
  const withSpecies = (...extra: Record<string, unknown>[]): RawEntries => {
    const bad = clone(raw) as RawEntries;
    bad.species.entries.push(...extra.map((e) => ({ ...(bad.species.entries[0] ?? {}), ...e })));
    return bad;
  };

  it('refuses a duplicate name, an unknown source and an unmarked missing name, naming each', () => {
    const bad = withSpecies({}, { scientificName: 'Testus unknownus', sources: ['no-such-source'] });
    const { zh: _zh, unconfirmed: _u, ...noZh } = bad.species.entries[0] ?? {};
    bad.species.entries.push({ ...noZh, scientificName: 'Testus nozh' });
    const problems = problemsOf(bad).join('\n');
    expect(problems).toMatch(/duplicate scientific name/);
    expect(problems).toMatch(/Testus unknownus: unknown source no-such-source/);
    expect(problems).toMatch(/Testus nozh: no Chinese name/);
  });

  it('refuses an appendix CITES does not have', () => {
    expect(problemsOf(withSpecies({ scientificName: 'Testus badappendix', appendix: 'IV' })).join('\n')).toMatch(/appendix/);
  });

  it('refuses a duplicate trade-term code', () => {
    const bad = clone(raw) as RawEntries;
    bad.tradeTerms.terms.push({ ...(bad.tradeTerms.terms[0] ?? {}) });
    expect(problemsOf(bad).join('\n')).toMatch(/duplicate code/);
  });

  it('refuses a trade-term code that is not three capital letters', () => {
    const bad = clone(raw) as RawEntries;
    bad.tradeTerms.terms.push({ ...(bad.tradeTerms.terms[0] ?? {}), code: 'IVORY' });
    expect(problemsOf(bad).join('\n')).toMatch(/three capital letters/);
  });

  it('refuses a field it does not know', () => {
    expect(problemsOf(withSpecies({ scientificName: 'Testus extra', colour: 'grey' })).join('\n')).toMatch(/colour/);
  });
});

describe('findSpecies', () => {
  it('finds a species whatever the case and spacing', () => {
    expect(findSpecies('panthera TIGRIS')?.zh).toBe('虎');
    expect(findSpecies('  Panthera   tigris ')?.en).toBe('Tiger');
  });

  it('reads "Manis spp." as the genus', () => {
    expect(findSpecies('Manis spp.')).toMatchObject({ scientificName: 'Manis', rank: 'genus', zh: '穿山甲属' });
    expect(findSpecies('Dalbergia spp')?.rank).toBe('genus');
  });

  it('finds nothing for a name not on the checklist', () => {
    expect(findSpecies('Canis familiaris')).toBeUndefined();
    expect(findSpecies('Panthera')).toBeUndefined();
  });
});

describe('searchSpecies', () => {
  const names = (q: string, limit?: number): string[] => searchSpecies(q, limit).map((e) => e.scientificName);

  it('finds pangolins by full pinyin and by initials', () => {
    expect(names('chuanshanjia')).toContain('Manis');
    expect(names('csj')).toContain('Manis');
    expect(names('zhonghuachuanshanjia')[0]).toBe('Manis pentadactyla');
    expect(names('zhcsj')[0]).toBe('Manis pentadactyla');
  });

  it('accepts pinyin typed with spaces', () => {
    expect(names('chuan shan jia')).toContain('Manis');
  });

  it('finds by Chinese characters, exact match first', () => {
    expect(names('穿山甲属')[0]).toBe('Manis');
    expect(names('穿山甲').length).toBeGreaterThanOrEqual(9);
    expect(names('虎')[0]).toBe('Panthera tigris');
  });

  it('finds by English name, exact before prefix before contains', () => {
    expect(names('tiger')[0]).toBe('Panthera tigris');
    expect(names('american ginseng')[0]).toBe('Panax quinquefolius');
    const hammer = names('hammerhead');
    expect(hammer).toContain('Sphyrna lewini');
    expect(hammer[0]).toBe('Sphyrnidae');
  });

  it('finds by scientific name prefix', () => {
    expect(names('Totoaba')).toEqual(['Totoaba macdonaldi']);
    expect(names('loxodonta')).toEqual(['Loxodonta africana', 'Loxodonta cyclotis']);
  });

  it('ranks a prefix match above a match inside a name', () => {
    const r = names('pangolin', 50);
    const pholidota = r.indexOf('Pholidota');
    const chinese = r.indexOf('Manis pentadactyla');
    expect(pholidota).toBeGreaterThanOrEqual(0);
    expect(chinese).toBeGreaterThan(pholidota);
  });

  it('respects the limit and ignores an empty query', () => {
    expect(searchSpecies('a', 3)).toHaveLength(3);
    expect(searchSpecies('   ')).toEqual([]);
    expect(searchSpecies('no such animal')).toEqual([]);
  });
});

describe('trade terms', () => {
  it('looks a code up in any case', () => {
    expect(tradeTerm('ivc')).toMatchObject({ code: 'IVC', en: 'ivory carvings' });
    expect(tradeTerm('SCA')?.en).toBe('scales');
    expect(tradeTerm('TIM')?.units).toContain('m3');
    expect(tradeTerm('XXX')).toBeUndefined();
  });

  it('lists every term once', () => {
    expect(tradeTerms()).toHaveLength(termFile.terms.length);
  });
});

describe('speciesChecklistVersion', () => {
  it('is a short name carrying the compile date', () => {
    expect(speciesChecklistVersion()).toBe(`cites-checklist-${species.compiled}`);
    expect(speciesChecklistVersion()).toMatch(/^cites-checklist-\d{4}-\d{2}-\d{2}$/);
  });
});
