import { describe, expect, it } from 'vitest';
import { escapeCsvCell, screeningCsv, screeningJson, toCsv, type ScreenedLine } from './screening-export';

const screened: ScreenedLine[] = [
  {
    line: { lineNo: 3, name: '=HYPERLINK("http://x")', cas: '39742-60-4', smiles: '', hs: '' },
    result: {
      asOf: '2026-01-01',
      verdict: 'controlled',
      summary: { en: 'Controlled: NPP', zh: '管制：NPP' },
      identity: { cas: '39742-60-4' },
      hits: [{ basis: 'cas', verdict: 'controlled', subject: { kind: 'entry', id: 'npp', names: { en: 'NPP', zh: 'N-苯乙基-4-哌啶酮' } }, controls: [], upcoming: [], explanation: { en: 'CAS is NPP.', zh: 'CAS 为NPP。' } }],
      identified: [{ kind: 'entry', id: 'npp', names: { en: 'NPP', zh: 'N-苯乙基-4-哌啶酮' }, relation: 'same', label: { en: 'NPP', zh: 'N-苯乙基-4-哌啶酮' } }],
      conflicts: [],
      problems: [{ field: 'hs', code: 'hs-format', message: { en: 'Bad HS.', zh: 'HS有误。' } }],
    },
  },
];

describe('CSV cells', () => {
  it('prefixes cells that a spreadsheet would run as a formula', () => {
    expect(escapeCsvCell('=1+1')).toBe("'=1+1");
    expect(escapeCsvCell('+1')).toBe("'+1");
    expect(escapeCsvCell('-1')).toBe("'-1");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('\tx')).toBe("'\tx");
    expect(escapeCsvCell('\rx')).toBe('"\'\rx"');
    expect(escapeCsvCell('acetone')).toBe('acetone');
    expect(escapeCsvCell('a-b')).toBe('a-b');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(escapeCsvCell('a, b')).toBe('"a, b"');
    expect(escapeCsvCell('say "x"')).toBe('"say ""x"""');
    expect(escapeCsvCell('-1,2')).toBe(`"'-1,2"`);
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa,b\r\nc,d\r\n');
  });
});

describe('screening exports', () => {
  it('writes one row per line in the UI language with the formula defused, naming the identified substance reader-first', () => {
    const csv = screeningCsv(screened, 'zh-CN', { headers: ['行'], verdict: (v) => `V:${v}` });
    expect(csv.split('\r\n')[1]).toBe(`3,"'=HYPERLINK(""http://x"")",39742-60-4,,,V:controlled,N-苯乙基-4-哌啶酮 · NPP,管制：NPP,CAS 为NPP。 HS有误。`);
    expect(screeningCsv(screened, 'en', { headers: ['line'], verdict: (v) => v }).split('\r\n')[1]).toContain(',controlled,NPP · N-苯乙基-4-哌啶酮,');
  });

  it('keeps the server answer beside each declared line in JSON', () => {
    const json = JSON.parse(screeningJson({ registryVersion: 'v1', asOf: '2026-01-01' }, screened)) as { registryVersion: string; results: { line: number; verdict: string }[] };
    expect(json.registryVersion).toBe('v1');
    expect(json.results[0]).toMatchObject({ line: 3, verdict: 'controlled' });
  });
});
