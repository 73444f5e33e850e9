import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, pageParams, readFilters, toIncidentQuery } from './incident-query';

describe('incident list filters in the address', () => {
  it('round-trips every filter and the page', () => {
    const filters = { kind: 'wildlife-seizure', from: '2026-01-01', to: '2026-03-31', party: 'CN', substance: 'sub-1', taxon: 'Manis javanica', q: '+86 138', handling: 'TLP:GREEN', isWithdrawn: true } as const;
    const params = pageParams(filters, 3);
    expect(readFilters(params)).toEqual({ filters, page: 3 });
  });

  it('leaves out empty filters and the first page', () => {
    expect(pageParams(EMPTY_FILTERS, 1).toString()).toBe('');
    expect(toIncidentQuery({ ...EMPTY_FILTERS, q: '  ' }, 1)).toEqual({ page: 1, pageSize: 50 });
  });

  it('ignores values the API would refuse', () => {
    const { filters, page } = readFilters(new URLSearchParams('kind=burglary&handling=secret&from=yesterday&page=-2'));
    expect(filters).toEqual(EMPTY_FILTERS);
    expect(page).toBe(1);
  });
});
