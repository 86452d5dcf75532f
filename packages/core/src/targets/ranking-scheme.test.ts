import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCounties, type CountyFigures, type RankingScheme } from './ranking-scheme';

const name = { zh: '', en: '' };

/**
 * The demo's kind of scheme: 培规 (new 规上 enterprises against the county's target, 40 points,
 * up to 120 % of it), 退库 (exits against a cap, 20), output growth (share of the best, 25),
 * project starts (rank points, 15).
 */
const SCHEME: RankingScheme = {
  metrics: [
    {
      key: 'entries',
      name,
      weight: 40,
      direction: 'higher',
      normalisation: 'ratio_to_target',
      cap: 1.2,
    },
    { key: 'exits', name, weight: 20, direction: 'lower', normalisation: 'ratio_to_target' },
    { key: 'growth', name, weight: 25, direction: 'higher', normalisation: 'share_of_best' },
    { key: 'starts', name, weight: 15, direction: 'higher', normalisation: 'rank_points' },
  ],
  red: 1,
  black: 1,
};

const COUNTIES: CountyFigures[] = [
  // A: entries 12/10 → 1.2 × 40 = 48; exits 1 ≤ 2 → 20; growth 20/20 → 25; starts best → 15. = 108
  {
    key: 'A',
    values: { entries: 12, exits: 1, growth: 20, starts: 9 },
    targets: { entries: 10, exits: 2 },
  },
  // B: 5/10 → 20; exits 4 vs 2 → 2/4 = 0.5 → 10; 10/20 → 12.5; starts middle → 7.5. = 50
  {
    key: 'B',
    values: { entries: 5, exits: 4, growth: 10, starts: 5 },
    targets: { entries: 10, exits: 2 },
  },
  // C: no entries target → 0 (missing); exits 0 → 20; growth −5 → 0; starts worst → 0. = 20
  { key: 'C', values: { entries: 3, exits: 0, growth: -5, starts: 1 }, targets: { exits: 2 } },
];

describe('rankCounties', () => {
  it('scores and ranks by hand-computed points, red on top, black at the bottom', () => {
    const r = rankCounties(SCHEME, COUNTIES);
    expect(r.map((c) => [c.key, c.score, c.rank, c.list])).toEqual([
      ['A', 108, 1, 'red'],
      ['B', 50, 2, null],
      ['C', 20, 3, 'black'],
    ]);
    const c = r.find((x) => x.key === 'C')!;
    expect(c.parts.find((p) => p.metric === 'entries')).toMatchObject({
      missing: true,
      weighted: 0,
    });
    expect(c.parts.find((p) => p.metric === 'growth')).toMatchObject({ value: -5, points: 0 });
  });

  it('ties share a rank, and a tie at the line puts both on the list', () => {
    const twins: CountyFigures[] = [
      { key: 'X', values: { growth: 10 } },
      { key: 'Y', values: { growth: 10 } },
      { key: 'Z', values: { growth: 5 } },
    ];
    const scheme: RankingScheme = {
      metrics: [
        { key: 'growth', name, weight: 100, direction: 'higher', normalisation: 'share_of_best' },
      ],
      red: 1,
      black: 1,
    };
    const r = rankCounties(scheme, twins);
    expect(r.map((c) => [c.key, c.rank, c.list])).toEqual([
      ['X', 1, 'red'],
      ['Y', 1, 'red'],
      ['Z', 3, 'black'],
    ]);
  });

  it('gives no points for missing data and sends a vetoed county to the bottom', () => {
    const scheme: RankingScheme = {
      ...SCHEME,
      vetoes: [
        { metric: 'exits', above: 3, reason: { zh: '退库超过 3 家', en: 'More than 3 exits' } },
      ],
      black: 0,
    };
    const r = rankCounties(scheme, [...COUNTIES, { key: 'D', values: {} }]);
    expect(r.map((c) => c.key)).toEqual(['A', 'C', 'D', 'B']);
    const b = r.at(-1)!;
    expect(b).toMatchObject({ rank: 4, list: 'black', vetoedBy: { zh: '退库超过 3 家' } });
    expect(r.find((c) => c.key === 'D')).toMatchObject({ score: 0, list: null });
  });

  it('gives the same list whatever order the counties come in (property)', () => {
    const county = fc.record({
      entries: fc.integer({ min: 0, max: 30 }),
      exits: fc.integer({ min: 0, max: 6 }),
      growth: fc.integer({ min: -20, max: 40 }),
      starts: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(county, { minLength: 1, maxLength: 8 }), fc.integer(), (rows, seed) => {
        const counties = rows.map((values, i) => ({
          key: `K${i}`,
          values,
          targets: { entries: 10, exits: 2 },
        }));
        const shuffled = [...counties].sort(
          (a, b) =>
            ((a.key.length * seed) % 7) - ((b.key.length * seed) % 7) || (a.key < b.key ? 1 : -1),
        );
        const a = rankCounties(SCHEME, counties);
        const b = rankCounties(SCHEME, shuffled);
        expect(b).toEqual(a);
        // Scores never exceed the weights' sum with the caps.
        for (const c of a) expect(c.score).toBeLessThanOrEqual(40 * 1.2 + 20 + 25 + 15);
      }),
    );
  });
});
