import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATORS } from './indicators';
import {
  checkSubmission,
  checkValidationConfig,
  DEFAULT_RULE_SEVERITY,
  DEFAULT_VALIDATION_CONFIG,
  type ReportFigures,
  VALIDATION_RULE_IDS,
  VALIDATION_RULE_LABELS,
  type ValidationConfig,
  type ValidationFinding,
  type ValidationInput,
  validateReport,
} from './validation';

const f = (
  month: number | null,
  ytd: number | null,
  prevYearYtd: number | null,
): ReportFigures => ({
  month,
  ytd,
  prevYearYtd,
});

/** A clean May report: every rule passes. */
const CLEAN: ValidationInput = {
  period: '2021-05',
  indicators: DEFAULT_INDICATORS,
  values: {
    output: f(1000, 5000, 4500),
    revenue: f(950, 4800, 4400),
    profit: f(50, 200, 180),
    tax: f(30, 150, 140),
    electricity: f(80, 400, 380),
    employees: f(null, 250, 240),
  },
  previousYtd: { output: 4000, revenue: 3850, profit: 150, tax: 120, electricity: 320 },
  lastYearYtd: {
    output: 4500,
    revenue: 4400,
    profit: 180,
    tax: 140,
    electricity: 380,
    employees: 240,
  },
  history: { output: [900, 950, 1000, 1050, 980, 1020] },
  config: DEFAULT_VALIDATION_CONFIG,
};

type Change = Partial<Omit<ValidationInput, 'values'>> & {
  values?: Record<string, ReportFigures | undefined>;
};

function run(change: Change): ValidationFinding[] {
  const values = { ...CLEAN.values, ...change.values };
  for (const [code, v] of Object.entries(values)) if (v === undefined) delete values[code];
  return validateReport({ ...CLEAN, ...change, values: values as Record<string, ReportFigures> });
}
const brief = (findings: ValidationFinding[]) =>
  findings.map((x) => [x.key, x.severity, x.field, x.message.zh]);

