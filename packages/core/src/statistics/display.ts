import type { LocalizedText } from '../common/locale';
import { roundToDecimals } from '../reporting/indicators';
import { UNDEFINED_REASON_LABELS, type Rate } from './figures';
import { RATE_DECIMALS, type PointChange } from './growth';

/**
 * A percentage or a number of points rounded as the statistics bureau publishes it: half away
 * from zero (四舍五入) to `places` decimals, one by default (18.45 → 18.5, −3.25 → −3.3), never
 * −0.
 */
export const roundPercent = (value: number, places: number = RATE_DECIMALS): number =>
  roundToDecimals(value, places);

/** The rounded magnitude with its decimals: 18.4 → '18.4', 20 → '20.0'. */
const magnitude = (value: number, places: number): string =>
  Math.abs(roundPercent(value, places)).toFixed(places);

/** '—（基期数为零）' / '— (the base is zero)'. */
export function undefinedText(rate: Rate & { ok: false }): LocalizedText {
  const label = UNDEFINED_REASON_LABELS[rate.error];
  return { zh: `—（${label.zh}）`, en: `— (${label.en})` };
}

/** 增长 18.4% / 下降 3.2% / 持平; up 18.4% / down 3.2% / unchanged (when it rounds to 0.0). */
export function formatGrowth(rate: Rate, places: number = RATE_DECIMALS): LocalizedText {
  if (!rate.ok) return undefinedText(rate);
  const rounded = roundPercent(rate.value, places);
  const text = magnitude(rate.value, places);
  if (rounded > 0) return { zh: `增长 ${text}%`, en: `up ${text}%` };
  if (rounded < 0) return { zh: `下降 ${text}%`, en: `down ${text}%` };
  return { zh: '持平', en: 'unchanged' };
}

/**
 * 提高 0.3 个百分点 / 回落 0.3 个百分点 / 持平; up 0.3 points / down 0.3 points / unchanged.
 * Uses the change between the published (rounded) rates, so it agrees with what readers see.
 */
export function formatPointChange(change: PointChange): LocalizedText {
  const points = change.publishedPoints;
  if (!points.ok) return undefinedText(points);
  const text = magnitude(points.value, RATE_DECIMALS);
  const rounded = roundPercent(points.value);
  if (rounded > 0) return { zh: `提高 ${text} 个百分点`, en: `up ${text} points` };
  if (rounded < 0) return { zh: `回落 ${text} 个百分点`, en: `down ${text} points` };
  return { zh: '持平', en: 'unchanged' };
}

/** 拉动 4.6 个百分点 / 下拉 0.5 个百分点; pulls growth up 4.6 points / pulls growth down 0.5 points. */
export function formatPull(rate: Rate): LocalizedText {
  if (!rate.ok) return undefinedText(rate);
  const text = magnitude(rate.value, RATE_DECIMALS);
  return roundPercent(rate.value) < 0
    ? { zh: `下拉 ${text} 个百分点`, en: `pulls growth down ${text} points` }
    : { zh: `拉动 ${text} 个百分点`, en: `pulls growth up ${text} points` };
}

/** A plain percentage with its sign: '25.1%', '-12.0%', '143.5%' (contributions, shares). */
export function formatPercent(rate: Rate, places: number = RATE_DECIMALS): LocalizedText {
  if (!rate.ok) return undefinedText(rate);
  const rounded = roundPercent(rate.value, places);
  const text = `${rounded < 0 ? '-' : ''}${magnitude(rate.value, places)}%`;
  return { zh: text, en: text };
}

/** A number of points with its sign: '4.6', '-0.5' (pulls, changes in a table). */
export function formatPoints(rate: Rate, places: number = RATE_DECIMALS): LocalizedText {
  if (!rate.ok) return undefinedText(rate);
  const rounded = roundPercent(rate.value, places);
  const text = `${rounded < 0 ? '-' : ''}${magnitude(rate.value, places)}`;
  return { zh: text, en: text };
}
