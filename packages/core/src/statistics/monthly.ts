import type { LocalizedText } from '../common/locale';
import { err } from '../common/result';
import { cumulativeFromMonthly, monthlyFromCumulative } from '../reporting/cumulative';
import { MAX_DECIMALS } from '../reporting/indicators';
import { parsePeriod, periodLabel, periodsOfYear, type PeriodKey } from '../reporting/periods';
import { comparableGrowth } from './growth';
import { fromExact, growthRate, toExact, type Amount, type Rate } from './figures';

/** One value of a series by reporting period; null when unknown. */
export interface PeriodValue {
  period: PeriodKey;
  value: number | null;
}

/**
 * Runs a per-year series function over periods of any years: each year's values are laid out
 * on its eleven periods (a missing period is unknown), transformed, and read back for the
 * periods given, in period order. Entries that are not reporting periods are dropped.
 */
function byYear(
  series: readonly PeriodValue[],
  transform: (values: (number | null)[]) => (number | null)[],
): PeriodValue[] {
  const given = new Map<PeriodKey, number | null>();
  for (const point of series) {
    if (parsePeriod(point.period) === null) continue;
    const value = point.value !== null && Number.isFinite(point.value) ? point.value : null;
    given.set(point.period, value);
  }
  const years = new Set([...given.keys()].map((p) => parsePeriod(p)?.year ?? 0));
  const out = new Map<PeriodKey, number | null>();
  for (const year of years) {
    const periods = periodsOfYear(year);
    const result = transform(periods.map((p) => given.get(p) ?? null));
    periods.forEach((p, i) => out.set(p, result[i] ?? null));
  }
  return [...given.keys()].sort().map((period) => ({ period, value: out.get(period) ?? null }));
}

/**
 * 本月 from 本年累计, by period: monthᵖ = ytdᵖ − ytd of the previous period of the same year;
 * for 1–2月 the month is the 累计 itself (January and February together). Unknown (null) when
 * the previous period's 累计 is unknown. Derived values are rounded to `decimals`.
 */
export function toMonthly(
  cumulative: readonly PeriodValue[],
  decimals: number = MAX_DECIMALS,
): PeriodValue[] {
  return byYear(cumulative, (values) => monthlyFromCumulative(values, decimals));
}

/**
 * 本年累计 from 本月, by period: ytdᵖ = Σ months of the year up to p (1–2月 first); the inverse
 * of toMonthly. Once a month of the year is unknown, every later 累计 of that year is unknown.
 */
export function toCumulative(
  monthly: readonly PeriodValue[],
  decimals: number = MAX_DECIMALS,
): PeriodValue[] {
  return byYear(monthly, (values) => cumulativeFromMonthly(values, decimals));
}

/** A group's comparable sums for one period. */
export interface CumulativePoint {
  period: PeriodKey;
  /** Σ 本年累计. */
  ytd: Amount | null;
  /** Σ 上年同期累计 of the same enterprises. */
  ytdPrevYear: Amount | null;
  enterprises: number;
}

/** A period of a trend: cumulative and monthly values with their growth. */
export interface TrendPoint {
  period: PeriodKey;
  label: LocalizedText;
  enterprises: number;
  ytd: number | null;
  ytdPrevYear: number | null;
  /** 本月 (1–2月: both months). */
  month: number | null;
  /** The same month last year. */
  monthPrevYear: number | null;
  /** Comparable growth of the 累计, percent. */
  ytdGrowth: Rate;
  /** This month against the same month last year, percent. */
  monthGrowth: Rate;
}

/**
 * A trend for a chart: for each period, 累计 and 本月 with their growth.
 *
 *   monthᵖ          = ytdᵖ − ytdᵖ⁻¹              (1–2月: ytd)
 *   monthPrevYearᵖ  = ytdPrevYearᵖ − ytdPrevYearᵖ⁻¹
 *   monthGrowthᵖ    = (monthᵖ ÷ monthPrevYearᵖ − 1) × 100 %
 *   ytdGrowthᵖ      = (ytdᵖ ÷ ytdPrevYearᵖ − 1) × 100 %
 *
 * A month taken as the difference of two comparable sums is that month's figure only when both
 * periods cover the same enterprises; when the set changed (an enterprise entered), the month
 * is still the change in the group's 累计, which is what the trend shows.
 */
export function trendSeries(
  points: readonly CumulativePoint[],
  decimals: number = MAX_DECIMALS,
): TrendPoint[] {
  const valid = points.filter((p) => parsePeriod(p.period) !== null);
  const numberOf = (amount: Amount | null): number | null => {
    const exact = toExact(amount);
    return exact === null ? null : fromExact(exact);
  };
  const months = new Map(
    toMonthly(
      valid.map((p) => ({ period: p.period, value: numberOf(p.ytd) })),
      decimals,
    ).map((p) => [p.period, p.value]),
  );
  const monthsPrev = new Map(
    toMonthly(
      valid.map((p) => ({ period: p.period, value: numberOf(p.ytdPrevYear) })),
      decimals,
    ).map((p) => [p.period, p.value]),
  );
  return [...valid]
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((point) => {
      const ytdFigure = comparableGrowth(point);
      const month = months.get(point.period) ?? null;
      const monthPrevYear = monthsPrev.get(point.period) ?? null;
      const monthExact = toExact(month);
      const monthBase = toExact(monthPrevYear);
      let monthGrowth: Rate;
      if (point.enterprises === 0) monthGrowth = err('no_enterprises');
      else if (monthBase === null) monthGrowth = err('missing_base');
      else if (monthExact === null) monthGrowth = err('missing_value');
      else monthGrowth = growthRate(monthExact, monthBase);
      return {
        period: point.period,
        label: periodLabel(point.period),
        enterprises: point.enterprises,
        ytd: ytdFigure.numerator,
        ytdPrevYear: ytdFigure.base,
        month,
        monthPrevYear,
        ytdGrowth: ytdFigure.growth,
        monthGrowth,
      };
    });
}
