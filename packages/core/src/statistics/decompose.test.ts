import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../common/result';
import { decompose, shares, type PartInput } from './decompose';
import { roundPercent } from './display';
import type { Rate } from './figures';

const value = (rate: Rate): number => {
  if (!rate.ok) throw new Error(`undefined: ${rate.error}`);
  return rate.value;
};
const rounded = (rate: Rate): number => roundPercent(value(rate));

/**
 * The statistical-yearbook check: growth 18.4 % with contributions (the parts' shares of the
 * increase) 25.1 % / 43.2 % / 31.7 % gives pulls 4.6 / 8.0 / 5.8 points. Parts consistent with
 * it, in 万元: a base of 1000亿元 growing by 46.2 + 79.6 + 58.4 = 184.2亿元. (The published figures
 * are rounded: 18.4 × 43.2 % is 7.95 on paper, the unrounded 18.42 × 43.21 % is 7.96 → 8.0.)
 */
const YEARBOOK: PartInput[] = [
  { key: 'a', ytd: '3462000', ytdPrevYear: '3000000', enterprises: 40 },
  { key: 'b', ytd: '4796000', ytdPrevYear: '4000000', enterprises: 55 },
  { key: 'c', ytd: '3584000', ytdPrevYear: '3000000', enterprises: 31 },
];

