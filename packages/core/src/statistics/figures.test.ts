import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../common/result';
import { exactText, fromExact, growthRate, toExact } from './figures';

describe('toExact', () => {
  it.each([
    ['2284000', 22840000000n],
    ['0.1', 1000n],
    ['-12.50', -125000n],
    ['1.23456', 12346n], // finer than four decimals: half away from zero
    ['-1.23455', -12346n],
    [' 7 ', 70000n],
    [0.1 + 0.2, 3000n],
    [-0.00004, 0n],
    [1234.5, 12345000n],
  ] as const)('%j → %s', (amount, units) => {
    expect(toExact(amount)).toBe(units);
  });

  it.each([null, undefined, '', '1e5', '12,5', '.5', 'abc', Number.NaN, Infinity, 1e16, '1e16'])(
    'cannot read %j',
    (amount) => {
      expect(toExact(amount)).toBeNull();
    },
  );

  it('round-trips four-decimal figures through text and numbers', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (units) => {
        expect(toExact(exactText(units))).toBe(units);
        expect(toExact(fromExact(units))).toBe(units);
      }),
    );
  });
});

describe('growthRate', () => {
  it('is a percent, undefined from a zero or negative base', () => {
    expect(growthRate(110n, 100n)).toEqual(ok(10));
    expect(growthRate(110n, 0n)).toEqual(err('zero_base'));
    expect(growthRate(110n, -1n)).toEqual(err('negative_base'));
  });
});
