import type { LocalizedText } from '../common/locale';
import { exhaustiveSwitchError } from '../common/result';
import {
  formatFigure,
  type Indicator,
  isValidIndicatorCode,
  roundToDecimals,
  toDecimalUnits,
} from './indicators';
import { monthsInPeriod, type PeriodKey, parsePeriod } from './periods';

/** Hard rules block submission; soft rules require a written explanation. */
export type RuleSeverity = 'hard' | 'soft';

/** The built-in rules. Their severity may be changed and any of them switched off by configuration. */
export const VALIDATION_RULE_IDS = [
  'required', // hard: a required indicator's figure is missing
  'non_negative', // hard: a figure below zero where the indicator does not allow it
  'ytd_not_below_previous', // hard: 本年累计 below last period's 本年累计 (flows that cannot be negative)
  'ytd_equals_previous_plus_month', // hard: 本年累计 ≠ last period's 累计 + 本月 beyond the tolerance
  'yoy_change', // soft: 本年累计 vs 上年同期累计 changes by more than ±30%
  'month_outside_history', // soft: 本月 (per month) outside the range of its own history
  'prev_year_revised', // soft: 上年同期累计 differs from what the enterprise reported last year
  'comparison', // configured cross-indicator rules, e.g. 利润总额 ≤ 营业收入 (soft)
] as const;
export type ValidationRuleId = (typeof VALIDATION_RULE_IDS)[number];

/** A configured relation between two indicators' 本年累计 (or 期末). */
export interface ComparisonRule {
  /** Unique among comparison rules: `profit_le_revenue`. */
  id: string;
  left: string;
  operator: '<=' | '<' | '>=' | '>';
  right: string;
  severity: RuleSeverity;
  message: LocalizedText;
}

export interface ValidationConfig {
  /** Allowed |本年累计 − (上期累计 + 本月)|, in units of the indicator's last decimal place. */
  toleranceUnits: number;
  /** yoy_change fires when |本年累计 / 上年同期累计 − 1| exceeds this (0.3 = ±30%). */
  yoyThreshold: number;
  /** month_outside_history needs at least this many earlier periods of history. */
  historyMinPeriods: number;
  /** Relative margin around the history's range before month_outside_history fires (0.1 = 10%). */
  historyMargin: number;
  disabled: readonly ValidationRuleId[];
  severity: Partial<Record<ValidationRuleId, RuleSeverity>>;
  comparisons: readonly ComparisonRule[];
}

/** The severity of each rule unless configured otherwise. */
export const DEFAULT_RULE_SEVERITY: Record<ValidationRuleId, RuleSeverity> = {
  required: 'hard',
  non_negative: 'hard',
  ytd_not_below_previous: 'hard',
  ytd_equals_previous_plus_month: 'hard',
  yoy_change: 'soft',
  month_outside_history: 'soft',
  prev_year_revised: 'soft',
  comparison: 'soft',
};

export const VALIDATION_RULE_LABELS: Record<ValidationRuleId, LocalizedText> = {
  required: { zh: '必填', en: 'Required' },
  non_negative: { zh: '不能为负', en: 'Not negative' },
  ytd_not_below_previous: { zh: '累计不减', en: 'Year to date does not fall' },
  ytd_equals_previous_plus_month: {
    zh: '本年累计 = 上期累计 + 本月',
    en: 'Year to date = last period + this month',
  },
  yoy_change: { zh: '同比变动幅度', en: 'Year-on-year change' },
  month_outside_history: { zh: '本月超出历史范围', en: 'Month outside its history' },
  prev_year_revised: { zh: '上年同期数修订', en: 'Last year’s figure revised' },
  comparison: { zh: '指标间关系', en: 'Relation between indicators' },
};

/**
 * ±30% YoY, 1 unit tolerance, 6 periods of history with a 20% margin, 利润总额 ≤ 营业收入 as a
 * soft rule.
 */
