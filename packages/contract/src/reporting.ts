import {
  INDICATOR_KINDS,
  isPeriodKey,
  isValidIndicatorCode,
  REPORT_ACTIONS,
  REPORT_STATUSES,
  VALIDATION_RULE_IDS,
} from '@gongyeyun/core';
import { z } from 'zod';
import { ZPageQuery, zPage } from './common';
import { ZScaleCategory } from './reference';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const ZPeriodKey = z
  .string()
  .trim()
  .refine(isPeriodKey, '报告期应为 YYYY-MM（2–12 月；1–2 月合报记为 YYYY-02）');
export const ZIndicatorCode = z
  .string()
  .trim()
  .refine(isValidIndicatorCode, '指标代码只能含小写字母、数字和下划线，以字母开头');

/** A figure as typed or sent: a decimal string or number; null when empty. */
export const ZFigure = z
  .union([z.number(), z.string().trim()])
  .nullable()
  .transform((v, ctx) => {
    if (v === null || v === '') return null;
    const s = typeof v === 'number' ? String(v) : v.replaceAll(',', '');
    if (!/^-?\d{1,15}(\.\d{1,4})?$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: '应为数字（最多 4 位小数）' });
      return z.NEVER;
    }
    return s;
  });

export const ZReportStatus = z.enum(REPORT_STATUSES);
export type TReportStatus = z.infer<typeof ZReportStatus>;
export const ZReportAction = z.enum(REPORT_ACTIONS);
export type TReportAction = z.infer<typeof ZReportAction>;

const localized = z.object({ zh: z.string(), en: z.string() });

