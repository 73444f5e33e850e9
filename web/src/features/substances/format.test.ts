import { describe, expect, it } from 'vitest';
import { formatHs, formatPartialDate, isExactDate, todayIn } from './format';

describe('HS codes', () => {
  it('groups a subheading as 2933.37 and keeps national digits after it', () => {
    expect(formatHs('293337')).toBe('2933.37');
    expect(formatHs('29333700')).toBe('2933.37.00');
    expect(formatHs('2933370010')).toBe('2933.37.0010');
    expect(formatHs('2933.37')).toBe('2933.37');
  });

  it('leaves what is not an HS code as it is', () => {
    expect(formatHs('2933')).toBe('2933');
    expect(formatHs(null)).toBe('');
  });
});

describe('registry dates', () => {
  it('shows a date at the precision the source gives', () => {
    expect(formatPartialDate('2017', 'en')).toBe('2017');
    expect(formatPartialDate('2017-10', 'en')).toBe('Oct 2017');
    expect(formatPartialDate('2017-10-23', 'en')).toBe('23 Oct 2017');
    expect(formatPartialDate('2017', 'zh-CN')).toBe('2017年');
    expect(formatPartialDate('2017-10', 'zh-CN')).toBe('2017年10月');
    expect(formatPartialDate('2017-10-23', 'zh-CN')).toBe('2017年10月23日');
  });

  it('tells exact dates from partial ones', () => {
    expect(isExactDate('2018-02-01')).toBe(true);
    expect(isExactDate('2018-02')).toBe(false);
    expect(isExactDate('2018')).toBe(false);
  });

  it('takes today from the viewer’s zone, not UTC', () => {
    const lateUtc = new Date(Date.UTC(2026, 0, 1, 20, 0));
    expect(todayIn('UTC', lateUtc)).toBe('2026-01-01');
    expect(todayIn('Asia/Shanghai', lateUtc)).toBe('2026-01-02');
  });
});