describe('decompose', () => {
  it('reproduces the yearbook check: 18.4 % × 25.1 / 43.2 / 31.7 % → 4.6 / 8.0 / 5.8 points', () => {
    const { parts, total } = decompose(YEARBOOK);
    expect(rounded(total.growth)).toBe(18.4);
    expect(parts.map((p) => rounded(p.contribution))).toEqual([25.1, 43.2, 31.7]);
    expect(parts.map((p) => rounded(p.pull))).toEqual([4.6, 8.0, 5.8]);
    // pullᵢ = growth_total × contributionᵢ = baseShareᵢ × growthᵢ
    for (const part of parts) {
      expect(value(part.pull)).toBeCloseTo((value(total.growth) * value(part.contribution)) / 100);
      expect(value(part.pull)).toBeCloseTo((value(part.baseShare) * value(part.growth)) / 100);
    }
    expect(total).toMatchObject({
      ytd: 11842000,
      ytdPrevYear: 10000000,
      delta: 1842000,
      enterprises: 126,
      contribution: ok(100),
      share: ok(100),
      baseShare: ok(100),
    });
    expect(parts.map((p) => rounded(p.share))).toEqual([29.2, 40.5, 30.3]);
    expect(parts.map((p) => rounded(p.growth))).toEqual([15.4, 19.9, 19.5]);
    expect(parts.map((p) => p.delta)).toEqual([462000, 796000, 584000]);
  });

  it.each([
    {
      name: 'the whole fell: the part that grew has a negative contribution, the fall one above 100 %',
      parts: [
        { key: 'a', ytd: 120, ytdPrevYear: 100 },
        { key: 'b', ytd: 150, ytdPrevYear: 200 },
      ],
      growth: -10,
      contribution: [-66.7, 166.7],
      pull: [6.7, -16.7],
      share: [44.4, 55.6],
    },
    {
      name: 'a new part from a zero base: no growth of its own, but a contribution and a pull',
      parts: [
        { key: 'new', ytd: 50, ytdPrevYear: 0 },
        { key: 'old', ytd: 100, ytdPrevYear: 100 },
      ],
      growth: 50,
      contribution: [100, 0],
      pull: [50, 0],
      share: [33.3, 66.7],
    },
    {
      name: 'one part, the whole itself',
      parts: [{ key: 'only', ytd: '968', ytdPrevYear: '1000' }],
      growth: -3.2,
      contribution: [100],
      pull: [-3.2],
      share: [100],
    },
  ])('$name', ({ parts, growth, contribution, pull, share }) => {
    const result = decompose(parts);
    expect(rounded(result.total.growth)).toBe(growth);
    expect(result.parts.map((p) => rounded(p.contribution))).toEqual(contribution);
    expect(result.parts.map((p) => rounded(p.pull))).toEqual(pull);
    expect(result.parts.map((p) => rounded(p.share))).toEqual(share);
  });

  it('has no contributions when the total did not change, even with decimals', () => {
    const { parts, total } = decompose([
      { key: 'a', ytd: 0.1, ytdPrevYear: 0.3 },
      { key: 'b', ytd: 0.2, ytdPrevYear: 0 },
    ]);
    expect(total.delta).toBe(0);
    expect(total.growth).toEqual(ok(0));
    expect(total.contribution).toEqual(err('no_change'));
    expect(parts.map((p) => p.contribution)).toEqual([err('no_change'), err('no_change')]);
    expect(parts.map((p) => rounded(p.pull))).toEqual([-66.7, 66.7]);
    expect(parts[1]?.growth).toEqual(err('zero_base'));
  });

  it('has no pulls or growth from a zero whole base, no shares from a zero total', () => {
    const { parts, total } = decompose([
      { key: 'a', ytd: 0, ytdPrevYear: 0 },
      { key: 'b', ytd: 0, ytdPrevYear: 0 },
    ]);
    expect(total.growth).toEqual(err('zero_base'));
    expect(parts[0]?.pull).toEqual(err('zero_base'));
    expect(parts[0]?.share).toEqual(err('zero_total'));
    expect(parts[0]?.contribution).toEqual(err('no_change'));
  });

  it('has no pulls from a negative whole base (losses) and no shares of a negative total', () => {
    const { parts, total } = decompose([
      { key: 'a', ytd: -20, ytdPrevYear: -100 },
      { key: 'b', ytd: -30, ytdPrevYear: 40 },
    ]);
    expect(total.growth).toEqual(err('negative_base'));
    expect(parts[0]?.pull).toEqual(err('negative_base'));
    expect(parts[0]?.share).toEqual(err('negative_total'));
    expect(parts.map((p) => rounded(p.contribution))).toEqual([800, -700]);
  });

  it('leaves the whole undefined when a part is missing or unreadable', () => {
    const { parts, total } = decompose([
      { key: 'a', ytd: 120, ytdPrevYear: null, enterprises: 2 },
      { key: 'b', ytd: 110, ytdPrevYear: 100, enterprises: 3 },
    ]);
    expect(total.growth).toEqual(err('missing_base'));
    expect(total.ytd).toBeNull();
    expect(total.enterprises).toBe(5);
    expect(parts[0]?.growth).toEqual(err('missing_base'));
    expect(parts[1]?.growth.ok && rounded(parts[1].growth)).toBe(10);
    expect(parts[1]?.contribution).toEqual(err('missing_base'));
    expect(decompose([{ key: 'x', ytd: 'ten', ytdPrevYear: 1 }]).total.pull).toEqual(
      err('invalid_value'),
    );
  });

  it('marks a part with no enterprises and an empty whole', () => {
    const { parts } = decompose([
      { key: 'a', ytd: 0, ytdPrevYear: 0, enterprises: 0 },
      { key: 'b', ytd: 10, ytdPrevYear: 5, enterprises: 1 },
    ]);
    expect(parts[0]?.growth).toEqual(err('no_enterprises'));
    expect(decompose([]).total).toMatchObject({
      ytd: 0,
      enterprises: 0,
      growth: err('no_enterprises'),
      contribution: err('no_change'),
    });
  });
});

