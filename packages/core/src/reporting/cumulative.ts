import { roundToDecimals } from './indicators';

/**
 * A flow indicator's figures for one enterprise and period, as a form holds them. Any field may be
 * missing while the form is being filled.
 */
export interface FlowFigures {
  /** 本月 (for 1–2月: the two months together). */
  month: number | null;
  /** 本年累计. */
  ytd: number | null;
  /** 上年同期累计. */
  prevYearYtd: number | null;
}

/**
 * Fill 本月 from 本年累计 or the other way round, given the previous period's 本年累计 of the same
 * year (0 for 1–2月). Values given are kept; a derived one is rounded to `decimals`.
 * `derived` names the field that was computed, if any: nothing is derived when both or neither
 * are given (a form with both is checked by validation, not corrected here). 上年同期累计 is kept.
 */
export function completeFlow(
  figures: FlowFigures,
  previousYtd: number,
  decimals: number,
): FlowFigures & { derived: 'month' | 'ytd' | null } {
  const { month, ytd, prevYearYtd } = figures;
  if (Number.isFinite(previousYtd)) {
    if (month !== null && ytd === null && Number.isFinite(month)) {
      return {
        month,
        ytd: roundToDecimals(previousYtd + month, decimals),
        prevYearYtd,
        derived: 'ytd',
      };
    }
    if (ytd !== null && month === null && Number.isFinite(ytd)) {
      return {
        month: roundToDecimals(ytd - previousYtd, decimals),
        ytd,
        prevYearYtd,
        derived: 'month',
      };
    }
  }
  return { month, ytd, prevYearYtd, derived: null };
}

/**
 * 本年累计 series → 本月 series, for the periods of one year in order from 1–2月 (the first
 * period's 本月 is its 累计). Same length; null stays null, and a 本月 whose previous 累计 is
 * unknown is null too.
 */
export function monthlyFromCumulative(
  cumulative: readonly (number | null)[],
  decimals: number,
): (number | null)[] {
  return cumulative.map((value, i) => {
    if (value === null) return null;
    if (i === 0) return roundToDecimals(value, decimals);
    const previous = cumulative[i - 1] ?? null;
    return previous === null ? null : roundToDecimals(value - previous, decimals);
  });
}

/**
 * 本月 series → 本年累计 series; the inverse of monthlyFromCumulative. Once a 本月 is unknown
 * (null), every later 累计 is unknown too.
 */
export function cumulativeFromMonthly(
  monthly: readonly (number | null)[],
  decimals: number,
): (number | null)[] {
  let running: number | null = 0;
  return monthly.map((value) => {
    running =
      running === null || value === null ? null : roundToDecimals(running + value, decimals);
    return running;
  });
}
