import type { LocalizedText } from '../common/locale';

/**
 * How a metric's values become points between 0 and 1 (before its weight):
 * `rank_points` — best 1, worst 0, evenly between by rank (ties share the better rank);
 * `share_of_best` — value ÷ the best value (higher is better) or best ÷ value (lower is better);
 * `ratio_to_target` — value ÷ the county's target (higher) or 1 within the cap and target ÷ value
 * beyond it (lower), up to `cap`.
 */
export type Normalisation = 'rank_points' | 'share_of_best' | 'ratio_to_target';

export interface SchemeMetric {
  key: string;
  name: LocalizedText;
  /** Points the metric is worth at most (before a cap above 1). */
  weight: number;
  direction: 'higher' | 'lower';
  normalisation: Normalisation;
  /** Largest points ratio a metric may give (1 by default; 1.2 rewards overshooting a target). */
  cap?: number;
}

/** A county failing a veto (一票否决) goes below every other and onto the black list. */
export interface Veto {
  metric: string;
  /** Fails when its value is below `below` or above `above`. */
  below?: number;
  above?: number;
  reason: LocalizedText;
}

export interface RankingScheme {
  metrics: readonly SchemeMetric[];
  /** How many go on the red list (top) and the black list (bottom). */
  red: number;
  black: number;
  vetoes?: readonly Veto[];
}

export interface CountyFigures {
  key: string;
  /** Metric key → the county's figure; null or absent: no data. */
  values: Readonly<Record<string, number | null | undefined>>;
  /** Metric key → the county's target (ratio_to_target); null or absent: none set. */
  targets?: Readonly<Record<string, number | null | undefined>>;
}

export interface MetricPoints {
  metric: string;
  value: number | null;
  target: number | null;
  /** 0…cap, before the weight; 0 when `missing`. */
  points: number;
  /** points × weight. */
  weighted: number;
  /** No figure (or no target for a ratio): the metric gives nothing. */
  missing: boolean;
}

export interface RankedCounty {
  key: string;
  score: number;
  /** 1-based; equal scores share a rank (1, 2, 2, 4); vetoed counties rank after all others. */
  rank: number;
  list: 'red' | 'black' | null;
  vetoedBy: LocalizedText | null;
  parts: MetricPoints[];
}

/** Scores are kept to 1e-9 so that equal inputs tie however the sum was ordered. */
const tidy = (x: number): number => Math.round(x * 1e9) / 1e9;

function pointsFor(
  metric: SchemeMetric,
  counties: readonly CountyFigures[],
): Map<string, MetricPoints> {
  const cap = metric.cap ?? 1;
  const valueOf = (c: CountyFigures) => {
    const v = c.values[metric.key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const targetOf = (c: CountyFigures) => {
    const v = c.targets?.[metric.key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const known = counties.map(valueOf).filter((v): v is number => v !== null);
  const better = (a: number, b: number) => (metric.direction === 'higher' ? a > b : a < b);
  const best = known.length ? known.reduce((x, v) => (better(v, x) ? v : x)) : null;
  const out = new Map<string, MetricPoints>();
  for (const c of counties) {
    const value = valueOf(c);
    const target = targetOf(c);
    let points: number | null = null;
    if (value !== null) {
      switch (metric.normalisation) {
        case 'rank_points': {
          const ahead = known.filter((v) => better(v, value)).length;
          points = known.length > 1 ? 1 - ahead / (known.length - 1) : 1;
          break;
        }
        case 'share_of_best':
          if (metric.direction === 'higher')
            points = best !== null && best > 0 ? Math.max(0, value) / best : 0;
          else points = value <= 0 ? 1 : best !== null && best > 0 ? best / value : 0;
          break;
        case 'ratio_to_target':
          if (target === null) points = null;
          else if (metric.direction === 'higher')
            points = target > 0 ? Math.max(0, value) / target : null;
          else points = value <= target ? 1 : value > 0 && target > 0 ? target / value : 0;
          break;
      }
    }
    const missing = points === null;
    const p = missing ? 0 : Math.min(cap, Math.max(0, points ?? 0));
    out.set(c.key, {
      metric: metric.key,
      value,
      target,
      points: tidy(p),
      weighted: tidy(p * metric.weight),
      missing,
    });
  }
  return out;
}

function failedVeto(scheme: RankingScheme, c: CountyFigures): LocalizedText | null {
  for (const veto of scheme.vetoes ?? []) {
    const v = c.values[veto.metric];
    if (typeof v !== 'number') continue;
    if (
      (veto.below !== undefined && v < veto.below) ||
      (veto.above !== undefined && v > veto.above)
    )
      return veto.reason;
  }
  return null;
}

/** Competition ranks (1, 2, 2, 4) of scores in the given order (already sorted best first). */
function ranksOf(scores: readonly number[]): number[] {
  return scores.map((s) => scores.indexOf(s) + 1);
}

/**
 * A month's red/black list from the counties' figures under a scheme. Each county's score is
 * Σ weight × points over the metrics (missing data gives 0 and is flagged); counties failing a
 * veto rank after all others. The red list is the top `red` ranks and the black list the bottom
 * `black` (ties at the line are all in; a vetoed county is always on the black list; no county
 * is on both). Pure: the same figures give the same list, whatever their order.
 */
export function rankCounties(
  scheme: RankingScheme,
  counties: readonly CountyFigures[],
): RankedCounty[] {
  const perMetric = scheme.metrics.map((m) => pointsFor(m, counties));
  const scored = counties.map((c) => {
    const parts = perMetric.map((m) => m.get(c.key)!);
    return {
      key: c.key,
      score: tidy(parts.reduce((a, p) => a + p.weighted, 0)),
      vetoedBy: failedVeto(scheme, c),
      parts,
    };
  });
  const order = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const clean = scored.filter((s) => !s.vetoedBy).sort(order);
  const vetoed = scored.filter((s) => s.vetoedBy).sort(order);
  const cleanRanks = ranksOf(clean.map((s) => s.score));
  const vetoRanks = ranksOf(vetoed.map((s) => s.score)).map((r) => r + clean.length);
  const all = [
    ...clean.map((s, i) => ({ ...s, rank: cleanRanks[i]! })),
    ...vetoed.map((s, i) => ({ ...s, rank: vetoRanks[i]! })),
  ];
  // Places counted from the bottom: 1 + the counties strictly worse (ties share the place).
  const tied = (a: (typeof all)[number], b: (typeof all)[number]) =>
    a.score === b.score && (a.vetoedBy === null) === (b.vetoedBy === null);
  const fromBottom = (i: number) => 1 + all.filter((s, j) => j > i && !tied(s, all[i]!)).length;
  return all.map((s, i) => {
    const red = s.vetoedBy === null && s.rank <= scheme.red;
    const black = !red && (s.vetoedBy !== null || fromBottom(i) <= scheme.black);
    return {
      key: s.key,
      score: s.score,
      rank: s.rank,
      list: red ? 'red' : black ? 'black' : null,
      vetoedBy: s.vetoedBy,
      parts: s.parts,
    };
  });
}