export const DEFAULT_VALIDATION_CONFIG: ValidationConfig = {
  toleranceUnits: 1,
  yoyThreshold: 0.3,
  historyMinPeriods: 6,
  historyMargin: 0.2,
  disabled: [],
  severity: {},
  comparisons: [
    {
      id: 'profit_le_revenue',
      left: 'profit',
      operator: '<=',
      right: 'revenue',
      severity: 'soft',
      message: {
        zh: '利润总额一般不应大于营业收入',
        en: 'Total profit should not normally exceed operating revenue',
      },
    },
  ],
};

/** A value of one indicator on a report (flows: month/ytd/prevYearYtd; stocks: ytd = 期末). */
export interface ReportFigures {
  month: number | null;
  ytd: number | null;
  prevYearYtd: number | null;
}

export interface ValidationInput {
  period: PeriodKey;
  /** The indicators the enterprise reports this period. */
  indicators: readonly Indicator[];
  /** This report's figures by indicator code (missing code = nothing entered). */
  values: Readonly<Record<string, ReportFigures>>;
  /** Last period's 本年累计 of the same year by indicator (absent for 1–2月 or when unknown). */
  previousYtd: Readonly<Record<string, number>>;
  /** The enterprise's own 本年累计 of the same period last year, when known (for prev_year_revised). */
  lastYearYtd: Readonly<Record<string, number>>;
  /**
   * The enterprise's earlier monthly values per indicator, as per-month averages (a 1–2月 value
   * is divided by 2), most recent last.
   */
  history: Readonly<Record<string, readonly number[]>>;
  config: ValidationConfig;
}

/** One finding. `key` identifies it for its explanation: `${ruleId}:${indicator}` or `comparison:${id}`. */
export interface ValidationFinding {
  key: string;
  ruleId: ValidationRuleId;
  severity: RuleSeverity;
  /** The indicator (or, for comparisons, the left indicator) it concerns. */
  indicator: string;
  field: 'month' | 'ytd' | 'prevYearYtd' | null;
  message: LocalizedText;
}

/**
 * Run every enabled rule. Findings are ordered by indicator order (sortOrder) then rule order; a
 * comparison belongs to its left indicator. Run completeFlow first: a flow's 本月 is required.
 *
 * - required: a required flow needs 本月, 本年累计 and 上年同期累计; a stock 期末 and 上年同期.
 * - non_negative, ytd_not_below_previous: skipped for indicators that allow negative figures.
 * - ytd_not_below_previous, ytd_equals_previous_plus_month, month_outside_history: flows only;
 *   for 1–2月 the previous 累计 is 0 (本年累计 must equal 本月), otherwise the rules needing it are
 *   skipped when it is unknown.
 * - yoy_change: only when 上年同期 > 0 (a rate from a zero or negative base means nothing).
 * - month_outside_history: 本月 per month (1–2月 halved) against the min–max of the history,
 *   widened by `historyMargin` of each bound's size, once there are `historyMinPeriods` values.
 * - comparison: each configured rule on 本年累计 (期末) of both indicators, with its own severity.
 * Figures are compared after rounding to the indicator's decimals; non-finite numbers count as
 * not filled in.
 */
