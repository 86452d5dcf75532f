import type { Rate } from './figures';

/** `top`: highest values first (driving growth); `bottom`: lowest first (dragging it). */
export type RankDirection = 'top' | 'bottom';

export interface Ranked<T> {
  item: T;
  value: number;
  /** 1-based; equal values share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
}

export interface Ranking<T> {
  ranked: Ranked<T>[];
  /** Items whose value is undefined (zero base …), in key order: listed apart, never ranked. */
  unranked: T[];
}

const byKey = (a: { key: string }, b: { key: string }): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/**
 * The first `limit` items by a rate (growth, contribution, pull …) in `direction`. Order is
 * deterministic: by value, then by key (code-point order) among equal values, so a cut at the
 * limit through a tie always keeps the same items. Ranks are computed over all ranked items
 * before the cut.
 */
export function rankBy<T extends { key: string }>(
  items: readonly T[],
  valueOf: (item: T) => Rate,
  direction: RankDirection,
  limit: number = Number.POSITIVE_INFINITY,
): Ranking<T> {
  const withValues: { item: T; value: number }[] = [];
  const unranked: T[] = [];
  for (const item of items) {
    const rate = valueOf(item);
    if (rate.ok && Number.isFinite(rate.value)) withValues.push({ item, value: rate.value });
    else unranked.push(item);
  }
  const sign = direction === 'top' ? -1 : 1;
  withValues.sort((a, b) =>
    a.value === b.value ? byKey(a.item, b.item) : sign * (a.value < b.value ? -1 : 1),
  );
  const ranked: Ranked<T>[] = [];
  withValues.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const rank = previous !== undefined && previous.value === entry.value ? previous.rank : i + 1;
    ranked.push({ ...entry, rank });
  });
  const count = Math.max(0, Math.floor(limit));
  return { ranked: ranked.slice(0, count), unranked: unranked.sort(byKey) };
}
