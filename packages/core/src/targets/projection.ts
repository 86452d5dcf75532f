import type { LocalizedText } from '../common/locale';

/** One earlier year: its year-to-date figure at the month in question and its full-year figure. */
export interface EarlierYear {
  year: number;
  ytdAtMonth: number;
  fullYear: number;
}

export interface YearEndProjection {
  /** This year's year to date ÷ the mean share earlier years had reached by the same month. */
  value: number;
  /** The lowest and highest projection over the earlier years taken one at a time. */
  low: number;
  high: number;
  /** The mean share of the year reached by the month, in percent. */
  share: number;
  years: number[];
  method: LocalizedText;
}

/**
 * Projects the year-end value from the year to date with the seasonal profile of earlier years:
 *
 *   shareᵧ = ytdᵧ(month) ÷ fullYearᵧ,   projection = ytd(month) ÷ mean(shareᵧ)
 *
 * with the range of ytd ÷ shareᵧ over the years as its uncertainty. Undefined (null) without an
 * earlier year whose full-year figure is positive.
 */
export function projectYearEnd(
  ytd: number,
  month: number,
  earlier: readonly EarlierYear[],
): YearEndProjection | null {
  const usable = earlier.filter(
    (y) => y.fullYear > 0 && y.ytdAtMonth > 0 && Number.isFinite(y.ytdAtMonth),
  );
  if (!usable.length || !Number.isFinite(ytd)) return null;
  const shares = usable.map((y) => y.ytdAtMonth / y.fullYear);
  const mean = shares.reduce((a, s) => a + s, 0) / shares.length;
  const each = shares.map((s) => ytd / s);
  const years = usable.map((y) => y.year);
  const percent = (mean * 100).toFixed(1);
  return {
    value: ytd / mean,
    low: Math.min(...each),
    high: Math.max(...each),
    share: mean * 100,
    years,
    method: {
      zh: `按 ${years.join('、')} 年同期进度推算：1—${month}月累计通常占全年的 ${percent}%，全年 ≈ 本年累计 ÷ ${percent}%`,
      en: `From the seasonal profile of ${years.join(', ')}: months 1–${month} usually make ${percent}% of the year, so the year ≈ year to date ÷ ${percent}%`,
    },
  };
}
