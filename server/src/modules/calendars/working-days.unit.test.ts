// Reply clocks on real calendars: observed US holidays, PRC holidays and the weekends worked in their place,
// time zones and daylight saving, and a year whose PRC schedule is not published yet.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../platform/paths.js';
import { loadCalendars } from './calendar-data.js';
import { dayInfo, deadlineFor, localTime } from './working-days.js';

const calendars = loadCalendars();
function calendar(party: string) {
  const c = calendars.get(party);
  if (!c) throw new Error(`no calendar for ${party}`);
  return c;
}
const us = calendar('US');
const cn = calendar('CN');

describe('working days', () => {
  it('skips a US holiday on the day it is observed, not its statutory date', () => {
    expect(dayInfo(us, '2026-07-03')).toEqual({ isWorking: false, isKnown: true });
    expect(dayInfo(us, '2026-07-06').isWorking).toBe(true);
    const d = deadlineFor(us, new Date('2026-07-02T14:00:00Z'), 'America/New_York', { days: 3, kind: 'working' });
    expect(d).toMatchObject({ dueDate: '2026-07-08', calendarUnknown: [] });
    expect(d.dueAt.toISOString()).toBe('2026-07-09T04:00:00.000Z');
  });

  it('works the PRC weekend days the State Council moved, and rests through the Spring Festival', () => {
    expect(dayInfo(cn, '2026-02-14')).toEqual({ isWorking: true, isKnown: true });
    expect(dayInfo(cn, '2026-02-23').isWorking).toBe(false);
    const d = deadlineFor(cn, new Date('2026-02-12T07:00:00Z'), 'Asia/Shanghai', { days: 3, kind: 'working' });
    expect(d.dueDate).toBe('2026-02-24');
    expect(d.dueAt.toISOString()).toBe('2026-02-24T16:00:00.000Z');
    expect(localTime(d.dueAt, 'America/New_York')).toBe('2026-02-24 11:00');
  });

  it('counts calendar days across the end of daylight saving in the receiver’s zone', () => {
    const d = deadlineFor(us, new Date('2026-10-31T01:00:00Z'), 'America/New_York', { days: 2, kind: 'calendar' });
    expect(d.dueDate).toBe('2026-11-01');
    expect(d.dueAt.toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('starts from the receiver’s own date: the same instant is Friday in Washington and Saturday in Beijing', () => {
    const at = new Date('2026-05-15T20:00:00Z');
    expect(deadlineFor(us, at, 'America/New_York', { days: 1, kind: 'working' }).dueDate).toBe('2026-05-18');
    expect(deadlineFor(cn, at, 'Asia/Shanghai', { days: 1, kind: 'working' }).dueDate).toBe('2026-05-18');
    expect(deadlineFor(cn, at, 'Asia/Shanghai', { days: 1, kind: 'calendar' }).dueDate).toBe('2026-05-17');
  });

  it('says when a count crosses a year without a PRC schedule, skipping only the statutory holidays there', () => {
    expect(dayInfo(cn, '2027-02-05')).toEqual({ isWorking: false, isKnown: false });
    expect(dayInfo(cn, '2027-02-08').isWorking).toBe(false);
    expect(dayInfo(cn, '2027-02-09').isWorking).toBe(true);
    const d = deadlineFor(cn, new Date('2027-02-03T02:00:00Z'), 'Asia/Shanghai', { days: 2, kind: 'working' });
    expect(d).toMatchObject({ dueDate: '2027-02-09', calendarUnknown: [2027] });
    expect(deadlineFor(cn, new Date('2026-03-02T02:00:00Z'), 'Asia/Shanghai', { days: 15, kind: 'working' }).calendarUnknown).toEqual([]);
  });

  it('refuses a period that is not a whole number of days', () => {
    expect(() => deadlineFor(us, new Date(), 'UTC', { days: 0, kind: 'working' })).toThrow(RangeError);
    expect(() => deadlineFor(us, new Date(), 'UTC', { days: 1.5, kind: 'calendar' })).toThrow(RangeError);
  });
});

describe('calendar data', () => {
  it('refuses a calendar file with a malformed date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cal-'));
    writeFileSync(join(dir, 'US.json'), readFileSync(fromRoot('data', 'calendars', 'US.json'), 'utf8').replace('"2026-07-03"', '"2026-07-32"'));
    writeFileSync(join(dir, 'CN.json'), readFileSync(fromRoot('data', 'calendars', 'CN.json'), 'utf8'));
    expect(() => loadCalendars(dir)).toThrow();
  });
});
