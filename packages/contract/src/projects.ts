import {
  LEAD_STAGES,
  PROJECT_KINDS,
  PROJECT_LEVELS,
  PROJECT_SECTORS,
  PROJECT_STAGES,
} from '@gongyeyun/core';
import { ZRateValue } from './analytics';
import { z } from 'zod';
import { ZPageQuery, zPage } from './common';

const money = z
  .string()
  .trim()
  .regex(/^\d{1,14}(\.\d{1,2})?$/, '万元, up to two decimals');
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max).nullable().default(null);
const id = z.number().int().positive();
const queryId = z.coerce.number().int().positive().optional();
const localized = z.object({ zh: z.string(), en: z.string() });

export const ZProjectSector = z.enum(PROJECT_SECTORS);
export const ZProjectKind = z.enum(PROJECT_KINDS);
export const ZProjectLevel = z.enum(PROJECT_LEVELS);
export const ZProjectStage = z.enum(PROJECT_STAGES);
export const ZProjectState = z.enum([...PROJECT_STAGES, 'stalled']);
export const ZLeadStage = z.enum(LEAD_STAGES);
export const ZLeadState = z.enum([...LEAD_STAGES, 'dropped']);
export const PROJECT_TASK_METRICS = [
  'new_starts',
  'completions',
  'productions',
  'investment',
] as const;
export const ZProjectTaskMetric = z.enum(PROJECT_TASK_METRICS);

export const ZProjectListItem = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  enterpriseId: z.number().int().nullable(),
  /** The registered enterprise's name, else the owner's name as written. */
  ownerName: z.string().nullable(),
  countyId: z.number().int(),
  countyName: z.string(),
  parkId: z.number().int().nullable(),
  parkName: z.string().nullable(),
  chainId: z.number().int().nullable(),
  chainName: z.string().nullable(),
  sector: ZProjectSector,
  kind: ZProjectKind,
  level: ZProjectLevel,
  totalInvestment: z.string(),
  annualPlannedInvestment: z.string().nullable(),
  planYear: z.number().int().nullable(),
  plannedStartOn: z.string().nullable(),
  plannedCompletionOn: z.string().nullable(),
  plannedProductionOn: z.string().nullable(),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  productionOn: z.string().nullable(),
  stage: ZProjectState.nullable(),
  responsibleUnitId: z.number().int().nullable(),
  responsibleUnitName: z.string().nullable(),
  responsibleOfficial: z.string().nullable(),
});
export type TProjectListItem = z.infer<typeof ZProjectListItem>;
export const ZProjectPage = zPage(ZProjectListItem);

