import type { LocalizedText } from '../common/locale';

/** ≥ (at least), > (more than), ≤ (at most: caps such as exits). */
export type Comparator = 'gte' | 'gt' | 'lte';

/** A level or a count (规上工业总产值 237亿元, 新增规上企业 40 家) or a growth rate (≥ 9%). */
export type TargetKind = 'level' | 'count' | 'growth';

/** 确保 (must) or 力争 (strive). */
export type TargetLevel = 'must' | 'strive';

export type ProgressStatus = 'ahead' | 'on_track' | 'behind' | 'far_behind';

export const PROGRESS_STATUS_LABELS: Readonly<Record<ProgressStatus, LocalizedText>> = {
  ahead: { zh: '超进度', en: 'Ahead' },
  on_track: { zh: '符合进度', en: 'On track' },
  behind: { zh: '滞后', en: 'Behind' },
  far_behind: { zh: '严重滞后', en: 'Far behind' },
};

/**
 * Where the status lines are, in points of (completion − time elapsed) for levels and counts,
 * or of (actual − goal) for growth rates: ahead at `ahead` or more, on track down to
 * `onTrack`, behind down to `farBehind`, far behind below.
 */
export interface StatusThresholds {
  ahead: number;
  onTrack: number;
  farBehind: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = { ahead: 5, onTrack: 0, farBehind: -10 };

/**
 * Share of the year elapsed after `month` (1–12) in percent: month ÷ 12 by default ("时间过半" at
 * 6), or the cumulative share of a seasonal profile (twelve weights, any scale) for metrics
 * that do not accrue evenly.
 */
export function timeElapsed(month: number, profile?: readonly number[]): number {
  if (!Number.isInteger(month) || month < 0 || month > 12) throw new RangeError(`month ${month}`);
  if (!profile) return (month / 12) * 100;
  if (profile.length !== 12 || profile.some((w) => !(w >= 0)))
    throw new RangeError('a seasonal profile has twelve weights ≥ 0');
  const total = profile.reduce((a, w) => a + w, 0);
  if (total <= 0) throw new RangeError('a seasonal profile needs a positive weight');
  return (profile.slice(0, month).reduce((a, w) => a + w, 0) / total) * 100;
}

export interface TargetProgressInput {
  kind: TargetKind;
  comparator: Comparator;
  goal: number;
  /** The figure so far (year to date for levels and counts; the rate for growth); null: none. */
  actual: number | null;
  /** Months of the year the actual covers (1–12). */
  month: number;
  profile?: readonly number[];
  thresholds?: StatusThresholds;
}

export interface TargetProgress {
  /** actual ÷ goal × 100; null when there is no actual or the goal is not positive. */
  completion: number | null;
  /** Percent of the year elapsed (levels and counts); null for growth rates. */
  elapsed: number | null;
  /**
   * Points ahead (+) or behind (−): completion − elapsed for levels and counts (for a cap,
   * elapsed − completion), actual − goal for a growth rate (goal − actual under a ≤).
   */
  gap: number | null;
  status: ProgressStatus | null;
  /** The year's goal already reached (or, under a cap, not yet exceeded). */
  met: boolean;
}

function statusOf(gap: number, t: StatusThresholds): ProgressStatus {
  if (gap >= t.ahead) return 'ahead';
  if (gap >= t.onTrack) return 'on_track';
  if (gap >= t.farBehind) return 'behind';
  return 'far_behind';
}

/**
 * Progress against an annual target at a month, as bureaus judge it: "时间过半、任务过半". A level
 * or count target compares the share of the goal completed with the share of the year elapsed;
 * a growth target compares the rate with the goal in points. Under a cap (≤) being below the
 * time line is good.
 */
export function targetProgress(input: TargetProgressInput): TargetProgress {
  const t = input.thresholds ?? DEFAULT_THRESHOLDS;
  const { actual, goal, comparator } = input;
  const met =
    actual !== null &&
    (comparator === 'gte' ? actual >= goal : comparator === 'gt' ? actual > goal : actual <= goal);
  if (actual === null)
    return {
      completion: null,
      elapsed: input.kind === 'growth' ? null : timeElapsed(input.month, input.profile),
      gap: null,
      status: null,
      met: false,
    };
  const completion = goal > 0 ? (actual / goal) * 100 : null;
  if (input.kind === 'growth') {
    const gap = comparator === 'lte' ? goal - actual : actual - goal;
    return { completion, elapsed: null, gap, status: statusOf(gap, t), met };
  }
  const elapsed = timeElapsed(input.month, input.profile);
  if (completion === null) return { completion, elapsed, gap: null, status: null, met };
  const gap = comparator === 'lte' ? elapsed - completion : completion - elapsed;
  return { completion, elapsed, gap, status: statusOf(gap, t), met };
}