export function validateReport(input: ValidationInput): ValidationFinding[] {
  const { config } = input;
  const disabled = new Set<ValidationRuleId>(config.disabled);
  const severityOf = (rule: ValidationRuleId): RuleSeverity =>
    config.severity[rule] ?? DEFAULT_RULE_SEVERITY[rule];
  const parts = parsePeriod(input.period);
  if (!parts) throw new Error(`Not a reporting period: ${JSON.stringify(input.period)}`);
  const isFirstOfYear = parts.month === 2;
  const perMonthDivisor = monthsInPeriod(input.period);

  const indicators = input.indicators
    .map((indicator, index) => ({ indicator, index }))
    .sort((a, b) => a.indicator.sortOrder - b.indicator.sortOrder || a.index - b.index)
    .map(({ indicator }) => indicator);
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));

  const findings: ValidationFinding[] = [];
  for (const indicator of indicators) {
    const { code } = indicator;
    const raw = input.values[code];
    const figures: ReportFigures = {
      month: finiteOrNull(raw?.month),
      ytd: finiteOrNull(raw?.ytd),
      prevYearYtd: finiteOrNull(raw?.prevYearYtd),
    };
    if (indicator.kind === 'stock') figures.month = null;
    const text = describe(indicator, input.period);
    const add = (
      ruleId: ValidationRuleId,
      field: ValidationFinding['field'],
      message: LocalizedText,
    ): void => {
      if (disabled.has(ruleId)) return;
      findings.push({
        key: `${ruleId}:${code}`,
        ruleId,
        severity: severityOf(ruleId),
        indicator: code,
        field,
        message,
      });
    };
    const isFlow = indicator.kind === 'flow';
    const fields: FigureField[] = isFlow ? ['month', 'ytd', 'prevYearYtd'] : ['ytd', 'prevYearYtd'];
    const units = (value: number): number => toDecimalUnits(value, indicator.decimals);

    // required
    const empty = fields.filter((field) => figures[field] === null);
    if (indicator.required && empty.length > 0) {
      add('required', empty[0] ?? null, {
        zh: `${text.name.zh}的${empty.map((f) => text.field[f].zh).join('、')}未填写（必填指标）`,
        en: `${text.name.en}: ${joinEn(empty.map((f) => text.field[f].en))} must be filled in`,
      });
    }

    // non_negative
    if (!indicator.allowNegative) {
      const negative = fields.filter((field) => {
        const value = figures[field];
        return value !== null && units(value) < 0;
      });
      if (negative.length > 0) {
        add('non_negative', negative[0] ?? null, {
          zh: `${text.name.zh}${negative.map((f) => `${text.field[f].zh} ${text.amount(figures[f] ?? 0).zh}`).join('、')}为负数，该指标不能为负`,
          en: `${text.name.en}: ${joinEn(negative.map((f) => `${text.field[f].en} ${text.amount(figures[f] ?? 0).en}`))} — this figure cannot be negative`,
        });
      }
    }

    const previous = isFirstOfYear ? 0 : (finiteOrNull(input.previousYtd[code]) ?? null);
    const { month, ytd, prevYearYtd } = figures;

    // ytd_not_below_previous
    if (
      isFlow &&
      !indicator.allowNegative &&
      !isFirstOfYear &&
      ytd !== null &&
      previous !== null &&
      units(ytd) < units(previous)
    ) {
      add('ytd_not_below_previous', 'ytd', {
        zh: `${text.name.zh}本年累计 ${text.amount(ytd).zh}低于上期累计 ${text.amount(previous).zh}，本年累计不应减少`,
        en: `${text.name.en}: year to date ${text.amount(ytd).en} is below last period’s ${text.amount(previous).en}; a year-to-date figure cannot fall`,
      });
    }

    // ytd_equals_previous_plus_month
    if (isFlow && ytd !== null && month !== null && previous !== null) {
      const expectedUnits = units(previous) + units(month);
      if (Math.abs(units(ytd) - expectedUnits) > config.toleranceUnits) {
        const expected = expectedUnits / 10 ** indicator.decimals;
        add(
          'ytd_equals_previous_plus_month',
          'ytd',
          isFirstOfYear
            ? {
                zh: `${text.name.zh}1–2月本年累计 ${text.amount(ytd).zh}不等于本月 ${text.amount(month).zh}（1–2月的本年累计就是本月数）`,
                en: `${text.name.en}: the Jan–Feb year to date ${text.amount(ytd).en} differs from this period’s ${text.amount(month).en} (for Jan–Feb they are the same figure)`,
              }
            : {
                zh: `${text.name.zh}本年累计 ${text.amount(ytd).zh}不等于上期累计 ${text.amount(previous).zh}加本月 ${text.amount(month).zh}（应为 ${text.amount(expected).zh}）`,
                en: `${text.name.en}: year to date ${text.amount(ytd).en} is not last period’s ${text.amount(previous).en} plus this month’s ${text.amount(month).en} (that makes ${text.amount(expected).en})`,
              },
        );
      }
    }

    // yoy_change
    if (ytd !== null && prevYearYtd !== null) {
      const current = roundToDecimals(ytd, indicator.decimals);
      const base = roundToDecimals(prevYearYtd, indicator.decimals);
      if (base > 0) {
        const change = current / base - 1;
        if (Math.abs(change) > config.yoyThreshold + RATIO_EPSILON) {
          const pct = formatFigure(Math.abs(change) * 100, 1);
          const limit = formatFigure(config.yoyThreshold * 100, 0);
          const up = change > 0;
          add('yoy_change', 'ytd', {
            zh: `${text.name.zh}${text.field.ytd.zh} ${text.amount(current).zh}比${text.field.prevYearYtd.zh} ${text.amount(base).zh}${up ? '增长' : '下降'} ${pct}%，超出 ±${limit}% 的范围，请说明原因`,
            en: `${text.name.en}: ${text.field.ytd.en} ${text.amount(current).en} is ${pct}% ${up ? 'above' : 'below'} ${text.field.prevYearYtd.en} ${text.amount(base).en}, beyond ±${limit}%; please explain`,
          });
        }
      }
    }

    // month_outside_history
    const history = (input.history[code] ?? []).filter((v) => Number.isFinite(v));
    if (
      isFlow &&
      month !== null &&
      history.length >= config.historyMinPeriods &&
      history.length > 0
    ) {
      const perMonth = month / perMonthDivisor;
      const min = Math.min(...history);
      const max = Math.max(...history);
      const lower = min - config.historyMargin * Math.abs(min);
      const upper = max + config.historyMargin * Math.abs(max);
      const tolerance = 0.5 * 10 ** -indicator.decimals;
      const high = perMonth > upper + tolerance;
      if (high || perMonth < lower - tolerance) {
        const shown =
          perMonthDivisor === 1
            ? { zh: `本月 ${text.amount(month).zh}`, en: `this month’s ${text.amount(month).en}` }
            : {
                zh: `1–2月 ${text.amount(month).zh}（月均 ${text.amount(perMonth).zh}）`,
                en: `Jan–Feb ${text.amount(month).en} (${text.amount(perMonth).en} a month)`,
              };
        const range = {
          zh: `${formatFigure(min, indicator.decimals)}–${text.amount(max).zh}`,
          en: `${formatFigure(min, indicator.decimals)}–${text.amount(max).en}`,
        };
        add('month_outside_history', 'month', {
          zh: `${text.name.zh}${shown.zh}${high ? '高于' : '低于'}本企业以往 ${history.length} 个报告期的月度范围 ${range.zh}，请说明原因`,
          en: `${text.name.en}: ${shown.en} is ${high ? 'above' : 'below'} the enterprise’s monthly range over its last ${history.length} periods (${range.en}); please explain`,
        });
      }
    }

    // prev_year_revised
    const reported = finiteOrNull(input.lastYearYtd[code]);
    if (
      prevYearYtd !== null &&
      reported !== null &&
      Math.abs(units(prevYearYtd) - units(reported)) > config.toleranceUnits
    ) {
      add('prev_year_revised', 'prevYearYtd', {
        zh: `${text.name.zh}${text.field.prevYearYtd.zh} ${text.amount(prevYearYtd).zh}与本企业去年同期报送的${text.field.ytd.zh} ${text.amount(reported).zh}不一致，请说明修订原因`,
        en: `${text.name.en}: ${text.field.prevYearYtd.en} ${text.amount(prevYearYtd).en} differs from the ${text.amount(reported).en} the enterprise reported a year ago; please explain the revision`,
      });
    }

    // comparison
    if (!disabled.has('comparison')) {
      for (const rule of config.comparisons) {
        if (rule.left !== code) continue;
        const right = byCode.get(rule.right);
        if (!right) continue;
        const leftValue = ytd;
        const rightRaw = finiteOrNull(input.values[right.code]?.ytd);
        if (leftValue === null || rightRaw === null) continue;
        const l = roundToDecimals(leftValue, indicator.decimals);
        const r = roundToDecimals(rightRaw, right.decimals);
        if (holds(l, rule.operator, r)) continue;
        const rightText = describe(right, input.period);
        findings.push({
          key: `comparison:${rule.id}`,
          ruleId: 'comparison',
          severity: rule.severity,
          indicator: code,
          field: 'ytd',
          message: {
            zh: `${rule.message.zh}：${text.name.zh}${text.field.ytd.zh} ${text.amount(l).zh}，${rightText.name.zh}${rightText.field.ytd.zh} ${rightText.amount(r).zh}`,
            en: `${rule.message.en}: ${text.name.en} ${text.field.ytd.en} ${text.amount(l).en}, ${rightText.name.en} ${rightText.field.ytd.en} ${rightText.amount(r).en}`,
          },
        });
      }
    }
  }
  return findings;
}

