import type {
  LeadState,
  ProjectKind,
  ProjectLevel,
  ProjectSector,
  ProjectState,
} from '@gongyeyun/core';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { enterprises } from './enterprises.table';
import { chains } from './industrial-systems.table';
import { orgUnits } from './org-units.table';
import { users } from './users.table';

const money = (name: string) => numeric(name, { precision: 16, scale: 2 });

/**
 * Major projects (重大项目). A project lies in a county (`orgPath`) and maybe a park
 * (`parkPath`); the scope condition reads both paths, as for enterprises. `stage` and the
 * actual dates are kept in step with `project_stage_events` by the service (first date each
 * milestone was reached).
 */
export const projects = pgTable(
  'projects',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** 项目编号, as the bureau numbers it; imports match rows by it. */
    code: text('code').unique(),
    name: text('name').notNull(),
    /** The owner when registered in the enterprise registry. */
    enterpriseId: integer('enterprise_id').references(() => enterprises.id),
    /** The owner's name as written (also when not yet registered). */
    ownerName: text('owner_name'),
    countyId: integer('county_id')
      .notNull()
      .references(() => orgUnits.id),
    parkId: integer('park_id').references(() => orgUnits.id),
    orgPath: text('org_path').notNull(),
    parkPath: text('park_path'),
    chainId: integer('chain_id').references(() => chains.id),
    sector: text('sector').$type<ProjectSector>().notNull(),
    kind: text('kind').$type<ProjectKind>().notNull(),
    level: text('level').$type<ProjectLevel>().notNull(),
    /** 万元. */
    totalInvestment: money('total_investment').notNull(),
    /** The plan for `planYear`, 万元. */
    annualPlannedInvestment: money('annual_planned_investment'),
    planYear: integer('plan_year'),
    plannedStartOn: date('planned_start_on', { mode: 'string' }),
    plannedCompletionOn: date('planned_completion_on', { mode: 'string' }),
    plannedProductionOn: date('planned_production_on', { mode: 'string' }),
    startedOn: date('started_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
    productionOn: date('production_on', { mode: 'string' }),
    stage: text('stage').$type<ProjectState>(),
    responsibleUnitId: integer('responsible_unit_id').references(() => orgUnits.id),
    responsibleOfficial: text('responsible_official'),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('projects_org_path_idx').using('btree', sql`${t.orgPath} text_pattern_ops`),
    index('projects_park_path_idx').using('btree', sql`${t.parkPath} text_pattern_ops`),
    index('projects_chain_idx').on(t.chainId),
    index('projects_started_idx').on(t.startedOn),
    index('projects_completed_idx').on(t.completedOn),
  ],
);

/** Dated stage changes of a project (停缓建 and resumptions included): appended, never edited. */
export const projectStageEvents = pgTable(
  'project_stage_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    stage: text('stage').$type<ProjectState>().notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('project_stage_events_project_idx').on(t.projectId, t.occurredOn)],
);

/** Monthly progress report of a project: one per project and month. */
export const projectProgress = pgTable(
  'project_progress',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    /** 万元. */
    investmentThisMonth: money('investment_this_month').notNull(),
    /** Since the project began, 万元. */
    investmentToDate: money('investment_to_date').notNull(),
    /** 形象进度: what the site looks like. */
    imageProgress: text('image_progress'),
    problems: text('problems'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('project_progress_month_idx').on(t.projectId, t.year, t.month),
    check('project_progress_month_check', sql`${t.month} between 1 and 12`),
  ],
);

export type ProjectTaskMetric = 'new_starts' | 'completions' | 'productions' | 'investment';

/** Yearly tasks of an org unit: counts of milestones, or investment in 万元. */
export const projectTasks = pgTable(
  'project_tasks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    year: integer('year').notNull(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    orgPath: text('org_path').notNull(),
    metric: text('metric').$type<ProjectTaskMetric>().notNull(),
    target: numeric('target', { precision: 16, scale: 2 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('project_tasks_unit_idx').on(t.year, t.orgUnitId, t.metric),
    check(
      'project_tasks_metric_check',
      sql`${t.metric} in ('new_starts', 'completions', 'productions', 'investment')`,
    ),
  ],
);

/**
 * Investment-promotion leads (招商引资). A lead belongs to its responsible unit (a county, park or
 * the city), whose path the scope condition reads. `stage` and `signedOn` follow `lead_events`.
 */
export const investmentLeads = pgTable(
  'investment_leads',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    investor: text('investor').notNull(),
    /** Where the investor comes from: a province, city or country, as written. */
    sourceRegion: text('source_region'),
    chainId: integer('chain_id').references(() => chains.id),
    sector: text('sector').$type<ProjectSector>().notNull(),
    /** 万元. */
    intendedInvestment: money('intended_investment'),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    orgPath: text('org_path').notNull(),
    responsibleOfficial: text('responsible_official'),
    nextAction: text('next_action'),
    nextActionOn: date('next_action_on', { mode: 'string' }),
    stage: text('stage').$type<LeadState>(),
    signedOn: date('signed_on', { mode: 'string' }),
    /** The major project created from the lead. */
    projectId: integer('project_id')
      .references(() => projects.id)
      .unique(),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('investment_leads_org_path_idx').using('btree', sql`${t.orgPath} text_pattern_ops`),
    index('investment_leads_signed_idx').on(t.signedOn),
  ],
);

/** Dated stage changes of a lead (终止 with its reason): appended, never edited. */
export const leadEvents = pgTable(
  'lead_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    leadId: integer('lead_id')
      .notNull()
      .references(() => investmentLeads.id, { onDelete: 'cascade' }),
    stage: text('stage').$type<LeadState>().notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('lead_events_lead_idx').on(t.leadId, t.occurredOn)],
);
