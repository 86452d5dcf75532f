import { CANDIDATE_STATUSES, EXIT_WARNING_RULES, SCALE_CATEGORIES } from '@gongyeyun/core';
import { z } from 'zod';
import { ZLocalizedText } from './analytics';

/** A calendar month, YYYY-MM (01–12). */
export const ZYearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM，如 2021-05');

export const ZCandidateStatus = z.enum(CANDIDATE_STATUSES);
export const ZExitWarningRule = z.enum(EXIT_WARNING_RULES);
const ZCategory = z.enum(SCALE_CATEGORIES);

export const ZCultivationEnterprise = z.object({
  id: z.number().int(),
  uscc: z.string(),
  name: z.string(),
  industryCode: z.string(),
  countyId: z.number().int(),
  countyName: z.string(),
});

const ZOfficer = z.object({ id: z.number().int(), name: z.string() }).nullable();

/** The annual level judged against the threshold, and how it was reached. */
export const ZAnnualLevel = z.object({
  /** 万元; null when there are not enough months. */
  value: z.number().nullable(),
  method: z.enum(['trailing_12', 'annualised_ytd', 'none']),
  trailing12: z.number().nullable(),
  annualisedYtd: z.number().nullable(),
  /** 万元, of the rule in force; null when the category is not judged on revenue. */
  threshold: z.number().nullable(),
  /** value / threshold */
  ratio: z.number().nullable(),
});
export type TAnnualLevel = z.infer<typeof ZAnnualLevel>;

export const ZCrossingProjection = z.object({
  method: z.enum(['already_above', 'trailing_growth', 'insufficient_data']),
  /** mean month-on-month growth of the trailing-12 revenue */
  meanGrowth: z.number().nullable(),
  growthRates: z.array(z.number()),
  projected: ZYearMonth.nullable(),
  earliest: ZYearMonth.nullable(),
  latest: ZYearMonth.nullable(),
});

export const ZCandidate = z.object({
  id: z.number().int(),
  enterprise: ZCultivationEnterprise,
  category: ZCategory,
  status: ZCandidateStatus,
  source: z.enum(['band', 'nominated']),
  nominationReason: z.string().nullable(),
  officer: ZOfficer,
  dropReason: z.string().nullable(),
  enteredOn: z.string().nullable(),
  level: ZAnnualLevel,
  projection: ZCrossingProjection,
  /** Statuses it may move to next. */
  next: z.array(ZCandidateStatus),
  updatedAt: z.string(),
});
export type TCandidate = z.infer<typeof ZCandidate>;

export const ZCultivationQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  /** The month figures are judged at; default: the last month whose reports are in. */
  through: ZYearMonth.optional(),
});

