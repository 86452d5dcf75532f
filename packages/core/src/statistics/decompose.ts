import { err, ok } from '../common/result';
import {
  fromExact,
  growthRate,
  percentOf,
  toExact,
  type Amount,
  type Rate,
  type UndefinedReason,
} from './figures';

/** One part of a whole (a county of the city, a chain of the system …), comparable sums. */
export interface PartInput {
  key: string;
  /** Σ 本年累计 of the part. */
  ytd: Amount | null;
  /** Σ 上年同期累计 of the same enterprises. */
  ytdPrevYear: Amount | null;
  /** Enterprises behind the part's sums, when known. */
  enterprises?: number;
}

/** The figures of the whole. Rates are unrounded percents (or points for `pull`). */
export interface WholeFigures {
  ytd: number | null;
  ytdPrevYear: number | null;
  /** Δ = ytd − ytdPrevYear. */
  delta: number | null;
  /** Sum of the parts' enterprises, null unless every part gave its count. */
  enterprises: number | null;
  growth: Rate;
  /** 100 % whenever the total changed. */
  contribution: Rate;
  /** The whole's growth rate, in points (the pulls of the parts add up to it). */
  pull: Rate;
  /** 100 % whenever the total is positive. */
  share: Rate;
  baseShare: Rate;
}

export interface PartFigures extends WholeFigures {
  key: string;
}

export interface Decomposition {
  /** In the order given. */
  parts: PartFigures[];
  total: WholeFigures;
}

interface ReadPart {
  ytd: bigint | null;
  base: bigint | null;
  /** Why the part cannot be added into the whole, if it cannot. */
  problem: UndefinedReason | null;
}

/** A count of enterprises, or null when it is not a whole number ≥ 0. */
const countOf = (count: number | undefined): number | null =>
  count !== undefined && Number.isSafeInteger(count) && count >= 0 ? count : null;

function readPart(part: PartInput): ReadPart {
  const ytd = toExact(part.ytd);
  const base = toExact(part.ytdPrevYear);
  const badCount = part.enterprises !== undefined && countOf(part.enterprises) === null;
  let problem: UndefinedReason | null = null;
  if ((part.ytd !== null && ytd === null) || (part.ytdPrevYear !== null && base === null)) {
    problem = 'invalid_value';
  } else if (badCount) problem = 'invalid_value';
  else if (ytd === null) problem = 'missing_value';
  else if (base === null) problem = 'missing_base';
  return { ytd, base, problem };
}

/** part ÷ whole × 100 for a positive whole. */
function shareOf(part: bigint, whole: bigint): Rate {
  if (whole === 0n) return err('zero_total');
  if (whole < 0n) return err('negative_total');
  return ok(percentOf(part, whole));
}

const known = (value: bigint | null): number | null => (value === null ? null : fromExact(value));

/**
 * Splits the growth of a whole into its parts. The parts must partition the whole (each
 * enterprise in exactly one part); the whole is their sum. With Δ = current − base on the
 * comparable basis:
 *
 *   growthᵢ       = Δᵢ ÷ baseᵢ × 100 %
 *   contributionᵢ = Δᵢ ÷ Δ_total × 100 %        (贡献率; the contributions add up to 100 %)
 *   pullᵢ         = Δᵢ ÷ base_total × 100       (拉动, points; the pulls add up to growth_total)
 *   shareᵢ        = currentᵢ ÷ current_total × 100 %   (比重; the shares add up to 100 %)
 *   baseShareᵢ    = baseᵢ ÷ base_total × 100 %
 *
 * so pullᵢ = growth_total × contributionᵢ ÷ 100 = baseShareᵢ × growthᵢ ÷ 100. Contributions and
 * pulls may be negative or above 100: a part that grew while the whole fell has a negative
 * contribution. Undefined: contributions when Δ_total = 0 (`no_change`), pulls when base_total ≤ 0,
 * shares when the total ≤ 0, everything of the whole when a part is missing or unreadable.
 */
