import { describe, expect, it } from 'vitest';
import { dayText } from './day-text.js';

describe('days in sentences', () => {
  it('writes every precision the same way in each language', () => {
    expect(dayText('1988-11-18')).toEqual({ en: '18 Nov 1988', zh: '1988年11月18日' });
    expect(dayText('2018-02')).toEqual({ en: 'Feb 2018', zh: '2018年2月' });
    expect(dayText('2001')).toEqual({ en: '2001', zh: '2001年' });
  });

  it('leaves anything else as it is', () => {
    expect(dayText('soon')).toEqual({ en: 'soon', zh: 'soon' });
    expect(dayText('2001-13')).toEqual({ en: '2001-13', zh: '2001-13' });
  });
});
