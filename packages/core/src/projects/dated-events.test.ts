import { describe, expect, it } from 'vitest';
import { checkEventDate, isIsoDate, sortByDate } from './dated-events';

describe('isIsoDate', () => {
  it.each([
    ['2020-12-31', true],
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2021-13-01', false],
    ['2021-04-31', false],
    ['2021-00-10', false],
    ['2021-3-8', false],
    ['20210308', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('sortByDate', () => {
  it('sorts oldest first and keeps same-day events in the order given', () => {
    const events = [
      { occurredOn: '2020-05-01', n: 1 },
      { occurredOn: '2020-03-01', n: 2 },
      { occurredOn: '2020-05-01', n: 3 },
    ];
    expect(sortByDate(events).map((e) => e.n)).toEqual([2, 1, 3]);
  });
});

describe('checkEventDate', () => {
  const events = [{ occurredOn: '2020-03-01' }, { occurredOn: '2020-06-30' }];
  it.each([
    ['the same day as the latest', '2020-06-30', true, ''],
    ['a later day', '2020-07-01', true, ''],
    ['today', '2021-01-01', true, ''],
    ['a day before the latest', '2020-06-29', false, '早于最近一次记录（2020-06-30）'],
    ['a future day', '2021-01-02', false, '不能晚于今天'],
    ['no real day', '2020-02-30', false, '无效'],
  ])('%s', (_what, occurredOn, isOk, fragment) => {
    const result = checkEventDate(events, occurredOn, '2021-01-01');
    expect(result.ok).toBe(isOk);
    if (!result.ok) {
      expect(result.error.zh).toContain(fragment);
      expect(result.error.en.length).toBeGreaterThan(0);
    }
  });
});