describe('validateReport on worked examples', () => {
  it('finds nothing in a clean report', () => {
    expect(run({})).toEqual([]);
  });

  it.each<[string, Change, (string | null)[][]]>([
    [
      '营业收入 falls below last period',
      {
        values: { revenue: f(-65.5, 1234.5, 1200) },
        previousYtd: { ...CLEAN.previousYtd, revenue: 1300 },
        lastYearYtd: { ...CLEAN.lastYearYtd, revenue: 1200 },
      },
      [
        ['non_negative:revenue', 'hard', 'month', '营业收入本月 -65.5 万元为负数，该指标不能为负'],
        [
          'ytd_not_below_previous:revenue',
          'hard',
          'ytd',
          '营业收入本年累计 1,234.5 万元低于上期累计 1,300.0 万元，本年累计不应减少',
        ],
      ],
    ],
    [
      '本年累计 ≠ 上期累计 + 本月',
      { values: { output: f(1000, 5100, 4500) } },
      [
        [
          'ytd_equals_previous_plus_month:output',
          'hard',
          'ytd',
          '工业总产值(当年价)本年累计 5,100.0 万元不等于上期累计 4,000.0 万元加本月 1,000.0 万元（应为 5,000.0 万元）',
        ],
      ],
    ],
    ['off by one unit: within the tolerance', { values: { output: f(1000, 5000.1, 4500) } }, []],
    [
      'off by two units',
      { values: { output: f(1000, 4999.8, 4500) } },
      [
        [
          'ytd_equals_previous_plus_month:output',
          'hard',
          'ytd',
          '工业总产值(当年价)本年累计 4,999.8 万元不等于上期累计 4,000.0 万元加本月 1,000.0 万元（应为 5,000.0 万元）',
        ],
      ],
    ],
    [
      'last period unknown: the rules needing it are skipped',
      { values: { output: f(1000, 900, 4500) }, previousYtd: {} },
      [
        [
          'yoy_change:output',
          'soft',
          'ytd',
          '工业总产值(当年价)本年累计 900.0 万元比上年同期累计 4,500.0 万元下降 80.0%，超出 ±30% 的范围，请说明原因',
        ],
      ],
    ],
    [
      'up 31.6% on last year',
      {
        values: { output: f(1000, 5000, 3800) },
        lastYearYtd: { ...CLEAN.lastYearYtd, output: 3800 },
      },
      [
        [
          'yoy_change:output',
          'soft',
          'ytd',
          '工业总产值(当年价)本年累计 5,000.0 万元比上年同期累计 3,800.0 万元增长 31.6%，超出 ±30% 的范围，请说明原因',
        ],
      ],
    ],
    [
      'up exactly 30%: not beyond',
      {
        values: { output: f(1000, 5000, 5000 / 1.3) },
        lastYearYtd: { ...CLEAN.lastYearYtd, output: 5000 / 1.3 },
      },
      [],
    ],
    [
      'up 30% to the decimal (1,300.0 on 1,000.0)',
      {
        values: { tax: f(1180, 1300, 1000) },
        lastYearYtd: { ...CLEAN.lastYearYtd, tax: 1000 },
      },
      [],
    ],
    [
      'no growth rate from a zero base',
      { values: { tax: f(30, 150, 0) }, lastYearYtd: { ...CLEAN.lastYearYtd, tax: 0 } },
      [],
    ],
    [
      '利润 from a loss last year: no rate; a loss this year is allowed',
      {
        values: { profit: f(-80, -30, -100) },
        previousYtd: { ...CLEAN.previousYtd, profit: 50 },
        lastYearYtd: { ...CLEAN.lastYearYtd, profit: -100 },
      },
      [],
    ],
    [
      '利润 turns into a loss: −200%',
      {
        values: { profit: f(-150, -100, 100) },
        previousYtd: { ...CLEAN.previousYtd, profit: 50 },
        lastYearYtd: { ...CLEAN.lastYearYtd, profit: 100 },
      },
      [
        [
          'yoy_change:profit',
          'soft',
          'ytd',
          '利润总额本年累计 -100.0 万元比上年同期累计 100.0 万元下降 200.0%，超出 ±30% 的范围，请说明原因',
        ],
      ],
    ],
    [
      '从业人员 up 40% and last year’s figure revised',
      { values: { employees: f(null, 350, 250) } },
      [
        [
          'yoy_change:employees',
          'soft',
          'ytd',
          '期末从业人员期末数 350 人比上年同期数 250 人增长 40.0%，超出 ±30% 的范围，请说明原因',
        ],
        [
          'prev_year_revised:employees',
          'soft',
          'prevYearYtd',
          '期末从业人员上年同期数 250 人与本企业去年同期报送的期末数 240 人不一致，请说明修订原因',
        ],
      ],
    ],
    [
      'a stock is never checked against 累计 or history, and its 本月 is ignored',
      {
        values: { employees: f(-5, 240, 240) },
        previousYtd: { ...CLEAN.previousYtd, employees: 400 },
        history: { employees: [900, 900, 900, 900, 900, 900] },
      },
      [],
    ],
    [
      'a negative stock',
      {
        values: { employees: f(null, -3, 240) },
      },
      [
        ['non_negative:employees', 'hard', 'ytd', '期末从业人员期末数 -3 人为负数，该指标不能为负'],
        [
          'yoy_change:employees',
          'soft',
          'ytd',
          '期末从业人员期末数 -3 人比上年同期数 240 人下降 101.3%，超出 ±30% 的范围，请说明原因',
        ],
      ],
    ],
    [
      '本月 above its history',
      { values: { output: f(1300, 5300, 4500) } },
      [
        [
          'month_outside_history:output',
          'soft',
          'month',
          '工业总产值(当年价)本月 1,300.0 万元高于本企业以往 6 个报告期的月度范围 900.0–1,050.0 万元，请说明原因',
        ],
      ],
    ],
    ['本月 on the widened bound (1,050 + 20%)', { values: { output: f(1260, 5260, 4500) } }, []],
    [
      '本月 below its history (900 − 20% = 720)',
      { values: { output: f(700, 4700, 4500) } },
      [
        [
          'month_outside_history:output',
          'soft',
          'month',
          '工业总产值(当年价)本月 700.0 万元低于本企业以往 6 个报告期的月度范围 900.0–1,050.0 万元，请说明原因',
        ],
      ],
    ],
    [
      'too little history to judge',
      { values: { output: f(1300, 5300, 4500) }, history: { output: [900, 950, 1000, 1050, 980] } },
      [],
    ],
    [
      '上年同期累计 revised',
      { lastYearYtd: { ...CLEAN.lastYearYtd, revenue: 4350 } },
      [
        [
          'prev_year_revised:revenue',
          'soft',
          'prevYearYtd',
          '营业收入上年同期累计 4,400.0 万元与本企业去年同期报送的本年累计 4,350.0 万元不一致，请说明修订原因',
        ],
      ],
    ],
    [
      '上年同期累计 within one unit of what was reported',
      { lastYearYtd: { ...CLEAN.lastYearYtd, revenue: 4399.9 } },
      [],
    ],
    [
      '利润 above 营业收入',
      {
        values: { profit: f(150, 5000, 4500) },
        previousYtd: { ...CLEAN.previousYtd, profit: 4850 },
        lastYearYtd: { ...CLEAN.lastYearYtd, profit: 4500 },
      },
      [
        [
          'comparison:profit_le_revenue',
          'soft',
          'ytd',
          '利润总额一般不应大于营业收入：利润总额本年累计 5,000.0 万元，营业收入本年累计 4,800.0 万元',
        ],
      ],
    ],
    [
      '利润 equal to 营业收入 is allowed by ≤',
      {
        values: { profit: f(150, 4800, 4500) },
        previousYtd: { ...CLEAN.previousYtd, profit: 4650 },
        lastYearYtd: { ...CLEAN.lastYearYtd, profit: 4500 },
      },
      [],
    ],
    [
      'missing figures of required indicators; 用电量 may stay empty',
      {
        values: { output: f(null, 5000, null), employees: undefined, electricity: undefined },
      },
      [
        [
          'required:output',
          'hard',
          'month',
          '工业总产值(当年价)的本月、上年同期累计未填写（必填指标）',
        ],
        ['required:employees', 'hard', 'ytd', '期末从业人员的期末数、上年同期数未填写（必填指标）'],
      ],
    ],
    [
      'non-finite numbers count as empty',
      { values: { tax: f(Number.NaN, 150, Number.POSITIVE_INFINITY) } },
      [['required:tax', 'hard', 'month', '税金总额的本月、上年同期累计未填写（必填指标）']],
    ],
  ])('%s', (_name, change, expected) => {
    expect(brief(run(change))).toEqual(expected);
  });

  it('speaks English too', () => {
    const [finding] = run({
      values: { revenue: f(-65.5, 1234.5, 1200) },
      previousYtd: { ...CLEAN.previousYtd, revenue: 1300 },
      lastYearYtd: { ...CLEAN.lastYearYtd, revenue: 1200 },
      config: { ...DEFAULT_VALIDATION_CONFIG, disabled: ['non_negative'] },
    });
    expect(finding?.message.en).toBe(
      'Operating revenue: year to date 1,234.5 10k yuan is below last period’s 1,300.0 10k yuan; a year-to-date figure cannot fall',
    );
    const [required] = run({ values: { employees: undefined } });
    expect(required?.message.en).toBe(
      'Persons employed at period end: period-end figure and figure a year earlier must be filled in',
    );
  });
});

