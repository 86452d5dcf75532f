import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeFlow, cumulativeFromMonthly, monthlyFromCumulative } from './cumulative';
import { roundToDecimals } from './indicators';

describe('completeFlow', () => {
  it.each([
    // [month, ytd, previousYtd, decimals] → [month, ytd, derived]
    [[120.5, null], 1000, 1, [120.5, 1120.5, 'ytd']],
    [[null, 1120.5], 1000, 1, [120.5, 1120.5, 'month']],
    [[null, 300], 0, 1, [300, 300, 'month']], // 1–2月: 本月 is the 累计
    [[300, null], 0, 1, [300, 300, 'ytd']],
    [[0.1, null], 0.2, 1, [0.1, 0.3, 'ytd']], // not 0.30000000000000004
    [[null, 1120.56], 1000, 1, [120.6, 1120.56, 'month']], // the given value is kept
    [[-50, null], 200, 1, [-50, 150, 'ytd']], // 利润 may fall
    [[null, 80], 100, 1, [-20, 80, 'month']], // derived as is; validation judges it
    [[100, 1100], 1000, 1, [100, 1100, null]], // both given: untouched
    [[100, 9999], 1000, 1, [100, 9999, null]], // even when inconsistent
    [[null, null], 1000, 1, [null, null, null]],
    [[15, null], 230, 0, [15, 245, 'ytd']],
  ] as const)('%j after %d (%d decimals) → %j', ([month, ytd], previousYtd, decimals, out) => {
    const result = completeFlow({ month, ytd, prevYearYtd: 88 }, previousYtd, decimals);
    expect(result).toEqual({ month: out[0], ytd: out[1], prevYearYtd: 88, derived: out[2] });
  });

  it('derives nothing from a non-finite previous 累计', () => {
    expect(completeFlow({ month: 1, ytd: null, prevYearYtd: null }, Number.NaN, 1).derived).toBe(
      null,
    );
  });

  it('always leaves 本年累计 = 上期累计 + 本月 within rounding when it derives', () => {
    const figure = fc.option(
      fc.integer({ min: -1e8, max: 1e8 }).map((u) => u / 10),
      {
        nil: null,
      },
    );
    fc.assert(
      fc.property(
        figure,
        figure,
        fc.integer({ min: 0, max: 1e8 }).map((u) => u / 10),
        (month, ytd, previous) => {
          const result = completeFlow({ month, ytd, prevYearYtd: null }, previous, 1);
          if (result.derived === null) {
            expect([result.month, result.ytd]).toEqual([month, ytd]);
            expect(month === null || ytd !== null).toBe(true);
            return;
          }
          expect(result.month).not.toBeNull();
          expect(result.ytd).not.toBeNull();
          expect(Math.abs((result.ytd ?? 0) - (previous + (result.month ?? 0)))).toBeLessThan(1e-6);
          if (result.derived === 'ytd') expect(result.month).toBe(month);
          else expect(result.ytd).toBe(ytd);
        },
      ),
    );
  });
});

describe('monthlyFromCumulative and cumulativeFromMonthly', () => {
  it.each([
    // 本年累计 1–2月 … and the 本月 they give
    [[300, 450, 620.5], 1, [300, 150, 170.5]],
    [[0.3, 0.6, 0.9], 1, [0.3, 0.3, 0.3]],
    [[100, 90, 130], 1, [100, -10, 40]], // a correction makes a month negative
    [[-20, -5, 10], 1, [-20, 15, 15]], // 利润 from a loss
    [[], 1, []],
    [[12], 0, [12]],
  ])('%j (累计, %d decimals) ↔ %j (本月)', (cumulative, decimals, monthly) => {
    expect(monthlyFromCumulative(cumulative, decimals)).toEqual(monthly);
    expect(cumulativeFromMonthly(monthly, decimals)).toEqual(cumulative);
  });

  it('keeps nulls and knows nothing after a gap', () => {
    expect(monthlyFromCumulative([100, null, 300, 420], 1)).toEqual([100, null, null, 120]);
    expect(cumulativeFromMonthly([100, null, 300, 420], 1)).toEqual([100, null, null, null]);
    expect(monthlyFromCumulative([null, 200], 1)).toEqual([null, null]);
  });

  const series = (decimals: number) =>
    fc.array(
      fc.integer({ min: -1e9, max: 1e9 }).map((u) => roundToDecimals(u / 10 ** decimals, decimals)),
      { maxLength: 11 },
    );

  it('本月 → 累计 → 本月 round-trips', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }).chain((d) => fc.tuple(fc.constant(d), series(d))),
        ([decimals, monthly]) => {
          expect(monthlyFromCumulative(cumulativeFromMonthly(monthly, decimals), decimals)).toEqual(
            monthly,
          );
        },
      ),
    );
  });

  it('累计 → 本月 → 累计 round-trips', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }).chain((d) => fc.tuple(fc.constant(d), series(d))),
        ([decimals, cumulative]) => {
          expect(
            cumulativeFromMonthly(monthlyFromCumulative(cumulative, decimals), decimals),
          ).toEqual(cumulative);
        },
      ),
    );
  });

  it('the last 累计 is the sum of the months', () => {
    fc.assert(
      fc.property(series(1), (monthly) => {
        const cumulative = cumulativeFromMonthly(monthly, 1);
        const sum = monthly.reduce((a, b) => a + b, 0);
        expect(cumulative.at(-1) ?? 0).toBeCloseTo(sum, 4);
      }),
    );
  });
});
