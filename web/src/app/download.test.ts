import { describe, expect, it } from 'vitest';
import { listCsvOutcome } from './download';

describe("what a list's CSV export held", () => {
  it('says the node left rows out, and of how many, as its headers say', () => {
    expect(listCsvOutcome(new Headers({ 'x-truncated': 'true', 'x-total-count': '61234' }))).toEqual({ truncated: true, total: 61234 });
    expect(listCsvOutcome(new Headers({ 'x-truncated': 'false', 'x-total-count': '12' }))).toEqual({ truncated: false, total: 12 });
  });

  it('takes a missing or unreadable header for nothing left out and an unknown total', () => {
    expect(listCsvOutcome(new Headers())).toEqual({ truncated: false, total: null });
    expect(listCsvOutcome(new Headers({ 'x-truncated': 'yes', 'x-total-count': 'many' }))).toEqual({ truncated: false, total: null });
    expect(listCsvOutcome(new Headers({ 'x-total-count': '-1' }))).toEqual({ truncated: false, total: null });
  });
});
