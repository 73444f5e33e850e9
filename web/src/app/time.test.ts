import { describe, expect, it } from 'vitest';
import { nameOrCity } from './time-zones';
import { dayBoundsIn, formatDate, formatDateTime, formatDay, formatDayMonth, formatRelative, parseDay, zoneName, zoneOffsetMinutes, zoneOptions } from './time';

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

describe('dates and times, one way per language', () => {
  const at = '2026-12-22T16:00:00Z'; // 11:00 in Washington, 00:00 on the 23rd in Beijing
  const ny = { timeZone: 'America/New_York' };

  it('writes a date as 22 Dec 2026 and 2026年12月22日', () => {
    expect(formatDate(at, { locale: 'en', ...ny })).toBe('22 Dec 2026');
    expect(formatDate(at, { locale: 'zh-CN', ...ny })).toBe('2026年12月22日');
    expect(formatDayMonth(at, { locale: 'zh-CN', ...ny })).toBe('12月22日');
    expect(formatDate('not a date', { locale: 'en', ...ny })).toBe('');
  });

  it('writes a date and time on the 24-hour clock with the zone named in the reader language', () => {
    expect(formatDateTime(at, { locale: 'en', ...ny })).toBe('22 Dec 2026, 11:00 US Eastern Time');
    expect(formatDateTime(at, { locale: 'zh-CN', ...ny })).toBe('美国东部时间2026年12月22日 11:00');
    expect(formatDateTime(at, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' })).toBe('北京时间2026年12月23日 00:00');
    expect(formatDateTime(at, { locale: 'en', timeZone: 'Asia/Shanghai' })).toBe('23 Dec 2026, 00:00 Beijing time');
  });

  it('writes day-valued fields of any precision the same way', () => {
    expect(formatDay('1988-11-18', 'en')).toBe('18 Nov 1988');
    expect(formatDay('1988-11-18', 'zh-CN')).toBe('1988年11月18日');
    expect(formatDay('2017-10', 'zh-CN')).toBe('2017年10月');
    expect(formatDay('2001', 'zh-CN')).toBe('2001年');
    expect(formatDay('2001', 'en')).toBe('2001');
    expect(formatDay('soon', 'en')).toBe('soon');
  });

  it('writes September as Sep, as the server and the date picker do, never Sept', () => {
    expect(formatDay('2024-09-01', 'en')).toBe('1 Sep 2024');
    expect(formatDay('2024-09', 'en')).toBe('Sep 2024');
    expect(formatDate('2024-09-01T12:00:00Z', { locale: 'en', timeZone: 'UTC' })).toBe('1 Sep 2024');
    expect(formatDateTime('2024-09-01T03:00:00Z', { locale: 'en', timeZone: 'Asia/Shanghai' })).toBe('1 Sep 2024, 11:00 Beijing time');
  });
});

describe('time zones named for people', () => {
  it('names the parties’ zones from the bilingual table, never by IANA id or GMT offset', () => {
    expect(zoneName('Asia/Shanghai', 'zh-CN')).toBe('北京时间');
    expect(zoneName('Asia/Shanghai', 'en')).toBe('Beijing time');
    expect(zoneName('America/New_York', 'zh-CN')).toBe('美国东部时间');
    expect(zoneName('America/Chicago', 'zh-CN')).toBe('美国中部时间');
    expect(zoneName('America/Denver', 'zh-CN')).toBe('美国山地时间');
    expect(zoneName('America/Los_Angeles', 'zh-CN')).toBe('美国太平洋时间');
    expect(zoneName('US/Eastern', 'en')).toBe('US Eastern Time');
  });

  it('falls back to the generic name in the reader language for other zones', () => {
    expect(zoneName('Europe/Paris', 'en')).toMatch(/^Central European/);
    expect(zoneName('Europe/Paris', 'zh-CN')).toBe('中欧时间');
    expect(zoneName('Europe/Paris', 'zh-CN')).not.toMatch(/GMT|Europe/);
  });

  it('names a zone the browser only knows by its offset after the city of its id', () => {
    expect(nameOrCity('GMT+03:00', 'Europe/Moscow', 'en')).toBe('Moscow time');
    expect(nameOrCity('GMT+03:00', 'Europe/Moscow', 'zh-CN')).toBe('Moscow时间');
    expect(nameOrCity(undefined, 'America/Argentina/Buenos_Aires', 'en')).toBe('Buenos Aires time');
    expect(nameOrCity('GMT+03:00', 'Etc/GMT-3', 'en')).toBe('GMT+03:00');
    expect(nameOrCity('Moscow Standard Time', 'Europe/Moscow', 'en')).toBe('Moscow Standard Time');
  });

  it('offers pickers the name first and the IANA id as secondary text', () => {
    expect(zoneOptions(['Asia/Shanghai'], 'zh-CN')).toEqual([{ value: 'Asia/Shanghai', label: '北京时间 · Asia/Shanghai' }]);
  });
});

describe('daylight saving in America/New_York', () => {
  it('keeps wall times right on both sides of the spring and autumn changes', () => {
    const opts = { locale: 'en' as const, timeZone: 'America/New_York' };
    expect(formatDateTime('2026-03-08T06:59:00Z', opts)).toBe('8 Mar 2026, 01:59 US Eastern Time');
    expect(formatDateTime('2026-03-08T07:00:00Z', opts)).toBe('8 Mar 2026, 03:00 US Eastern Time');
    expect(formatDateTime('2026-11-01T05:30:00Z', opts)).toBe('1 Nov 2026, 01:30 US Eastern Time');
    expect(formatDateTime('2026-11-01T06:30:00Z', opts)).toBe('1 Nov 2026, 01:30 US Eastern Time');
    expect(zoneOffsetMinutes(new Date('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-240);
  });
});

describe('days typed into a date field', () => {
  it('reads the UI formats and ISO dates, and refuses days that do not exist', () => {
    expect(parseDay('2026-12-22')).toBe('2026-12-22');
    expect(parseDay('2026年12月22日')).toBe('2026-12-22');
    expect(parseDay('2026/1/5')).toBe('2026-01-05');
    expect(parseDay('22 Dec 2026')).toBe('2026-12-22');
    expect(parseDay('22 December 2026')).toBe('2026-12-22');
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('tomorrow')).toBeNull();
  });

  it('bounds a whole day on the reader’s clock, not the browser’s, across a daylight-saving change', () => {
    expect(dayBoundsIn('2026-12-22', 'Asia/Shanghai')).toEqual({ start: new Date('2026-12-21T16:00:00Z'), end: new Date('2026-12-22T15:59:59.999Z') });
    // 8 March 2026 in New York has 23 hours: midnight EST to midnight EDT.
    expect(dayBoundsIn('2026-03-08', 'America/New_York')).toEqual({ start: new Date('2026-03-08T05:00:00Z'), end: new Date('2026-03-09T03:59:59.999Z') });
    expect(dayBoundsIn('', 'UTC')).toBeNull();
  });
});