type FigureField = 'month' | 'ytd' | 'prevYearYtd';

/** Ratios within this of the threshold count as on it (130 / 100 − 1 is 0.30000000000000004). */
const RATIO_EPSILON = 1e-9;

const finiteOrNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

function holds(left: number, operator: ComparisonRule['operator'], right: number): boolean {
  switch (operator) {
    case '<=':
      return left <= right;
    case '<':
      return left < right;
    case '>=':
      return left >= right;
    case '>':
      return left > right;
    default:
      return exhaustiveSwitchError(operator, 'comparison operator');
  }
}

const joinEn = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

const FLOW_FIELDS: Record<FigureField, LocalizedText> = {
  month: { zh: '本月', en: 'this month' },
  ytd: { zh: '本年累计', en: 'year to date' },
  prevYearYtd: { zh: '上年同期累计', en: 'same period last year' },
};
const FIRST_PERIOD_FLOW_FIELDS: Record<FigureField, LocalizedText> = {
  ...FLOW_FIELDS,
  month: { zh: '1–2月', en: 'Jan–Feb' },
};
const STOCK_FIELDS: Record<FigureField, LocalizedText> = {
  month: { zh: '本月', en: 'this month' },
  ytd: { zh: '期末数', en: 'period-end figure' },
  prevYearYtd: { zh: '上年同期数', en: 'figure a year earlier' },
};

