// Reply periods as an agreement states them (issue 16): hours counted as hours, to the minute, whatever the day and
// the zone; calendar and working days counted on the receiver's calendar, ending at its local midnight.
import { describe, expect, it } from 'vitest';
import { loadCalendars } from './calendar-data.js';
import { localTime, periodDeadline } from './working-days.js';

const calendars = loadCalendars();
function calendar(party: string) {
  const c = calendars.get(party);
  if (!c) throw new Error(`no calendar for ${party}`);
  return c;
}
const us = calendar('US');
const cn = calendar('CN');
const BEIJING = 'Asia/Shanghai';
const NEW_YORK = 'America/New_York';

describe('periodDeadline in hours', () => {
  it('runs an 8-hour clock received at 20:00 in Beijing across midnight to 04:00 the next day', () => {
    const received = new Date('2026-03-12T12:00:00Z'); // 20:00 Thursday in Beijing, 08:00 in New York
    const d = periodDeadline(cn, received, BEIJING, { amount: 8, unit: 'hours' });
    expect(d.dueAt.toISOString()).toBe('2026-03-12T20:00:00.000Z');
    expect(d.dueDate).toBe('2026-03-13');
    expect(localTime(d.dueAt, BEIJING)).toBe('2026-03-13 04:00');
    // New York is on daylight time since 8 March: the same instant is 16:00 the day before there.
    expect(localTime(d.dueAt, NEW_YORK)).toBe('2026-03-12 16:00');
    expect(d.calendarUnknown).toEqual([]);
  });

  it('counts hours as hours over a holiday and over the change to daylight saving', () => {
    // Midnight in New York as daylight saving starts (2 a.m. becomes 3 a.m.): eight hours later is 09:00 on the wall clock.
    const d = periodDeadline(us, new Date('2026-03-08T05:00:00Z'), NEW_YORK, { amount: 8, unit: 'hours' });
    expect(localTime(d.dueAt, NEW_YORK)).toBe('2026-03-08 09:00');
    // National Day is no pause for an hour clock.
    const h = periodDeadline(cn, new Date('2026-10-01T02:00:00Z'), BEIJING, { amount: 24, unit: 'hours' });
    expect(h.dueAt.toISOString()).toBe('2026-10-02T02:00:00.000Z');
  });
});

describe('periodDeadline in days', () => {
  it('counts PRC working days over the weekend days the State Council moved around National Day', () => {
    // Thursday 8 Oct 2026, 10:00 in Beijing: Fri 9 Oct, Sat 10 Oct (worked in place of a holiday), Mon 12 Oct.
    const d = periodDeadline(cn, new Date('2026-10-08T02:00:00Z'), BEIJING, { amount: 3, unit: 'working-days' });
    expect(d.dueDate).toBe('2026-10-12');
    expect(d.dueAt.toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(localTime(d.dueAt, NEW_YORK)).toBe('2026-10-12 12:00');
    // Friday 18 Sep: Sat 19 off, Sun 20 Sep worked, Mon 21, Tue 22.
    expect(periodDeadline(cn, new Date('2026-09-18T02:00:00Z'), BEIJING, { amount: 3, unit: 'working-days' }).dueDate).toBe('2026-09-22');
    // Across the holiday itself: 30 Sep, then nothing until 8 Oct.
    expect(periodDeadline(cn, new Date('2026-09-29T02:00:00Z'), BEIJING, { amount: 3, unit: 'working-days' }).dueDate).toBe('2026-10-09');
  });

  it('skips a US federal holiday (Columbus Day, 12 Oct 2026) in New York time', () => {
    const d = periodDeadline(us, new Date('2026-10-09T14:00:00Z'), NEW_YORK, { amount: 3, unit: 'working-days' });
    expect(d.dueDate).toBe('2026-10-15');
    expect(d.dueAt.toISOString()).toBe('2026-10-16T04:00:00.000Z');
    expect(localTime(d.dueAt, BEIJING)).toBe('2026-10-16 12:00');
  });

  it('counts calendar days through holidays, to the end of the last day', () => {
    const d = periodDeadline(cn, new Date('2026-09-29T02:00:00Z'), BEIJING, { amount: 3, unit: 'calendar-days' });
    expect(d.dueDate).toBe('2026-10-02');
    expect(d.dueAt.toISOString()).toBe('2026-10-02T16:00:00.000Z');
  });

  it('refuses a period that is not a whole number of at least 1', () => {
    expect(() => periodDeadline(cn, new Date(), BEIJING, { amount: 0, unit: 'hours' })).toThrow(RangeError);
    expect(() => periodDeadline(cn, new Date(), BEIJING, { amount: 1.5, unit: 'working-days' })).toThrow(RangeError);
  });
});
