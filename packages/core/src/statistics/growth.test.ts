import { describe, expect, it } from 'vitest';
import { err, ok } from '../common/result';
import { roundPercent } from './display';
import { changeInPoints, comparableGrowth, levelChange } from './growth';

describe('comparableGrowth', () => {
  it.each([
    // ytd, ytdPrevYear, enterprises → growth (%) rounded to one decimal
    ['2284000', '1899000', 12, 20.3], // 228.4亿元 ÷ 189.9亿元 − 1
    ['1184.2', '1000', 3, 18.4],
    [96.8, 100, 1, -3.2],
    [100, 100, 5, 0],
    ['1184.5', '1000', 3, 18.5], // 18.45 exactly: half away from zero
    ['815.5', '1000', 3, -18.5], // −18.45 exactly
    ['0.3', '0.1', 1, 200],
    [50, -100, 1, null], // a loss turning into a profit has no growth rate
  ] as const)('%s ÷ %s − 1 over %d → %s', (ytd, ytdPrevYear, enterprises, expected) => {
    const figure = comparableGrowth({ ytd, ytdPrevYear, enterprises });
    expect(figure.basis).toBe('comparable');
    expect(figure.enterprises).toBe(enterprises);
    if (expected === null) expect(figure.growth).toEqual(err('negative_base'));
    else {
      expect(figure.growth.ok).toBe(true);
      if (figure.growth.ok) expect(roundPercent(figure.growth.value)).toBe(expected);
    }
  });

  it('carries its inputs: numerator, base, delta and enterprises', () => {
    expect(comparableGrowth({ ytd: '2284000', ytdPrevYear: '1899000', enterprises: 12 })).toEqual({
      basis: 'comparable',
      numerator: 2284000,
      base: 1899000,
      enterprises: 12,
      delta: 385000,
      growth: ok((385000 * 100) / 1899000),
    });
  });

  it('adds exactly: 0.1 + 0.2 over a base of 0.3 is no growth, not 1e-14 %', () => {
    const figure = comparableGrowth({ ytd: 0.1 + 0.2, ytdPrevYear: '0.3', enterprises: 2 });
    expect(figure.delta).toBe(0);
    expect(figure.growth).toEqual(ok(0));
  });

  it.each([
    [{ ytd: 100, ytdPrevYear: 0, enterprises: 3 }, 'zero_base'],
    [{ ytd: 100, ytdPrevYear: '0.0000', enterprises: 3 }, 'zero_base'],
    [{ ytd: 100, ytdPrevYear: null, enterprises: 3 }, 'missing_base'],
    [{ ytd: null, ytdPrevYear: 100, enterprises: 3 }, 'missing_value'],
    [{ ytd: 0, ytdPrevYear: 0, enterprises: 0 }, 'no_enterprises'],
    [{ ytd: Number.NaN, ytdPrevYear: 100, enterprises: 3 }, 'invalid_value'],
    [{ ytd: 100, ytdPrevYear: Number.POSITIVE_INFINITY, enterprises: 3 }, 'invalid_value'],
    [{ ytd: '12,5', ytdPrevYear: 100, enterprises: 3 }, 'invalid_value'],
    [{ ytd: 100, ytdPrevYear: 100, enterprises: 1.5 }, 'invalid_value'],
    [{ ytd: 100, ytdPrevYear: 100, enterprises: -1 }, 'invalid_value'],
  ] as const)('%j is undefined: %s', (input, reason) => {
    expect(comparableGrowth(input).growth).toEqual(err(reason));
  });
});

describe('levelChange', () => {
  it('is labelled as a level comparison and differs from the comparable growth', () => {
    // Eleven enterprises reported 1000 last year and 1050 now; a new entrant adds 150. Last year
    // the published total (which included an enterprise that has since closed) was 1100.
    const comparable = comparableGrowth({ ytd: 1050, ytdPrevYear: 1000, enterprises: 11 });
    const level = levelChange(1200, 1100);
    expect(comparable.growth.ok && roundPercent(comparable.growth.value)).toBe(5);
    expect(level).toMatchObject({ basis: 'level', numerator: 1200, base: 1100, enterprises: null });
    expect(level.growth.ok && roundPercent(level.growth.value)).toBe(9.1);
  });

  it('is undefined from a zero or missing total', () => {
    expect(levelChange(1200, 0).growth).toEqual(err('zero_base'));
    expect(levelChange(1200, null).growth).toEqual(err('missing_base'));
  });
});

describe('changeInPoints', () => {
  it.each([
    // current, previous → exact points, published points (from rates rounded to one decimal)
    [18.44, 18.06, 0.38, 0.3], // readers see 18.4 % after 18.1 %
    [18.4, 18.1, 0.3, 0.3],
    [-3.2, 2.5, -5.7, -5.7],
    [5, 5, 0, 0],
    [10.05, 10, 0.05, 0.1], // 10.1 % after 10.0 %
  ])('%d %% after %d %% → %d points (published %d)', (current, previous, points, published) => {
    const change = changeInPoints(ok(current), ok(previous));
    expect(change.points.ok && change.points.value).toBeCloseTo(points, 10);
    expect(change.publishedPoints).toEqual(ok(published));
  });

  it('is undefined when either rate is', () => {
    expect(changeInPoints(err('zero_base'), ok(3)).points).toEqual(err('no_rate'));
    expect(changeInPoints(ok(3), err('missing_base')).publishedPoints).toEqual(err('no_rate'));
  });
});
