import { describe, expect, it } from 'vitest';
import { referenceForm } from './references.js';

describe('record references', () => {
  const inc = referenceForm('INC');
  it('formats six-digit serials and reads them back', () => {
    expect(inc.format('US', 2026, 42)).toBe('US-INC-2026-000042');
    expect(inc.parse('CN-INC-2025-000007')).toEqual({ party: 'CN', year: 2025, serial: 7 });
    expect(inc.parse(inc.format('CN', 2026, 1_234_567))).toEqual({ party: 'CN', year: 2026, serial: 1_234_567 });
  });
  it("reads only its own kind's form", () => {
    expect(inc.parse('US-PEN-2026-000042')).toBeNull();
    expect(inc.parse('US-INC-2026-42')).toBeNull();
    expect(inc.parse('us-INC-2026-000042')).toBeNull();
    expect(inc.parse('US-INC-2026-000042 ')).toBeNull();
  });
  it('refuses a code that is not capital letters', () => {
    expect(() => referenceForm('in.c')).toThrow(/capital letters/);
  });
});