describe('validateReport in 1–2月', () => {
  const jan: Change = { period: '2021-02', previousYtd: { output: 999999 }, history: {} };

  it('takes the last 累计 as 0 whatever is given, and checks nothing against it', () => {
    expect(
      brief(
        run({
          ...jan,
          values: {
            output: f(2000, 2000, 1800),
            revenue: f(1900, 1900, 1700),
            profit: f(100, 100, 90),
            tax: f(60, 60, 55),
            electricity: f(150, 150, 140),
          },
          lastYearYtd: {},
        }),
      ),
    ).toEqual([]);
  });

  it('wants 本年累计 equal to 本月', () => {
    expect(
      brief(run({ ...jan, values: { output: f(2000, 2000.5, 1800) }, lastYearYtd: {} })).slice(
        0,
        1,
      ),
    ).toEqual([
      [
        'ytd_equals_previous_plus_month:output',
        'hard',
        'ytd',
        '工业总产值(当年价)1–2月本年累计 2,000.5 万元不等于本月 2,000.0 万元（1–2月的本年累计就是本月数）',
      ],
    ]);
  });

  it('halves the two months before comparing with the history', () => {
    const history = { output: [900, 950, 1000, 1050, 980, 1020] };
    expect(
      brief(
        run({
          ...jan,
          history,
          values: { output: f(2700, 2700, 2500) },
          lastYearYtd: { output: 2500 },
          indicators: DEFAULT_INDICATORS.filter((i) => i.code === 'output'),
        }),
      ),
    ).toEqual([
      [
        'month_outside_history:output',
        'soft',
        'month',
        '工业总产值(当年价)1–2月 2,700.0 万元（月均 1,350.0 万元）高于本企业以往 6 个报告期的月度范围 900.0–1,050.0 万元，请说明原因',
      ],
    ]);
    expect(
      run({
        ...jan,
        history,
        values: { output: f(2400, 2400, 2500) },
        lastYearYtd: { output: 2500 },
        indicators: DEFAULT_INDICATORS.filter((i) => i.code === 'output'),
      }),
    ).toEqual([]);
  });
});