/** How messages name an indicator, its fields and its amounts. */
function describe(
  indicator: Indicator,
  period: PeriodKey,
): {
  name: LocalizedText;
  field: Record<FigureField, LocalizedText>;
  amount: (value: number) => LocalizedText;
} {
  const field =
    indicator.kind === 'stock'
      ? STOCK_FIELDS
      : monthsInPeriod(period) === 2
        ? FIRST_PERIOD_FLOW_FIELDS
        : FLOW_FIELDS;
  return {
    name: indicator.name,
    field,
    amount: (value) => {
      const figure = formatFigure(value, indicator.decimals);
      return { zh: `${figure} ${indicator.unit.zh}`, en: `${figure} ${indicator.unit.en}` };
    },
  };
}

export interface SubmissionCheck {
  ok: boolean;
  /** Hard findings (each blocks). */
  blocking: ValidationFinding[];
  /** Soft findings without a non-empty explanation (≥ 4 characters after trimming). */
  unexplained: ValidationFinding[];
}

/** An explanation needs at least this many characters (after trimming). */
export const MIN_EXPLANATION_LENGTH = 4;

/** Whether a report with these findings and explanations (by finding key) may be submitted. */
export function checkSubmission(
  findings: readonly ValidationFinding[],
  explanations: Readonly<Record<string, string>>,
): SubmissionCheck {
  const blocking = findings.filter((f) => f.severity === 'hard');
  const unexplained = findings.filter((f) => {
    if (f.severity !== 'soft') return false;
    const text = Object.hasOwn(explanations, f.key) ? explanations[f.key] : undefined;
    return typeof text !== 'string' || [...text.trim()].length < MIN_EXPLANATION_LENGTH;
  });
  return { ok: blocking.length === 0 && unexplained.length === 0, blocking, unexplained };
}

const SEVERITIES: readonly string[] = ['hard', 'soft'];
const OPERATORS: readonly string[] = ['<=', '<', '>=', '>'];

/**
 * Check a configuration an administrator saved: known rule ids, comparison indicators exist,
 * numbers in range (tolerance a whole 0–1000 units, YoY threshold above 0 and at most 10,
 * history 1–60 periods, margin 0–10). Empty when it is sound.
 */
