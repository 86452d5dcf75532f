import type { LocalizedText } from '../common/locale';
import { monthsToReach } from './crossing-projection';
import type { MonthlyRevenue, YearMonth } from './revenue-trajectory';
import { addMonths, monthIndex, trailingTwelveMonths } from './revenue-trajectory';

/**
 * Exit (退库) early-warning rules for a 规上 enterprise. Each rule has an id, a message in
 * both languages and its parameters:
 * - trailing_below: trailing-12-month revenue below the threshold;
 * - trend_below: still at or above, but the mean month-on-month growth of the trailing
 *   revenue over the last `trendWindow` months (default 6) brings it below within
 *   `trendHorizonMonths` (default 12);
 * - consecutive_declines: monthly revenue fell `declineMonths` (default 3) months in a row;
 * - stopped_production: the enterprise is marked as stopped, or its last `zeroMonths`
 *   (default 2) monthly revenues are zero;
 * - missed_reports: `missedReports` (default 2) or more of the latest periods not reported
 *   in a row.
 */
export const EXIT_WARNING_RULES = [
  'trailing_below',
  'trend_below',
  'consecutive_declines',
  'stopped_production',
  'missed_reports',
] as const;
export type ExitWarningRule = (typeof EXIT_WARNING_RULES)[number];

export const EXIT_WARNING_RULE_LABELS: Record<ExitWarningRule, LocalizedText> = {
  trailing_below: {
    zh: '近12个月营业收入低于标准',
    en: 'Trailing 12-month revenue below threshold',
  },
  trend_below: { zh: '营业收入趋势将跌破标准', en: 'Revenue trending below threshold' },
  consecutive_declines: { zh: '营业收入连续下降', en: 'Consecutive monthly declines' },
  stopped_production: { zh: '停产', en: 'Stopped production' },
  missed_reports: { zh: '连续未报', en: 'Missed reports' },
};

export interface ExitWarningParameters {
  readonly trendWindow: number;
  readonly trendHorizonMonths: number;
  readonly declineMonths: number;
  readonly zeroMonths: number;
  readonly missedReports: number;
}

export const DEFAULT_EXIT_WARNING_PARAMETERS: ExitWarningParameters = Object.freeze({
  trendWindow: 6,
  trendHorizonMonths: 12,
  declineMonths: 3,
  zeroMonths: 2,
  missedReports: 2,
});

export interface ExitWarningInput {
  readonly series: readonly MonthlyRevenue[];
  readonly through: YearMonth;
  /** 万元 */
  readonly threshold: number;
  readonly stoppedProduction?: boolean;
  /** report statuses of the latest periods, oldest first; true = reported */
  readonly reported?: readonly boolean[];
}

export interface ExitWarningFinding {
  readonly rule: ExitWarningRule;
  readonly message: LocalizedText;
}

const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

/** The number of months, ending with `through`, whose revenue is lower than the month before. */
export function consecutiveDeclines(series: readonly MonthlyRevenue[], through: YearMonth): number {
  const map = new Map(series.map((e) => [monthIndex(e), e.revenue] as const));
  let count = 0;
  for (let i = monthIndex(through); ; i -= 1) {
    const cur = map.get(i);
    const prev = map.get(i - 1);
    if (cur === undefined || prev === undefined || !(cur < prev)) return count;
    count += 1;
  }
}

/** The warnings an enterprise raises; empty when none. */
export function exitWarnings(
  input: ExitWarningInput,
  parameters: ExitWarningParameters = DEFAULT_EXIT_WARNING_PARAMETERS,
): ExitWarningFinding[] {
  const findings: ExitWarningFinding[] = [];
  const { series, through, threshold } = input;
  const trailing = trailingTwelveMonths(series, through);
  if (trailing !== null && trailing < threshold) {
    findings.push({
      rule: 'trailing_below',
      message: {
        zh: `近12个月营业收入${fmt(trailing)}万元，低于标准${fmt(threshold)}万元`,
        en: `Trailing 12-month revenue ${fmt(trailing)} (10k yuan) is below the threshold ${fmt(threshold)}`,
      },
    });
  } else if (trailing !== null) {
    const start = trailingTwelveMonths(series, addMonths(through, -parameters.trendWindow));
    if (start !== null && start > 0) {
      const rate = (trailing / start) ** (1 / parameters.trendWindow) - 1;
      if (rate < 0) {
        // months until trailing·(1+rate)^k < threshold, i.e. threshold reached going down
        const k = monthsToReach(
          threshold,
          trailing,
          1 / (1 + rate) - 1,
          parameters.trendHorizonMonths,
        );
        if (k !== null) {
          findings.push({
            rule: 'trend_below',
            message: {
              zh: `按近${parameters.trendWindow}个月趋势，约${k}个月后低于标准`,
              en: `At the trend of the last ${parameters.trendWindow} months it falls below the threshold in about ${k} months`,
            },
          });
        }
      }
    }
  }
  const declines = consecutiveDeclines(series, through);
  if (declines >= parameters.declineMonths) {
    findings.push({
      rule: 'consecutive_declines',
      message: {
        zh: `营业收入连续${declines}个月下降`,
        en: `Revenue fell ${declines} months in a row`,
      },
    });
  }
  const map = new Map(series.map((e) => [monthIndex(e), e.revenue] as const));
  const lastZero = Array.from({ length: parameters.zeroMonths }, (_, i) =>
    map.get(monthIndex(through) - i),
  ).every((v) => v === 0);
  if (input.stoppedProduction === true || lastZero) {
    findings.push({
      rule: 'stopped_production',
      message: {
        zh: '企业停产或近期营业收入为零',
        en: 'Production stopped or recent revenue is zero',
      },
    });
  }
  const reported = input.reported ?? [];
  let missed = 0;
  for (let i = reported.length - 1; i >= 0 && reported[i] === false; i -= 1) missed += 1;
  if (missed >= parameters.missedReports) {
    findings.push({
      rule: 'missed_reports',
      message: { zh: `连续${missed}期未报`, en: `${missed} periods in a row not reported` },
    });
  }
  return findings;
}
