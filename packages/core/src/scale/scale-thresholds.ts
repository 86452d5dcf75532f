import type { LocalizedText } from '../common/locale';
import type { ScaleCategory } from './scale-categories';

/**
 * How a rule decides:
 * - 'revenue': annual revenue (主营业务收入 / 营业收入, 万元) ≥ revenueAtLeast;
 * - 'revenue_or_employees': revenue ≥ revenueAtLeast, or year-end employees ≥ employeesAtLeast;
 * - 'qualification': holds a (general or specialised) contracting qualification grade;
 * - 'all': every enterprise of the category counts (real-estate development).
 */
export type ScaleCombine = 'revenue' | 'revenue_or_employees' | 'qualification' | 'all';

interface ScaleRuleBase {
  category: ScaleCategory;
  /** The rule applies from this year until a newer matching rule of the category replaces it. */
  fromYear: number;
  /**
   * GB/T 4754 codes the rule is restricted to: divisions as a rule (e.g. '53'); a group or
   * class narrows further (e.g. '7020'), a section letter widens. Absent: the whole category.
   */
  divisions?: readonly string[];
}

/** A threshold is data (editable configuration), not code. Revenue in 万元. */
export type ScaleThresholdRule =
  | (ScaleRuleBase & { combine: 'revenue'; revenueAtLeast: number })
  | (ScaleRuleBase & {
      combine: 'revenue_or_employees';
      revenueAtLeast: number;
      employeesAtLeast: number;
    })
  | (ScaleRuleBase & { combine: 'qualification' })
  | (ScaleRuleBase & { combine: 'all' });

export type ScaleProblem =
  | 'no_rule'
  | 'industry_code_required'
  | 'no_rule_for_industry'
  | 'ambiguous_rules'
  | 'invalid_industry_code'
  | 'no_revenue_threshold'
  | 'invalid_revenue';

export interface ScaleError {
  problem: ScaleProblem;
  message: LocalizedText;
}

const range = (first: number, last: number): string[] =>
  Array.from({ length: last - first + 1 }, (_, i) => String(first + i).padStart(2, '0'));

/**
 * 物业管理, 房地产中介服务, 房地产租赁经营, 其他房地产业: NBS names these four classes of division
 * 70 (section K); 7010 房地产开发经营 is its own category ('real_estate').
 */
const REAL_ESTATE_SERVICE_CLASSES = ['7020', '7030', '7040', '7090'];

/**
 * Default 四上 thresholds (NBS rules), to seed the editable configuration.
 *
 * Sources: DOMAIN.md's table, and the NBS scope notes for 规模以上服务业 as republished by local
 * statistics offices (e.g. 永春县, 2024; 三明市, 2021) and, for the older rule, an NBS article
 * of July 2019.
 *
 * Services from 2019, by division (营业收入 only, no employee criterion):
 * - ≥ 2000万元: G 53–60 transport, storage & post; I 63–65 IT & software; N 76–79 water,
 *   environment & public facilities; and division 84 卫生 (health).
 * - ≥ 1000万元: L 71–72 leasing & business services; M 73–75 research & technical services;
 *   P 83 education; and the four real-estate service classes 7020/7030/7040/7090.
 * - ≥ 500万元: O 80–82 resident services & repair; R 86–90 culture, sports & entertainment;
 *   and division 85 社会工作 (social work).
 *   NOTE: DOMAIN.md puts "health & social work" at 1000万元; the NBS wording found puts 卫生 at
 *   2000 and 社会工作 at 500, which is what is shipped here. Check before relying on it.
 *
 * Services 2011–2018: "营业收入 1000万元 or 50 employees" for G, I, K (except 7010), L, M, N, P, Q,
 * and "500万元 or 50 employees" for O and R.
 *
 * Simplifications:
 * - Year boundaries: the switch of the services rule is put at 2019 (DOMAIN.md: "before 2019");
 *   the exact report year of the change was not confirmed. All other rules are put at 2011,
 *   when 规上工业 moved from 500 to 2000万元; earlier rules (and the employee conditions of the
 *   older 限额以上 trade rules) are not shipped.
 * - Thresholds are per division (or class), whereas NBS also words some of them per section;
 *   the effect is the same since every division of those sections is listed.
 * - Construction counts any qualification grade; real-estate development counts every
 *   enterprise (NBS: those with a development qualification), so 'all' assumes the register
 *   only lists such enterprises under 7010.
 */
export const DEFAULT_SCALE_THRESHOLDS: readonly ScaleThresholdRule[] = Object.freeze([
  { category: 'industry', fromYear: 2011, combine: 'revenue', revenueAtLeast: 2000 },
  { category: 'wholesale', fromYear: 2011, combine: 'revenue', revenueAtLeast: 2000 },
  { category: 'retail', fromYear: 2011, combine: 'revenue', revenueAtLeast: 500 },
  { category: 'accommodation', fromYear: 2011, combine: 'revenue', revenueAtLeast: 200 },
  { category: 'catering', fromYear: 2011, combine: 'revenue', revenueAtLeast: 200 },
  {
    category: 'services',
    fromYear: 2011,
    divisions: [
      ...range(53, 60),
      ...range(63, 65),
      ...REAL_ESTATE_SERVICE_CLASSES,
      ...range(71, 79),
      '83',
      '84',
      '85',
    ],
    combine: 'revenue_or_employees',
    revenueAtLeast: 1000,
    employeesAtLeast: 50,
  },
  {
    category: 'services',
    fromYear: 2011,
    divisions: [...range(80, 82), ...range(86, 90)],
    combine: 'revenue_or_employees',
    revenueAtLeast: 500,
    employeesAtLeast: 50,
  },
  {
    category: 'services',
    fromYear: 2019,
    divisions: [...range(53, 60), ...range(63, 65), ...range(76, 79), '84'],
    combine: 'revenue',
    revenueAtLeast: 2000,
  },
  {
    category: 'services',
    fromYear: 2019,
    divisions: [...range(71, 75), '83', ...REAL_ESTATE_SERVICE_CLASSES],
    combine: 'revenue',
    revenueAtLeast: 1000,
  },
  {
    category: 'services',
    fromYear: 2019,
    divisions: [...range(80, 82), '85', ...range(86, 90)],
    combine: 'revenue',
    revenueAtLeast: 500,
  },
  { category: 'construction', fromYear: 2011, combine: 'qualification' },
  { category: 'real_estate', fromYear: 2011, combine: 'all' },
]);
