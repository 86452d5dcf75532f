import type { LocalizedText } from '../common/locale';
import { err, ok } from '../common/result';
import { roundToDecimals } from '../reporting/indicators';
import { fromExact, growthRate, toExact, type Amount, type Rate } from './figures';

/**
 * Which growth a figure is. `comparable` (同口径): Σ 本年累计 ÷ Σ 上年同期累计 − 1 over the same
 * enterprises, as official rates are computed. `level`: this year's total against last year's
 * published total, whose enterprises differ (entries, exits); shown beside it, never instead.
 */
export type GrowthBasis = 'comparable' | 'level';

export const GROWTH_BASIS_LABELS: Readonly<Record<GrowthBasis, LocalizedText>> = {
  comparable: { zh: '同口径增速', en: 'Growth on a comparable basis' },
  level: { zh: '总量增幅（非同口径）', en: 'Change in totals (not comparable)' },
};

/** A growth rate with the figures it was computed from. */
export interface GrowthFigure {
  basis: GrowthBasis;
  /** Σ 本年累计 (comparable) or this year's total (level); null when missing or unreadable. */
  numerator: number | null;
  /** Σ 上年同期累计 (comparable) or last year's published total (level). */
  base: number | null;
  /** Enterprises behind both sums (comparable only; a level comparison has two sets). */
  enterprises: number | null;
  /** numerator − base, when both are known. */
  delta: number | null;
  /** Percent: (numerator − base) ÷ base × 100. */
  growth: Rate;
}

export interface ComparableGrowthInput {
  /** Σ 本年累计 over the group's enterprises this period. */
  ytd: Amount | null;
  /** Σ 上年同期累计 over the same enterprises. */
  ytdPrevYear: Amount | null;
  /** How many enterprises the two sums cover. */
  enterprises: number;
}

function figureOf(
  basis: GrowthBasis,
  numeratorIn: Amount | null,
  baseIn: Amount | null,
  enterprises: number | null,
): GrowthFigure {
  const numerator = toExact(numeratorIn);
  const base = toExact(baseIn);
  const validCount =
    enterprises === null || (Number.isSafeInteger(enterprises) && enterprises >= 0);
  const known = {
    basis,
    numerator: numerator === null ? null : fromExact(numerator),
    base: base === null ? null : fromExact(base),
    enterprises: validCount ? enterprises : null,
    delta: numerator === null || base === null ? null : fromExact(numerator - base),
  };
  const invalid =
    (numeratorIn !== null && numerator === null) ||
    (baseIn !== null && base === null) ||
    !validCount;
  if (invalid) return { ...known, growth: err('invalid_value') };
  if (enterprises === 0) return { ...known, growth: err('no_enterprises') };
  if (base === null) return { ...known, growth: err('missing_base') };
  if (numerator === null) return { ...known, growth: err('missing_value') };
  return { ...known, growth: growthRate(numerator, base) };
}

/**
 * Growth on a comparable basis (同口径增速):
 *
 *   growth = (Σ 本年累计 ÷ Σ 上年同期累计 − 1) × 100 %
 *
 * over the enterprises in the group this period (both sums over the same enterprises). Undefined
 * with no enterprises, a missing or unreadable sum, or a base that is zero or negative (a loss
 * turning into a profit has no growth rate).
 */
export function comparableGrowth(input: ComparableGrowthInput): GrowthFigure {
  return figureOf('comparable', input.ytd, input.ytdPrevYear, input.enterprises);
}

/**
 * The plain change in totals (not comparable):
 *
 *   change = (this year's total ÷ last year's published total − 1) × 100 %
 *
 * The two totals cover different sets of enterprises, so this is not the official growth rate;
 * screens label it with GROWTH_BASIS_LABELS.level.
 */
export function levelChange(
  thisYearTotal: Amount | null,
  lastYearPublishedTotal: Amount | null,
): GrowthFigure {
  return figureOf('level', thisYearTotal, lastYearPublishedTotal, null);
}

/** Decimals rates are published with (one tenth of a percent or of a point). */
export const RATE_DECIMALS = 1;

/** A change between two rates in percentage points. */
export interface PointChange {
  current: Rate;
  previous: Rate;
  /** current − previous from the unrounded rates. */
  points: Rate;
  /**
   * The difference of the two rates as published (each rounded to one decimal first), so that
   * 18.4 % after 18.1 % reads as 0.3 points, whatever the hidden digits were.
   */
  publishedPoints: Rate;
}

/**
 * Change in percentage points between two rates (this period against the last, or against the
 * same period last year):
 *
 *   points = current rate − previous rate
 *
 * Undefined (`no_rate`) when either rate is.
 */
export function changeInPoints(current: Rate, previous: Rate): PointChange {
  if (!current.ok || !previous.ok) {
    return { current, previous, points: err('no_rate'), publishedPoints: err('no_rate') };
  }
  const published =
    roundToDecimals(current.value, RATE_DECIMALS) - roundToDecimals(previous.value, RATE_DECIMALS);
  return {
    current,
    previous,
    points: ok(current.value - previous.value),
    publishedPoints: ok(roundToDecimals(published, RATE_DECIMALS)),
  };
}
