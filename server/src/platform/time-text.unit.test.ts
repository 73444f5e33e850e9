import { describe, expect, it } from 'vitest';
import { deadlineText, instantText, zoneText } from './time-text.js';

describe('deadlineText', () => {
  it('says a deadline at local midnight as the end of the day before, in its named zone', () => {
    // Midnight starting 23 Dec in Beijing: the end of 22 Dec.
    const d = deadlineText({ dueAt: new Date('2026-12-22T16:00:00Z'), dueDate: '2026-12-22', dueTimeZone: 'Asia/Shanghai' });
    expect(d.short).toEqual({ en: 'by the end of 22 Dec 2026, Beijing time', zh: '北京时间2026年12月22日24时前' });
    expect(d.full).toEqual(d.short);
  });

  it('finds the last day from the instant when the row has no stored day', () => {
    const d = deadlineText({ dueAt: new Date('2026-12-22T16:00:00Z'), dueDate: null, dueTimeZone: 'Asia/Shanghai' });
    expect(d.short.zh).toBe('北京时间2026年12月22日24时前');
  });

  it('adds the reader\'s clock when it reads differently', () => {
    const d = deadlineText({ dueAt: new Date('2026-12-22T16:00:00Z'), dueDate: '2026-12-22', dueTimeZone: 'Asia/Shanghai', readerZone: 'America/New_York' });
    expect(d.full.en).toBe('by the end of 22 Dec 2026, Beijing time (11:00 on 22 Dec 2026 in Washington)');
    expect(d.full.zh).toBe('北京时间2026年12月22日24时前（华盛顿时间2026年12月22日 11:00）');
    expect(deadlineText({ dueAt: new Date('2026-12-22T16:00:00Z'), dueDate: '2026-12-22', dueTimeZone: 'Asia/Shanghai', readerZone: 'Asia/Chongqing' }).full).toEqual(d.short);
  });

  it('gives the reader\'s day when its clock is still on the day before', () => {
    const d = deadlineText({ dueAt: new Date('2026-03-14T04:00:00Z'), dueDate: '2026-03-13', dueTimeZone: 'America/New_York', readerZone: 'America/Chicago' });
    expect(d.full.en).toBe('by the end of 13 Mar 2026, US Eastern Time (23:00 on 13 Mar 2026 in Chicago)');
  });
});

describe('instantText and zoneText', () => {
  it('writes an instant with its zone named in each language', () => {
    expect(instantText(new Date('2026-12-22T03:00:00Z'), 'Asia/Shanghai')).toEqual({ en: '22 Dec 2026, 11:00 Beijing time', zh: '北京时间2026年12月22日 11:00' });
    expect(instantText(new Date('2026-12-22T03:00:00Z'), 'America/New_York').en).toBe('21 Dec 2026, 22:00 US Eastern Time');
  });

  it('names a zone outside the table by the city of its id, never an offset', () => {
    expect(zoneText('Europe/Moscow')).toEqual({ en: 'Moscow time', zh: 'Moscow时间' });
    expect(zoneText('America/Argentina/Buenos_Aires').en).toBe('Buenos Aires time');
    expect(zoneText('US/Eastern').zh).toBe('美国东部时间');
  });
});
