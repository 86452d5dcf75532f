import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../common/result';
import type { UndefinedReason } from './figures';
import { rankBy } from './ranking';

interface Row {
  key: string;
  growth: Result<number, UndefinedReason>;
}

const rows: Row[] = [
  { key: 'e', growth: ok(12) },
  { key: 'b', growth: ok(30) },
  { key: 'd', growth: ok(12) },
  { key: 'a', growth: err('zero_base') },
  { key: 'c', growth: ok(-4) },
  { key: 'f', growth: ok(12) },
];

describe('rankBy', () => {
  it('ranks the top with shared ranks and ties in key order', () => {
    const { ranked, unranked } = rankBy(rows, (r) => r.growth, 'top');
    expect(ranked.map((r) => [r.item.key, r.rank])).toEqual([
      ['b', 1],
      ['d', 2],
      ['e', 2],
      ['f', 2],
      ['c', 5],
    ]);
    expect(unranked.map((r) => r.key)).toEqual(['a']);
  });

  it('ranks the bottom and cuts through a tie by key', () => {
    const { ranked } = rankBy(rows, (r) => r.growth, 'bottom', 3);
    expect(ranked.map((r) => [r.item.key, r.value, r.rank])).toEqual([
      ['c', -4, 1],
      ['d', 12, 2],
      ['e', 12, 2],
    ]);
    expect(rankBy(rows, (r) => r.growth, 'top', 0).ranked).toEqual([]);
  });

  it('gives the same ranking whatever the input order', () => {
    const row = fc.record({
      key: fc.string({ maxLength: 2 }),
      growth: fc.oneof(
        fc.integer({ min: -3, max: 3 }).map((v) => ok(v)),
        fc.constant(err<UndefinedReason>('zero_base')),
      ),
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.key }), fc.nat(8), (items, n) => {
        const reversed = [...items].reverse();
        for (const direction of ['top', 'bottom'] as const) {
          const a = rankBy(items, (r) => r.growth, direction, n);
          const b = rankBy(reversed, (r) => r.growth, direction, n);
          expect(b).toEqual(a);
          for (let i = 1; i < a.ranked.length; i++) {
            const [prev, cur] = [a.ranked[i - 1], a.ranked[i]];
            if (!prev || !cur) continue;
            expect(direction === 'top' ? prev.value >= cur.value : prev.value <= cur.value).toBe(
              true,
            );
          }
        }
      }),
    );
  });
});
