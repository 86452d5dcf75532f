import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Which reports a figure counts: approved and locked only, or submitted ones too (provisional). */
export type AggregateBasis = 'approved' | 'provisional';
/** How an org unit's figures are split: not at all, or by chain, tier, industry division, output band. */
export type AggregateDimension = 'total' | 'chain' | 'tier' | 'division' | 'band';

const sum = (name: string) => numeric(name, { precision: 24, scale: 4 });

/**
 * Sums of report values by period × indicator × basis × org unit (county, park, city) ×
 * dimension key, refreshed in the transaction that changes which reports count, so that a
 * cockpit view reads a few indexed rows. `ytd_prev_year` is the comparable base: the same
 * enterprises' 上年同期累计.
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
    ytd: sum('ytd').notNull(),
    ytdPrevYear: sum('ytd_prev_year').notNull(),
    month: sum('month'),
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
