import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetProgress, timeElapsed } from './progress';

describe('timeElapsed', () => {
  it('is months ÷ 12, or the cumulative share of a seasonal profile', () => {
    expect(timeElapsed(6)).toBe(50);
    expect(timeElapsed(0)).toBe(0);
    expect(timeElapsed(12)).toBe(100);
    // A sugar-like profile: half the year's weight in January–February.
    const profile = [3, 3, 1, 1, 0, 0, 0, 0, 0, 0, 1, 3];
    expect(timeElapsed(2, profile)).toBe(50);
    expect(timeElapsed(4, profile)).toBeCloseTo((8 / 12) * 100, 10);
    expect(() => timeElapsed(13)).toThrow(RangeError);
    expect(() => timeElapsed(3, [1, 2])).toThrow(RangeError);
  });
});

describe('targetProgress', () => {
  it('时间过半、任务过半: 120亿 of 237亿 by June is on track (hand-computed)', () => {
    // completion 120 ÷ 237 = 50.63 %, elapsed 50 %, gap +0.63 points → on track.
    const p = targetProgress({
      kind: 'level',
      comparator: 'gte',
      goal: 237,
      actual: 120,
      month: 6,
    });
    expect(p.completion).toBeCloseTo(50.6329, 3);
    expect(p.elapsed).toBe(50);
    expect(p.gap).toBeCloseTo(0.6329, 3);
    expect(p.status).toBe('on_track');
    expect(p.met).toBe(false);
  });

  it('grades counts against time: ahead, behind, far behind', () => {
    const at = (actual: number) =>
      targetProgress({ kind: 'count', comparator: 'gte', goal: 40, actual, month: 6 }).status;
    expect(at(23)).toBe('ahead'); // 57.5 % − 50 = +7.5
    expect(at(20)).toBe('on_track'); // 0
    expect(at(17)).toBe('behind'); // 42.5 − 50 = −7.5
    expect(at(15)).toBe('far_behind'); // 37.5 − 50 = −12.5
  });

  it('judges a growth target in points, and a cap the other way round', () => {
    const growth = targetProgress({
      kind: 'growth',
      comparator: 'gte',
      goal: 9,
      actual: 7.5,
      month: 6,
    });
    expect(growth).toMatchObject({ elapsed: null, gap: -1.5, status: 'behind', met: false });
    const negative = targetProgress({
      kind: 'growth',
      comparator: 'gte',
      goal: 9,
      actual: -2,
      month: 6,
    });
    expect(negative.gap).toBe(-11);
    expect(negative.status).toBe('far_behind');
    // Exits capped at 10 a year: 3 by June is 30 % of the cap against 50 % of the year: +20.
    const cap = targetProgress({ kind: 'count', comparator: 'lte', goal: 10, actual: 3, month: 6 });
    expect(cap).toMatchObject({ completion: 30, gap: 20, status: 'ahead', met: true });
    const over = targetProgress({
      kind: 'count',
      comparator: 'lte',
      goal: 10,
      actual: 12,
      month: 6,
    });
    expect(over).toMatchObject({ status: 'far_behind', met: false });
  });

  it('says nothing rather than dividing by a zero goal or guessing a missing actual', () => {
    expect(
      targetProgress({ kind: 'count', comparator: 'gt', goal: 0, actual: 1, month: 3 }),
    ).toMatchObject({
      completion: null,
      status: null,
      met: true, // 实现零的突破: more than none
    });
    expect(
      targetProgress({ kind: 'level', comparator: 'gte', goal: 5, actual: null, month: 3 }),
    ).toMatchObject({
      completion: null,
      gap: null,
      status: null,
      met: false,
    });
  });

  it('never calls a larger actual worse for an at-least target (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 12 }),
        (goal, a, extra, month) => {
          const rank = { far_behind: 0, behind: 1, on_track: 2, ahead: 3 } as const;
          const low = targetProgress({ kind: 'count', comparator: 'gte', goal, actual: a, month });
          const high = targetProgress({
            kind: 'count',
            comparator: 'gte',
            goal,
            actual: a + extra,
            month,
          });
          expect(rank[high.status!]).toBeGreaterThanOrEqual(rank[low.status!]);
        },
      ),
    );
  });
});
