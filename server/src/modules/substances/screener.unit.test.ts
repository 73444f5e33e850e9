// Behaviour of the screening engine on single lines: dates, derivatives, classes, salts, mixtures, conflicts and
// the bilingual explanations. The labelled evaluation set (evaluation.unit.test.ts) measures it at scale.
import { beforeAll, describe, expect, it } from 'vitest';
import { createChemistry, loadRDKit } from './chem.js';
import { buildRegistry, readRegistryFiles } from './registry-data.js';
import { createScreener, type Screener } from './screener.js';

let screener: Screener;
beforeAll(async () => {
  const rd = await loadRDKit();
  screener = createScreener(createChemistry(rd), buildRegistry(rd, readRegistryFiles()));
});

const BOC_FLUORO_4AP = 'CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1';
const bases = (r: ReturnType<Screener['screen']>) => r.hits.map((h) => `${h.basis}:${h.subject.id}:${h.verdict}`);

describe('screening as of a date', () => {
  it('answers with the controls of that date: a Boc-protected fluoro-4-AP is covered once halides are', () => {
    const before = screener.screen({ smiles: BOC_FLUORO_4AP }, '2023-06-01');
    const after = screener.screen({ smiles: BOC_FLUORO_4AP }, '2023-12-01');
    expect(bases(before)).toContain('derivative:4-ap:analogue');
    expect(before.verdict).toBe('analogue');
    expect(after.verdict).toBe('controlled-by-rule');
    const hit = after.hits.find((h) => h.basis === 'derivative');
    expect(hit?.derivation).toEqual(['carbamates', 'halides']);
    expect(hit?.controls.map((c) => `${c.jurisdiction} ${c.since}`)).toEqual(['US 2020-05-15', 'US 2023-11-30']);
    expect(hit?.explanation.zh).toContain('氨基甲酸酯和卤化物');
  });

  it('does not call a substance controlled before its listing took effect, and says when it will be', () => {
    const r = screener.screen({ cas: '39742-60-4' }, '2000-01-01');
    expect(r.verdict).toBe('clear');
    expect(r.hits[0]?.upcoming.map((c) => c.jurisdiction).sort()).toEqual(['CN', 'UN', 'US']);
    expect(r.hits[0]?.explanation.en).toMatch(/^CAS 39742-60-4 is N-Phenethyl-4-piperidone\. Not controlled on 1 Jan 2000 \(/);
  });

  it('applies a class control only from its date: fentanyl-related substances in the PRC from 1 May 2019', () => {
    const acetylfentanyl = 'CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1';
    const early = screener.screen({ smiles: acetylfentanyl }, '2019-04-30').hits.find((h) => h.basis === 'class' && h.controls.some((c) => c.jurisdiction === 'CN'));
    const late = screener.screen({ smiles: acetylfentanyl }, '2019-05-01').hits.find((h) => h.basis === 'class' && h.controls.some((c) => c.jurisdiction === 'CN'));
    expect(early).toBeUndefined();
    expect(late?.verdict).toBe('controlled-by-rule');
  });
});

describe('structures', () => {
  it('strips counter-ions and water and reports them', () => {
    const r = screener.screen({ smiles: 'CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.OC(=O)CC(O)(CC(=O)O)C(=O)O' }, '2026-11-28');
    expect(r.verdict).toBe('controlled');
    expect(r.identity.structure?.counterIons).toHaveLength(1);
    expect(r.hits[0]?.explanation.en).toContain('counter-ions removed');
  });

  it('reads a protonated amine as its free base, and a hydrate of 4-piperidone as the ketone', () => {
    expect(bases(screener.screen({ smiles: '[NH2+]1CCC(=O)CC1.[Cl-]' }, '2026-11-28'))).toContain('structure:4-piperidone:controlled');
    expect(bases(screener.screen({ smiles: 'OC1(O)CCNCC1.Cl' }, '2026-11-28'))).toContain('structure:4-piperidone:controlled');
  });

  it('screens every component of a mixture', () => {
    const r = screener.screen({ smiles: 'CC(C)=O.Cc1ccccc1' }, '2026-11-28');
    expect(bases(r)).toEqual(expect.arrayContaining(['structure:acetone:controlled', 'structure:toluene:controlled']));
  });

  it('does not take chloride for hydrochloric acid', () => {
    expect(screener.screen({ smiles: '[Na+].[Cl-]' }, '2026-11-28').verdict).toBe('clear');
    expect(screener.screen({ smiles: 'Cl' }, '2026-11-28').verdict).toBe('controlled');
  });

  it('keeps a positional isomer of fluoro-4-AP out of the 4-AP rule', () => {
    const r = screener.screen({ smiles: 'Fc1ccc(NC2CCCNC2)cc1' }, '2026-11-28');
    expect(['analogue', 'clear']).toContain(r.verdict);
    expect(r.hits.some((h) => h.basis === 'derivative')).toBe(false);
  });

  it('reports an unreadable SMILES as a problem of the line, not an error', () => {
    const r = screener.screen({ smiles: 'C1CC(', name: 'acetone' }, '2026-11-28');
    expect(r.problems).toEqual([expect.objectContaining({ field: 'smiles', code: 'smiles-invalid' })]);
    expect(r.verdict).toBe('controlled');
  });
});

describe('identifiers and names', () => {
  it('finds a substance by a salt CAS number and says which form it is', () => {
    const r = screener.screen({ cas: '990-73-8' }, '2026-11-28');
    expect(r.hits[0]?.explanation.en).toContain('Fentanyl (citrate)');
  });

  it('refuses a CAS number with a wrong check digit and, with nothing else, has insufficient identity', () => {
    const r = screener.screen({ cas: '39742-60-5' }, '2026-11-28');
    expect(r.verdict).toBe('insufficient-identity');
    expect(r.problems[0]?.message.zh).toContain('校验位');
  });

  it('never calls an unknown name clear', () => {
    const r = screener.screen({ name: 'Product XJ-400' }, '2026-11-28');
    expect(r.verdict).toBe('insufficient-identity');
    expect(r.problems.map((p) => p.code)).toEqual(['name-unknown']);
  });

  it('matches Chinese names with salt words, and typos with a score', () => {
    const salt = screener.screen({ name: '盐酸伪麻黄碱' }, '2026-11-28');
    expect(salt.hits[0]).toMatchObject({ subject: { id: 'pseudoephedrine' }, verdict: 'controlled' });
    expect(salt.identity.name?.salts).toEqual(['盐酸盐']);
    const typo = screener.screen({ name: 'fentanilo' }, '2026-11-28');
    expect(typo.hits[0]).toMatchObject({ basis: 'name-fuzzy', subject: { id: 'fentanyl' } });
    expect(typo.hits[0]?.score).toBeGreaterThan(0.85);
  });

  it('identifies a single-substance HS subheading, and only such a one', () => {
    expect(bases(screener.screen({ hs: '2914.11' }, '2026-11-28'))).toEqual(['hs:acetone:controlled']);
    expect(screener.screen({ hs: '2933.39' }, '2026-11-28').verdict).toBe('insufficient-identity');
  });
});

describe('conflicts', () => {
  it('says when the name, CAS number and structure name different substances', () => {
    const r = screener.screen({ name: 'acetone', cas: '108-88-3', smiles: 'CCOCC' }, '2026-11-28');
    expect(r.conflicts.map((c) => c.fields.join('/')).sort()).toEqual(['cas/structure', 'name/cas', 'name/structure']);
    expect(r.conflicts.find((c) => c.fields.join('/') === 'name/cas')?.explanation).toEqual({ en: 'The name is Acetone, but CAS 108-88-3 is Toluene.', zh: '名称为丙酮，但CAS 108-88-3 为甲苯。' });
  });

  it('reports no conflict when all three agree', () => {
    expect(screener.screen({ name: 'Aceton', cas: '67-64-1', smiles: 'CC(C)=O' }, '2026-11-28').conflicts).toEqual([]);
  });
});
