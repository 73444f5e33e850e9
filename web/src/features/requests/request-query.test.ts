import { describe, expect, it } from 'vitest';
import { DUE_SOON_HOURS, EMPTY_REQUEST_FILTERS, readRequestParams, requestParams, toRequestQuery } from './request-query';

describe('the request list in the address', () => {
  it('reads the inbox, no filters and page 1 from an empty address', () => {
    expect(readRequestParams(new URLSearchParams())).toEqual({ box: 'inbox', filters: EMPTY_REQUEST_FILTERS, page: 1 });
  });

  it('round-trips every filter, the outbox and the page', () => {
    const filters = { status: 'received', party: 'CN', priority: 'urgent', type: 'evidence', isOverdue: true, isDueSoon: true, q: 'Huaxin' } as const;
    const params = requestParams('outbox', filters, 3);
    expect(params.get('dueWithinHours')).toBe(String(DUE_SOON_HOURS));
    expect(readRequestParams(params)).toEqual({ box: 'outbox', filters, page: 3 });
  });

  it('drops unknown codes and bad pages, and leaves defaults out of the address', () => {
    const read = readRequestParams(new URLSearchParams('status=lost&priority=whenever&type=x&page=-2&box=spam'));
    expect(read).toEqual({ box: 'inbox', filters: EMPTY_REQUEST_FILTERS, page: 1 });
    expect(requestParams('inbox', EMPTY_REQUEST_FILTERS, 1).toString()).toBe('');
  });

  it('sends only the filters that are set, words trimmed', () => {
    expect(toRequestQuery('inbox', { ...EMPTY_REQUEST_FILTERS, q: '  ' }, 1)).toEqual({ box: 'inbox', page: 1, pageSize: 50 });
    expect(toRequestQuery('outbox', { ...EMPTY_REQUEST_FILTERS, isOverdue: true, q: ' US-REQ ' }, 2)).toEqual({ box: 'outbox', page: 2, pageSize: 50, overdue: 'true', q: 'US-REQ' });
  });
});
