import { describe, expect, it } from 'vitest';
import { formatRelative } from './time';

describe('relative times', () => {
  const now = new Date('2026-03-04T12:00:00Z');

  it('names the largest whole unit, in the past and in the future', () => {
    expect(formatRelative('2026-03-04T09:10:00Z', now, 'en')).toBe('2 hours ago');
    expect(formatRelative('2026-03-01T11:00:00Z', now, 'en')).toBe('3 days ago');
    expect(formatRelative('2026-03-04T12:05:30Z', now, 'en')).toBe('in 5 minutes');
    expect(formatRelative('2026-03-04T11:59:50Z', now, 'en')).toBe('10 seconds ago');
  });

  it('speaks Chinese and tolerates a bad instant', () => {
    expect(formatRelative('2026-03-04T09:00:00Z', now, 'zh-CN')).toBe('3小时前');
    expect(formatRelative('not a date', now, 'en')).toBe('');
  });
});
