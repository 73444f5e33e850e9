import { describe, expect, it } from 'vitest';
import { formatDuration, timeLeft } from './time-left';

describe('time left to answer', () => {
  const now = new Date('2026-03-04T12:00:00Z');

  it('counts whole days, then hours, then minutes', () => {
    expect(timeLeft('2026-03-07T18:00:00Z', now)).toEqual({ isOverdue: false, value: 3, unit: 'day' });
    expect(timeLeft('2026-03-04T17:30:00Z', now)).toEqual({ isOverdue: false, value: 5, unit: 'hour' });
    expect(timeLeft('2026-03-04T12:20:30Z', now)).toEqual({ isOverdue: false, value: 20, unit: 'minute' });
  });

  it('is overdue from the deadline instant on', () => {
    expect(timeLeft('2026-03-02T11:00:00Z', now)).toEqual({ isOverdue: true, value: 2, unit: 'day' });
    expect(timeLeft('2026-03-04T12:00:00Z', now)).toEqual({ isOverdue: true, value: 1, unit: 'minute' });
  });

  it('tolerates a bad instant', () => {
    expect(timeLeft('not a date', now)).toBeNull();
  });

  it('names the amount in the UI language', () => {
    expect(formatDuration({ isOverdue: false, value: 3, unit: 'day' }, 'en')).toBe('3 days');
    expect(formatDuration({ isOverdue: true, value: 1, unit: 'hour' }, 'en')).toBe('1 hour');
    expect(formatDuration({ isOverdue: false, value: 3, unit: 'day' }, 'zh-CN')).toBe('3天');
  });
});