export function decompose(parts: readonly PartInput[]): Decomposition {
  const read = parts.map(readPart);
  const problem = read.find((p) => p.problem !== null)?.problem ?? null;
  const counts = parts.map((p) => countOf(p.enterprises));
  const enterprises = counts.every((c) => c !== null)
    ? counts.reduce<number>((sum, c) => sum + (c ?? 0), 0)
    : null;
  if (problem !== null) {
    const none = err(problem);
    const whole: WholeFigures = {
      ytd: null,
      ytdPrevYear: null,
      delta: null,
      enterprises,
      growth: none,
      contribution: none,
      pull: none,
      share: none,
      baseShare: none,
    };
    return {
      parts: parts.map((part, i) => {
        const { ytd, base, problem: own } = read[i] ?? { ytd: null, base: null, problem };
        const count = countOf(part.enterprises);
        const readable = own === null && ytd !== null && base !== null;
        return {
          ...whole,
          key: part.key,
          ytd: known(ytd),
          ytdPrevYear: known(base),
          delta: readable ? fromExact(ytd - base) : null,
          enterprises: count,
          growth: readable ? growthOfPart(ytd, base, count) : err(own ?? problem),
        };
      }),
      total: whole,
    };
  }
  const ytdTotal = read.reduce((sum, p) => sum + (p.ytd ?? 0n), 0n);
  const baseTotal = read.reduce((sum, p) => sum + (p.base ?? 0n), 0n);
  const deltaTotal = ytdTotal - baseTotal;
  const contributionOf = (delta: bigint): Rate =>
    deltaTotal === 0n ? err('no_change') : ok(percentOf(delta, deltaTotal));
  const pullOf = (delta: bigint): Rate => {
    if (baseTotal === 0n) return err('zero_base');
    if (baseTotal < 0n) return err('negative_base');
    return ok(percentOf(delta, baseTotal));
  };
  const figuresOf = (ytd: bigint, base: bigint, count: number | null): WholeFigures => {
    const delta = ytd - base;
    return {
      ytd: fromExact(ytd),
      ytdPrevYear: fromExact(base),
      delta: fromExact(delta),
      enterprises: count,
      growth: growthOfPart(ytd, base, count),
      contribution: contributionOf(delta),
      pull: pullOf(delta),
      share: shareOf(ytd, ytdTotal),
      baseShare: shareOf(base, baseTotal),
    };
  };
  return {
    parts: parts.map((part, i) => {
      const r = read[i];
      return {
        key: part.key,
        ...figuresOf(r?.ytd ?? 0n, r?.base ?? 0n, countOf(part.enterprises)),
      };
    }),
    total: figuresOf(ytdTotal, baseTotal, enterprises),
  };
}

function growthOfPart(ytd: bigint, base: bigint, enterprises: number | null): Rate {
  return enterprises === 0 ? err('no_enterprises') : growthRate(ytd, base);
}

export interface ShareInput {
  key: string;
  value: Amount | null;
}

export interface ShareFigure {
  key: string;
  value: number | null;
  /** value ÷ Σ values × 100 %. */
  share: Rate;
}

/**
 * Shares (比重) of parts in their sum, in the order given:
 *
 *   shareᵢ = valueᵢ ÷ Σ value × 100 %
 *
 * They add up to 100 %. Undefined when the sum is zero or negative, or a value is missing or
 * unreadable (then for every part: the sum is unknown).
 */
export function shares(parts: readonly ShareInput[]): ShareFigure[] {
  const values = parts.map((p) => toExact(p.value));
  const badIndex = values.findIndex((v) => v === null);
  const bad = parts[badIndex];
  if (bad !== undefined) {
    const reason: UndefinedReason = bad.value === null ? 'missing_value' : 'invalid_value';
    return parts.map((p, i) => ({
      key: p.key,
      value: known(values[i] ?? null),
      share: err(reason),
    }));
  }
  const total = values.reduce<bigint>((sum, v) => sum + (v ?? 0n), 0n);
  return parts.map((p, i) => {
    const v = values[i] ?? 0n;
    return { key: p.key, value: fromExact(v), share: shareOf(v, total) };
  });
}

