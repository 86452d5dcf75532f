import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { againstWhole, decompose, wholeDivisors, type PartInput } from './decompose';
import { roundPercent } from './display';
import { percentOf, toExact, type Rate } from './figures';

const value = (rate: Rate): number => {
  if (!rate.ok) throw new Error(`undefined: ${rate.error}`);
  return rate.value;
};

describe('againstWhole', () => {
  it('measures overlapping parts against the real whole (hand-computed)', () => {
    // City: 1000 → 1200 (万元), growth 20 %, Δ 200.
    // Chain 铝 (400 → 520): growth 30 %, contribution 120/200 = 60 %, pull 120/1000 = 12 points,
    // share 520/1200 = 43.3 %. Band ≥1亿 (900 → 1100) overlaps it: contribution 100 %, pull 20.
    const whole = { key: '', ytd: 1200, ytdPrevYear: 1000, enterprises: 10 };
    const { parts, total } = againstWhole(
      [
        { key: 'al', ytd: 520, ytdPrevYear: 400, enterprises: 3 },
        { key: 'over_1yi', ytd: 1100, ytdPrevYear: 900, enterprises: 6 },
      ],
      whole,
    );
    expect(value(total.growth)).toBeCloseTo(20);
    expect(value(total.contribution)).toBeCloseTo(100);
    expect(value(total.pull)).toBeCloseTo(20);
    const [al, band] = parts;
    expect(value(al!.growth)).toBeCloseTo(30);
    expect(value(al!.contribution)).toBeCloseTo(60);
    expect(value(al!.pull)).toBeCloseTo(12);
    expect(roundPercent(value(al!.share))).toBe(43.3);
    expect(value(band!.growth)).toBeCloseTo(22.2222, 3);
    expect(value(band!.contribution)).toBeCloseTo(100);
    expect(value(band!.pull)).toBeCloseTo(20);
  });

  it('says why a figure is undefined instead of dividing by zero', () => {
    const flat = againstWhole([{ key: 'a', ytd: 50, ytdPrevYear: 40, enterprises: 1 }], {
      key: '',
      ytd: 100,
      ytdPrevYear: 100,
      enterprises: 2,
    });
    expect(flat.parts[0]!.contribution).toEqual({ ok: false, error: 'no_change' });
    expect(value(flat.parts[0]!.pull)).toBeCloseTo(10);
    const noBase = againstWhole([{ key: 'a', ytd: 50, ytdPrevYear: 0, enterprises: 1 }], {
      key: '',
      ytd: 50,
      ytdPrevYear: 0,
      enterprises: 1,
    });
    expect(noBase.parts[0]!.growth).toEqual({ ok: false, error: 'zero_base' });
    expect(noBase.parts[0]!.pull).toEqual({ ok: false, error: 'zero_base' });
    const missing = againstWhole([{ key: 'a', ytd: 5, ytdPrevYear: 4 }], {
      key: '',
      ytd: null,
      ytdPrevYear: 4,
    });
    expect(missing.parts[0]!.share).toEqual({ ok: false, error: 'missing_value' });
    expect(missing.parts[0]!.contribution).toEqual({ ok: false, error: 'missing_value' });
    expect(missing.parts[0]!.growth.ok).toBe(true);
  });

  const amount = fc.integer({ min: 0, max: 10_000_000 });
  const partition = fc.array(
    fc.record({ ytd: amount, base: fc.integer({ min: 1, max: 10_000_000 }), n: fc.nat(50) }),
    { minLength: 1, maxLength: 8 },
  );

  it('equals decompose when the parts partition the whole (property)', () => {
    fc.assert(
      fc.property(partition, (rows) => {
        const parts: PartInput[] = rows.map((r, i) => ({
          key: String(i),
          ytd: r.ytd,
          ytdPrevYear: r.base,
          enterprises: r.n,
        }));
        const whole: PartInput = {
          key: '',
          ytd: rows.reduce((a, r) => a + r.ytd, 0),
          ytdPrevYear: rows.reduce((a, r) => a + r.base, 0),
          enterprises: rows.reduce((a, r) => a + r.n, 0),
        };
        expect(againstWhole(parts, whole)).toEqual(decompose(parts));
      }),
    );
  });
});

describe('wholeDivisors', () => {
  const amount = fc
    .integer({ min: -5_000_000, max: 50_000_000 })
    .map((units) => (units / 10_000).toFixed(4));
  const part = fc.record({ ytd: amount, ytdPrevYear: amount });

  it('divides as againstWhole does: the same contributions and pulls, undefined together', () => {
    fc.assert(
      fc.property(part, part, (p, w) => {
        const whole: PartInput = { key: '', ...w, enterprises: 3 };
        const [figures] = againstWhole([{ key: 'p', ...p, enterprises: 1 }], whole).parts;
        const divisors = wholeDivisors(whole);
        const delta = toExact(p.ytd)! - toExact(p.ytdPrevYear)!;
        expect(figures!.contribution.ok).toBe(divisors.delta !== null);
        expect(figures!.pull.ok).toBe(divisors.base !== null);
        if (divisors.delta !== null)
          expect(figures!.contribution).toEqual({
            ok: true,
            value: percentOf(delta, divisors.delta),
          });
        if (divisors.base !== null)
          expect(figures!.pull).toEqual({ ok: true, value: percentOf(delta, divisors.base) });
      }),
    );
  });

  it('has no divisors for a whole that did not change, has no base or cannot be read', () => {
    expect(wholeDivisors({ key: '', ytd: '10', ytdPrevYear: '10' })).toEqual({
      delta: null,
      base: 100_000n,
    });
    expect(wholeDivisors({ key: '', ytd: '-5', ytdPrevYear: '-10' })).toEqual({
      delta: 50_000n,
      base: null,
    });
    expect(wholeDivisors({ key: '', ytd: 'x', ytdPrevYear: '1' })).toEqual({
      delta: null,
      base: null,
    });
  });
});
