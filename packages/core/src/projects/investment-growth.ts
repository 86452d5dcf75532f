import { exactText, toExact, type Amount } from '../statistics/figures';
import { comparableGrowth, levelChange, type GrowthFigure } from '../statistics/growth';

/** A project's investment completed in months 1…M of this year and of last year (万元). */
export interface ProjectInvestmentYears {
  /** Null when the project reported no progress in those months this year. */
  thisYear: Amount | null;
  /** Null when it reported none in the same months last year. */
  lastYear: Amount | null;
}

export interface InvestmentGrowth {
  /**
   * 同口径: Σ this year ÷ Σ last year − 1 over the projects that reported in both years' months,
   * the rule the output growth follows (the same units on both sides).
   */
  comparable: GrowthFigure;
  /** All projects this year against all projects last year: not comparable, shown apart. */
  level: GrowthFigure;
}

const sum = (values: readonly Amount[]): string =>
  exactText(values.reduce<bigint>((a, v) => a + (toExact(v) ?? 0n), 0n));

/**
 * Growth of (industrial) investment completed from the projects' monthly progress:
 *
 *   comparable = Σ thisYearᵢ ÷ Σ lastYearᵢ − 1 over projects with both years reported
 *   level      = Σ all this year ÷ Σ all last year − 1
 *
 * Each figure carries its sums and the number of projects behind it.
 */
export function investmentGrowth(projects: readonly ProjectInvestmentYears[]): InvestmentGrowth {
  const both = projects.filter((p) => p.thisYear !== null && p.lastYear !== null);
  const thisYear = projects.flatMap((p) => (p.thisYear === null ? [] : [p.thisYear]));
  const lastYear = projects.flatMap((p) => (p.lastYear === null ? [] : [p.lastYear]));
  return {
    comparable: comparableGrowth({
      ytd: sum(both.map((p) => p.thisYear ?? 0)),
      ytdPrevYear: sum(both.map((p) => p.lastYear ?? 0)),
      enterprises: both.length,
    }),
    level: levelChange(
      thisYear.length ? sum(thisYear) : null,
      lastYear.length ? sum(lastYear) : null,
    ),
  };
}
