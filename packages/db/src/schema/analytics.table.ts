import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { orgUnits } from './org-units.table';
import { users } from './users.table';

/** Which reports a figure counts: approved and locked only, or submitted ones too (provisional). */
export type AggregateBasis = 'approved' | 'provisional';
/** How an org unit's figures are split: not at all, or by chain, tier, industry division, output band. */
export type AggregateDimension = 'total' | 'chain' | 'tier' | 'division' | 'band';

const sum = (name: string) => numeric(name, { precision: 24, scale: 4 });

/**
 * Sums of report values by period × indicator × basis × org unit (county, park, city) ×
 * dimension key, kept in step by the transaction that changes which reports count (a few
 * enterprises: their part taken out and put back; many: the period rebuilt), so that a
 * cockpit view reads a few indexed rows. Growth on a comparable basis is
 * `ytd_comparable ÷ ytd_prev_year − 1`: both sums over the enterprises whose 上年同期累计 is known.
 */
export const reportAggregates = pgTable(
  'report_aggregates',
  {
    period: text('period').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    basis: text('basis').$type<AggregateBasis>().notNull(),
    orgUnitId: integer('org_unit_id').notNull(),
    dimension: text('dimension').$type<AggregateDimension>().notNull(),
    /** Chain or tier id, 2-digit division, band code (over_1yi …); '' for the total. */
    dimKey: text('dim_key').notNull(),
    /** Σ 本年累计 of every counted enterprise: the level total. */
    ytd: sum('ytd').notNull(),
    /** Σ 本年累计 of the enterprises whose 上年同期累计 is known: the numerator of growth. */
    ytdComparable: sum('ytd_comparable').notNull(),
    /** Σ 上年同期累计 of the same enterprises: the base of growth. */
    ytdPrevYear: sum('ytd_prev_year').notNull(),
    /** Σ 本月 of the enterprises that gave one; null when none did (see `withMonth`). */
    month: sum('month'),
    /** Enterprises that gave 本月: kept so that a change can take one away and know when none is left. */
    withMonth: integer('with_month').notNull().default(0),
    enterprises: integer('enterprises').notNull(),
    /** Enterprises whose 上年同期累计 is known (the comparable set). */
    withBase: integer('with_base').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.period, t.indicatorCode, t.basis, t.orgUnitId, t.dimension, t.dimKey],
    }),
    index('report_aggregates_unit_idx').on(t.orgUnitId, t.indicatorCode, t.period),
    check('report_aggregates_basis_check', sql`${t.basis} in ('approved', 'provisional')`),
  ],
);

/** Whether an official figure is a rate (percent) or an amount in its unit. */
export type OfficialFigureKind = 'growth' | 'level';

/**
 * Figures published by the statistics bureau (规上工业增加值 growth at comparable prices …), by
 * region and period, with their source. Kept apart from the platform's own figures and always
 * shown as such: the two are never added or mixed.
 */
export const officialFigures = pgTable(
  'official_figures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    period: text('period').notNull(),
    /** The measure as published: 规上工业增加值增速, 规上工业总产值 … */
    measure: text('measure').notNull(),
    kind: text('kind').$type<OfficialFigureKind>().notNull(),
    value: numeric('value', { precision: 20, scale: 4 }).notNull(),
    /** %, 亿元, 万元 … as published. */
    unit: text('unit').notNull(),
    /** Who published it: 市统计局《统计月报》2021年6月 … */
    source: text('source').notNull(),
    publishedOn: date('published_on', { mode: 'string' }),
    importedBy: integer('imported_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('official_figures_key_idx').on(t.orgUnitId, t.period, t.measure),
    index('official_figures_period_idx').on(t.period),
    check('official_figures_kind_check', sql`${t.kind} in ('growth', 'level')`),
  ],
);
