import { UNDEFINED_REASONS, type Rate } from '@gongyeyun/core';
import { z } from 'zod';
import { ZIndicatorCode, ZPeriodKey } from './reporting';

/** Text in both languages: figures' explanations carry both, the screen shows one. */
export const ZLocalizedText = z.object({ zh: z.string(), en: z.string() });
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

/** A percentage (or points), or why there is none (never NaN or Infinity). Unrounded. */
export const ZRateValue = z.object({
  value: z.number().nullable(),
  reason: z.enum(UNDEFINED_REASONS).nullable(),
});
export type TRateValue = z.infer<typeof ZRateValue>;

/** A core rate as the API sends it. */
export const rateValue = (rate: Rate): TRateValue =>
  rate.ok ? { value: rate.value, reason: null } : { value: null, reason: rate.error };

/** A rate as the API sends it, back into core's form (for its formatters and rankings). */
export const toRate = (v: TRateValue): Rate =>
  v.value !== null ? { ok: true, value: v.value } : { ok: false, error: v.reason ?? 'no_rate' };

/** approved: approved and locked reports only; provisional: submitted ones too (暂定). */
export const ZFigureBasis = z.enum(['approved', 'provisional']);
export type TFigureBasis = z.infer<typeof ZFigureBasis>;

/** How a unit's figures are broken down. `county`/`park`: the units under a city. */
export const ZBreakdown = z.enum(['county', 'park', 'chain', 'tier', 'division', 'band']);
export type TBreakdown = z.infer<typeof ZBreakdown>;

/** One group inside a unit: its total, or one chain, tier, division or output band. */
export const ZFigureDimension = z.enum(['total', 'chain', 'tier', 'division', 'band']);
export type TFigureDimension = z.infer<typeof ZFigureDimension>;

const ZAnalyticsBase = z.object({
  period: ZPeriodKey,
  indicator: ZIndicatorCode.default('output'),
  /** The org unit (city, county or park) to look at; the caller's own unit when left out. */
  unitId: z.coerce.number().int().positive().optional(),
  basis: ZFigureBasis.default('approved'),
});

export const ZSummaryQuery = ZAnalyticsBase.extend({ by: ZBreakdown.default('county') });
export type TSummaryQuery = z.infer<typeof ZSummaryQuery>;

/** A group of the unit: the whole (`total`, key '') or one chain/tier/division/band by key. */
export const ZGroupQuery = ZAnalyticsBase.extend({
  dimension: ZFigureDimension.default('total'),
  key: z.string().trim().max(40).default(''),
  /** When the group is a county or park of the unit (a row of by=county|park). */
  partUnitId: z.coerce.number().int().positive().optional(),
});
export type TGroupQuery = z.infer<typeof ZGroupQuery>;

export const ZAnalyticsUnit = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.string(),
});
export type TAnalyticsUnit = z.infer<typeof ZAnalyticsUnit>;

export const ZAnalyticsIndicator = z.object({
  code: z.string(),
  name: ZLocalizedText,
  /** 万元, 万千瓦时, 人 … */
  unit: ZLocalizedText,
  kind: z.string(),
});
export type TAnalyticsIndicator = z.infer<typeof ZAnalyticsIndicator>;

/** The figures of one group, with the inputs they come from. Amounts in the indicator's unit. */
export const ZFigureRow = z.object({
  key: z.string(),
  name: ZLocalizedText,
  /** Set when the row is an org unit (by=county|park). */
  unitId: z.number().int().nullable(),
  /** Σ 本年累计 of every counted enterprise. */
  ytd: z.number().nullable(),
  /** Σ 本年累计 of the enterprises with a 上年同期累计: the numerator of growth. */
  ytdComparable: z.number().nullable(),
  /** Σ 上年同期累计 of the same enterprises: the base of growth. */
  ytdPrevYear: z.number().nullable(),
  delta: z.number().nullable(),
  /** Σ 本月. */
  month: z.number().nullable(),
  growth: ZRateValue,
  /** Growth now minus growth at the previous period of the same year, in points. */
  changePoints: ZRateValue,
  contribution: ZRateValue,
  pull: ZRateValue,
  share: ZRateValue,
  enterprises: z.number().int(),
  /** Enterprises whose 上年同期累计 is known (the comparable set). */
  withBase: z.number().int(),
});
export type TFigureRow = z.infer<typeof ZFigureRow>;

