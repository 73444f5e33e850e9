import { describe, expect, it } from 'vitest';
import { clockState } from './clock';

const now = new Date('2026-03-04T12:00:00Z');
const idle = { dueAt: null, pausedAt: null, remainingMs: null };

describe('the reply clock as its reader sees it', () => {
  it('has not started on a draft, a sent request not yet received, or spontaneous information', () => {
    expect(clockState('information', 'draft', idle, now)).toEqual({ kind: 'not-started' });
    expect(clockState('information', 'sent', idle, now)).toEqual({ kind: 'not-started' });
    expect(clockState('information', 'received', idle, now)).toEqual({ kind: 'not-started' });
  });

  it('runs with the time left, due soon within 8 hours, overdue at the deadline itself', () => {
    expect(clockState('information', 'received', { ...idle, dueAt: '2026-03-07T12:00:00Z' }, now)).toEqual({ kind: 'running', left: { isOverdue: false, value: 3, unit: 'day' } });
    expect(clockState('information', 'partially-answered', { ...idle, dueAt: '2026-03-04T17:30:00Z' }, now)).toEqual({ kind: 'due-soon', left: { isOverdue: false, value: 5, unit: 'hour' } });
    expect(clockState('information', 'received', { ...idle, dueAt: '2026-03-04T12:00:00Z' }, now).kind).toBe('overdue');
    expect(clockState('information', 'received', { ...idle, dueAt: '2026-03-02T12:00:00Z' }, now)).toEqual({ kind: 'overdue', left: { isOverdue: true, value: 2, unit: 'day' } });
  });

  it('stops for a clarification, keeping what was left', () => {
    const paused = { dueAt: '2026-03-05T12:00:00Z', pausedAt: '2026-03-04T10:00:00Z', remainingMs: 26 * 3_600_000 };
    expect(clockState('information', 'clarification', paused, now)).toEqual({ kind: 'paused', remaining: { isOverdue: false, value: 1, unit: 'day' }, days: null });
    expect(clockState('information', 'clarification', { ...paused, remainingMs: null }, now)).toEqual({ kind: 'paused', remaining: null, days: null });
  });

  it('counts a stopped period of days in whole days of its unit, as the server counted them', () => {
    const paused = { dueAt: '2026-03-07T16:00:00Z', pausedAt: '2026-03-04T10:00:00Z', remainingMs: 78 * 3_600_000, remainingDays: 2 };
    expect(clockState('information', 'clarification', { ...paused, period: { unit: 'working-days' } }, now)).toMatchObject({ kind: 'paused', days: { count: 2, unit: 'working-days' } });
    expect(clockState('information', 'clarification', { ...paused, period: { unit: 'hours' } }, now)).toMatchObject({ kind: 'paused', days: null });
    expect(clockState('information', 'clarification', { ...paused, remainingDays: null, period: { unit: 'calendar-days' } }, now)).toMatchObject({ kind: 'paused', days: null });
  });

  it('says a clock stopped after the deadline was overdue when it stopped, not that a minute was left', () => {
    const late = { dueAt: '2026-03-03T12:00:00Z', pausedAt: '2026-03-04T10:00:00Z', remainingMs: 0 };
    expect(clockState('information', 'clarification', late, now)).toEqual({ kind: 'paused-overdue' });
  });

  it('shows no clock at all for spontaneous information', () => {
    expect(clockState('spontaneous', 'received', idle, now)).toEqual({ kind: 'no-clock' });
    expect(clockState('spontaneous', 'closed', idle, now)).toEqual({ kind: 'no-clock' });
  });

  it('is over once the request is answered, refused, closed or withdrawn, even past the deadline', () => {
    for (const status of ['answered', 'refused', 'closed', 'withdrawn'] as const) {
      expect(clockState('information', status, { ...idle, dueAt: '2026-03-01T00:00:00Z' }, now)).toEqual({ kind: 'finished' });
    }
  });
});
