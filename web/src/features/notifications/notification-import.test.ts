import { describe, expect, it } from 'vitest';
import { csvCell, exampleCsv, exampleShipmentDate } from './notification-import';

const context = { importingParty: 'CN', agency: 'DEA', shipmentDate: '2026-07-01' };

/** The example's lines split into cells (its cells hold commas only inside quotes). */
function cells(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
}

describe('the example CSV', () => {
  it('is a header and two rows of one notification, with the required columns', () => {
    const [header = [], first = [], second = []] = cells(exampleCsv('en', context));
    expect(cells(exampleCsv('en', context))).toHaveLength(3);
    expect(header).toEqual(expect.arrayContaining(['ref', 'chemical', 'quantity', 'unit', 'importingParty', 'agency', 'shipmentDate']));
    expect(first).toHaveLength(header.length);
    expect(second).toHaveLength(header.length);
    const at = (row: string[], column: string) => row[header.indexOf(column)];
    expect(at(first, 'ref')).toBe(at(second, 'ref'));
    expect(at(first, 'importingParty')).toBe('CN');
    expect(at(first, 'agency')).toBe('DEA');
    expect(at(first, 'exporterAddress')).toBe('1 Example Street, Newark, NJ 07114');
    expect(at(second, 'exporterName')).toBe('');
  });

  it('names its columns in Chinese for the Chinese UI, with a byte-order mark', () => {
    const text = exampleCsv('zh-CN', context);
    expect(text.startsWith('\uFEFF编号,')).toBe(true);
    const [header = [], first = []] = cells(text);
    expect(header).toEqual(expect.arrayContaining(['编号', '化学品', '数量', '单位']));
    expect(first[header.indexOf('语言')]).toBe('zh');
  });

  it('quotes cells that need it', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('ships a month ahead', () => {
    expect(exampleShipmentDate(new Date('2026-03-01T12:00:00Z'))).toBe('2026-03-31');
  });
});
