import { describe, expect, it } from 'vitest';
import { buildFuzzyIndex, editDistance, similarity } from './fuzzy.js';
import { normaliseName, phoneticFold } from './names.js';

const key = (s: string) => normaliseName(s).key;

describe('normaliseName', () => {
  it('ignores case, spacing, hyphens and brackets', () => {
    const k = key('N-Phenethyl-4-piperidone');
    expect(key('n phenethyl 4 piperidone')).toBe(k);
    expect(key('N-PHENETHYL-4-PIPERIDONE')).toBe(k);
    expect(key('1-(2-phenylethyl)piperidin-4-one')).toBe(key('1-[2-phenylethyl]piperidin-4-one'));
  });

  it('spells out Greek letters and folds full-width characters', () => {
    expect(key('α-phenylacetoacetonitrile')).toBe(key('alpha-Phenylacetoacetonitrile'));
    expect(key('ＡＣＥＴＯＮＥ')).toBe('acetone');
    expect(key('3,4-亚甲基二氧苯基-2-丙酮')).toBe(key('3，4－亚甲基二氧苯基－2－丙酮'));
  });

  it('takes off salt and hydrate words and reports them', () => {
    expect(normaliseName('Ephedrine Hydrochloride')).toMatchObject({ key: 'ephedrine', salts: ['hydrochloride'] });
    expect(normaliseName('fentanyl citrate')).toMatchObject({ key: 'fentanyl', salts: ['citrate'] });
    expect(normaliseName('4-anilinopiperidine dihydrochloride monohydrate')).toMatchObject({ key: '4anilinopiperidine' });
    expect(normaliseName('4-anilinopiperidine dihydrochloride monohydrate').salts.sort()).toEqual(['hydrate', 'hydrochloride']);
    expect(normaliseName('pseudoephedrine HCl')).toMatchObject({ key: 'pseudoephedrine', salts: ['hydrochloride'] });
    expect(normaliseName('盐酸伪麻黄碱')).toMatchObject({ key: '伪麻黄碱', salts: ['盐酸盐'] });
    expect(normaliseName('麻黄碱盐酸盐')).toMatchObject({ key: '麻黄碱', salts: ['盐酸盐'] });
    expect(normaliseName('枸橼酸芬太尼')).toMatchObject({ key: '芬太尼', salts: ['枸橼酸盐'] });
  });

  it('keeps names that only look like salt words', () => {
    expect(normaliseName('盐酸')).toMatchObject({ key: '盐酸', salts: [] });
    expect(normaliseName('硫酸')).toMatchObject({ key: '硫酸', salts: [] });
    expect(normaliseName('ethyl acetate')).toMatchObject({ key: 'ethylacetate', salts: [] });
    expect(normaliseName('hydrochloride')).toMatchObject({ key: 'hydrochloride', salts: [] });
    expect(normaliseName('Hydrochloric acid')).toMatchObject({ key: 'hydrochloricacid', salts: [] });
  });

  it('folds spelling variants between languages', () => {
    expect(phoneticFold(key('sulphuric acid'))).toBe(phoneticFold(key('sulfuric acid')));
    expect(phoneticFold('fentanyl')).toBe(phoneticFold('fentanil'));
  });
});

describe('fuzzy matching', () => {
  it('measures edit distance with transpositions and stops at the bound', () => {
    expect(editDistance('fentanyl', 'fentanil', 3)).toBe(1);
    expect(editDistance('acetone', 'actone', 3)).toBe(1);
    expect(editDistance('anhydride', 'anhdyride', 3)).toBe(1);
    expect(editDistance('acetone', 'toluene', 2)).toBe(3);
    expect(similarity('', '')).toBe(0);
  });

  it('finds the intended name for a typo and nothing for an unrelated word', () => {
    const names = ['fentanyl', 'aceticanhydride', 'phenylaceticacid', 'acetone', 'toluene'].map((n) => ({ key: n, name: n, item: n }));
    const index = buildFuzzyIndex(names);
    expect(index.search('phenylaceticacd', 0.8, 3)[0]?.item).toBe('phenylaceticacid');
    expect(index.search('aceticanhidride', 0.8, 3)[0]?.item).toBe('aceticanhydride');
    expect(index.search('paracetamol', 0.8, 3)).toEqual([]);
  });
});
