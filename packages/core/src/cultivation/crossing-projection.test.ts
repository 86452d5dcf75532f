import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossesInYear, monthsToReach, projectCrossing } from './crossing-projection';
import type { MonthlyRevenue } from './revenue-trajectory';

const months = (from: { year: number; month: number }, values: number[]): MonthlyRevenue[] =>
  values.map((revenue, i) => {
    const index = from.year * 12 + from.month - 1 + i;
    return { year: Math.floor(index / 12), month: (index % 12) + 1, revenue };
  });

describe('monthsToReach', () => {
  it.each([
    // 1000 → 2000 at 10 %: 1.1^7 = 1.949, 1.1^8 = 2.144 → 8
    [1000, 2000, 0.1, 36, 8],
    // exactly doubling at 100 %: 1 month
    [1000, 2000, 1, 36, 1],
    [2000, 2000, 0.1, 36, 0],
    [1000, 2000, 0, 36, null],
    [1000, 2000, -0.1, 36, null],
    [1000, 2000, 0.01, 36, null], // 1.01^70 ≈ 2 → beyond the horizon
  ])('%d → %d at %d: %s', (from, target, rate, horizon, expected) => {
    expect(monthsToReach(from, target, rate, horizon)).toBe(expected);
  });
  it('the month found reaches the target and the one before does not', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 10, max: 1000, noNaN: true }),
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        (from, factor, rate) => {
          const target = from * factor;
          const k = monthsToReach(from, target, rate, 10_000);
          expect(k).not.toBeNull();
          if (k === null) return;
          expect(from * (1 + rate) ** k).toBeGreaterThanOrEqual(target * (1 - 1e-9));
          expect(from * (1 + rate) ** (k - 1)).toBeLessThan(target * (1 + 1e-9));
        },
      ),
    );
  });
});

describe('projectCrossing', () => {
  it('needs twelve months', () => {
    const p = projectCrossing(
      months({ year: 2021, month: 1 }, [100, 100]),
      { year: 2021, month: 2 },
      2000,
    );
    expect(p.method).toBe('insufficient_data');
    expect(p.projected).toBeNull();
  });

  it('needs at least one growth rate', () => {
    const p = projectCrossing(
      months({ year: 2020, month: 7 }, Array<number>(12).fill(100)),
      { year: 2021, month: 6 },
      2000,
    );
    expect(p.method).toBe('insufficient_data');
    expect(p.trailing).toBe(1200);
  });

  it('says already above when the trailing revenue meets the threshold', () => {
    const p = projectCrossing(
      months({ year: 2020, month: 7 }, Array<number>(12).fill(200)),
      { year: 2021, month: 6 },
      2000,
    );
    expect(p.method).toBe('already_above');
    expect(p.projected).toEqual({ year: 2021, month: 6 });
  });

  it('projects from the growth of the trailing revenue (hand-computed)', () => {
    // 2020-01..2020-12 at 100 (T12 = 1200 at 2020-12); then each month of 2021 adds 60 over
    // the month it replaces: T12 = 1260, 1320, 1380 at 2021-01..03.
    const series = months({ year: 2020, month: 1 }, [
      ...Array<number>(12).fill(100),
      160,
      160,
      160,
    ]);
    const p = projectCrossing(series, { year: 2021, month: 3 }, 1600, { window: 3 });
    expect(p.method).toBe('trailing_growth');
    expect(p.trailing).toBe(1380);
    // rates 1260/1200−1 = 0.05, 1320/1260−1 = 0.047619, 1380/1320−1 = 0.045455
    expect(p.growthRates.map((r) => r.toFixed(6))).toEqual(['0.050000', '0.047619', '0.045455']);
    // mean 0.047691; ln(1600/1380)/ln(1.047691) = 0.14793/0.046588 = 3.175 → 4 months → 2021-07
    expect(p.projected).toEqual({ year: 2021, month: 7 });
    // highest 0.05: 0.14793/0.04879 = 3.03 → 4 → 2021-07; lowest 0.045455: /0.044452 = 3.33 → 4
    expect(p.earliest).toEqual({ year: 2021, month: 7 });
    expect(p.latest).toEqual({ year: 2021, month: 7 });
    expect(crossesInYear(p, 2021)).toBe(true);
    expect(crossesInYear(p, 2022)).toBe(false);
  });

  it('widens the range when growth varies', () => {
    // T12 at 2021-01..02: 1200 → 1300 (+100, 8.33 %) → 1310 (+10, 0.77 %)
    const series = months({ year: 2020, month: 1 }, [...Array<number>(12).fill(100), 200, 110]);
    const p = projectCrossing(series, { year: 2021, month: 2 }, 1500, { window: 2 });
    // mean 0.045513: ln(1500/1310) = 0.13545 / 0.044506 = 3.04 → 4 → 2021-06
    expect(p.projected).toEqual({ year: 2021, month: 6 });
    // max 0.083333: 0.13545/0.080043 = 1.69 → 2 → 2021-04
    expect(p.earliest).toEqual({ year: 2021, month: 4 });
    // min 0.007692: 0.13545/0.007663 = 17.7 → 18 → 2022-08
    expect(p.latest).toEqual({ year: 2022, month: 8 });
  });

  it('earliest ≤ projected ≤ latest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 50, max: 300 }), { minLength: 19, maxLength: 19 }),
        (values) => {
          const p = projectCrossing(
            months({ year: 2020, month: 1 }, values),
            { year: 2021, month: 7 },
            3000,
          );
          const idx = (m: { year: number; month: number } | null) =>
            m === null ? Infinity : m.year * 12 + m.month;
          expect(idx(p.earliest)).toBeLessThanOrEqual(idx(p.projected));
          expect(idx(p.projected)).toBeLessThanOrEqual(idx(p.latest));
        },
      ),
    );
  });
});
