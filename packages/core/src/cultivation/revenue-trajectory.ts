/**
 * Annual revenue of an enterprise below the 四上 threshold, from the monthly revenue it reports.
 *
 * Amounts are in 万元. A month is `{ year, month }` with month 1–12; a series is a list of
 * monthly revenues, in any order, at most one per month.
 *
 * Two measures of the annual level:
 * - trailing 12 months: the sum of the twelve months ending with a given month (all twelve
 *   must be known);
 * - year-to-date annualised: the year's revenue so far divided by the share of a year that
 *   those months usually carry (the seasonal profile), e.g. 600 through June with a profile
 *   giving January–June 40% of the year → 600 / 0.4 = 1500.
 *
 * The seasonal profile is each month's average share of the annual revenue over the complete
 * calendar years of the series; without a complete year every month weighs 1/12.
 */

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

export interface MonthlyRevenue extends YearMonth {
  /** 万元 */
  readonly revenue: number;
}

/** Twelve monthly weights (January first) that sum to 1. */
export type SeasonalProfile = readonly number[];

export const UNIFORM_PROFILE: SeasonalProfile = Object.freeze(
  Array.from({ length: 12 }, () => 1 / 12),
);

/** Months since year 0: lets months be compared and stepped. */
export const monthIndex = (ym: YearMonth): number => ym.year * 12 + (ym.month - 1);
export const monthOfIndex = (index: number): YearMonth => ({
  year: Math.floor(index / 12),
  month: (index % 12) + 1,
});
export const addMonths = (ym: YearMonth, n: number): YearMonth => monthOfIndex(monthIndex(ym) + n);
export const monthKey = (ym: YearMonth): string =>
  `${String(ym.year)}-${String(ym.month).padStart(2, '0')}`;

const byIndex = (series: readonly MonthlyRevenue[]): Map<number, number> => {
  const map = new Map<number, number>();
  for (const entry of series) map.set(monthIndex(entry), entry.revenue);
  return map;
};

/** The sum of the twelve months ending with `through`, or null when one of them is missing. */
export function trailingTwelveMonths(
  series: readonly MonthlyRevenue[],
  through: YearMonth,
): number | null {
  const map = byIndex(series);
  const end = monthIndex(through);
  let sum = 0;
  for (let i = end - 11; i <= end; i += 1) {
    const value = map.get(i);
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

/** Each month's average share of its year over the complete years of the series (uniform if none). */
export function seasonalProfile(series: readonly MonthlyRevenue[]): SeasonalProfile {
  const map = byIndex(series);
  const years = [...new Set(series.map((e) => e.year))].sort((a, b) => a - b);
  const shares: number[][] = [];
  for (const year of years) {
    const months = Array.from({ length: 12 }, (_, m) =>
      map.get(monthIndex({ year, month: m + 1 })),
    );
    if (months.some((v) => v === undefined)) continue;
    const values = months as number[];
    const total = values.reduce((a, b) => a + b, 0);
    if (total <= 0) continue;
    shares.push(values.map((v) => v / total));
  }
  if (shares.length === 0) return UNIFORM_PROFILE;
  return Array.from(
    { length: 12 },
    (_, m) => shares.reduce((sum, s) => sum + (s[m] ?? 0), 0) / shares.length,
  );
}

/**
 * The year's revenue through `throughMonth` scaled to a year by the seasonal profile, or null
 * when the profile gives those months no weight.
 */
export function annualisedYearToDate(
  ytd: number,
  throughMonth: number,
  profile: SeasonalProfile = UNIFORM_PROFILE,
): number | null {
  if (throughMonth < 1 || throughMonth > 12) return null;
  const share = profile.slice(0, throughMonth).reduce((a, b) => a + b, 0);
  if (share <= 0) return null;
  return ytd / share;
}

/** Spread a quarter's revenue over its three months by the seasonal profile (evenly if it gives them no weight). */
export function monthsOfQuarter(
  year: number,
  quarter: 1 | 2 | 3 | 4,
  revenue: number,
  profile: SeasonalProfile = UNIFORM_PROFILE,
): MonthlyRevenue[] {
  const first = (quarter - 1) * 3;
  const weights = [0, 1, 2].map((i) => profile[first + i] ?? 0);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w, i) => ({
    year,
    month: first + i + 1,
    revenue: total > 0 ? (revenue * w) / total : revenue / 3,
  }));
}

/** How an annual level compares with the threshold. */
export interface BandVerdict {
  /** annual / threshold */
  readonly ratio: number;
  /** below the threshold and at or above the band's lower edge */
  readonly inBand: boolean;
  readonly atOrAboveThreshold: boolean;
}

export interface Band {
  /** share of the threshold, default 0.5 */
  readonly lower: number;
  /** share of the threshold, default 1 */
  readonly upper: number;
}

export const DEFAULT_BAND: Band = Object.freeze({ lower: 0.5, upper: 1 });

/** Whether an annual revenue lies in the candidate band below a positive threshold. */
export function bandVerdict(
  annual: number,
  threshold: number,
  band: Band = DEFAULT_BAND,
): BandVerdict {
  if (!(threshold > 0)) throw new Error(`Threshold must be positive: ${threshold}`);
  const ratio = annual / threshold;
  return {
    ratio,
    inBand: ratio >= band.lower && ratio < band.upper,
    atOrAboveThreshold: ratio >= 1,
  };
}

/** The annual level an enterprise is judged on, and how it was reached. */
export interface AnnualLevel {
  /** 万元; null without enough months */
  readonly value: number | null;
  readonly method: 'trailing_12' | 'annualised_ytd' | 'none';
  readonly trailing12: number | null;
  readonly annualisedYtd: number | null;
}

/**
 * The trailing 12 months when all are known; otherwise the year to date through `through`,
 * annualised with the seasonal profile of the series (every month of the year so far must be
 * known); otherwise none.
 */
export function annualLevel(series: readonly MonthlyRevenue[], through: YearMonth): AnnualLevel {
  const trailing12 = trailingTwelveMonths(series, through);
  const map = byIndex(series);
  let ytd: number | null = 0;
  for (let m = 1; m <= through.month && ytd !== null; m += 1) {
    const v = map.get(monthIndex({ year: through.year, month: m }));
    ytd = v === undefined ? null : ytd + v;
  }
  const annualisedYtd =
    ytd === null ? null : annualisedYearToDate(ytd, through.month, seasonalProfile(series));
  if (trailing12 !== null) {
    return { value: trailing12, method: 'trailing_12', trailing12, annualisedYtd };
  }
  if (annualisedYtd !== null) {
    return { value: annualisedYtd, method: 'annualised_ytd', trailing12, annualisedYtd };
  }
  return { value: null, method: 'none', trailing12, annualisedYtd };
}
