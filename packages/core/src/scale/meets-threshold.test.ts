import { describe, expect, it } from 'vitest';
import { findThreshold } from './find-threshold';
import type { ScaleFigure, ScaleFigures } from './meets-threshold';
import { meetsThreshold, thresholdGap } from './meets-threshold';
import type { ScaleThresholdRule } from './scale-thresholds';
import { DEFAULT_SCALE_THRESHOLDS } from './scale-thresholds';

const INDUSTRY: ScaleThresholdRule = {
  category: 'industry',
  fromYear: 2011,
  combine: 'revenue',
  revenueAtLeast: 2000,
};
const SERVICES_2018: ScaleThresholdRule = {
  category: 'services',
  fromYear: 2011,
  divisions: ['53'],
  combine: 'revenue_or_employees',
  revenueAtLeast: 1000,
  employeesAtLeast: 50,
};
const CONSTRUCTION: ScaleThresholdRule = {
  category: 'construction',
  fromYear: 2011,
  combine: 'qualification',
};
const REAL_ESTATE: ScaleThresholdRule = { category: 'real_estate', fromYear: 2011, combine: 'all' };

describe('meetsThreshold: revenue', () => {
  it.each<[number | undefined, boolean, ScaleFigure[]]>([
    [2000, true, []],
    [1999.99, false, []],
    [2000.01, true, []],
    [1000.1 + 999.9, true, []], // 1999.9999999999998 in floating point
    [1999.999, false, []],
    [1e6, true, []],
    [0, false, []],
    [-5, false, []],
    [undefined, false, ['revenue']],
    [Number.NaN, false, ['revenue']],
    [Number.POSITIVE_INFINITY, false, ['revenue']],
  ])('revenue %s: meets %s, missing %j', (revenue, meets, missing) => {
    const verdict = meetsThreshold(INDUSTRY, revenue === undefined ? {} : { revenue });
    expect(verdict.meets).toBe(meets);
    expect(verdict.missing).toEqual(missing);
  });

  it.each([
    [2000, '营业收入2000万元，达到2000万元', 'Revenue 2000 (10k yuan) reaches 2000'],
    [1999.99, '营业收入1999.99万元，低于2000万元', 'Revenue 1999.99 (10k yuan) is below 2000'],
    [1234.5, '营业收入1234.5万元，低于2000万元', 'Revenue 1234.5 (10k yuan) is below 2000'],
    [
      undefined,
      '未填报营业收入，无法判断是否达到2000万元',
      'Revenue not reported, so the 2000 (10k yuan) threshold cannot be judged',
    ],
  ])('explains revenue %s', (revenue, zh, en) => {
    const figures: ScaleFigures = revenue === undefined ? {} : { revenue };
    expect(meetsThreshold(INDUSTRY, figures).reason).toEqual({ zh, en });
  });

  it('ignores figures the rule does not use', () => {
    expect(meetsThreshold(INDUSTRY, { employees: 500, hasQualification: true }).meets).toBe(false);
  });
});

describe('meetsThreshold: revenue or employees', () => {
  it.each<[ScaleFigures, boolean, ScaleFigure[]]>([
    [{ revenue: 1000, employees: 10 }, true, []],
    [{ revenue: 999.99, employees: 50 }, true, []],
    [{ revenue: 999.99, employees: 49 }, false, []],
    [{ revenue: 1200 }, true, []],
    [{ employees: 60 }, true, []],
    [{ revenue: 800 }, false, ['employees']],
    [{ employees: 10 }, false, ['revenue']],
    [{}, false, ['revenue', 'employees']],
    [{ revenue: 0, employees: 0 }, false, []],
  ])('%j: meets %s, missing %j', (figures, meets, missing) => {
    const verdict = meetsThreshold(SERVICES_2018, figures);
    expect(verdict.meets).toBe(meets);
    expect(verdict.missing).toEqual(missing);
  });

  it('names the route that qualifies, or both that fail', () => {
    expect(meetsThreshold(SERVICES_2018, { revenue: 800, employees: 60 }).reason).toEqual({
      zh: '年末从业人员60人，达到50人',
      en: '60 employees at year end reach 50',
    });
    expect(meetsThreshold(SERVICES_2018, { revenue: 800, employees: 30 }).reason).toEqual({
      zh: '营业收入800万元，低于1000万元；年末从业人员30人，少于50人',
      en: 'Revenue 800 (10k yuan) is below 1000; 30 employees at year end are fewer than 50',
    });
  });
});

