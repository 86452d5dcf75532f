import type { MonthlyRevenue, YearMonth } from './revenue-trajectory';
import { addMonths, trailingTwelveMonths } from './revenue-trajectory';

/**
 * Projected month in which the trailing-12-month revenue reaches the threshold.
 *
 * Method (`trailing_growth`): take the trailing-12-month revenue at each of the last
 * `window` + 1 months (default 6 + 1) and their month-on-month growth rates g₁…gₙ. From the
 * latest level T, the months needed at rate g are k = ⌈ln(threshold / T) / ln(1 + g)⌉.
 * - central: g = the mean rate;
 * - earliest: g = the highest rate; latest: g = the lowest rate (null when it does not grow).
 * A crossing further than `horizonMonths` (default 36) away counts as none.
 */

export type ProjectionMethod = 'already_above' | 'trailing_growth' | 'insufficient_data';

export interface CrossingProjection {
  readonly method: ProjectionMethod;
  /** the latest trailing-12-month revenue, 万元 */
  readonly trailing: number | null;
  readonly growthRates: readonly number[];
  readonly meanGrowth: number | null;
  readonly projected: YearMonth | null;
  readonly earliest: YearMonth | null;
  readonly latest: YearMonth | null;
}

export interface ProjectionOptions {
  readonly window?: number;
  readonly horizonMonths?: number;
}

/** Months until `from` grown at `rate` a month reaches `target`; null if never within `horizon`. */
export function monthsToReach(
  from: number,
  target: number,
  rate: number,
  horizon: number,
): number | null {
  if (from >= target) return 0;
  if (!(from > 0) || !(rate > 0)) return null;
  const k = Math.ceil(Math.log(target / from) / Math.log(1 + rate) - 1e-9);
  return k <= horizon ? k : null;
}

export function projectCrossing(
  series: readonly MonthlyRevenue[],
  through: YearMonth,
  threshold: number,
  options: ProjectionOptions = {},
): CrossingProjection {
  const window = options.window ?? 6;
  const horizon = options.horizonMonths ?? 36;
  const trailing = trailingTwelveMonths(series, through);
  const none = {
    trailing,
    growthRates: [],
    meanGrowth: null,
    projected: null,
    earliest: null,
    latest: null,
  };
  if (trailing === null) return { method: 'insufficient_data', ...none };
  if (trailing >= threshold) {
    return {
      ...none,
      method: 'already_above',
      projected: through,
      earliest: through,
      latest: through,
    };
  }
  const levels: number[] = [];
  for (let back = window; back >= 0; back -= 1) {
    const level = trailingTwelveMonths(series, addMonths(through, -back));
    if (level !== null) levels.push(level);
    else levels.length = 0; // only an unbroken run of levels ending with `through`
  }
  const growthRates: number[] = [];
  for (let i = 1; i < levels.length; i += 1) {
    const prev = levels[i - 1] ?? 0;
    const cur = levels[i] ?? 0;
    if (prev > 0) growthRates.push(cur / prev - 1);
  }
  if (growthRates.length === 0) return { method: 'insufficient_data', ...none };
  const mean = growthRates.reduce((a, b) => a + b, 0) / growthRates.length;
  const at = (rate: number): YearMonth | null => {
    const k = monthsToReach(trailing, threshold, rate, horizon);
    return k === null ? null : addMonths(through, k);
  };
  return {
    method: 'trailing_growth',
    trailing,
    growthRates,
    meanGrowth: mean,
    projected: at(mean),
    earliest: at(Math.max(...growthRates)),
    latest: at(Math.min(...growthRates)),
  };
}

/** Whether a projection crosses within the given calendar year. */
export const crossesInYear = (projection: CrossingProjection, year: number): boolean =>
  projection.projected !== null && projection.projected.year === year;
