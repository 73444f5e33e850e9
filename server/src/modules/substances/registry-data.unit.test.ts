// The shipped registry loads, and bad data is refused with the entry and the problem named.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRDKit, type RDKit } from './chem.js';
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
      for (const c of e.controls) expect(c.basis, `${e.id} ${c.id}`).not.toBe('');
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
});
