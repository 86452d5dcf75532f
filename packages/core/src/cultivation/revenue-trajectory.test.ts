import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MonthlyRevenue } from './revenue-trajectory';
import {
  UNIFORM_PROFILE,
  addMonths,
  annualLevel,
  annualisedYearToDate,
  bandVerdict,
  monthsOfQuarter,
  seasonalProfile,
  trailingTwelveMonths,
} from './revenue-trajectory';

const year = (y: number, values: number[]): MonthlyRevenue[] =>
  values.map((revenue, i) => ({ year: y, month: i + 1, revenue }));

describe('trailingTwelveMonths', () => {
  const series = [...year(2020, Array<number>(12).fill(100)), ...year(2021, [110, 120, 130])];
  it.each([
    [{ year: 2020, month: 12 }, 1200],
    // 2020-04..2020-12 = 9×100, plus 110+120+130 = 1260
    [{ year: 2021, month: 3 }, 1260],
    [{ year: 2021, month: 4 }, null],
    [{ year: 2020, month: 11 }, null],
  ])('through %j → %s', (through, expected) => {
    expect(trailingTwelveMonths(series, through)).toBe(expected);
  });
});

describe('seasonalProfile and annualisedYearToDate', () => {
  it('is uniform without a complete year', () => {
    expect(seasonalProfile(year(2021, [1, 2, 3]))).toBe(UNIFORM_PROFILE);
  });
  it('takes the shares of a complete year', () => {
    // first half 40 a month (240), second half 60 a month (360), total 600
    const profile = seasonalProfile(
      year(2020, [...Array<number>(6).fill(40), ...Array<number>(6).fill(60)]),
    );
    expect(profile[0]).toBeCloseTo(40 / 600);
    expect(profile[11]).toBeCloseTo(60 / 600);
    // Jan–Jun carry 40%: 600 through June → 1500
    expect(annualisedYearToDate(600, 6, profile)).toBeCloseTo(1500);
    // uniform: 600 through June → 1200
    expect(annualisedYearToDate(600, 6)).toBeCloseTo(1200);
  });
  it('averages the shares of several years', () => {
    const a = year(2019, [...Array<number>(6).fill(40), ...Array<number>(6).fill(60)]); // Jan 1/15
    const b = year(2020, Array<number>(12).fill(50)); // Jan 1/12
    expect(seasonalProfile([...a, ...b])[0]).toBeCloseTo((1 / 15 + 1 / 12) / 2);
  });
  it('refuses a month outside 1–12', () => {
    expect(annualisedYearToDate(100, 0)).toBeNull();
    expect(annualisedYearToDate(100, 13)).toBeNull();
  });
  it('annualising a full year gives the year', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (ytd) => {
        expect(annualisedYearToDate(ytd, 12)).toBeCloseTo(ytd, 6);
      }),
    );
  });
  it('a profile sums to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 12, maxLength: 12 }),
        (v) => {
          const sum = seasonalProfile(year(2020, v)).reduce((a, b) => a + b, 0);
          expect(sum).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});

describe('monthsOfQuarter', () => {
  it('splits evenly with a uniform profile', () => {
    expect(monthsOfQuarter(2021, 2, 300).map((m) => [m.month, m.revenue])).toEqual([
      [4, 100],
      [5, 100],
      [6, 100],
    ]);
  });
  it('keeps the quarter total', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (q, revenue) => {
          const profile = seasonalProfile(year(2020, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
          const total = monthsOfQuarter(2021, q, revenue, profile).reduce(
            (a, m) => a + m.revenue,
            0,
          );
          expect(total).toBeCloseTo(revenue, 6);
        },
      ),
    );
  });
});

describe('bandVerdict', () => {
  it.each([
    [999, 2000, false, 0.4995],
    [1000, 2000, true, 0.5],
    [1999, 2000, true, 0.9995],
    [2000, 2000, false, 1],
  ])('%d against %d: in band %s', (annual, threshold, inBand, ratio) => {
    const v = bandVerdict(annual, threshold);
    expect(v.inBand).toBe(inBand);
    expect(v.ratio).toBeCloseTo(ratio);
    expect(v.atOrAboveThreshold).toBe(ratio >= 1);
  });
  it('takes a configured band', () => {
    expect(bandVerdict(700, 1000, { lower: 0.8, upper: 1 }).inBand).toBe(false);
    expect(bandVerdict(800, 1000, { lower: 0.8, upper: 1 }).inBand).toBe(true);
  });
  it('rejects a non-positive threshold', () => {
    expect(() => bandVerdict(1, 0)).toThrow();
  });
});

describe('addMonths', () => {
  it('crosses years', () => {
    expect(addMonths({ year: 2020, month: 11 }, 3)).toEqual({ year: 2021, month: 2 });
    expect(addMonths({ year: 2021, month: 1 }, -1)).toEqual({ year: 2020, month: 12 });
  });
});

describe('annualLevel', () => {
  it('uses the trailing 12 months when all are known', () => {
    const series = [...year(2020, Array<number>(12).fill(100)), ...year(2021, [110, 120, 130])];
    const level = annualLevel(series, { year: 2021, month: 3 });
    expect(level.method).toBe('trailing_12');
    expect(level.value).toBe(1260);
  });

  it('annualises the year to date by the profile of earlier complete years', () => {
    // 2020: first half 40 a month (240), second half 160 a month (960): Jan–Jun carry 20%.
    // 2021 Jan–Jun: 60 a month = 360 → 360 / 0.2 = 1800. 2020-07..12 missing from a second
    // series, so only the annualised figure exists there.
    const y2020 = year(2020, [40, 40, 40, 40, 40, 40, 160, 160, 160, 160, 160, 160]);
    const y2021 = year(2021, [60, 60, 60, 60, 60, 60]);
    const full = annualLevel([...y2020, ...y2021], { year: 2021, month: 6 });
    expect(full.method).toBe('trailing_12');
    // 2020-07..12 (960) + 2021-01..06 (360)
    expect(full.value).toBe(1320);
    expect(full.annualisedYtd).toBeCloseTo(1800, 9);

    const young = annualLevel(y2021, { year: 2021, month: 6 });
    expect(young.method).toBe('annualised_ytd');
    // no complete year: uniform profile, 360 / 0.5 = 720
    expect(young.value).toBeCloseTo(720, 9);
  });

  it('gives none when a month of the year so far is missing', () => {
    const gap = [
      { year: 2021, month: 1, revenue: 50 },
      { year: 2021, month: 3, revenue: 50 },
    ];
    expect(annualLevel(gap, { year: 2021, month: 3 })).toEqual({
      value: null,
      method: 'none',
      trailing12: null,
      annualisedYtd: null,
    });
  });
});
