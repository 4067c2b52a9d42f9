import { toDay, toIso, monthOf, monthStart, monthEnd, precisionSpan, formatDay } from '../../src/time/Days.js';

describe('Days', () => {
  it('turns ISO dates into day numbers and back', () => {
    expect(toDay('1970-01-02')).toBe(1);
    expect(toIso(toDay('2016-02-29'))).toBe('2016-02-29');
    expect(toDay('2016-02-29T23:59:00+05:00')).toBe(toDay('2016-02-29'));
  });

  it('gives NaN for unreadable dates', () => {
    expect(toDay('yesterday')).toBeNaN();
    expect(toDay(null)).toBeNaN();
  });

  it('knows the first and last day of a month, leap years included', () => {
    const feb = monthOf(toDay('2016-02-10'));
    expect(toIso(monthStart(feb))).toBe('2016-02-01');
    expect(toIso(monthEnd(feb))).toBe('2016-02-29');
  });

  it('makes a month-precision date last to the end of its month', () => {
    expect(precisionSpan(toDay('2015-04-01'), 'month')).toBe(30);
    expect(precisionSpan(toDay('2015-04-01'), 'day')).toBe(1);
    expect(precisionSpan(toDay('2015-04-01'), 'week')).toBe(7);
  });

  it('writes month-precision dates without a day', () => {
    expect(formatDay(toDay('2015-04-01'), 'month')).toBe('April 2015');
    expect(formatDay(toDay('2015-04-07'))).toBe('7 April 2015');
  });
});