describe('validateReport configuration', () => {
  const messy: Change = {
    values: {
      output: f(1000, 5100, 3000),
      profit: f(150, 5000, 4500),
    },
    previousYtd: { ...CLEAN.previousYtd, profit: 4850 },
    lastYearYtd: { ...CLEAN.lastYearYtd, profit: 4500, output: 3000 },
  };

  it('orders findings by indicator then rule, whatever order indicators come in', () => {
    const keys = [
      'ytd_equals_previous_plus_month:output',
      'yoy_change:output',
      'comparison:profit_le_revenue',
    ];
    expect(run(messy).map((x) => x.key)).toEqual(keys);
    expect(
      run({ ...messy, indicators: [...DEFAULT_INDICATORS].reverse() }).map((x) => x.key),
    ).toEqual(keys);
  });

  it('switches rules off and changes their severity', () => {
    const config: ValidationConfig = {
      ...DEFAULT_VALIDATION_CONFIG,
      disabled: ['yoy_change', 'comparison'],
      severity: { ytd_equals_previous_plus_month: 'soft' },
    };
    expect(run({ ...messy, config }).map((x) => [x.key, x.severity])).toEqual([
      ['ytd_equals_previous_plus_month:output', 'soft'],
    ]);
  });

  it('applies configured thresholds and comparisons with their own severity', () => {
    const config: ValidationConfig = {
      ...DEFAULT_VALIDATION_CONFIG,
      toleranceUnits: 1000,
      yoyThreshold: 0.7,
      comparisons: [
        {
          id: 'tax_lt_revenue',
          left: 'tax',
          operator: '<',
          right: 'revenue',
          severity: 'hard',
          message: { zh: '税金总额应小于营业收入', en: 'Taxes must be below revenue' },
        },
      ],
    };
    expect(
      brief(
        run({
          ...messy,
          config,
          values: { ...messy.values, tax: f(4650, 4800, 4000) },
          lastYearYtd: { ...messy.lastYearYtd, tax: 4000 },
        }),
      ),
    ).toEqual([
      [
        'comparison:tax_lt_revenue',
        'hard',
        'ytd',
        '税金总额应小于营业收入：税金总额本年累计 4,800.0 万元，营业收入本年累计 4,800.0 万元',
      ],
    ]);
  });

  it('skips a comparison with an indicator the enterprise does not report or has not filled', () => {
    const withoutRevenue = DEFAULT_INDICATORS.filter((i) => i.code !== 'revenue');
    expect(run({ ...messy, indicators: withoutRevenue }).map((x) => x.key)).not.toContain(
      'comparison:profit_le_revenue',
    );
    expect(
      run({ ...messy, values: { ...messy.values, revenue: f(null, null, null) } }).map(
        (x) => x.key,
      ),
    ).not.toContain('comparison:profit_le_revenue');
  });

  it('refuses a period that is not one', () => {
    expect(() => run({ period: '2021-01' })).toThrow();
  });
});

