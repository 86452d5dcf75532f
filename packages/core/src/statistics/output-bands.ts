import type { LocalizedText } from '../common/locale';
import { toExact, type Amount } from './figures';

/** A band of annual output: enterprises with output ≥ `min` (万元). */
export interface OutputBand {
  /** Stable key used by the API and aggregates. */
  code: string;
  /** Lower bound in 万元, inclusive (1亿元以上 counts an enterprise of exactly 1亿). */
  min: number;
  label: LocalizedText;
}

/** 1亿, 5亿, 10亿 and 30亿元 of annual output (10,000 万元 = 1亿元). */
export const DEFAULT_OUTPUT_BANDS: readonly OutputBand[] = [
  { code: 'over_1yi', min: 10_000, label: { zh: '1亿元以上', en: '100 million yuan and over' } },
  { code: 'over_5yi', min: 50_000, label: { zh: '5亿元以上', en: '500 million yuan and over' } },
  { code: 'over_10yi', min: 100_000, label: { zh: '10亿元以上', en: '1 billion yuan and over' } },
  { code: 'over_30yi', min: 300_000, label: { zh: '30亿元以上', en: '3 billion yuan and over' } },
];

/** Problems with a configured list of bands: codes unique, bounds positive numbers, distinct. */
export function checkOutputBands(bands: readonly OutputBand[]): LocalizedText[] {
  const problems: LocalizedText[] = [];
  const codes = new Set<string>();
  const mins = new Set<string>();
  for (const band of bands) {
    const min = toExact(band.min);
    if (min === null || min <= 0n) {
      problems.push({
        zh: `档次“${band.code}”的下限必须是正数`,
        en: `The lower bound of band “${band.code}” must be a positive number`,
      });
    } else if (mins.has(min.toString())) {
      problems.push({
        zh: `档次“${band.code}”的下限与其他档次重复`,
        en: `Band “${band.code}” has the same lower bound as another band`,
      });
    }
    if (codes.has(band.code)) {
      problems.push({
        zh: `档次代码“${band.code}”重复`,
        en: `Band code “${band.code}” is repeated`,
      });
    }
    if (min !== null) mins.add(min.toString());
    codes.add(band.code);
  }
  return problems;
}

/** Bands with readable bounds, lowest first. */
function ordered(bands: readonly OutputBand[]): { band: OutputBand; min: bigint }[] {
  return bands
    .map((band) => ({ band, min: toExact(band.min) }))
    .filter((b): b is { band: OutputBand; min: bigint } => b.min !== null)
    .sort((a, b) => (a.min < b.min ? -1 : a.min > b.min ? 1 : 0));
}

/**
 * The highest band an annual output reaches (output ≥ min), or null below the lowest band or
 * for a missing or unreadable output.
 */
export function outputBand(
  annualOutput: Amount | null,
  bands: readonly OutputBand[] = DEFAULT_OUTPUT_BANDS,
): OutputBand | null {
  const output = toExact(annualOutput);
  if (output === null) return null;
  let reached: OutputBand | null = null;
  for (const { band, min } of ordered(bands)) if (output >= min) reached = band;
  return reached;
}

export interface BandCount {
  band: OutputBand;
  /** Enterprises with output ≥ band.min (“X亿元以上”): each enterprise counts in every band it reaches. */
  atLeast: number;
  /** Enterprises in this band only: band.min ≤ output < the next band's min. */
  within: number;
}

export interface BandCounts {
  /** Lowest band first. */
  bands: BandCount[];
  /** Enterprises below the lowest band. */
  below: number;
  /** Outputs missing or unreadable, counted nowhere else. */
  unknown: number;
}

/**
 * Counts of enterprises by output band, both ways officials quote them: cumulative
 * (“10亿元以上 12 家” includes those over 30亿) and exclusive (10亿–30亿元). Σ within + below +
 * unknown = number of outputs.
 */
export function countByBand(
  annualOutputs: readonly (Amount | null)[],
  bands: readonly OutputBand[] = DEFAULT_OUTPUT_BANDS,
): BandCounts {
  const sorted = ordered(bands);
  const within = sorted.map(() => 0);
  let below = 0;
  let unknown = 0;
  for (const amount of annualOutputs) {
    const output = toExact(amount);
    if (output === null) {
      unknown += 1;
      continue;
    }
    let index = -1;
    sorted.forEach(({ min }, i) => {
      if (output >= min) index = i;
    });
    if (index < 0) below += 1;
    else within[index] = (within[index] ?? 0) + 1;
  }
  let running = 0;
  const atLeast = within
    .map((n) => n)
    .reverse()
    .map((n) => (running += n))
    .reverse();
  return {
    bands: sorted.map(({ band }, i) => ({
      band,
      atLeast: atLeast[i] ?? 0,
      within: within[i] ?? 0,
    })),
    below,
    unknown,
  };
}
