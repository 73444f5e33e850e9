// The shipped registry loads, and bad data is refused with the entry and the problem named.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRDKit, type RDKit } from './chem.js';
import { controlViewer } from './control-view.js';
import { buildRegistry, readRegistryFiles, RegistryDataError, type RawRegistry } from './registry-data.js';

let rd: RDKit;
let raw: RawRegistry;
beforeAll(async () => {
  rd = await loadRDKit();
  raw = readRegistryFiles();
});

type Entries = { entries: Record<string, unknown>[] };
function withEntries(change: (entries: Record<string, unknown>[]) => void): RawRegistry {
  const copy = structuredClone(raw) as RawRegistry & { entries: Entries };
  change(copy.entries.entries);
  return copy;
}
/** The element, or a failed test: the fixtures name entries that exist. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`test fixture has no ${what}`);
  return value;
}
const entry = (entries: Record<string, unknown>[], id: string) => must(entries.find((e) => e.id === id), id);

function problemsOf(bad: RawRegistry): string[] {
  try {
    buildRegistry(rd, bad);
  } catch (e) {
    if (e instanceof RegistryDataError) return e.problems;
    throw e;
  }
  throw new Error('the bad data was accepted');
}

describe('shipped registry data', () => {
  it('loads, with a computed InChIKey for every structure and sources on every entry', () => {
    const registry = buildRegistry(rd, raw);
    expect(registry.entries.length).toBeGreaterThanOrEqual(50);
    for (const e of registry.entries) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      if (e.smiles) expect(e.inchiKey, e.id).toMatch(/^[A-Z]{14}-[A-Z]{10}-[A-Z]$/);
      for (const c of e.controls) expect(c.basis.zh, `${e.id} ${c.id}`).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(registry.entries.find((e) => e.id === 'acetone')?.inchiKey).toBe('CSCPPACGZOOCGX-UHFFFAOYSA-N');
  });

  it('names the entry whose CAS check digit fails', () => {
    expect(problemsOf(withEntries((es) => (entry(es, 'npp').cas = '39742-60-5')))).toContain('entry npp: CAS 39742-60-5 fails its check digit');
  });

  it('refuses a SMILES that does not parse', () => {
    expect(problemsOf(withEntries((es) => (entry(es, 'acetone').smiles = 'CC(=O')))).toContain('entry acetone: SMILES CC(=O does not parse');
  });

  it('refuses one CAS number on two entries', () => {
    const problems = problemsOf(withEntries((es) => (entry(es, 'toluene').cas = '67-64-1')));
    expect(problems.some((p) => p.startsWith('entry toluene: CAS 67-64-1 is also entry acetone'))).toBe(true);
  });

  it('refuses two entries with one structure', () => {
    const problems = problemsOf(withEntries((es) => (entry(es, 'toluene').smiles = 'CC(C)=O')));
    expect(problems.some((p) => p.includes('structure') && p.includes('also entry acetone'))).toBe(true);
  });

  it('refuses an unknown list, a control that ends before it starts, and a derivative rule without a structure', () => {
    const problems = problemsOf(
      withEntries((es) => {
        const controls = entry(es, 'npp').controls as Record<string, unknown>[];
        must(controls[0], 'control').list = 'un-table-9';
        must(controls[1], 'control').until = '1900-01-01';
        const hcl = entry(es, 'hydrochloric-acid');
        hcl.smiles = null;
        must((hcl.controls as Record<string, unknown>[])[0], 'control').covers = ['esters'];
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^entry npp control UN un-table-9: unknown list code$/), expect.stringMatching(/^entry npp control .*: ends before it starts$/), expect.stringMatching(/^entry hydrochloric-acid control .*: covers derivatives but the entry has no structure$/)]),
    );
  });

  it('reports every problem at once, including a broken class SMARTS and a missing field', () => {
    const bad = withEntries((es) => {
      delete entry(es, 'acetone').names;
      entry(es, 'npp').cas = 'not-a-cas';
    }) as RawRegistry & { classes: { classes: { controls: { smarts: string[] }[] }[] } };
    must(must(bad.classes.classes[0], 'class').controls[0], 'class control').smarts = ['[C'];
    const problems = problemsOf(bad);
    expect(problems.some((p) => p.startsWith('substances.json entries.') && p.includes('names'))).toBe(true);
    expect(problems).toContain('class fentanyl-related: SMARTS [C does not compile');
  });

  it('refuses a source on a site not marked official or not, and an export licence without destinations', () => {
    const bad = withEntries((es) => {
      const control = must((entry(es, 'acetone').controls as Record<string, unknown>[])[0], 'control');
      control.sources = ['https://blog.example.com/acetone'];
    }) as RawRegistry & { lists: { lists: Record<string, unknown>[] }; measures: { measures: Record<string, unknown>[] } };
    must(bad.measures.measures[0], 'measure').destinations = [];
    must(bad.measures.measures[0], 'measure').entries = ['no-such-entry'];
    const problems = problemsOf(bad);
    expect(problems).toContain('entry acetone control UN un-table-2: source https://blog.example.com/acetone is on blog.example.com, which publishers.json does not list as official or not');
    expect(problems.some((p) => p.startsWith('export-licences.json measures.0.destinations'))).toBe(true);
  });

  it("gives a measure's confirmed members the measure as a control of their own", () => {
    const copy = structuredClone(raw) as RawRegistry & { measures: { measures: Record<string, unknown>[] } };
    must(copy.measures.measures[0], 'measure').entries = ['4-piperidone'];
    const piperidone = buildRegistry(rd, copy).entries.find((e) => e.id === '4-piperidone');
    expect(piperidone?.controls.find((c) => c.list === 'cn-export-specific-countries')).toMatchObject({ jurisdiction: 'CN', since: '2025-11-10', destinations: ['US', 'MX', 'CA'], unconfirmed: ['since'] });
  });

  it('refuses a control, a class control or a measure with no official source and nothing marked unconfirmed', () => {
    const bad = withEntries((es) => {
      const acetone = must((entry(es, 'acetone').controls as Record<string, unknown>[]).find((c) => c.jurisdiction === 'CN'), 'CN control');
      acetone.unconfirmed = [];
      // another government's page (the EU drugs agency) is not an official source of a US control
      const carfentanil = must((entry(es, 'carfentanil').controls as Record<string, unknown>[]).find((c) => c.jurisdiction === 'US'), 'US control');
      carfentanil.unconfirmed = [];
    }) as RawRegistry & { classes: { classes: { id: string; controls: Record<string, unknown>[] }[] }; measures: { measures: Record<string, unknown>[] } };
    must(must(bad.classes.classes.find((c) => c.id === 'fentanyl-related'), 'class').controls.find((c) => c.jurisdiction === 'CN'), 'class control').unconfirmed = [];
    must(bad.measures.measures[0], 'measure').unconfirmed = [];
    const problems = problemsOf(bad);
    expect(problems).toContain('entry acetone control CN cn-category-3: no official source, so unconfirmed must name what no official source confirms');
    expect(problems).toContain('entry carfentanil control US us-schedule-2: no official source, so unconfirmed must name what no official source confirms');
    expect(problems).toContain('class fentanyl-related control CN cn-non-medical: no official source, so unconfirmed must name what no official source confirms');
    expect(problems).toContain('export-licences.json cn-2025-export-licence-us-mx-ca: no official source, so unconfirmed must name what no official source confirms');
  });

  it('accepts a control whose only source is official with nothing unconfirmed, and tells the reader whether a control has one', () => {
    const registry = buildRegistry(rd, raw);
    const view = controlViewer(registry);
    const control = (id: string, jurisdiction: string) => must(registry.entries.find((e) => e.id === id)?.controls.find((c) => c.jurisdiction === jurisdiction), `${id} ${jurisdiction}`);
    expect(view(control('metonitazene', 'US'))).toMatchObject({ hasOfficialSource: true, unconfirmed: [] });
    const carfentanil = view(control('carfentanil', 'US'));
    expect(carfentanil.hasOfficialSource).toBe(false);
    expect(carfentanil.sources[0]).toMatchObject({ official: false, otherGovernment: true });
  });

  it('cites US rules at the Federal Register itself, never at a mirror', () => {
    const registry = buildRegistry(rd, raw);
    const mirrors = /frtracker|lexbuild|justia|vlex|govregs|cornell/i;
    const cited = [...registry.entries.flatMap((e) => [...e.sources, ...e.controls.flatMap((c) => c.sources)]), ...registry.classes.flatMap((c) => c.controls.flatMap((x) => x.sources))];
    expect(cited.filter((s) => mirrors.test(s))).toEqual([]);
    const us = (id: string, since: string) => must(registry.entries.find((e) => e.id === id)?.controls.find((c) => c.jurisdiction === 'US' && c.since === since), `${id} US ${since}`).sources;
    expect(us('1-boc-4-piperidone', '2025-10-02')).toEqual(['https://www.federalregister.gov/d/2025-19349']);
    for (const id of ['p2p-methyl-glycidic-acid', 'p2p-methyl-glycidate', 'p2p-ethyl-glycidate']) expect(us(id, '2026-05-04')).toEqual(['https://www.federalregister.gov/d/2026-06523']);
    for (const id of ['apaa', 'pmk-methyl-glycidic-acid', 'pmk-methyl-glycidate']) expect(us(id, '2021-06-09')).toContain('https://www.federalregister.gov/d/2021-09697');
    expect(us('anpp', '2010-08-30')).toContain('https://www.federalregister.gov/d/2010-15520');
  });
});