describe('validateReport on any figures', () => {
  const figure = fc.option(
    fc.oneof(
      fc.integer({ min: -1e7, max: 1e7 }).map((u) => u / 10),
      fc.constantFrom(0, -0, 0.05, Number.NaN),
    ),
    { nil: null },
  );
  const figures = fc.record({ month: figure, ytd: figure, prevYearYtd: figure });
  const codes = DEFAULT_INDICATORS.map((i) => i.code);

  it('never prints NaN or Infinity, keys are unique, severities follow the config', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...codes), figures),
        fc.dictionary(fc.constantFrom(...codes), fc.integer({ min: -1e6, max: 1e6 })),
        fc.dictionary(fc.constantFrom(...codes), fc.integer({ min: -1e6, max: 1e6 })),
        fc.array(fc.integer({ min: -1000, max: 10000 }), { maxLength: 8 }),
        fc.constantFrom('2021-02', '2021-03', '2021-12'),
        (values, previousYtd, lastYearYtd, history, period) => {
          const findings = validateReport({
            ...CLEAN,
            period,
            values,
            previousYtd,
            lastYearYtd,
            history: { output: history, revenue: history },
          });
          const keys = findings.map((x) => x.key);
          expect(new Set(keys).size).toBe(keys.length);
          for (const finding of findings) {
            expect(`${finding.message.zh} ${finding.message.en}`).not.toMatch(
              /NaN|Infinity|undefined|null/,
            );
            if (finding.ruleId !== 'comparison') {
              expect(finding.severity).toBe(DEFAULT_RULE_SEVERITY[finding.ruleId]);
            }
          }
        },
      ),
    );
  });
});

describe('checkSubmission', () => {
  const hard = run({ values: { output: f(1000, 5100, 4500) } });
  const soft = run({ lastYearYtd: { ...CLEAN.lastYearYtd, revenue: 4350 } });

  it.each<[string, ValidationFinding[], Record<string, string>, boolean, number, number]>([
    ['nothing found', [], {}, true, 0, 0],
    [
      'a hard finding blocks, explained or not',
      hard,
      { 'ytd_equals_previous_plus_month:output': '已核实无误' },
      false,
      1,
      0,
    ],
    ['a soft finding wants an explanation', soft, {}, false, 0, 1],
    ['too short after trimming', soft, { 'prev_year_revised:revenue': '  补报  ' }, false, 0, 1],
    [
      'explained in four characters',
      soft,
      { 'prev_year_revised:revenue': ' 年报修订 ' },
      true,
      0,
      0,
    ],
    ['explained under another key', soft, { 'yoy_change:revenue': '年报修订调整' }, false, 0, 1],
    [
      'both',
      [...hard, ...soft],
      { 'prev_year_revised:revenue': 'revised in the annual report' },
      false,
      1,
      0,
    ],
  ])('%s', (_name, findings, explanations, ok, blocking, unexplained) => {
    const result = checkSubmission(findings, explanations);
    expect([result.ok, result.blocking.length, result.unexplained.length]).toEqual([
      ok,
      blocking,
      unexplained,
    ]);
  });

  it('does not read inherited properties as explanations', () => {
    const finding = { ...soft[0], key: 'toString' } as ValidationFinding;
    expect(checkSubmission([finding], {}).ok).toBe(false);
  });
});

