import { describe, expect, it } from 'vitest';
import { consecutiveDeclines, exitWarnings } from './exit-warnings';
import type { MonthlyRevenue } from './revenue-trajectory';

const months = (from: { year: number; month: number }, values: number[]): MonthlyRevenue[] =>
  values.map((revenue, i) => {
    const index = from.year * 12 + from.month - 1 + i;
    return { year: Math.floor(index / 12), month: (index % 12) + 1, revenue };
  });
const jun21 = { year: 2021, month: 6 };
const rules = (input: Parameters<typeof exitWarnings>[0]) => exitWarnings(input).map((f) => f.rule);

describe('consecutiveDeclines', () => {
  it.each([
    [[300, 250, 200, 150], 3],
    [[300, 250, 260, 150], 1],
    [[100, 100, 100], 0],
    [[300, 200], 1],
  ])('%j → %d', (values, expected) => {
    expect(
      consecutiveDeclines(months({ year: 2021, month: 7 - values.length }, values), jun21),
    ).toBe(expected);
  });
});

describe('exitWarnings', () => {
  it('raises nothing for a steady enterprise above the threshold', () => {
    expect(
      rules({
        series: months({ year: 2020, month: 1 }, Array<number>(18).fill(250)),
        through: jun21,
        threshold: 2000,
      }),
    ).toEqual([]);
  });

  it('trailing below: 12 × 160 = 1920 < 2000', () => {
    const findings = exitWarnings({
      series: months({ year: 2020, month: 7 }, Array<number>(12).fill(160)),
      through: jun21,
      threshold: 2000,
    });
    expect(findings).toEqual([
      {
        rule: 'trailing_below',
        message: {
          zh: '近12个月营业收入1920万元，低于标准2000万元',
          en: 'Trailing 12-month revenue 1920 (10k yuan) is below the threshold 2000',
        },
      },
    ]);
  });

  it('trend below: trailing falls 20 a month from 2160 to 2040', () => {
    // 2020-01..2020-12 at 180 (T12 2160); 2021-01..06 at 160: T12 2140, 2120, ..., 2040
    const series = months({ year: 2020, month: 1 }, [
      ...Array<number>(12).fill(180),
      ...Array<number>(6).fill(160),
    ]);
    // rate over 6 months (2040/2160)^(1/6) − 1 = −0.009481; 2040·(1−0.009481)^k ≤ 2000:
    // k ≥ ln(2040/2000)/−ln(0.990519) = 0.019803/0.009526 = 2.08 → 3 months
    const findings = exitWarnings({ series, through: jun21, threshold: 2000 });
    expect(findings.map((f) => f.rule)).toEqual(['trend_below']);
    expect(findings[0]?.message.zh).toBe('按近6个月趋势，约3个月后低于标准');
  });

  it('no trend warning when the fall is too slow for the horizon', () => {
    const series = months({ year: 2020, month: 1 }, [
      ...Array<number>(12).fill(250),
      ...Array<number>(6).fill(249),
    ]);
    expect(rules({ series, through: jun21, threshold: 2000 })).toEqual([]);
  });

  it('three monthly declines', () => {
    const series = months({ year: 2020, month: 7 }, [
      ...Array<number>(8).fill(300),
      290,
      280,
      270,
      260,
    ]);
    expect(rules({ series, through: jun21, threshold: 2000 })).toContain('consecutive_declines');
    const two = months({ year: 2020, month: 7 }, [...Array<number>(9).fill(300), 290, 280, 300]);
    expect(rules({ series: two, through: jun21, threshold: 2000 })).not.toContain(
      'consecutive_declines',
    );
  });

  it('stopped production: flagged, or two zero months', () => {
    const steady = months({ year: 2020, month: 7 }, Array<number>(12).fill(300));
    expect(
      rules({ series: steady, through: jun21, threshold: 2000, stoppedProduction: true }),
    ).toEqual(['stopped_production']);
    const zeros = months({ year: 2020, month: 7 }, [...Array<number>(10).fill(300), 0, 0]);
    // trailing 10 × 300 = 3000 < 3500
    expect(rules({ series: zeros, through: jun21, threshold: 3500 })).toEqual([
      'trailing_below',
      'stopped_production',
    ]);
  });

  it('missed reports: two latest periods not reported', () => {
    const steady = months({ year: 2020, month: 7 }, Array<number>(12).fill(300));
    expect(
      rules({ series: steady, through: jun21, threshold: 2000, reported: [true, false, false] }),
    ).toEqual(['missed_reports']);
    expect(
      rules({ series: steady, through: jun21, threshold: 2000, reported: [false, false, true] }),
    ).toEqual([]);
  });
});
