import { describe, expect, it } from 'vitest';
import { isMadePenByImporter, linesControlledByImporter, readMadePenNote } from './importer-scheme';

describe('a PEN Light the importing party controls', () => {
  it('is a PEN for the importer only when its own screening finds a line controlled', () => {
    expect(isMadePenByImporter({ scheme: 'pen-light', importerScheme: 'pen' })).toBe(true);
    expect(isMadePenByImporter({ scheme: 'pen-light', importerScheme: 'pen-light' })).toBe(false);
    expect(isMadePenByImporter({ scheme: 'pen-light', importerScheme: null })).toBe(false);
    expect(isMadePenByImporter({ scheme: 'pen', importerScheme: 'pen' })).toBe(false);
  });

  it('names the lines controlled at the importer', () => {
    const line = (position: number, receiverVerdict: string | null) => ({ position, receiverVerdict }) as unknown as Parameters<typeof linesControlledByImporter>[0]['lines'][number];
    expect(linesControlledByImporter({ lines: [line(1, 'clear'), line(2, 'controlled'), line(3, 'controlled-by-rule'), line(4, null)] })).toEqual(['2', '3']);
  });

  it('reads the timeline note back, and nothing else', () => {
    expect(readMadePenNote('line 2 controlled in CN')).toEqual({ lines: ['2'], party: 'CN' });
    expect(readMadePenNote('lines 1, 3 controlled in US')).toEqual({ lines: ['1', '3'], party: 'US' });
    expect(readMadePenNote('line 2 is controlled somewhere')).toBeNull();
  });
});