/**
 * Figures of parts measured against a whole they need not add up to: chains (an enterprise may
 * be on several), output bands (≥1亿 includes ≥5亿), parks (not every enterprise is in one).
 * Each part's growth is its own; its contribution and pull are taken against the whole's
 * increase and base, with the formulas of `decompose`:
 *
 *   contributionᵢ = Δᵢ ÷ Δ_whole × 100 %      pullᵢ = Δᵢ ÷ base_whole × 100      shareᵢ = currentᵢ ÷ current_whole × 100 %
 *
 * When the parts do partition the whole this gives exactly `decompose(parts)`; otherwise the
 * contributions and pulls need not add up, and screens say so.
 */
export function againstWhole(parts: readonly PartInput[], whole: PartInput): Decomposition {
  const w = readPart(whole);
  const wholeCount = countOf(whole.enterprises);
  const wholeReadable = w.problem === null && w.ytd !== null && w.base !== null;
  const wDelta = wholeReadable ? (w.ytd ?? 0n) - (w.base ?? 0n) : null;
  const contributionOf = (delta: bigint): Rate => {
    if (wDelta === null) return err(w.problem ?? 'missing_value');
    return wDelta === 0n ? err('no_change') : ok(percentOf(delta, wDelta));
  };
  const pullOf = (delta: bigint): Rate => {
    if (!wholeReadable || w.base === null) return err(w.problem ?? 'missing_base');
    if (w.base === 0n) return err('zero_base');
    if (w.base < 0n) return err('negative_base');
    return ok(percentOf(delta, w.base));
  };
  const shareAgainst = (value: bigint | null, total: bigint | null, problem: UndefinedReason) =>
    value === null || total === null ? err(problem) : shareOf(value, total);
  const figuresOf = (p: ReadPart, count: number | null): WholeFigures => {
    const readable = p.problem === null && p.ytd !== null && p.base !== null;
    const delta = readable ? (p.ytd ?? 0n) - (p.base ?? 0n) : null;
    const none = err(p.problem ?? 'missing_value');
    return {
      ytd: known(p.ytd),
      ytdPrevYear: known(p.base),
      delta: known(delta),
      enterprises: count,
      growth: readable ? growthOfPart(p.ytd ?? 0n, p.base ?? 0n, count) : none,
      contribution: delta === null ? none : contributionOf(delta),
      pull: delta === null ? none : pullOf(delta),
      share: shareAgainst(p.ytd, w.ytd, w.problem ?? 'missing_value'),
      baseShare: shareAgainst(p.base, w.base, w.problem ?? 'missing_base'),
    };
  };
  return {
    parts: parts.map((part) => ({
      key: part.key,
      ...figuresOf(readPart(part), countOf(part.enterprises)),
    })),
    total: figuresOf(w, wholeCount),
  };
}

/** The exact divisors of `againstWhole`, in units of 0.0001 (see `toExact`). */
export interface WholeDivisors {
  /** Δ_whole, what contributions are divided by; null when they are undefined (Δ = 0, unreadable whole). */
  delta: bigint | null;
  /** base_whole, what pulls are divided by; null when they are undefined (base ≤ 0, unreadable whole). */
  base: bigint | null;
}

/**
 * What `againstWhole` divides a part's Δ by for its contribution and its pull, so that parts can
 * be put in order of those figures (by a database, over many parts) without computing them: for
 * a part with both sums known, contributionᵢ = Δᵢ × 100 ÷ delta and pullᵢ = Δᵢ × 100 ÷ base, each
 * side rounded once to the nearest double before the division, exactly as `againstWhole` does.
 */
export function wholeDivisors(whole: PartInput): WholeDivisors {
  const w = readPart(whole);
  if (w.problem !== null || w.ytd === null || w.base === null) return { delta: null, base: null };
  const delta = w.ytd - w.base;
  return { delta: delta === 0n ? null : delta, base: w.base > 0n ? w.base : null };
}