export const ZIndicator = z.object({
  code: z.string(),
  name: localized,
  unit: localized,
  kind: z.enum(INDICATOR_KINDS),
  decimals: z.number().int(),
  categories: z.array(ZScaleCategory),
  required: z.boolean(),
  allowNegative: z.boolean(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type TIndicator = z.infer<typeof ZIndicator>;

const text = (max: number) => z.string().trim().min(1).max(max);
export const ZIndicatorInput = z.object({
  code: ZIndicatorCode,
  name: z.object({ zh: text(60), en: text(120) }),
  unit: z.object({ zh: text(20), en: text(40) }),
  kind: z.enum(INDICATOR_KINDS),
  decimals: z.number().int().min(0).max(4),
  categories: z.array(ZScaleCategory).min(1),
  required: z.boolean().default(true),
  allowNegative: z.boolean().default(false),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
});
export type TIndicatorInput = z.infer<typeof ZIndicatorInput>;
export const ZIndicatorUpdate = ZIndicatorInput.omit({ code: true, kind: true }).partial();
export type TIndicatorUpdate = z.infer<typeof ZIndicatorUpdate>;

export const ZPeriodSchedule = z.object({
  period: ZPeriodKey,
  opensOn: isoDate,
  enterpriseDeadline: isoDate,
  countyDeadline: isoDate,
  locksOn: isoDate,
});
export type TPeriodSchedule = z.infer<typeof ZPeriodSchedule>;

export const ZPeriodInfo = ZPeriodSchedule.extend({
  label: localized,
  /** Relative to today: not yet open, open for filling, past the enterprise deadline. */
  phase: z.enum(['upcoming', 'open', 'closed']),
});
export type TPeriodInfo = z.infer<typeof ZPeriodInfo>;

export const ZPeriodsQuery = z.object({ year: z.coerce.number().int().min(1990).max(2100) });
export const ZPeriodParams = z.object({ period: ZPeriodKey });
export const ZCalendarRequest = z.object({
  year: z.number().int().min(1990).max(2100),
  openDay: z.number().int().min(1).max(28),
  enterpriseDeadlineDay: z.number().int().min(1).max(28),
  countyDeadlineDay: z.number().int().min(1).max(28),
  lockDay: z.number().int().min(1).max(28),
});
export type TCalendarRequest = z.infer<typeof ZCalendarRequest>;

export const ZFinding = z.object({
  key: z.string(),
  ruleId: z.string(),
  severity: z.enum(['hard', 'soft']),
  indicator: z.string(),
  field: z.enum(['month', 'ytd', 'prevYearYtd']).nullable(),
  message: z.string(),
});
export type TFinding = z.infer<typeof ZFinding>;

export const ZFigures = z.object({
  month: z.string().nullable(),
  ytd: z.string().nullable(),
  prevYearYtd: z.string().nullable(),
});
export type TFigures = z.infer<typeof ZFigures>;

export const ZFiguresInput = z.object({
  month: ZFigure.default(null),
  ytd: ZFigure.default(null),
  prevYearYtd: ZFigure.default(null),
});

export const ZReportEvent = z.object({
  action: ZReportAction,
  fromStatus: ZReportStatus.nullable(),
  toStatus: ZReportStatus,
  actorName: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
});
export const ZValueChange = z.object({
  indicator: z.string(),
  field: z.enum(['month', 'ytd', 'prevYearYtd']),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  source: z.enum(['form', 'import', 'api']),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
  reason: z.string().nullable(),
});
export type TValueChange = z.infer<typeof ZValueChange>;

/** Everything the form page needs for one enterprise and period. */
export const ZReportForm = z.object({
  enterprise: z.object({
    id: z.number().int(),
    name: z.string(),
    uscc: z.string(),
    countyName: z.string(),
  }),
  period: ZPeriodInfo,
  /** null: nothing saved yet. */
  report: z
    .object({
      id: z.number().int(),
      status: ZReportStatus,
      version: z.number().int(),
      enteredByCounty: z.boolean(),
      firstSubmittedAt: z.string().nullable(),
      submittedAt: z.string().nullable(),
      approvedAt: z.string().nullable(),
      reason: z.string().nullable(),
      updatedAt: z.string(),
    })
    .nullable(),
  /** Whether the county's period is locked. */
  locked: z.boolean(),
  indicators: z.array(ZIndicator),
  values: z.record(z.string(), ZFigures),
  /** Last period's figures of the same enterprise (shown beside the form). */
  previous: z.object({ period: ZPeriodKey.nullable(), values: z.record(z.string(), ZFigures) }),
  /** Last year's 本年累计 for the same period: the default of 上年同期累计. */
  lastYearYtd: z.record(z.string(), z.string()),
  /** Per-month history used by the soft rules (per indicator, oldest first). */
  history: z.record(z.string(), z.array(z.number())),
  findings: z.array(ZFinding),
  explanations: z.record(z.string(), z.string()),
  actions: z.array(ZReportAction),
  canEdit: z.boolean(),
  events: z.array(ZReportEvent),
  changes: z.array(ZValueChange),
});
export type TReportForm = z.infer<typeof ZReportForm>;

export const ZReportParams = z.object({
  enterpriseId: z.coerce.number().int().positive(),
  period: ZPeriodKey,
});

export const ZSaveReportRequest = z.object({
  /** The version the form was loaded with (0 when no report existed). */
  version: z.number().int().min(0),
  values: z.record(ZIndicatorCode, ZFiguresInput),
  explanations: z.record(z.string(), z.string().trim().max(500)).default({}),
  /** Why figures were changed, for corrections after submission. */
  reason: z.string().trim().max(200).nullable().default(null),
});
export type TSaveReportRequest = z.input<typeof ZSaveReportRequest>;

export const ZReportActionRequest = z.object({
  action: ZReportAction.exclude(['save', 'lock', 'unlock']),
  version: z.number().int().min(0),
  reason: z.string().trim().max(500).nullable().default(null),
});
export type TReportActionRequest = z.input<typeof ZReportActionRequest>;

export const ZReportListQuery = ZPageQuery.extend({
  period: ZPeriodKey,
  orgUnitId: z.coerce.number().int().positive().optional(),
  /** `none`: expected reporters with no report yet. */
  status: z.enum([...REPORT_STATUSES, 'none']).optional(),
  q: z.string().trim().max(60).optional(),
});
export type TReportListQuery = z.input<typeof ZReportListQuery>;

export const ZReportListItem = z.object({
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  uscc: z.string(),
  countyName: z.string(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  reportId: z.number().int().nullable(),
  status: z.enum([...REPORT_STATUSES, 'none']),
  version: z.number().int(),
  firstSubmittedAt: z.string().nullable(),
  late: z.boolean(),
  hardFindings: z.number().int(),
  softFindings: z.number().int(),
  enteredByCounty: z.boolean(),
});
export type TReportListItem = z.infer<typeof ZReportListItem>;
export const ZReportPage = zPage(ZReportListItem);

export const ZBulkActionRequest = z.object({
  period: ZPeriodKey,
  action: z.enum(['approve', 'mark_not_reported']),
  enterpriseIds: z.array(z.number().int().positive()).min(1).max(5000),
  reason: z.string().trim().max(500).nullable().default(null),
});
export type TBulkActionRequest = z.input<typeof ZBulkActionRequest>;
export const ZBulkActionResult = z.object({
  done: z.number().int(),
  skipped: z.array(z.object({ enterpriseId: z.number().int(), message: z.string() })),
});
export type TBulkActionResult = z.infer<typeof ZBulkActionResult>;

export const ZRates = z.object({
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  notReported: z.number().int(),
  approved: z.number().int(),
  submissionRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  approvalRate: z.number().nullable(),
});
export type TRates = z.infer<typeof ZRates>;

export const ZCountyPeriodState = z.object({
  countyId: z.number().int(),
  countyName: z.string(),
  rates: ZRates,
  locked: z.boolean(),
  lockedAt: z.string().nullable(),
  /** Reports holding up the lock (not yet approved nor marked not reported). */
  blocking: z.number().int(),
});
export type TCountyPeriodState = z.infer<typeof ZCountyPeriodState>;

export const ZPeriodOverview = z.object({
  period: ZPeriodInfo,
  total: ZRates,
  counties: z.array(ZCountyPeriodState),
});
export type TPeriodOverview = z.infer<typeof ZPeriodOverview>;
export const ZOverviewQuery = z.object({
  period: ZPeriodKey,
  orgUnitId: z.coerce.number().int().positive().optional(),
});

export const ZLockRequest = z.object({
  period: ZPeriodKey,
  countyId: z.number().int().positive(),
  reason: z.string().trim().max(500).nullable().default(null),
});
export type TLockRequest = z.input<typeof ZLockRequest>;

export const ZReportImportQuery = z.object({
  period: ZPeriodKey,
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export const ZReportImportResult = z.object({
  dryRun: z.boolean(),
  committed: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  values: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  /** Soft findings the rows carry (they need explanations before submission, not for the import). */
  warnings: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type TReportImportResult = z.infer<typeof ZReportImportResult>;

/** DHIS2-style data values: one figure of one enterprise, period and indicator. */
export const ZDataValue = z.object({
  /** The enterprise's USCC. */
  enterprise: z.string().trim().min(1).max(40),
  period: ZPeriodKey,
  indicator: ZIndicatorCode,
  field: z.enum(['month', 'ytd', 'prevYearYtd']).default('ytd'),
  value: ZFigure,
});
export type TDataValue = z.input<typeof ZDataValue>;
export const ZDataValueSet = z.object({
  dataValues: z.array(ZDataValue).min(1).max(100_000),
});
export const ZDataValueSetQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export const ZDataValueSetSummary = z.object({
  status: z.enum(['SUCCESS', 'ERROR']),
  dryRun: z.boolean(),
  imported: z.number().int(),
  updated: z.number().int(),
  ignored: z.number().int(),
  conflicts: z.array(z.object({ index: z.number().int(), object: z.string(), value: z.string() })),
});
export type TDataValueSetSummary = z.infer<typeof ZDataValueSetSummary>;
export const ZDataValueQuery = z.object({
  period: ZPeriodKey,
  indicator: ZIndicatorCode.optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
});
export const ZDataValueRow = z.object({
  enterprise: z.string(),
  period: z.string(),
  indicator: z.string(),
  month: z.string().nullable(),
  ytd: z.string().nullable(),
  prevYearYtd: z.string().nullable(),
  status: ZReportStatus,
});
export const ZDataValueList = z.object({ dataValues: z.array(ZDataValueRow) });

export const ZNotification = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type TNotification = z.infer<typeof ZNotification>;
export const ZNotificationList = z.object({
  items: z.array(ZNotification),
  unread: z.number().int(),
});
export type TNotificationList = z.infer<typeof ZNotificationList>;

export const ZValidationConfig = z.object({
  toleranceUnits: z.number().min(0).max(1000),
  yoyThreshold: z.number().gt(0).max(10),
  historyMinPeriods: z.number().int().min(1).max(60),
  historyMargin: z.number().min(0).max(10),
  disabled: z.array(z.enum(VALIDATION_RULE_IDS)),
  severity: z.partialRecord(z.enum(VALIDATION_RULE_IDS), z.enum(['hard', 'soft'])),
  comparisons: z.array(
    z.object({
      id: z
        .string()
        .trim()
        .regex(/^[a-z][a-z0-9_]{0,39}$/),
      left: ZIndicatorCode,
      operator: z.enum(['<=', '<', '>=', '>']),
      right: ZIndicatorCode,
      severity: z.enum(['hard', 'soft']),
      message: z.object({ zh: text(200), en: text(400) }),
    }),
  ),
});
export type TValidationConfig = z.infer<typeof ZValidationConfig>;
