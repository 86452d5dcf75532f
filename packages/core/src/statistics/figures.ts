import type { LocalizedText } from '../common/locale';
import { err, ok, type Result } from '../common/result';

/**
 * A figure to compute with: an amount in its indicator's unit (万元, 万千瓦时, 人 …), either as
 * the decimal string PostgreSQL returns for `numeric` ('2284000.5') or as a number. Figures are
 * read into exact integers of 0.0001 (the four decimals report values are kept with), so sums
 * and differences never pick up floating-point noise: 0.1 + 0.2 − 0.3 is exactly zero.
 */
export type Amount = number | string;

/**
 * Why a figure has no value. Statistics never show NaN or Infinity: a rate that cannot be
 * computed says why.
 */
export type UndefinedReason =
  | 'invalid_value'
  | 'no_enterprises'
  | 'missing_value'
  | 'missing_base'
  | 'zero_base'
  | 'negative_base'
  | 'no_change'
  | 'zero_total'
  | 'negative_total'
  | 'no_rate';

export const UNDEFINED_REASONS: readonly UndefinedReason[] = [
  'invalid_value',
  'no_enterprises',
  'missing_value',
  'missing_base',
  'zero_base',
  'negative_base',
  'no_change',
  'zero_total',
  'negative_total',
  'no_rate',
];

export const UNDEFINED_REASON_LABELS: Readonly<Record<UndefinedReason, LocalizedText>> = {
  invalid_value: { zh: '数据不是有效数字', en: 'a figure is not a valid number' },
  no_enterprises: { zh: '本期没有可比企业', en: 'no comparable enterprises this period' },
  missing_value: { zh: '缺少本期数', en: 'the current figure is missing' },
  missing_base: { zh: '缺少上年同期数', en: 'the figure for the same period last year is missing' },
  zero_base: { zh: '基期数为零', en: 'the base is zero' },
  negative_base: { zh: '基期数为负', en: 'the base is negative' },
  no_change: { zh: '总量没有增减', en: 'the total did not change' },
  zero_total: { zh: '合计为零', en: 'the total is zero' },
  negative_total: { zh: '合计为负', en: 'the total is negative' },
  no_rate: { zh: '缺少可比较的增速', en: 'a rate to compare is missing' },
};

/**
 * A percentage (or percentage points) or the reason there is none. Values are unrounded and in
 * percent: 18.42 means 18.42 %; round only for display (`roundPercent`).
 */
export type Rate = Result<number, UndefinedReason>;

/** Decimals figures are kept with; finer digits are rounded half away from zero. */
const SCALE = 4;
const UNIT = 10n ** BigInt(SCALE);
/** numeric(20, 4) holds less than 10^16; anything larger is not a figure the platform records. */
const LIMIT = 10n ** 16n * UNIT;

/** A figure as an exact integer number of 0.0001, or null when it is not a finite decimal. */
export function toExact(amount: Amount | null | undefined): bigint | null {
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount) || Math.abs(amount) >= 1e16) return null;
    const scaled = Number((Math.abs(amount) * 10 ** SCALE).toPrecision(15));
    const units = BigInt(Math.round(scaled));
    return amount < 0 ? -units : units;
  }
  if (typeof amount !== 'string') return null;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return null;
  const fraction = match[3] ?? '';
  const kept = BigInt(`${match[2] ?? '0'}${fraction.slice(0, SCALE).padEnd(SCALE, '0')}`);
  const roundsUp = (fraction[SCALE] ?? '0') >= '5';
  const units = kept + (roundsUp ? 1n : 0n);
  if (units >= LIMIT) return null;
  return match[1] === '-' ? -units : units;
}

/** The number closest to an exact figure. */
export const fromExact = (units: bigint): number => Number(units) / Number(UNIT);

/** The shortest decimal text of an exact figure: '2284000', '0.3', '-12.5'. */
export function exactText(units: bigint): string {
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const whole = (magnitude / UNIT).toString();
  const fraction = (magnitude % UNIT).toString().padStart(SCALE, '0').replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative ? `-${text}` : text;
}

/** part ÷ whole × 100, for a whole that is not zero (the caller checks). */
export const percentOf = (part: bigint, whole: bigint): number =>
  Number(part * 100n) / Number(whole);

/** (current − base) ÷ base × 100: undefined from a zero or negative base. */
export function growthRate(current: bigint, base: bigint): Rate {
  if (base === 0n) return err('zero_base');
  if (base < 0n) return err('negative_base');
  return ok(percentOf(current - base, base));
}