export const ZSummary = z.object({
  period: z.string(),
  previousPeriod: z.string().nullable(),
  basis: ZFigureBasis,
  by: ZBreakdown,
  indicator: ZAnalyticsIndicator,
  unit: ZAnalyticsUnit,
  /** Whether the rows partition the unit, so that pulls add up to its growth. */
  partition: z.boolean(),
  rows: z.array(ZFigureRow),
  total: ZFigureRow,
  /** The units the caller may look at (the unit picker). */
  units: z.array(ZAnalyticsUnit),
});
export type TSummary = z.infer<typeof ZSummary>;

export const ZSeriesQuery = ZGroupQuery.extend({
  /** First period (inclusive); default: January–February of the year before `period`. */
  from: ZPeriodKey.optional(),
});
export type TSeriesQuery = z.infer<typeof ZSeriesQuery>;

export const ZSeriesPoint = z.object({
  period: z.string(),
  ytd: z.number().nullable(),
  month: z.number().nullable(),
  ytdPrevYear: z.number().nullable(),
  growth: ZRateValue,
  enterprises: z.number().int(),
});
export const ZSeries = z.object({
  indicator: ZAnalyticsIndicator,
  unit: ZAnalyticsUnit,
  name: ZLocalizedText,
  basis: ZFigureBasis,
  points: z.array(ZSeriesPoint),
});
export type TSeries = z.infer<typeof ZSeries>;

/** One enterprise behind a figure, measured against the group it is in. */
export const ZFigureFact = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  uscc: z.string().nullable(),
  countyName: z.string(),
  status: z.string(),
  ytd: z.number().nullable(),
  ytdPrevYear: z.number().nullable(),
  month: z.number().nullable(),
  delta: z.number().nullable(),
  growth: ZRateValue,
  contribution: ZRateValue,
  pull: ZRateValue,
});
export type TFigureFact = z.infer<typeof ZFigureFact>;

export const ZRankQuery = ZGroupQuery.extend({
  rank: z.enum(['growth', 'contribution']).default('contribution'),
  direction: z.enum(['top', 'bottom']).default('top'),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export type TRankQuery = z.infer<typeof ZRankQuery>;
export const ZRankedEnterprises = z.object({
  items: z.array(ZFigureFact.extend({ rank: z.number().int() })),
  /** Enterprises whose figure is undefined (no base …): listed apart, never ranked. */
  unranked: z.number().int(),
});
export type TRankedEnterprises = z.infer<typeof ZRankedEnterprises>;

export const ZExplainedFigure = z.enum([
  'ytd',
  'growth',
  'changePoints',
  'contribution',
  'pull',
  'share',
  'enterprises',
]);
/** Figures the enterprises behind a figure can be sorted by. */
export const ZFactSort = z.enum([
  'contribution',
  'pull',
  'growth',
  'delta',
  'ytd',
  'ytdPrevYear',
  'enterpriseId',
]);
export type TFactSort = z.infer<typeof ZFactSort>;

export const ZExplainQuery = ZGroupQuery.extend({
  figure: ZExplainedFigure.default('growth'),
  /** The page of enterprise rows, sorted on the server; undefined figures come last. */
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
  sort: ZFactSort.default('contribution'),
  order: z.enum(['desc', 'asc']).default('desc'),
});
export type TExplainQuery = z.infer<typeof ZExplainQuery>;

export const ZExplanation = z.object({
  /** What the figure is, its formula, and the formula with the numbers put in. */
  name: ZLocalizedText,
  formula: ZLocalizedText,
  computation: ZLocalizedText,
  indicator: ZAnalyticsIndicator,
  unit: ZAnalyticsUnit,
  basis: ZFigureBasis,
  period: z.string(),
  /** The group's figures and the whole it is measured against. */
  row: ZFigureRow,
  whole: ZFigureRow,
  /** One page of the enterprises behind the figure (Σ over every page = the group's sums). */
  facts: z.array(ZFigureFact),
  /** Enterprises behind the figure, on every page. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: ZFactSort,
  order: z.enum(['desc', 'asc']),
});
export type TExplanation = z.infer<typeof ZExplanation>;

export const ZOfficialFigure = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  period: z.string(),
  measure: z.string(),
  kind: z.enum(['growth', 'level']),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  publishedOn: z.string().nullable(),
});
export type TOfficialFigure = z.infer<typeof ZOfficialFigure>;

export const ZOfficialQuery = z.object({
  period: ZPeriodKey.optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
export const ZOfficialImportResult = z.object({
  dryRun: z.boolean(),
  /** Whether the rows were written (false on a dry run or when any row has an error). */
  committed: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type TOfficialImportResult = z.infer<typeof ZOfficialImportResult>;
