import type { Comparator, RankingScheme, TargetKind, TargetLevel } from '@gongyeyun/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { orgUnits } from './org-units.table';
import { users } from './users.table';

/**
 * Annual targets (目标任务) of an org unit. `metric` names where the actual comes from:
 * `indicator_level:<code>` / `indicator_growth:<code>` (report aggregates), `new_scale` /
 * `scale_exits` (规上 entries and exits), `project_starts` / `project_completions`, or `manual`
 * (actuals entered month by month with evidence). A county's part of a city target points to it
 * by `parent_id`.
 */
export const targets = pgTable(
  'targets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    year: integer('year').notNull(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    orgPath: text('org_path').notNull(),
    metric: text('metric').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<TargetKind>().notNull(),
    comparator: text('comparator').$type<Comparator>().notNull(),
    goal: numeric('goal', { precision: 20, scale: 4 }).notNull(),
    /** 万元, %, 家, 个 … as the goal is written. */
    unit: text('unit').notNull(),
    level: text('level').$type<TargetLevel>().notNull(),
    /** 实现零的突破: the unit has never had any. */
    firstEver: boolean('first_ever').notNull().default(false),
    parentId: integer('parent_id').references((): AnyPgColumn => targets.id),
    /** Twelve monthly weights when the metric does not accrue evenly. */
    profile: jsonb('profile').$type<number[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('targets_key_idx').on(t.year, t.orgUnitId, t.metric, t.name),
    index('targets_org_path_idx').using('btree', sql`${t.orgPath} text_pattern_ops`),
    index('targets_parent_idx').on(t.parentId),
    check('targets_kind_check', sql`${t.kind} in ('level', 'count', 'growth')`),
    check('targets_comparator_check', sql`${t.comparator} in ('gte', 'gt', 'lte')`),
    check('targets_level_check', sql`${t.level} in ('must', 'strive')`),
  ],
);

/** Monthly actuals of a manual target, with the evidence behind them. */
export const targetActuals = pgTable(
  'target_actuals',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    month: integer('month').notNull(),
    value: numeric('value', { precision: 20, scale: 4 }).notNull(),
    evidence: text('evidence').notNull(),
    enteredBy: integer('entered_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('target_actuals_month_idx').on(t.targetId, t.month),
    check('target_actuals_month_check', sql`${t.month} between 1 and 12`),
  ],
);

/** A red/black list scheme (红黑榜考评方案) of a year. */
export const rankingSchemes = pgTable('ranking_schemes', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  year: integer('year').notNull(),
  name: text('name').notNull(),
  /** The org unit whose counties are ranked (the city). */
  orgUnitId: integer('org_unit_id')
    .notNull()
    .references(() => orgUnits.id),
  scheme: jsonb('scheme').$type<RankingScheme>().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * A published monthly ranking, frozen with the figures it was computed from. Later corrections
 * of the data never change it; a new version is published with a reason, and both stay.
 */
export const publishedRankings = pgTable(
  'published_rankings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    schemeId: integer('scheme_id')
      .notNull()
      .references(() => rankingSchemes.id),
    period: text('period').notNull(),
    version: integer('version').notNull(),
    reason: text('reason'),
    /** The scheme as it was, the counties' figures and targets, and the result. */
    frozen: jsonb('frozen').notNull(),
    publishedBy: integer('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
  },
  (t) => [uniqueIndex('published_rankings_version_idx').on(t.schemeId, t.period, t.version)],
);
