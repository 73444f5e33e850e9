import { describe, expect, it } from 'vitest';
import { MAX_SCREENING_LINES, parseScreeningText, toScreeningLine } from './screening-input';

describe('pasted screening lines', () => {
  it('reads name; CAS; SMILES; HS with empty fields, by semicolon or tab', () => {
    const { lines } = parseScreeningText('; 39742-60-4; ;\nfentanil;;;\n;;CC(C)=O;\t\n丙酮\t67-64-1\t\t2914.11');
    expect(lines).toEqual([
      { lineNo: 1, name: '', cas: '39742-60-4', smiles: '', hs: '' },
      { lineNo: 2, name: 'fentanil', cas: '', smiles: '', hs: '' },
      { lineNo: 3, name: '', cas: '', smiles: 'CC(C)=O', hs: '' },
      { lineNo: 4, name: '丙酮', cas: '67-64-1', smiles: '', hs: '2914.11' },
    ]);
  });

  it('accepts the full-width semicolon of Chinese input methods', () => {
    expect(parseScreeningText('丙酮；67-64-1；；').lines[0]).toMatchObject({ name: '丙酮', cas: '67-64-1', smiles: '', hs: '' });
  });

  it('takes a line without separators as a name', () => {
    expect(parseScreeningText('Product XJ-400').lines[0]).toMatchObject({ name: 'Product XJ-400', cas: '' });
  });

  it('skips blank lines but keeps the pasted line numbers', () => {
    const { lines } = parseScreeningText('\n  \nacetone\r\n\r\nfentanyl\n');
    expect(lines.map((l) => [l.lineNo, l.name])).toEqual([
      [3, 'acetone'],
      [5, 'fentanyl'],
    ]);
  });

  it('flags more than the limit of lines', () => {
    const many = Array.from({ length: MAX_SCREENING_LINES + 1 }, (_, i) => `name ${i}`).join('\n');
    expect(parseScreeningText(many).isTooMany).toBe(true);
    expect(parseScreeningText(many.split('\n').slice(1).join('\n')).isTooMany).toBe(false);
  });

  it('sends the line number as reference and leaves empty fields out', () => {
    expect(toScreeningLine({ lineNo: 7, name: '', cas: '39742-60-4', smiles: '', hs: '' })).toEqual({ ref: '7', cas: '39742-60-4' });
  });
});
