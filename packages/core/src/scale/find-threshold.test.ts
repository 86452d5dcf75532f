import { describe, expect, it } from 'vitest';
import { findThreshold } from './find-threshold';
import type { ScaleCategory } from './scale-categories';
import type { ScaleProblem, ScaleThresholdRule } from './scale-thresholds';
import { DEFAULT_SCALE_THRESHOLDS } from './scale-thresholds';

const find = (category: ScaleCategory, year: number, code?: string) =>
  findThreshold(DEFAULT_SCALE_THRESHOLDS, category, year, code);

/** The rule's essentials, or the problem. */
const summary = (result: ReturnType<typeof find>): string => {
  if (!result.ok) return result.error.problem;
  const rule = result.value;
  switch (rule.combine) {
    case 'revenue':
      return `≥${rule.revenueAtLeast}`;
    case 'revenue_or_employees':
      return `≥${rule.revenueAtLeast} or ${rule.employeesAtLeast}p`;
    case 'qualification':
    case 'all':
      return rule.combine;
  }
};

describe('findThreshold with the defaults', () => {
  it.each<[ScaleCategory, number, string | undefined, string]>([
    ['industry', 2011, undefined, '≥2000'],
    ['industry', 2025, '1340', '≥2000'],
    ['industry', 2010, undefined, 'no_rule'],
    ['wholesale', 2020, '5111', '≥2000'],
    ['retail', 2020, '5211', '≥500'],
    ['accommodation', 2020, '6110', '≥200'],
    ['catering', 2020, undefined, '≥200'],
    ['construction', 2020, '4710', 'qualification'],
    ['real_estate', 2020, '7010', 'all'],
    // services: the 2019 switch
    ['services', 2018, '5311', '≥1000 or 50p'],
    ['services', 2019, '5311', '≥2000'],
    ['services', 2018, '53', '≥1000 or 50p'],
    ['services', 2019, '53', '≥2000'],
    ['services', 2018, '6510', '≥1000 or 50p'],
    ['services', 2019, '6510', '≥2000'],
    ['services', 2019, '7611', '≥2000'],
    ['services', 2019, '8411', '≥2000'],
    ['services', 2018, '8411', '≥1000 or 50p'],
    ['services', 2019, '7111', '≥1000'],
    ['services', 2019, '7320', '≥1000'],
    ['services', 2019, '8310', '≥1000'],
    ['services', 2019, '7020', '≥1000'],
    ['services', 2018, '7020', '≥1000 or 50p'],
    ['services', 2019, '8010', '≥500'],
    ['services', 2018, '8010', '≥500 or 50p'],
    ['services', 2019, '8510', '≥500'],
    ['services', 2019, '9010', '≥500'],
    ['services', 2010, '5311', 'no_rule'],
    // services need an industry code, one the rules name
    ['services', 2019, undefined, 'industry_code_required'],
    ['services', 2019, '70', 'no_rule_for_industry'],
    ['services', 2019, '7010', 'no_rule_for_industry'],
    ['services', 2019, '6610', 'no_rule_for_industry'],
    ['services', 2019, 'G', 'no_rule_for_industry'],
    ['services', 2019, '5X11', 'invalid_industry_code'],
    ['industry', 2019, '', 'invalid_industry_code'],
  ])('%s in %i for %j: %s', (category, year, code, expected) => {
    expect(summary(find(category, year, code))).toBe(expected);
  });

  it('explains a missing rule in both languages', () => {
    expect(find('industry', 2010)).toEqual({
      ok: false,
      error: {
        problem: 'no_rule',
        message: {
          zh: '2010年没有“规模以上工业”的标准（最早的标准自2011年起）',
          en: 'No threshold for Industry above designated size in 2010 (the first applies from 2011)',
        },
      },
    });
  });

  it('asks for the class when a division is split by class', () => {
    const result = find('services', 2019, '70');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message.zh).toBe(
      '2019年“规模以上服务业”在行业“70”下按更细的行业分别规定，请提供4位行业小类代码',
    );
  });
});

describe('findThreshold: choosing among rules', () => {
  const rule = (
    fromYear: number,
    revenueAtLeast: number,
    divisions?: string[],
    category: ScaleCategory = 'services',
  ): ScaleThresholdRule =>
    divisions === undefined
      ? { category, fromYear, combine: 'revenue', revenueAtLeast }
      : { category, fromYear, divisions, combine: 'revenue', revenueAtLeast };

  const byDepth = [
    rule(2019, 1500),
    rule(2019, 2500, ['G']),
    rule(2019, 2000, ['53', '54']),
    rule(2019, 3000, ['5311']),
    rule(2019, 9999, ['5311'], 'industry'),
  ];

  it.each([
    ['5311', 3000],
    ['5312', 2000],
    ['5411', 2000],
    ['53', 2000],
    ['5511', 2500],
    ['G', 2500],
    ['6510', 1500],
    ['C', 1500],
  ])('the most specific rule wins for %s', (code, expected) => {
    const result = findThreshold(byDepth, 'services', 2020, code);
    expect(result.ok && result.value.combine === 'revenue' && result.value.revenueAtLeast).toBe(
      expected,
    );
  });

  it('falls back to the whole-category rule without a code', () => {
    const result = findThreshold(byDepth, 'services', 2020);
    expect(result.ok && result.value).toEqual(rule(2019, 1500));
  });

  it('lets a newer rule replace an older, more specific one', () => {
    const rules = [rule(2019, 2000, ['53']), rule(2024, 1200)];
    const at = (year: number) => {
      const result = findThreshold(rules, 'services', year, '5311');
      return result.ok && result.value.combine === 'revenue' ? result.value.revenueAtLeast : null;
    };
    expect(at(2019)).toBe(2000);
    expect(at(2023)).toBe(2000);
    expect(at(2024)).toBe(1200);
    expect(at(2030)).toBe(1200);
    expect(findThreshold(rules, 'services', 2018, '5311')).toMatchObject({
      ok: false,
      error: { problem: 'no_rule' },
    });
  });

  it.each<[ScaleThresholdRule[], string | undefined, ScaleProblem | 'ok']>([
    [[rule(2019, 2000, ['53']), rule(2019, 1000, ['53'])], '5311', 'ambiguous_rules'],
    [[rule(2019, 2000), rule(2019, 1000)], undefined, 'ambiguous_rules'],
    [[rule(2019, 2000, ['53']), rule(2019, 1000, ['53']), rule(2019, 900, ['531'])], '5311', 'ok'],
    [[rule(2019, 2000, ['53']), rule(2020, 1000, ['53'])], '5311', 'ok'],
    [[], '5311', 'no_rule'],
    [[rule(2019, 2000, undefined, 'retail')], undefined, 'no_rule'],
  ])('rules %j for %j: %s', (rules, code, expected) => {
    const result = findThreshold(rules, 'services', 2020, code);
    expect(result.ok ? 'ok' : result.error.problem).toBe(expected);
  });
});