export function checkValidationConfig(
  config: ValidationConfig,
  indicatorCodes: readonly string[],
): LocalizedText[] {
  const problems: LocalizedText[] = [];
  const known = new Set<string>(VALIDATION_RULE_IDS);
  const codes = new Set(indicatorCodes);
  const inRange = (value: number, min: number, max: number): boolean =>
    Number.isFinite(value) && value >= min && value <= max;

  if (!Number.isInteger(config.toleranceUnits) || !inRange(config.toleranceUnits, 0, 1000)) {
    problems.push({
      zh: '容差应为 0 到 1000 之间的整数（以末位单位计）',
      en: 'The tolerance must be a whole number of last-decimal units from 0 to 1000',
    });
  }
  if (!inRange(config.yoyThreshold, 0, 10) || config.yoyThreshold === 0) {
    problems.push({
      zh: '同比变动阈值应大于 0 且不超过 10（即 1000%）',
      en: 'The year-on-year threshold must be above 0 and at most 10 (1000%)',
    });
  }
  if (!Number.isInteger(config.historyMinPeriods) || !inRange(config.historyMinPeriods, 1, 60)) {
    problems.push({
      zh: '历史范围所需的报告期数应为 1 到 60 之间的整数',
      en: 'The periods of history needed must be a whole number from 1 to 60',
    });
  }
  if (!inRange(config.historyMargin, 0, 10)) {
    problems.push({
      zh: '历史范围的放宽比例应在 0 到 10 之间',
      en: 'The margin around the history’s range must be from 0 to 10',
    });
  }
  for (const id of config.disabled) {
    if (!known.has(id)) {
      problems.push({ zh: `停用的规则“${id}”不存在`, en: `Disabled rule “${id}” does not exist` });
    }
  }
  for (const [id, severity] of Object.entries(config.severity)) {
    if (!known.has(id)) {
      problems.push({ zh: `规则“${id}”不存在，不能设置级别`, en: `Rule “${id}” does not exist` });
    } else if (!SEVERITIES.includes(String(severity))) {
      problems.push({
        zh: `规则“${id}”的级别应为 hard（阻止报送）或 soft（需说明）`,
        en: `The severity of rule “${id}” must be hard or soft`,
      });
    }
  }
  const seen = new Set<string>();
  for (const rule of config.comparisons) {
    const label = { zh: `指标间规则“${rule.id}”`, en: `Comparison rule “${rule.id}”` };
    if (!isValidIndicatorCode(rule.id)) {
      problems.push({
        zh: `${label.zh}的编号应由小写字母、数字和下划线组成，以字母开头`,
        en: `${label.en}: the id must be lower case letters, digits and _, starting with a letter`,
      });
    } else if (seen.has(rule.id)) {
      problems.push({ zh: `${label.zh}重复`, en: `${label.en} appears twice` });
    }
    seen.add(rule.id);
    for (const side of [rule.left, rule.right]) {
      if (!codes.has(side)) {
        problems.push({
          zh: `${label.zh}引用的指标“${side}”不存在`,
          en: `${label.en} refers to an unknown indicator “${side}”`,
        });
      }
    }
    if (rule.left === rule.right) {
      problems.push({
        zh: `${label.zh}比较的是同一个指标`,
        en: `${label.en} compares an indicator with itself`,
      });
    }
    if (!OPERATORS.includes(rule.operator)) {
      problems.push({
        zh: `${label.zh}的比较符应为 <=、<、>= 或 >`,
        en: `${label.en}: the operator must be <=, <, >= or >`,
      });
    }
    if (!SEVERITIES.includes(rule.severity)) {
      problems.push({
        zh: `${label.zh}的级别应为 hard 或 soft`,
        en: `${label.en}: the severity must be hard or soft`,
      });
    }
    if (rule.message.zh.trim() === '' || rule.message.en.trim() === '') {
      problems.push({
        zh: `${label.zh}需要中英文提示语`,
        en: `${label.en} needs a message in both languages`,
      });
    }
  }
  return problems;
}
