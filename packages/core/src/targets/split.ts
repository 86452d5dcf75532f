/** How the counties' parts of a city target compare with it. */
export interface SplitCheck {
  /** Σ of the parts given. */
  sum: number;
  /** sum − whole: negative when the parts fall short. */
  difference: number;
  state: 'exact' | 'short' | 'over';
  /** Units expected to carry a part that have none. */
  missing: string[];
}

/**
 * Checks a city target split among counties (分解): whether the parts add up to the whole, fall
 * short of it or exceed it (exceeding is common: counties are set a little more than their
 * share), and which counties have no part yet. Amounts are compared to 1e-9.
 */
export function checkSplit(
  whole: number,
  parts: Readonly<Record<string, number>>,
  expected: readonly string[],
): SplitCheck {
  const sum = Object.values(parts).reduce((a, v) => a + v, 0);
  const difference = Math.round((sum - whole) * 1e9) / 1e9;
  return {
    sum,
    difference,
    state: difference === 0 ? 'exact' : difference < 0 ? 'short' : 'over',
    missing: expected.filter((k) => parts[k] === undefined),
  };
}
