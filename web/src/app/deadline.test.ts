import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from './api/types';
import { describeDeadline, endsDay } from './deadline';
import { zoneName } from './time';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, lng: 'en', interpolation: { escapeValue: false }, showSupportNotice: false });
});
const say = (locale: Locale, dueAt: string, dueZone: string, readerZone: string) => describeDeadline(i18n.getFixedT(locale), { dueAt, dueZone, readerZone, locale });

// A reply period ending on 22 December, counted in Beijing: stored as the instant that starts the 23rd there.
const endOf22ndBeijing = '2026-12-23T00:00:00+08:00';

describe('deadlines as people say them', () => {
  it('reads midnight as the end of the day before, never as the next day, in English', () => {
    expect(say('en', endOf22ndBeijing, 'Asia/Shanghai', 'America/New_York')).toEqual({ main: 'By the end of 22 Dec 2026, Beijing time', reader: '(11:00 on 22 Dec in Washington)' });
  });

  it('reads it the same way in Chinese', () => {
    expect(say('zh-CN', endOf22ndBeijing, 'Asia/Shanghai', 'America/New_York')).toEqual({ main: '北京时间2026年12月22日24时前', reader: '（华盛顿时间12月22日11:00）' });
  });

  it('adds no second clock for a reader in the deadline zone', () => {
    expect(say('zh-CN', endOf22ndBeijing, 'Asia/Shanghai', 'Asia/Shanghai')).toEqual({ main: '北京时间2026年12月22日24时前', reader: null });
    expect(say('en', endOf22ndBeijing, 'Asia/Shanghai', 'Asia/Chongqing').reader).toBeNull();
  });

  it('names a zone without a city by its name, and gives the year when the reader is already in the next one', () => {
    expect(say('en', '2027-01-01T00:00:00+08:00', 'Asia/Shanghai', 'Asia/Tokyo')).toEqual({ main: 'By the end of 31 Dec 2026, Beijing time', reader: `(01:00 on 1 Jan 2027, ${zoneName('Asia/Tokyo', 'en')})` });
    expect(zoneName('Asia/Tokyo', 'en')).toMatch(/^Japan/);
  });

  it('says 24:00 when the reader’s clock also strikes midnight, and a plain time when the deadline is not midnight', () => {
    expect(say('en', '2026-12-23T05:00:00Z', 'America/New_York', 'Asia/Shanghai')).toEqual({ main: 'By the end of 22 Dec 2026, US Eastern Time', reader: '(13:00 on 23 Dec in Beijing)' });
    expect(say('en', '2026-12-22T16:00:00Z', 'Asia/Shanghai', 'Europe/London').reader).toBe(`(16:00 on 22 Dec, ${zoneName('Europe/London', 'en')})`);
    expect(say('en', '2026-12-23T00:00:00Z', 'Asia/Shanghai', 'UTC').reader).toBe('(24:00 on 22 Dec, UTC)');
    expect(say('zh-CN', '2026-12-22T09:30:00Z', 'Asia/Shanghai', 'Asia/Shanghai').main).toBe('北京时间2026年12月22日17:30前');
  });

  it('keeps midnight the end of the day across the daylight-saving changes in New York', () => {
    // The end of Saturday 7 March 2026 (EST, UTC−5) and of Saturday 31 October 2026 (EDT, UTC−4).
    expect(say('en', '2026-03-08T05:00:00Z', 'America/New_York', 'America/New_York').main).toBe('By the end of 7 Mar 2026, US Eastern Time');
    expect(say('en', '2026-03-09T04:00:00Z', 'America/New_York', 'Asia/Shanghai')).toEqual({ main: 'By the end of 8 Mar 2026, US Eastern Time', reader: '(12:00 on 9 Mar in Beijing)' });
    expect(say('zh-CN', '2026-11-01T04:00:00Z', 'America/New_York', 'Asia/Shanghai')).toEqual({ main: '美国东部时间2026年10月31日24时前', reader: '（北京时间11月1日12:00）' });
    expect(endsDay(new Date('2026-11-02T05:00:00Z'), 'America/New_York')).toBe(true);
    expect(endsDay(new Date('2026-11-02T04:00:00Z'), 'America/New_York')).toBe(false);
  });
});