export const ZCandidatesQuery = ZCultivationQuery.extend({
  status: ZCandidateStatus.optional(),
  category: ZCategory.optional(),
  /** Only those projected to cross by this month. */
  projectedBy: ZYearMonth.optional(),
  /** Include entered and dropped ones (default: open ones only). */
  all: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type TCandidatesQuery = z.infer<typeof ZCandidatesQuery>;

export const ZCandidatesPage = z.object({
  through: ZYearMonth,
  unit: z.object({ id: z.number().int(), name: z.string() }),
  rows: z.array(ZCandidate),
  byStatus: z.record(ZCandidateStatus, z.number().int()),
  /** Open candidates projected to cross within the year of `through`. */
  crossingThisYear: z.number().int(),
});
export type TCandidatesPage = z.infer<typeof ZCandidatesPage>;

export const ZRevenuePoint = z.object({
  month: ZYearMonth,
  /** 万元 */
  revenue: z.number().nullable(),
  trailing12: z.number().nullable(),
  enteredAs: z.enum(['month', 'quarter', 'report']).nullable(),
});

export const ZCultivationLogEntry = z.object({
  id: z.number().int(),
  kind: z.enum(['status', 'action', 'note']),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  text: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});

export const ZCandidateDetail = ZCandidate.extend({
  through: ZYearMonth,
  series: z.array(ZRevenuePoint),
  log: z.array(ZCultivationLogEntry),
});
export type TCandidateDetail = z.infer<typeof ZCandidateDetail>;

export const ZNominateInput = z.object({
  enterpriseId: z.number().int().positive(),
  reason: z.string().trim().min(1, '请填写推荐理由').max(500),
});

export const ZCandidateMoveInput = z.object({
  to: ZCandidateStatus,
  officerId: z.number().int().positive().nullable().default(null),
  reason: z.string().trim().max(500).nullable().default(null),
  /** 入库 date when moving to entered (default today). */
  enteredOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD')
    .nullable()
    .default(null),
});
export type TCandidateMoveInput = z.infer<typeof ZCandidateMoveInput>;

export const ZLogTextInput = z.object({
  text: z.string().trim().min(1, '请填写内容').max(1000),
});

/** Revenue of an enterprise below the threshold: months or whole quarters, 万元. */
export const ZRevenueEntry = z
  .object({
    year: z.number().int().min(2000).max(2100),
    month: z.number().int().min(1).max(12).nullable().default(null),
    quarter: z.number().int().min(1).max(4).nullable().default(null),
    revenue: z.number().finite('营业收入应为数字').min(0, '营业收入不能为负数').max(10_000_000),
  })
  .refine((e) => (e.month === null) !== (e.quarter === null), {
    message: '每行须填写月份或季度之一',
    path: ['month'],
  });
export const ZRevenueInput = z.object({
  entries: z.array(ZRevenueEntry).min(1, '请至少填写一期').max(60),
});
export type TRevenueInput = z.infer<typeof ZRevenueInput>;

export const ZExitFinding = z.object({ rule: ZExitWarningRule, message: ZLocalizedText });

export const ZExitWarning = z.object({
  id: z.number().int(),
  enterprise: ZCultivationEnterprise,
  category: ZCategory,
  findings: z.array(ZExitFinding),
  judgedThrough: ZYearMonth,
  status: z.enum(['open', 'closed']),
  officer: ZOfficer,
  closeReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  level: ZAnnualLevel,
});
export type TExitWarning = z.infer<typeof ZExitWarning>;

export const ZWarningsQuery = ZCultivationQuery.extend({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  rule: ZExitWarningRule.optional(),
});
export const ZWarningsPage = z.object({
  through: ZYearMonth,
  unit: z.object({ id: z.number().int(), name: z.string() }),
  rows: z.array(ZExitWarning),
  byRule: z.record(ZExitWarningRule, z.number().int()),
});
export type TWarningsPage = z.infer<typeof ZWarningsPage>;

export const ZWarningDetail = ZExitWarning.extend({
  series: z.array(ZRevenuePoint),
  log: z.array(ZCultivationLogEntry),
});
export type TWarningDetail = z.infer<typeof ZWarningDetail>;

export const ZWarningAssignInput = z.object({ officerId: z.number().int().positive() });
export const ZWarningCloseInput = z.object({
  reason: z.string().trim().min(1, '关闭预警须填写原因').max(500),
});

export const ZRefreshResult = z.object({
  through: ZYearMonth,
  examined: z.number().int(),
  candidatesAdded: z.number().int(),
  warningsOpened: z.number().int(),
  warningsUpdated: z.number().int(),
});
export type TRefreshResult = z.infer<typeof ZRefreshResult>;

export const ZCountsQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const ZCultivationCounts = z.object({
  year: z.number().int(),
  unit: z.object({ id: z.number().int(), name: z.string() }),
  counties: z.array(
    z.object({
      countyId: z.number().int(),
      countyName: z.string(),
      /** entries and exits for months 1–12 */
      entries: z.array(z.number().int()).length(12),
      exits: z.array(z.number().int()).length(12),
      candidates: z.number().int(),
      cultivating: z.number().int(),
      openWarnings: z.number().int(),
    }),
  ),
  totals: z.object({ entries: z.number().int(), exits: z.number().int() }),
});
export type TCultivationCounts = z.infer<typeof ZCultivationCounts>;

/** Officers who may be assigned to candidates and warnings of a unit. */
export const ZOfficerOption = z.object({ id: z.number().int(), name: z.string() });
export type TOfficerOption = z.infer<typeof ZOfficerOption>;

/** The candidate band: shares of the threshold (0 < lower < upper ≤ 1). */
export const ZBand = z.object({
  lower: z.number().min(0).max(1),
  upper: z.number().min(0).max(1),
});
export type TBand = z.infer<typeof ZBand>;