export const ZProjectStageEvent = z.object({
  id: z.number().int(),
  stage: ZProjectState,
  occurredOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TProjectStageEvent = z.infer<typeof ZProjectStageEvent>;

export const ZProjectProgress = z.object({
  id: z.number().int(),
  year: z.number().int(),
  month: z.number().int(),
  investmentThisMonth: z.string(),
  investmentToDate: z.string(),
  imageProgress: z.string().nullable(),
  problems: z.string().nullable(),
  updatedAt: z.string(),
});
export type TProjectProgress = z.infer<typeof ZProjectProgress>;

export const ZProject = ZProjectListItem.extend({
  note: z.string().nullable(),
  events: z.array(ZProjectStageEvent),
  progress: z.array(ZProjectProgress),
  /** What the next stage change may be. */
  allowedNextStates: z.array(ZProjectState),
  /** The lead the project was converted from. */
  leadId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TProject = z.infer<typeof ZProject>;

export const PROJECT_SORTS = ['id', 'name', 'totalInvestment', 'startedOn'] as const;
export const ZFindProjectsQuery = ZPageQuery.extend({
  q: z.string().trim().max(64).optional(),
  countyId: queryId,
  parkId: queryId,
  chainId: queryId,
  sector: ZProjectSector.optional(),
  kind: ZProjectKind.optional(),
  level: ZProjectLevel.optional(),
  stage: ZProjectState.optional(),
  /** Projects first started in this year. */
  startedYear: z.coerce.number().int().min(1990).max(2100).optional(),
  /** Projects first completed in this year. */
  completedYear: z.coerce.number().int().min(1990).max(2100).optional(),
  sort: z.enum(PROJECT_SORTS).default('id'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TFindProjectsQuery = z.infer<typeof ZFindProjectsQuery>;

export const ZProjectInput = z.object({
  code: z.string().trim().min(1).max(40).nullable().default(null),
  name: z.string().trim().min(2).max(120),
  enterpriseId: id.nullable().default(null),
  ownerName: text(100),
  /** null: the county of the park. */
  countyId: id.nullable(),
  parkId: id.nullable().default(null),
  chainId: id.nullable().default(null),
  sector: ZProjectSector,
  kind: ZProjectKind,
  level: ZProjectLevel,
  totalInvestment: money,
  annualPlannedInvestment: money.nullable().default(null),
  planYear: z.number().int().min(1990).max(2100).nullable().default(null),
  plannedStartOn: isoDate.nullable().default(null),
  plannedCompletionOn: isoDate.nullable().default(null),
  plannedProductionOn: isoDate.nullable().default(null),
  responsibleUnitId: id.nullable().default(null),
  responsibleOfficial: text(40),
  note: text(500),
});
export type TProjectInput = z.infer<typeof ZProjectInput>;
export const ZProjectUpdate = ZProjectInput.partial();
export type TProjectUpdate = z.infer<typeof ZProjectUpdate>;

export const ZProjectStageInput = z.object({
  stage: ZProjectState,
  occurredOn: isoDate,
  note: text(200),
});
export type TProjectStageInput = z.infer<typeof ZProjectStageInput>;

export const ZProjectProgressInput = z.object({
  year: z.number().int().min(1990).max(2100),
  month: z.number().int().min(1).max(12),
  investmentThisMonth: money,
  investmentToDate: money,
  imageProgress: text(500),
  problems: text(500),
});
export type TProjectProgressInput = z.infer<typeof ZProjectProgressInput>;

export const ZProjectTask = z.object({
  id: z.number().int(),
  year: z.number().int(),
  orgUnitId: z.number().int(),
  orgUnitName: z.string(),
  metric: ZProjectTaskMetric,
  /** A count, or 万元 for investment. */
  target: z.string(),
});
export type TProjectTask = z.infer<typeof ZProjectTask>;
export const ZProjectTasksQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100),
});
export const ZProjectTaskInput = z.object({
  year: z.number().int().min(1990).max(2100),
  orgUnitId: id,
  metric: ZProjectTaskMetric,
  target: money,
});
export type TProjectTaskInput = z.infer<typeof ZProjectTaskInput>;

export const ZTaskCompletion = z.object({
  actual: z.number().int(),
  task: z.number().int().nullable(),
  /** Whole percent, rounded half-up; null without a task. */
  percent: z.number().nullable(),
});
export type TTaskCompletion = z.infer<typeof ZTaskCompletion>;

export const ZMilestoneRow = z.object({
  key: z.string(),
  name: z.string(),
  newStarts: ZTaskCompletion,
  completions: ZTaskCompletion,
  productions: ZTaskCompletion,
});
export type TMilestoneRow = z.infer<typeof ZMilestoneRow>;

export const ZProjectStatsQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100),
  /** The area counted (default: the caller's own top unit). */
  orgUnitId: queryId,
});
export type TProjectStatsQuery = z.infer<typeof ZProjectStatsQuery>;

/** Investment completed this year and last (万元, as decimal text) and its growth. */
export const ZInvestmentGrowth = z.object({
  thisYear: z.number().nullable(),
  lastYear: z.number().nullable(),
  /** Projects behind a comparable figure; null for a level comparison. */
  projects: z.number().int().nullable(),
  growth: ZRateValue,
});
export type TInvestmentGrowth = z.infer<typeof ZInvestmentGrowth>;

export const ZProjectStats = z.object({
  year: z.number().int(),
  orgUnitId: z.number().int(),
  orgUnitName: z.string(),
  newStarts: ZTaskCompletion,
  completions: ZTaskCompletion,
  productions: ZTaskCompletion,
  investment: z.object({
    completed: z.string(),
    planned: z.string(),
    percent: z.number().nullable(),
    task: z.string().nullable(),
  }),
  /** "2020年，全市新开工重大项目128个，竣工71个，分别完成任务的128%和158%。" */
  projectsSentence: localized,
  introduced: z.object({
    count: z.number().int(),
    /** 万元. */
    totalInvestment: z.string(),
    /** "全年新引进工业项目99个，总投资1965亿元。" */
    sentence: localized,
  }),
  byCounty: z.array(ZMilestoneRow),
  byChain: z.array(ZMilestoneRow),
  byLevel: z.array(ZMilestoneRow),
  /** 工业投资增速: investment completed by industrial projects, months 1…throughMonth. */
  industrialInvestment: z.object({
    /** The last month with progress reported this year; 0 when none (then nothing to compare). */
    throughMonth: z.number().int(),
    /** Same projects in both years (同口径). */
    comparable: ZInvestmentGrowth,
    /** All projects of each year: not comparable, shown apart. */
    level: ZInvestmentGrowth,
    byCounty: z.array(
      ZInvestmentGrowth.extend({ countyId: z.number().int(), countyName: z.string() }),
    ),
  }),
});
export type TProjectStats = z.infer<typeof ZProjectStats>;

// --- Investment leads (招商引资) ---

export const ZLeadEvent = z.object({
  id: z.number().int(),
  stage: ZLeadState,
  occurredOn: z.string(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type TLeadEvent = z.infer<typeof ZLeadEvent>;

export const ZLead = z.object({
  id: z.number().int(),
  name: z.string(),
  investor: z.string(),
  sourceRegion: z.string().nullable(),
  chainId: z.number().int().nullable(),
  chainName: z.string().nullable(),
  sector: ZProjectSector,
  intendedInvestment: z.string().nullable(),
  orgUnitId: z.number().int(),
  orgUnitName: z.string(),
  responsibleOfficial: z.string().nullable(),
  nextAction: z.string().nullable(),
  nextActionOn: z.string().nullable(),
  stage: ZLeadState.nullable(),
  signedOn: z.string().nullable(),
  projectId: z.number().int().nullable(),
  projectName: z.string().nullable(),
  /** The next follow-up date has passed and the lead is still open. */
  isOverdue: z.boolean(),
  canConvert: z.boolean(),
  note: z.string().nullable(),
  events: z.array(ZLeadEvent),
  createdAt: z.string(),
});
export type TLead = z.infer<typeof ZLead>;
export const ZLeadPage = zPage(ZLead);

export const ZFindLeadsQuery = ZPageQuery.extend({
  q: z.string().trim().max(64).optional(),
  stage: ZLeadState.optional(),
  chainId: queryId,
  /** Leads of this unit and the units under it. */
  orgUnitId: queryId,
  sector: ZProjectSector.optional(),
  isOverdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TFindLeadsQuery = z.infer<typeof ZFindLeadsQuery>;

export const ZLeadInput = z.object({
  name: z.string().trim().min(2).max(120),
  investor: z.string().trim().min(2).max(120),
  sourceRegion: text(60),
  chainId: id.nullable().default(null),
  sector: ZProjectSector.default('industrial'),
  intendedInvestment: money.nullable().default(null),
  /** The responsible unit: a county, a park or the city. */
  orgUnitId: id,
  responsibleOfficial: text(40),
  nextAction: text(200),
  nextActionOn: isoDate.nullable().default(null),
  note: text(500),
  /** The stage the lead is first recorded at, and when. */
  stage: ZLeadStage.default('lead'),
  occurredOn: isoDate,
});
export type TLeadInput = z.infer<typeof ZLeadInput>;
export const ZLeadUpdate = ZLeadInput.omit({ stage: true, occurredOn: true }).partial();
export type TLeadUpdate = z.infer<typeof ZLeadUpdate>;

export const ZLeadStageInput = z.object({
  stage: ZLeadState,
  occurredOn: isoDate,
  /** Required for 终止. */
  reason: text(200),
});
export type TLeadStageInput = z.infer<typeof ZLeadStageInput>;

/** What the project needs beyond the lead's own data (name, owner, chain, investment). */
export const ZLeadConvertInput = z.object({
  code: z.string().trim().min(1).max(40).nullable().default(null),
  /** null: the lead's unit when a county, or the county of its park. */
  countyId: id.nullable().default(null),
  parkId: id.nullable().default(null),
  kind: ZProjectKind.default('new'),
  level: ZProjectLevel.default('city'),
  plannedStartOn: isoDate.nullable().default(null),
});
export type TLeadConvertInput = z.infer<typeof ZLeadConvertInput>;

export const LEAD_FUNNEL_GROUPS = ['none', 'chain', 'source', 'unit'] as const;
export const ZLeadFunnelQuery = z.object({
  groupBy: z.enum(LEAD_FUNNEL_GROUPS).default('none'),
});
export type TLeadFunnelQuery = z.infer<typeof ZLeadFunnelQuery>;

export const ZLeadFunnel = z.object({
  total: z.number().int(),
  dropped: z.number().int(),
  stages: z.array(
    z.object({ stage: ZLeadStage, reached: z.number().int(), current: z.number().int() }),
  ),
  conversions: z.array(
    z.object({ from: ZLeadStage, to: ZLeadStage, percent: z.number().nullable() }),
  ),
});
export const ZLeadFunnels = z.object({
  groups: z.array(z.object({ key: z.string(), name: z.string(), funnel: ZLeadFunnel })),
});
export type TLeadFunnels = z.infer<typeof ZLeadFunnels>;
