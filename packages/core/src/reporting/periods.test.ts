import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSchedule,
  parsePeriodText,
  DEFAULT_CALENDAR_RULE,
  isPeriodKey,
  monthsInPeriod,
  nextPeriod,
  type PeriodSchedule,
  parsePeriod,
  periodEndDate,
  periodLabel,
  periodOfMonth,
  periodRange,
  periodsOfYear,
  previousPeriod,
  previousPeriodInYear,
  reportingCalendar,
  samePeriodLastYear,
} from './periods';

const anyPeriod = fc
  .tuple(fc.integer({ min: 1991, max: 2099 }), fc.integer({ min: 2, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

describe('parsePeriod', () => {
  it.each([
    ['2021-02', { year: 2021, month: 2, firstMonth: 1 }],
    ['2021-03', { year: 2021, month: 3, firstMonth: 3 }],
    ['2021-12', { year: 2021, month: 12, firstMonth: 12 }],
    ['1990-05', { year: 1990, month: 5, firstMonth: 5 }],
    ['2100-12', { year: 2100, month: 12, firstMonth: 12 }],
    ['2021-01', null], // January is never reported alone
    ['2021-13', null],
    ['2021-00', null],
    ['21-03', null],
    ['2021-3', null],
    ['2021/03', null],
    [' 2021-03', null],
    ['1989-12', null],
    ['2101-02', null],
    ['', null],
  ])('%j → %j', (key, expected) => {
    expect(parsePeriod(key)).toEqual(expected);
    expect(isPeriodKey(key)).toBe(expected !== null);
  });
});

describe('periods of a year and of a month', () => {
  it('a year has eleven periods, 1–2月 first', () => {
    expect(periodsOfYear(2021)).toEqual([
      '2021-02',
      '2021-03',
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
    ]);
  });

  it.each([
    [2021, 1, '2021-02'],
    [2021, 2, '2021-02'],
    [2021, 3, '2021-03'],
    [2021, 12, '2021-12'],
  ])('%d-%d falls in %s', (year, month, key) => {
    expect(periodOfMonth(year, month)).toBe(key);
  });

  it.each([0, 13, 1.5])('refuses month %d', (month) => {
    expect(() => periodOfMonth(2021, month)).toThrow();
  });

  it.each([
    ['2021-02', 2],
    ['2021-03', 1],
    ['2021-12', 1],
  ])('%s covers %d months', (key, months) => {
    expect(monthsInPeriod(key)).toBe(months);
  });
});

describe('previous, next, same period last year', () => {
  it.each([
    // key, previousInYear, previous, next, lastYear
    ['2021-02', null, '2020-12', '2021-03', '2020-02'],
    ['2021-03', '2021-02', '2021-02', '2021-04', '2020-03'],
    ['2021-07', '2021-06', '2021-06', '2021-08', '2020-07'],
    ['2021-12', '2021-11', '2021-11', '2022-02', '2020-12'],
    ['2020-12', '2020-11', '2020-11', '2021-02', '2019-12'],
  ])('%s', (key, inYear, previous, next, lastYear) => {
    expect(previousPeriodInYear(key)).toBe(inYear);
    expect(previousPeriod(key)).toBe(previous);
    expect(nextPeriod(key)).toBe(next);
    expect(samePeriodLastYear(key)).toBe(lastYear);
  });

  it('refuses what is not a period', () => {
    expect(() => nextPeriod('2021-01')).toThrow(/Not a reporting period/);
    expect(() => previousPeriod('x')).toThrow();
    expect(() => periodLabel('2021-13')).toThrow();
  });

  it('next and previous undo each other', () => {
    fc.assert(
      fc.property(anyPeriod, (key) => {
        expect(previousPeriod(nextPeriod(key))).toBe(key);
        expect(nextPeriod(previousPeriod(key))).toBe(key);
        expect(isPeriodKey(nextPeriod(key))).toBe(true);
        expect(nextPeriod(key) > key).toBe(true);
      }),
    );
  });
});

describe('periodRange', () => {
  it.each([
    ['2020-11', '2021-03', ['2020-11', '2020-12', '2021-02', '2021-03']],
    ['2021-05', '2021-05', ['2021-05']],
    ['2021-06', '2021-05', []],
  ])('%s … %s', (from, to, expected) => {
    expect(periodRange(from, to)).toEqual(expected);
  });

  it('covers 2019-02 … 2021-06 in 11 + 11 + 5 periods', () => {
    expect(periodRange('2019-02', '2021-06')).toHaveLength(27);
  });

  it('refuses a bad end', () => {
    expect(() => periodRange('2021-01', '2021-05')).toThrow();
  });
});

describe('periodLabel and periodEndDate', () => {
  it.each([
    ['2021-02', '2021年1–2月', 'Jan–Feb 2021', '2021-02-28'],
    ['2020-02', '2020年1–2月', 'Jan–Feb 2020', '2020-02-29'], // leap year
    ['2021-03', '2021年3月', 'Mar 2021', '2021-03-31'],
    ['2021-04', '2021年4月', 'Apr 2021', '2021-04-30'],
    ['2021-12', '2021年12月', 'Dec 2021', '2021-12-31'],
  ])('%s → %s / %s, ends %s', (key, zh, en, end) => {
    expect(periodLabel(key)).toEqual({ zh, en });
    expect(periodEndDate(key)).toBe(end);
  });
});

describe('reportingCalendar', () => {
  it('opens on the 1st of the next month with 7th / 10th / 12th deadlines', () => {
    const calendar = reportingCalendar(2021);
    expect(calendar).toHaveLength(11);
    expect(calendar[0]).toEqual({
      period: '2021-02',
      opensOn: '2021-03-01',
      enterpriseDeadline: '2021-03-07',
      countyDeadline: '2021-03-10',
      locksOn: '2021-03-12',
    });
    expect(calendar[5]?.period).toBe('2021-07');
    expect(calendar[5]?.opensOn).toBe('2021-08-01');
  });

  it('puts December’s dates in January of the next year', () => {
    expect(reportingCalendar(2021).at(-1)).toEqual({
      period: '2021-12',
      opensOn: '2022-01-01',
      enterpriseDeadline: '2022-01-07',
      countyDeadline: '2022-01-10',
      locksOn: '2022-01-12',
    });
  });

  it('follows a configured rule and passes its own check', () => {
    const calendar = reportingCalendar(2020, {
      openDay: 3,
      enterpriseDeadlineDay: 8,
      countyDeadlineDay: 8,
      lockDay: 28,
    });
    expect(calendar[0]).toEqual({
      period: '2020-02',
      opensOn: '2020-03-03',
      enterpriseDeadline: '2020-03-08',
      countyDeadline: '2020-03-08',
      locksOn: '2020-03-28',
    });
    for (const schedule of [...calendar, ...reportingCalendar(2021)]) {
      expect(checkSchedule(schedule)).toEqual([]);
    }
  });

  it.each([
    [{ ...DEFAULT_CALENDAR_RULE, openDay: 0 }, /1 to 28/],
    [{ ...DEFAULT_CALENDAR_RULE, lockDay: 29 }, /1 to 28/],
    [{ ...DEFAULT_CALENDAR_RULE, enterpriseDeadlineDay: 7.5 }, /1 to 28/],
    [{ ...DEFAULT_CALENDAR_RULE, countyDeadlineDay: 5 }, /in order/],
    [{ ...DEFAULT_CALENDAR_RULE, openDay: 9 }, /in order/],
  ])('refuses %j', (rule, message) => {
    expect(() => reportingCalendar(2021, rule)).toThrow(message);
  });
});

describe('checkSchedule', () => {
  const good: PeriodSchedule = {
    period: '2021-03',
    opensOn: '2021-04-01',
    enterpriseDeadline: '2021-04-07',
    countyDeadline: '2021-04-10',
    locksOn: '2021-04-12',
  };

  it('accepts a sound schedule, and one opening during the period itself', () => {
    expect(checkSchedule(good)).toEqual([]);
    expect(checkSchedule({ ...good, opensOn: '2021-03-25' })).toEqual([]);
    expect(
      checkSchedule({
        ...good,
        period: '2021-02',
        opensOn: '2021-01-01',
        enterpriseDeadline: '2021-03-07',
        countyDeadline: '2021-03-10',
        locksOn: '2021-03-12',
      }),
    ).toEqual([]);
  });

  it.each([
    [{ period: '2021-01' }, ['报告期“2021-01”无效']],
    [{ opensOn: '2021-02-30' }, ['开始填报日期不是有效日期（应为 YYYY-MM-DD）']],
    [
      { enterpriseDeadline: '2021/04/07', locksOn: '' },
      [
        '企业报送截止日期不是有效日期（应为 YYYY-MM-DD）',
        '市级锁定日期不是有效日期（应为 YYYY-MM-DD）',
      ],
    ],
    [{ opensOn: '2021-02-28' }, ['开始填报日期早于报告期本身']],
    [{ enterpriseDeadline: '2021-03-31' }, ['企业报送截止日期早于开始填报日期']],
    [
      { opensOn: '2021-02-01', countyDeadline: '2021-04-01' },
      ['开始填报日期早于报告期本身', '县区审核截止日期早于企业报送截止日期'],
    ],
    [{ countyDeadline: '2021-04-06' }, ['县区审核截止日期早于企业报送截止日期']],
    [{ locksOn: '2021-04-09' }, ['市级锁定日期早于县区审核截止日期']],
  ])('%j → %j', (change, problems) => {
    const found = checkSchedule({ ...good, ...change });
    expect(found.map((p) => p.zh)).toEqual(problems);
    for (const problem of found) expect(problem.en).not.toBe('');
  });

  it('names the problem in English too', () => {
    expect(checkSchedule({ ...good, countyDeadline: '2021-04-06' })).toEqual([
      {
        zh: '县区审核截止日期早于企业报送截止日期',
        en: 'The county deadline is before the enterprise deadline',
      },
    ]);
  });
});

describe('parsePeriodText', () => {
  it.each([
    ['2021-06', '2021-06'],
    ['2021.6', '2021-06'],
    ['2021/12', '2021-12'],
    ['2021年6月', '2021-06'],
    ['2021年1-6月', '2021-06'],
    ['2021年1—6月', '2021-06'],
    ['2021年1～6月', '2021-06'],
    [' 2021 年 1 至 12 月 ', '2021-12'],
    ['2021年1-2月', '2021-02'],
    ['2021年2月', '2021-02'],
  ])('%s → %s', (text, key) => {
    expect(parsePeriodText(text)).toBe(key);
  });

  it.each(['2021年1月', '2021-01', '2021年3-6月', '2021年13月', '21年6月', '六月', ''])(
    'rejects %s',
    (text) => {
      expect(parsePeriodText(text)).toBeNull();
    },
  );
});
