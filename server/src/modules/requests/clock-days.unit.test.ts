// A stopped reply clock of days, counted again on restart (clock-days.ts): whole days left after the day it stopped,
// on the receiver's calendar and zone, and that many again after the day it restarts, ending at local midnight.
// Hours keep their milliseconds; a clock stopped once its deadline had passed restarts overdue.
import { describe, expect, it } from 'vitest';
import { loadCalendars } from '../calendars/index.js';
import { daysDeadline, restartDeadline, wholeDaysLeft } from './clock-days.js';

const cn = loadCalendars().get('CN');
if (!cn) throw new Error('no calendar for CN');
const BEIJING = 'Asia/Shanghai';
// Received Monday 16 Mar 2026, 10:00 in Beijing, 3 working days: Tue 17, Wed 18, Thu 19 — due at the end of Thursday.
const DUE = new Date('2026-03-19T16:00:00Z');
const HOUR = 3_600_000;

describe('wholeDaysLeft', () => {
  it('counts the working days after the day the clock stopped, up to the last day', () => {
    expect(wholeDaysLeft(cn, BEIJING, 'working-days', DUE, new Date('2026-03-17T10:00:00Z'))).toBe(2); // Tue 18:00: Wed, Thu
    expect(wholeDaysLeft(cn, BEIJING, 'working-days', DUE, new Date('2026-03-17T16:30:00Z'))).toBe(1); // Wed 00:30 in Beijing
    expect(wholeDaysLeft(cn, BEIJING, 'working-days', DUE, new Date('2026-03-18T16:00:00Z'))).toBe(1); // Thu at 00:00: Thursday whole
    expect(wholeDaysLeft(cn, BEIJING, 'working-days', DUE, new Date('2026-03-19T01:00:00Z'))).toBe(0); // the last day itself
    expect(wholeDaysLeft(cn, BEIJING, 'working-days', DUE, new Date('2026-03-20T01:00:00Z'))).toBe(0); // past it
  });

  it('counts calendar days through a weekend, and working days without it', () => {
    const dueMonday = new Date('2026-03-23T16:00:00Z'); // the end of Mon 23 Mar in Beijing
    const friday = new Date('2026-03-20T02:00:00Z');
    expect(wholeDaysLeft(cn, BEIJING, 'calendar-days', dueMonday, friday)).toBe(3);
    expect(wholeDaysLeft(cn, BEIJING, 'working-days', dueMonday, friday)).toBe(1);
  });
});

describe('daysDeadline', () => {
  it('ends the days left after the restart day at midnight, over a weekend and a weekend day worked', () => {
    // Friday 20 Mar 2026, 10:00 in Beijing; two working days: Mon 23, Tue 24.
    expect(daysDeadline(cn, BEIJING, 'working-days', new Date('2026-03-20T02:00:00Z'), 2).toISOString()).toBe('2026-03-24T16:00:00.000Z');
    // Friday 18 Sep 2026: Sunday 20 Sep is worked in place of a holiday, then Mon 21.
    expect(daysDeadline(cn, BEIJING, 'working-days', new Date('2026-09-18T02:00:00Z'), 2).toISOString()).toBe('2026-09-21T16:00:00.000Z');
  });

  it('counts the restart day too when the clock restarts at its midnight, as a stop then counts it', () => {
    // Wednesday 18 Mar 2026, 00:00 in Beijing; two working days: Wed 18 and Thu 19.
    const wednesday = new Date('2026-03-17T16:00:00Z');
    expect(daysDeadline(cn, BEIJING, 'working-days', wednesday, 2).toISOString()).toBe('2026-03-19T16:00:00.000Z');
    // Saturday 21 Mar, 00:00: not a working day; Mon 23 and Tue 24, as from any time that weekend.
    expect(daysDeadline(cn, BEIJING, 'working-days', new Date('2026-03-20T16:00:00Z'), 2).toISOString()).toBe('2026-03-24T16:00:00.000Z');
    expect(daysDeadline(cn, BEIJING, 'calendar-days', wednesday, 1).toISOString()).toBe('2026-03-18T16:00:00.000Z');
  });

  it('ends the restart day itself when no whole day was left', () => {
    expect(daysDeadline(cn, BEIJING, 'working-days', new Date('2026-03-20T02:00:00Z'), 0).toISOString()).toBe('2026-03-20T16:00:00.000Z');
  });
});

describe('restartDeadline', () => {
  const stopped = { periodUnit: 'working-days', dueAt: DUE, pausedAt: new Date('2026-03-17T10:00:00Z'), remainingMs: DUE.getTime() - Date.parse('2026-03-17T10:00:00Z'), remainingDays: 2 };
  const friday = new Date('2026-03-20T02:00:00Z');

  it('counts the days kept at the stop again from the restart', () => {
    expect(restartDeadline(cn, BEIJING, stopped, friday)?.toISOString()).toBe('2026-03-24T16:00:00.000Z');
    expect(restartDeadline(cn, BEIJING, { ...stopped, remainingDays: 1 }, friday)?.toISOString()).toBe('2026-03-23T16:00:00.000Z');
  });

  it('moves nothing when the clock stops and restarts at one instant, a midnight or not', () => {
    for (const at of ['2026-03-17T16:00:00Z', '2026-03-17T10:00:00Z', '2026-03-18T16:00:00Z']) {
      const instant = new Date(at);
      const kept = { ...stopped, pausedAt: instant, remainingMs: DUE.getTime() - instant.getTime(), remainingDays: wholeDaysLeft(cn, BEIJING, 'working-days', DUE, instant) };
      expect(restartDeadline(cn, BEIJING, kept, instant)?.toISOString()).toBe(DUE.toISOString());
      expect(restartDeadline(cn, BEIJING, { ...kept, remainingDays: null }, instant)?.toISOString()).toBe(DUE.toISOString());
    }
  });

  it('counts the days from when the clock stopped when none were kept', () => {
    expect(restartDeadline(cn, BEIJING, { ...stopped, remainingDays: null }, friday)?.toISOString()).toBe('2026-03-24T16:00:00.000Z');
  });

  it('restarts an hour clock with its exact milliseconds, and a clock stopped past its deadline overdue', () => {
    const hours = { periodUnit: 'hours', dueAt: DUE, pausedAt: stopped.pausedAt, remainingMs: 5 * HOUR + 1_234, remainingDays: null };
    expect(restartDeadline(cn, BEIJING, hours, friday)?.getTime()).toBe(friday.getTime() + 5 * HOUR + 1_234);
    expect(restartDeadline(cn, BEIJING, { ...stopped, remainingMs: 0, remainingDays: 0 }, friday)).toEqual(friday);
    expect(restartDeadline(cn, BEIJING, { ...stopped, remainingMs: null, remainingDays: null }, friday)).toBeNull();
  });
});