describe('checkValidationConfig', () => {
  const codes = DEFAULT_INDICATORS.map((i) => i.code);
  const base = DEFAULT_VALIDATION_CONFIG;
  const comparison = base.comparisons[0];
  if (!comparison) throw new Error('the default has a comparison');

  it('accepts the default', () => {
    expect(checkValidationConfig(base, codes)).toEqual([]);
  });

  it.each<[string, Partial<ValidationConfig>, string[]]>([
    [
      'negative tolerance',
      { toleranceUnits: -1 },
      ['容差应为 0 到 1000 之间的整数（以末位单位计）'],
    ],
    [
      'fractional tolerance',
      { toleranceUnits: 0.5 },
      ['容差应为 0 到 1000 之间的整数（以末位单位计）'],
    ],
    ['zero threshold', { yoyThreshold: 0 }, ['同比变动阈值应大于 0 且不超过 10（即 1000%）']],
    [
      'NaN threshold',
      { yoyThreshold: Number.NaN },
      ['同比变动阈值应大于 0 且不超过 10（即 1000%）'],
    ],
    ['no history', { historyMinPeriods: 0 }, ['历史范围所需的报告期数应为 1 到 60 之间的整数']],
    ['negative margin', { historyMargin: -0.1 }, ['历史范围的放宽比例应在 0 到 10 之间']],
    [
      'unknown rules',
      {
        disabled: ['yoy' as never],
        severity: { nope: 'soft', yoy_change: 'medium' } as never,
      },
      [
        '停用的规则“yoy”不存在',
        '规则“nope”不存在，不能设置级别',
        '规则“yoy_change”的级别应为 hard（阻止报送）或 soft（需说明）',
      ],
    ],
    [
      'a comparison with unknown indicators, twice',
      {
        comparisons: [
          { ...comparison, left: 'profits' },
          { ...comparison, left: 'profits' },
        ],
      },
      [
        '指标间规则“profit_le_revenue”引用的指标“profits”不存在',
        '指标间规则“profit_le_revenue”重复',
        '指标间规则“profit_le_revenue”引用的指标“profits”不存在',
      ],
    ],
    [
      'a comparison of an indicator with itself, bad operator, bad id, no message',
      {
        comparisons: [
          {
            ...comparison,
            id: 'Profit',
            right: 'profit',
            operator: '=' as never,
            severity: 'x' as never,
            message: { zh: '', en: 'x' },
          },
        ],
      },
      [
        '指标间规则“Profit”的编号应由小写字母、数字和下划线组成，以字母开头',
        '指标间规则“Profit”比较的是同一个指标',
        '指标间规则“Profit”的比较符应为 <=、<、>= 或 >',
        '指标间规则“Profit”的级别应为 hard 或 soft',
        '指标间规则“Profit”需要中英文提示语',
      ],
    ],
  ])('%s', (_name, change, problems) => {
    const found = checkValidationConfig({ ...base, ...change }, codes);
    expect(found.map((p) => p.zh)).toEqual(problems);
    for (const p of found) expect(p.en).not.toBe('');
  });
});

describe('rule catalogue', () => {
  it('has a severity and a label for every rule; hard ones first', () => {
    expect(VALIDATION_RULE_IDS.map((id) => DEFAULT_RULE_SEVERITY[id])).toEqual([
      'hard',
      'hard',
      'hard',
      'hard',
      'soft',
      'soft',
      'soft',
      'soft',
    ]);
    for (const id of VALIDATION_RULE_IDS) expect(VALIDATION_RULE_LABELS[id].en).not.toBe('');
  });

  it('defaults to ±30%, one unit, six periods, a 20% margin and 利润 ≤ 营业收入', () => {
    expect(DEFAULT_VALIDATION_CONFIG).toMatchObject({
      toleranceUnits: 1,
      yoyThreshold: 0.3,
      historyMinPeriods: 6,
      historyMargin: 0.2,
      disabled: [],
      severity: {},
    });
    expect(DEFAULT_VALIDATION_CONFIG.comparisons).toHaveLength(1);
  });
});
