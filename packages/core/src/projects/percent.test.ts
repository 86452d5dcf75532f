import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { halfUpPercent } from './percent';

describe('halfUpPercent', () => {
  it.each([
    [128n, 100n, 0, 128],
    [71n, 45n, 0, 158],
    [23n, 40n, 0, 58],
    [23n, 40n, 1, 57.5],
    [1n, 3n, 1, 33.3],
    [2n, 3n, 1, 66.7],
    [1n, 2000n, 1, 0.1],
    [1n, 2001n, 1, 0],
    [0n, 7n, 0, 0],
    [-23n, 40n, 0, -58],
    [5n, 0n, 0, undefined],
    [5n, -1n, 0, undefined],
  ])('%s / %s to %s decimals → %s', (part, whole, places, expected) => {
    expect(halfUpPercent(part, whole, places)).toBe(expected);
  });

  it('lies within half a unit of the exact ratio, halves rounding up (property)', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 100_000 }), (a, t) => {
        const p = halfUpPercent(BigInt(a), BigInt(t), 0);
        expect(p).toBeDefined();
        const percent = BigInt(p ?? 0);
        // (p − ½)·t ≤ 100·a < (p + ½)·t, in integers.
        expect((2n * percent - 1n) * BigInt(t) <= 200n * BigInt(a)).toBe(true);
        expect(200n * BigInt(a) < (2n * percent + 1n) * BigInt(t)).toBe(true);
      }),
    );
  });
});
