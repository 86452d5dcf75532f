import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { investmentGrowth } from './investment-growth';

describe('investmentGrowth', () => {
  it('compares the same projects, and shows the totals apart (hand-computed)', () => {
    // A: 120 after 100; B: 80 after 100; C new this year (50); D finished last year (40).
    // Comparable: (120 + 80) ÷ (100 + 100) − 1 = 0 %. Level: 250 ÷ 240 − 1 = 4.1666… %.
    const g = investmentGrowth([
      { thisYear: '120', lastYear: '100' },
      { thisYear: '80', lastYear: '100' },
      { thisYear: '50', lastYear: null },
      { thisYear: null, lastYear: '40' },
    ]);
    expect(g.comparable).toMatchObject({ numerator: 200, base: 200, enterprises: 2 });
    expect(g.comparable.growth).toEqual({ ok: true, value: 0 });
    expect(g.level).toMatchObject({ numerator: 250, base: 240 });
    expect(g.level.growth.ok && g.level.growth.value).toBeCloseTo(4.16667, 4);
  });

  it('is undefined without comparable projects or a base', () => {
    expect(investmentGrowth([{ thisYear: '50', lastYear: null }]).comparable.growth).toEqual({
      ok: false,
      error: 'no_enterprises',
    });
    expect(investmentGrowth([{ thisYear: '50', lastYear: '0' }]).comparable.growth).toEqual({
      ok: false,
      error: 'zero_base',
    });
    expect(investmentGrowth([]).level.growth).toEqual({ ok: false, error: 'missing_base' });
  });

  it('equals the level change when every project reported both years (property)', () => {
    const amount = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 20 }), (rows) => {
        const g = investmentGrowth(rows.map(([a, b]) => ({ thisYear: a, lastYear: b })));
        expect(g.comparable.growth).toEqual(g.level.growth);
      }),
    );
  });
});
