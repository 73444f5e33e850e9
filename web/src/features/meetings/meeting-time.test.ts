import { describe, expect, it } from 'vitest';
import { meetingTimes, spanText } from './meeting-time';

// The ministerial virtual meeting of 10 January 2024, as if held 09:00–10:30 in Washington.
const ministerial = { startsAt: '2024-01-10T14:00:00Z', endsAt: '2024-01-10T15:30:00Z', timeZone: 'America/New_York' };
// The working group's launch in Beijing, 30–31 January 2024.
const launch = { startsAt: '2024-01-30T01:00:00Z', endsAt: '2024-01-31T09:00:00Z', timeZone: 'Asia/Shanghai' };

describe('when a meeting is', () => {
  it("gives a one-day meeting on the clock of its place and on the reader's, in each language", () => {
    expect(meetingTimes(ministerial, 'Asia/Shanghai', 'en')).toEqual({ place: '10 Jan 2024, 09:00–10:30 US Eastern Time', reader: '10 Jan 2024, 22:00–23:30 Beijing time' });
    expect(meetingTimes(ministerial, 'Asia/Shanghai', 'zh-CN')).toEqual({ place: '美国东部时间2024年1月10日 09:00至10:30', reader: '北京时间2024年1月10日 22:00至23:30' });
  });

  it("leaves the reader's clock out when it reads the same as the place's", () => {
    expect(meetingTimes(ministerial, 'America/New_York', 'en').reader).toBeNull();
    expect(meetingTimes(launch, 'Asia/Shanghai', 'zh-CN')).toEqual({ place: '北京时间2024年1月30日 09:00至2024年1月31日 17:00', reader: null });
  });

  it('names both days of a meeting over two days, and a day the reader crosses into', () => {
    expect(spanText(launch, 'Asia/Shanghai', 'en')).toBe('30 Jan 2024, 09:00 – 31 Jan 2024, 17:00 Beijing time');
    expect(spanText({ startsAt: '2024-01-11T02:00:00Z', endsAt: '2024-01-11T06:00:00Z' }, 'America/New_York', 'en')).toBe('10 Jan 2024, 21:00 – 11 Jan 2024, 01:00 US Eastern Time');
  });
});
