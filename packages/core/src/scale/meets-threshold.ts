import type { LocalizedText } from '../common/locale';
import type { Result } from '../common/result';
import { err, exhaustiveSwitchError, ok } from '../common/result';
import type { ScaleError, ScaleThresholdRule } from './scale-thresholds';

/** An enterprise's annual figures; revenue in 万元. Absent (or not finite) means not reported. */
export interface ScaleFigures {
  revenue?: number;
  employees?: number;
  hasQualification?: boolean;
}

export type ScaleFigure = 'revenue' | 'employees' | 'qualification';

export interface ThresholdVerdict {
  meets: boolean;
  reason: LocalizedText;
  /**
   * Figures the rule needed but were not given. Non-empty only when `meets` is false for want
   * of them, i.e. the verdict may change once they are reported.
   */
  missing: ScaleFigure[];
}

/**
 * Tolerance for revenue comparisons, in 万元 (0.01 元): a sum of monthly figures such as
 * 1000.1 + 999.9 gives 1999.9999999999998 in floating point and must count as 2000.
 */
export const REVENUE_TOLERANCE = 1e-6;

const reaches = (value: number, threshold: number): boolean =>
  value >= threshold - REVENUE_TOLERANCE;

const known = (value: number | undefined): value is number =>
  value !== undefined && Number.isFinite(value);

/** 万元 amount for messages: to the yuan (4 decimals), no trailing zeros. */
const formatWan = (value: number): string => String(Math.round(value * 10_000) / 10_000);

interface Check {
  passed: boolean | null;
  text: LocalizedText;
}

function revenueCheck(revenue: number | undefined, threshold: number): Check {
  const t = formatWan(threshold);
  if (!known(revenue)) {
    return {
      passed: null,
      text: {
        zh: `未填报营业收入，无法判断是否达到${t}万元`,
        en: `revenue not reported, so the ${t} (10k yuan) threshold cannot be judged`,
      },
    };
  }
  const r = formatWan(revenue);
  return reaches(revenue, threshold)
    ? {
        passed: true,
        text: {
          zh: `营业收入${r}万元，达到${t}万元`,
          en: `revenue ${r} (10k yuan) reaches ${t}`,
        },
      }
    : {
        passed: false,
        text: {
          zh: `营业收入${r}万元，低于${t}万元`,
          en: `revenue ${r} (10k yuan) is below ${t}`,
        },
      };
}

function employeesCheck(employees: number | undefined, threshold: number): Check {
  if (!known(employees)) {
    return {
      passed: null,
      text: {
        zh: `未填报从业人员，无法判断是否达到${threshold}人`,
        en: `employees not reported, so the ${threshold}-person threshold cannot be judged`,
      },
    };
  }
  return employees >= threshold
    ? {
        passed: true,
        text: {
          zh: `年末从业人员${employees}人，达到${threshold}人`,
          en: `${employees} employees at year end reach ${threshold}`,
        },
      }
    : {
        passed: false,
        text: {
          zh: `年末从业人员${employees}人，少于${threshold}人`,
          en: `${employees} employees at year end are fewer than ${threshold}`,
        },
      };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether an enterprise's figures meet a rule, with a reason a clerk can read. */
export function meetsThreshold(rule: ScaleThresholdRule, figures: ScaleFigures): ThresholdVerdict {
  switch (rule.combine) {
    case 'revenue': {
      const check = revenueCheck(figures.revenue, rule.revenueAtLeast);
      return {
        meets: check.passed === true,
        reason: { zh: check.text.zh, en: capitalise(check.text.en) },
        missing: check.passed === null ? ['revenue'] : [],
      };
    }
    case 'revenue_or_employees': {
      const byRevenue = revenueCheck(figures.revenue, rule.revenueAtLeast);
      const byEmployees = employeesCheck(figures.employees, rule.employeesAtLeast);
      const missing: ScaleFigure[] = [];
      if (byRevenue.passed === null) missing.push('revenue');
      if (byEmployees.passed === null) missing.push('employees');
      const meets = byRevenue.passed === true || byEmployees.passed === true;
      // When one route qualifies, that route alone is the reason.
      const reason = meets
        ? byRevenue.passed === true
          ? byRevenue.text
          : byEmployees.text
        : {
            zh: `${byRevenue.text.zh}；${byEmployees.text.zh}`,
            en: `${byRevenue.text.en}; ${byEmployees.text.en}`,
          };
      return {
        meets,
        reason: { zh: reason.zh, en: capitalise(reason.en) },
        missing: meets ? [] : missing,
      };
    }
    case 'qualification':
      if (figures.hasQualification === undefined) {
        return {
          meets: false,
          reason: { zh: '未填报资质等级情况', en: 'Qualification grade not reported' },
          missing: ['qualification'],
        };
      }
      return figures.hasQualification
        ? {
            meets: true,
            reason: { zh: '具有资质等级', en: 'Holds a qualification grade' },
            missing: [],
          }
        : {
            meets: false,
            reason: { zh: '不具有资质等级', en: 'Holds no qualification grade' },
            missing: [],
          };
    case 'all':
      return {
        meets: true,
        reason: {
          zh: '该类企业全部纳入统计，不设规模标准',
          en: 'Every enterprise of this category is counted; there is no size threshold',
        },
        missing: [],
      };
    default:
      return exhaustiveSwitchError(rule, 'threshold rule');
  }
}

export interface ThresholdGap {
  /** The revenue threshold, 万元. */
  threshold: number;
  /** How far below the threshold, 万元; 0 when it is reached. */
  shortfall: number;
  /** revenue ÷ threshold: 0.75 means three quarters of the way (1 when the threshold is 0). */
  attainment: number;
  meets: boolean;
}

/**
 * How far a revenue is from a rule's revenue threshold, for the seed bank (种子库): e.g. an
 * industrial enterprise at 1500万元 has a shortfall of 500 and an attainment of 0.75. For a
 * 'revenue_or_employees' rule this is the revenue route only.
 */
export function thresholdGap(
  rule: ScaleThresholdRule,
  revenue: number,
): Result<ThresholdGap, ScaleError> {
  if (rule.combine === 'qualification' || rule.combine === 'all') {
    return err({
      problem: 'no_revenue_threshold',
      message: {
        zh: '该标准不按营业收入判断，没有收入差距',
        en: 'This threshold is not based on revenue, so there is no revenue gap',
      },
    });
  }
  if (!Number.isFinite(revenue)) {
    return err({
      problem: 'invalid_revenue',
      message: { zh: '营业收入不是有效数字', en: 'Revenue is not a valid number' },
    });
  }
  const threshold = rule.revenueAtLeast;
  const meets = reaches(revenue, threshold);
  return ok({
    threshold,
    shortfall: meets ? 0 : threshold - revenue,
    attainment: threshold > 0 ? revenue / threshold : 1,
    meets,
  });
}
