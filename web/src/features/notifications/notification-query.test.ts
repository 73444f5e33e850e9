// Where the notification list opens: an explicit box in the address wins; without one, where the reader's work is.
import { describe, expect, it } from 'vitest';
import { boxInAddress, EMPTY_FILTERS, filterQuery, openingBox, pageParams, readFilters } from './notification-query';

describe('openingBox', () => {
  it('opens on the inbox when replies are awaited there, whatever waits in the outbox', () => {
    expect(openingBox({ inbox: 3, outbox: 0 })).toBe('inbox');
    expect(openingBox({ inbox: 1, outbox: 5 })).toBe('inbox');
  });

  it('opens on the outbox when only drafts or requests for information wait (an exporter finds its new draft)', () => {
    expect(openingBox({ inbox: 0, outbox: 1 })).toBe('outbox');
  });

  it('opens on all when nothing waits, or the counts could not be read', () => {
    expect(openingBox({ inbox: 0, outbox: 0 })).toBe('all');
    expect(openingBox(undefined)).toBe('all');
  });
});

describe('the box in the address', () => {
  it('is null when the address names none or an unknown one, so that the counts choose', () => {
    expect(boxInAddress(new URLSearchParams(''))).toBeNull();
    expect(boxInAddress(new URLSearchParams('box=elsewhere'))).toBeNull();
    expect(boxInAddress(new URLSearchParams('box=outbox&status=draft'))).toBe('outbox');
  });

  it('is written for every box chosen on the page, all included, so that the choice outlives the counts', () => {
    for (const box of ['inbox', 'outbox', 'all'] as const) {
      const params = pageParams({ ...EMPTY_FILTERS, box }, 1);
      expect(boxInAddress(params)).toBe(box);
      expect(readFilters(params).filters.box).toBe(box);
    }
  });
});

describe('filterQuery', () => {
  it('gives the list’s filters without paging, for the CSV export', () => {
    expect(filterQuery({ ...EMPTY_FILTERS, box: 'inbox', status: 'delivered', chemical: ' ANPP ', overdue: true })).toEqual({ box: 'inbox', status: 'delivered', chemical: 'ANPP', overdue: 'true' });
  });
});
