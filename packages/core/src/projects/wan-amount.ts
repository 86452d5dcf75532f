import type { LocalizedText } from '../common/locale';
import { err, ok, type Result } from '../common/result';

/**
 * Amounts of money in 万元 (10,000 yuan) as decimal strings, the form the database and
 * `parseMoney` give them in: '19650000', '0.1', '-12.50'. They are read into exact integers
 * (value = units / 10^scale) and never pass through floating point, so 0.1 + 0.2 is 0.3.
 */
export interface ExactWan {
  units: bigint;
  scale: number;
}

/** More digits than any amount the platform records could need. */
const MAX_DIGITS = 30;

/** An exact amount from a plain decimal string ('1965', '-0.25'); an error for anything else. */
export function parseWanAmount(text: string): Result<ExactWan, LocalizedText> {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || (whole + fraction).replace(/^0+/, '').length > MAX_DIGITS) {
    return err({
      zh: `“${text}”不是有效的金额（万元），请填写如 1965.5 的数字`,
      en: `"${text}" is not an amount in 10k yuan; write a number like 1965.5`,
    });
  }
  const units = BigInt(whole + fraction);
  return ok({ units: match[1] === '-' ? -units : units, scale: fraction.length });
}

/** Both amounts on the larger of their scales, so their units compare and add directly. */
export function align(a: ExactWan, b: ExactWan): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.units * 10n ** BigInt(scale - a.scale),
    b.units * 10n ** BigInt(scale - b.scale),
    scale,
  ];
}

/** The shortest exact form: '1965', '0.3', '-12.5' (no trailing fractional zeros, no '-0'). */
export function formatExact({ units, scale }: ExactWan): string {
  let u = units < 0n ? -units : units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s -= 1;
  }
  let text = u.toString();
  if (s > 0) {
    text = text.padStart(s + 1, '0');
    text = `${text.slice(0, -s)}.${text.slice(-s)}`;
  }
  return units < 0n && u !== 0n ? `-${text}` : text;
}

/** Moves the decimal point: `shift(x, 4)` is x × 10^4, `shift(x, -4)` is x / 10^4, exactly. */
function shift({ units, scale }: ExactWan, powerOfTen: number): ExactWan {
  const s = scale - powerOfTen;
  return s >= 0 ? { units, scale: s } : { units: units * 10n ** BigInt(-s), scale: 0 };
}

/** Rounds half away from zero (四舍五入) to `places` decimals. */
function round({ units, scale }: ExactWan, places: number): ExactWan {
  if (scale <= places) return { units: units * 10n ** BigInt(places - scale), scale: places };
  const divisor = 10n ** BigInt(scale - places);
  const magnitude = units < 0n ? -units : units;
  let q = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) q += 1n;
  return { units: units < 0n ? -q : q, scale: places };
}

/** Exact sum of amounts in 万元: ['0.1', '0.2'] → '0.3'; the first unreadable amount fails it. */
export function sumWanAmounts(amounts: readonly string[]): Result<string, LocalizedText> {
  let total: ExactWan = { units: 0n, scale: 0 };
  for (const amount of amounts) {
    const parsed = parseWanAmount(amount);
    if (!parsed.ok) return parsed;
    const [a, b, scale] = align(total, parsed.value);
    total = { units: a + b, scale };
  }
  return ok(formatExact(total));
}

/** 1亿元 = 10,000 万元. */
const WAN_PER_YI = 10_000n;

/** 'x' with thousands separators: 355000 → '355,000'. */
const grouped = (text: string): string => {
  const [whole = '', fraction] = text.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
};

/**
 * An amount in 万元 written as officials write it. Chinese: in 亿元 from 1亿 up, else in 万元,
 * rounded half-up to 2 decimals with trailing zeros dropped ('19650000' → 1965亿元,
 * '125000' → 12.5亿元, '3550' → 3550万元, '35.5' → 35.5万元). The unit is chosen after
 * rounding, so 9999.996万元 is 1亿元. English, from the same rounded figure: billion yuan from
 * 1亿 up (1965亿元 → 196.5 billion yuan), million yuan from 100万 up, else yuan.
 */
export function formatWanAmount(amount: string): Result<LocalizedText, LocalizedText> {
  const parsed = parseWanAmount(amount);
  if (!parsed.ok) return parsed;
  const wan = round(parsed.value, 2);
  const magnitude = wan.units < 0n ? -wan.units : wan.units;
  if (magnitude >= WAN_PER_YI * 100n) {
    // From the exact amount, not the rounded one: no double rounding.
    const yi = round(shift(parsed.value, -4), 2);
    return ok({ zh: `${formatExact(yi)}亿元`, en: `${formatExact(shift(yi, -1))} billion yuan` });
  }
  const zh = `${formatExact(wan)}万元`;
  if (magnitude >= 100n * 100n)
    return ok({ zh, en: `${formatExact(shift(wan, -2))} million yuan` });
  return ok({ zh, en: `${grouped(formatExact(shift(wan, 4)))} yuan` });
}
