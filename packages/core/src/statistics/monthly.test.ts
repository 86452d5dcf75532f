import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../common/result';
import { periodsOfYear } from '../reporting/periods';
import { roundPercent } from './display';
import { toCumulative, toMonthly, trendSeries, type PeriodValue } from './monthly';

const series = (year: number, values: (number | null)[]): PeriodValue[] =>
  periodsOfYear(year)
    .slice(0, values.length)
    .map((period, i) => ({ period, value: values[i] ?? null }));

describe('toMonthly / toCumulative', () => {
  it('takes 1–2月 as the first month and differences after it', () => {
    expect(toMonthly(series(2021, [300, 450.5, 600.5]), 1)).toEqual(
      series(2021, [300, 150.5, 150]),
    );
    expect(toCumulative(series(2021, [300, 150.5, 150]), 1)).toEqual(
      series(2021, [300, 450.5, 600.5]),
    );
  });

  it('keeps the years apart, sorts, and leaves a month unknown after a gap', () => {
    const given: PeriodValue[] = [
      { period: '2021-03', value: 450 },
      { period: '2020-12', value: 1200 },
      { period: '2021-02', value: 300 },
      { period: '2020-11', value: 1050 },
      { period: '2021-05', value: 800 }, // 2021-04 missing
      { period: '2021-01', value: 5 }, // not a reporting period: dropped
    ];
    expect(toMonthly(given, 1)).toEqual([
      { period: '2020-11', value: null }, // October unknown
      { period: '2020-12', value: 150 },
      { period: '2021-02', value: 300 },
      { period: '2021-03', value: 150 },
      { period: '2021-05', value: null },
    ]);
  });

  it('round-trips: monthly → cumulative → monthly and back', () => {
    const amount = fc.integer({ min: -1e9, max: 1e9 }).map((u) => u / 100);
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2030 }),
        fc.array(amount, { minLength: 1, maxLength: 11 }),
        (year, months) => {
          const monthly = series(year, months);
          const cumulative = toCumulative(monthly, 2);
          expect(toMonthly(cumulative, 2)).toEqual(monthly);
          expect(toCumulative(toMonthly(cumulative, 2), 2)).toEqual(cumulative);
        },
      ),
    );
  });
});

describe('trendSeries', () => {
  const points = [
    { period: '2021-02', ytd: '300', ytdPrevYear: '250', enterprises: 10 },
    { period: '2021-03', ytd: '460', ytdPrevYear: '400', enterprises: 10 },
    { period: '2021-04', ytd: '600', ytdPrevYear: '400', enterprises: 10 },
  ];

  it('gives 本月 and 累计 with their growth, 1–2月 first', () => {
    const trend = trendSeries(points, 1);
    expect(trend.map((p) => p.label.zh)).toEqual(['2021年1–2月', '2021年3月', '2021年4月']);
    expect(trend.map((p) => [p.month, p.monthPrevYear])).toEqual([
      [300, 250],
      [160, 150],
      [140, 0],
    ]);
    expect(trend.map((p) => (p.ytdGrowth.ok ? roundPercent(p.ytdGrowth.value) : null))).toEqual([
      20, 15, 50,
    ]);
    expect(trend[0]?.monthGrowth).toEqual(ok(20));
    expect(trend[1]?.monthGrowth.ok && roundPercent(trend[1].monthGrowth.value)).toBe(6.7);
    expect(trend[2]?.monthGrowth).toEqual(err('zero_base')); // nothing in April last year
  });

  it('says why a month has no growth', () => {
    const trend = trendSeries([
      { period: '2021-02', ytd: null, ytdPrevYear: '10', enterprises: 1 },
      { period: '2021-03', ytd: '20', ytdPrevYear: null, enterprises: 1 },
      { period: '2021-04', ytd: '30', ytdPrevYear: '30', enterprises: 0 },
    ]);
    expect(trend.map((p) => p.monthGrowth)).toEqual([
      err('missing_value'),
      err('missing_base'),
      err('no_enterprises'),
    ]);
    expect(trend[0]?.ytdGrowth).toEqual(err('missing_value'));
  });

  it('has months that add up to the 累计', () => {
    const amount = fc.integer({ min: 0, max: 1e9 }).map((u) => u / 10);
    fc.assert(
      fc.property(fc.array(amount, { minLength: 11, maxLength: 11 }), (months) => {
        const cumulative = toCumulative(series(2022, months), 1);
        const trend = trendSeries(
          cumulative.map((p) => ({
            period: p.period,
            ytd: p.value,
            ytdPrevYear: p.value,
            enterprises: 3,
          })),
          1,
        );
        expect(trend.map((p) => p.month)).toEqual(months);
        for (const p of trend) {
          if (p.monthGrowth.ok) expect(p.monthGrowth.value).toBe(0);
        }
      }),
    );
  });
});