describe('meetsThreshold: qualification and all', () => {
  it.each<[ScaleFigures, boolean, ScaleFigure[]]>([
    [{ hasQualification: true }, true, []],
    [{ hasQualification: false, revenue: 1e6 }, false, []],
    [{ revenue: 1e6 }, false, ['qualification']],
  ])('construction %j: meets %s', (figures, meets, missing) => {
    const verdict = meetsThreshold(CONSTRUCTION, figures);
    expect(verdict.meets).toBe(meets);
    expect(verdict.missing).toEqual(missing);
  });

  it('counts every real-estate developer, whatever its figures', () => {
    expect(meetsThreshold(REAL_ESTATE, {})).toMatchObject({ meets: true, missing: [] });
    expect(meetsThreshold(REAL_ESTATE, { revenue: 0 }).meets).toBe(true);
  });
});

describe('meetsThreshold with findThreshold: the 2019 switch', () => {
  // A logistics firm (5311) with 1500万元 and 60 employees: 规上 under the 2011 rule, not after.
  it.each([
    [2018, true],
    [2019, false],
  ])('in %i meets: %s', (year, expected) => {
    const rule = findThreshold(DEFAULT_SCALE_THRESHOLDS, 'services', year, '5311');
    expect(rule.ok).toBe(true);
    if (!rule.ok) return;
    expect(meetsThreshold(rule.value, { revenue: 1500, employees: 60 }).meets).toBe(expected);
  });
});

describe('thresholdGap', () => {
  it.each([
    [1500, { threshold: 2000, shortfall: 500, attainment: 0.75, meets: false }],
    [1000, { threshold: 2000, shortfall: 1000, attainment: 0.5, meets: false }],
    [
      1999.99,
      { threshold: 2000, shortfall: 2000 - 1999.99, attainment: 1999.99 / 2000, meets: false },
    ],
    [2000, { threshold: 2000, shortfall: 0, attainment: 1, meets: true }],
    [
      1000.1 + 999.9,
      { threshold: 2000, shortfall: 0, attainment: (1000.1 + 999.9) / 2000, meets: true },
    ],
    [2500, { threshold: 2000, shortfall: 0, attainment: 1.25, meets: true }],
    [0, { threshold: 2000, shortfall: 2000, attainment: 0, meets: false }],
    [-100, { threshold: 2000, shortfall: 2100, attainment: -0.05, meets: false }],
  ])('revenue %s against 2000', (revenue, expected) => {
    expect(thresholdGap(INDUSTRY, revenue)).toEqual({ ok: true, value: expected });
  });

  it('uses the revenue route of a revenue-or-employees rule', () => {
    expect(thresholdGap(SERVICES_2018, 750)).toEqual({
      ok: true,
      value: { threshold: 1000, shortfall: 250, attainment: 0.75, meets: false },
    });
  });

  it('treats a zero threshold as reached', () => {
    const zero: ScaleThresholdRule = { ...INDUSTRY, revenueAtLeast: 0 };
    expect(thresholdGap(zero, 0)).toEqual({
      ok: true,
      value: { threshold: 0, shortfall: 0, attainment: 1, meets: true },
    });
  });

  it.each([
    [CONSTRUCTION, 100, 'no_revenue_threshold'],
    [REAL_ESTATE, 100, 'no_revenue_threshold'],
    [INDUSTRY, Number.NaN, 'invalid_revenue'],
    [INDUSTRY, Number.NEGATIVE_INFINITY, 'invalid_revenue'],
  ] as const)('refuses %j with revenue %s: %s', (rule, revenue, problem) => {
    expect(thresholdGap(rule, revenue)).toMatchObject({ ok: false, error: { problem } });
  });
});
