import { describe, expect, it } from 'vitest';
import { convertHours, formatDays, isOpenAt, shiftDay } from './office-hours';

const beijingWeekdays = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', timeZone: 'Asia/Shanghai' };

describe('office hours', () => {
  it('shows Beijing office hours in New York time, a day earlier, in winter', () => {
    const now = new Date('2026-01-14T03:00:00Z'); // Wednesday in both zones' working week
    const converted = convertHours(beijingWeekdays, 'America/New_York', now);
    expect(converted).toEqual({ days: [1, 2, 3, 4, 7], start: '20:00', end: '04:30', endsNextDay: true });
  });

  it('follows daylight saving time in the target zone', () => {
    const now = new Date('2026-07-15T03:00:00Z');
    expect(convertHours(beijingWeekdays, 'America/New_York', now).start).toBe('21:00');
  });

  it('keeps hours unchanged in the same zone', () => {
    const converted = convertHours(beijingWeekdays, 'Asia/Shanghai', new Date('2026-03-02T00:00:00Z'));
    expect(converted).toEqual({ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', endsNextDay: false });
  });

  it('tells open from closed in the contact zone, including overnight desks', () => {
    expect(isOpenAt(beijingWeekdays, new Date('2026-01-14T03:00:00Z'))).toBe(true); // Wed 11:00 Beijing
    expect(isOpenAt(beijingWeekdays, new Date('2026-01-14T10:00:00Z'))).toBe(false); // Wed 18:00 Beijing
    expect(isOpenAt(beijingWeekdays, new Date('2026-01-17T03:00:00Z'))).toBe(false); // Saturday
    const night = { days: [5], start: '22:00', end: '06:00', timeZone: 'UTC' };
    expect(isOpenAt(night, new Date('2026-01-17T02:00:00Z'))).toBe(true); // Saturday 02:00, opened Friday
    expect(isOpenAt(night, new Date('2026-01-18T02:00:00Z'))).toBe(false);
  });

  it('wraps weekdays and compresses runs', () => {
    expect(shiftDay(1, -1)).toBe(7);
    expect(shiftDay(7, 1)).toBe(1);
    expect(formatDays([1, 2, 3, 4, 5], 'en')).toBe('Mon–Fri');
    expect(formatDays([1, 3, 5, 6], 'en')).toBe('Mon, Wed, Fri, Sat');
    expect(formatDays([1, 2, 3], 'zh-CN')).toBe('周一–周三');
    expect(formatDays([7, 1, 2, 3, 4], 'en')).toBe('Sun–Thu');
    expect(formatDays([1, 2, 3, 4, 5, 6, 7], 'en')).toBe('Mon–Sun');
    expect(formatDays([2, 7], 'en')).toBe('Tue, Sun');
  });
});