describe('shares', () => {
  it.each([
    [
      [25.1, 43.2, 31.7],
      [25.1, 43.2, 31.7],
    ],
    [
      ['1', '1', '1'],
      [33.3, 33.3, 33.3],
    ],
    [
      [0, 10],
      [0, 100],
    ],
  ])('%j → %j %%', (values, expected) => {
    const result = shares(values.map((v, i) => ({ key: String(i), value: v })));
    expect(result.map((s) => rounded(s.share))).toEqual(expected);
  });

  it('is undefined for a zero or negative sum or a missing value', () => {
    expect(shares([{ key: 'a', value: 0 }])[0]?.share).toEqual(err('zero_total'));
    expect(shares([{ key: 'a', value: -5 }])[0]?.share).toEqual(err('negative_total'));
    expect(
      shares([
        { key: 'a', value: 5 },
        { key: 'b', value: null },
      ]).map((s) => s.share),
    ).toEqual([err('missing_value'), err('missing_value')]);
  });
});

/** Figures with up to four decimals, as report values are kept. */
const figure = fc.integer({ min: -1e12, max: 1e12 }).map((u) => u / 1e4);
const nonNegative = fc.integer({ min: 0, max: 1e12 }).map((u) => u / 1e4);
const partsOf = (amount: fc.Arbitrary<number>) =>
  fc.array(fc.record({ key: fc.string({ maxLength: 3 }), ytd: amount, ytdPrevYear: amount }), {
    minLength: 1,
    maxLength: 12,
  });
const sumOf = (rates: readonly Rate[]): number => rates.reduce((s, r) => s + value(r), 0);
const near = (a: number, b: number, scale: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, scale);

describe('decompose properties', () => {
  it('pulls add up to the growth of the whole', () => {
    fc.assert(
      fc.property(partsOf(figure), (parts) => {
        const { parts: out, total } = decompose(parts);
        if (!total.growth.ok) return;
        const pulls = out.map((p) => p.pull);
        const scale = pulls.reduce((s, r) => s + Math.abs(value(r)), 0);
        expect(near(sumOf(pulls), total.growth.value, scale)).toBe(true);
      }),
    );
  });

  it('contributions add up to 100 % whenever the total changed', () => {
    fc.assert(
      fc.property(partsOf(figure), (parts) => {
        const { parts: out, total } = decompose(parts);
        expect(total.contribution.ok).toBe(total.delta !== 0);
        if (!total.contribution.ok) return;
        const contributions = out.map((p) => p.contribution);
        const scale = contributions.reduce((s, r) => s + Math.abs(value(r)), 0);
        expect(near(sumOf(contributions), 100, scale)).toBe(true);
      }),
    );
  });

  it('shares add up to 100 % of a positive total', () => {
    fc.assert(
      fc.property(partsOf(nonNegative), (parts) => {
        const { parts: out, total } = decompose(parts);
        if (total.share.ok) expect(near(sumOf(out.map((p) => p.share)), 100, 100)).toBe(true);
        // The shares of last year add up too, when last year's total is positive.
        if (out.every((p) => p.baseShare.ok)) {
          expect(near(sumOf(out.map((p) => p.baseShare)), 100, 100)).toBe(true);
        }
      }),
    );
  });

  it('never yields NaN or Infinity, whatever it is given', () => {
    const anything = fc.oneof(
      fc.double(),
      fc.constantFrom(null, '', 'abc', '1e5', '-0', '0.00001', '99999999999999999999'),
      fc.string(),
      figure,
    );
    const count = fc.option(fc.oneof(fc.integer({ min: -3, max: 50 }), fc.double()), {
      nil: undefined,
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ key: fc.string(), ytd: anything, ytdPrevYear: anything, enterprises: count }),
          {
            maxLength: 6,
          },
        ),
        (parts) => {
          const { parts: out, total } = decompose(parts);
          for (const f of [...out, total]) {
            for (const n of [f.ytd, f.ytdPrevYear, f.delta, f.enterprises]) {
              if (n !== null) expect(Number.isFinite(n)).toBe(true);
            }
            for (const r of [f.growth, f.contribution, f.pull, f.share, f.baseShare]) {
              if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
            }
          }
        },
      ),
    );
  });
});
