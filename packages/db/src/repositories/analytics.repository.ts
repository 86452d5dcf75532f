import type { Scope } from '@gongyeyun/core';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import {
  officialFigures,
  reportAggregates,
  type AggregateBasis,
  type AggregateDimension,
} from '../schema';
import { enterpriseScope } from './enterprise-scope';

export type AggregateRow = typeof reportAggregates.$inferSelect;

export interface BandRule {
  /** The indicator bands are read from (annual output: `output`). */
  indicator: string;
  /** Bands by lower bound in the indicator's unit (万元): an enterprise is in every band it reaches. */
  bands: readonly { code: string; min: number }[];
  /** The period whose 本年累计 is the "annual" figure (last year's 12月). */
  annualPeriod: string;
  /** Months the current period covers, to annualise when last year's figure is missing. */
  monthsCovered: number;
}

/** Report statuses each basis counts. */
export const BASIS_STATUSES: Readonly<Record<AggregateBasis, readonly string[]>> = {
  approved: ['approved', 'locked'],
  provisional: ['submitted', 'approved', 'locked'],
};

/**
 * The facts of a period and who they belong to, as common table expressions: `f` the counted
 * report values, `e` their enterprises, `u` every org unit an enterprise counts in (its county,
 * its park, the county's parent), `d` every dimension key it counts under (its chains and their
 * tiers, its industry division, each output band it reaches). The one definition of membership,
 * shared by the aggregates and by the rows that explain them.
 */
function factsOf(
  period: string,
  bands: BandRule,
  only: { indicator?: string; enterpriseIds?: readonly number[] } = {},
) {
  const thresholds = bands.bands.length
    ? sql.join(
        bands.bands.map((b) => sql`(${b.code}, ${String(b.min)}::numeric)`),
        sql`, `,
      )
    : sql`(null::text, null::numeric)`;
  const indicator = only.indicator ? sql`and v.indicator_code = ${only.indicator}` : sql``;
  const enterprises = only.enterpriseIds
    ? sql`and v.enterprise_id in (${sql.join(
        only.enterpriseIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  return sql`
    f as (
      select v.enterprise_id, v.indicator_code, v.ytd, v.prev_year_ytd, v.month, r.status
      from report_values v
      -- The report's period is the value's: reading the period's reports through their index,
      -- not every report of every period.
      join reports r on r.id = v.report_id and r.period = ${period}
      where v.period = ${period} and r.status in ('submitted', 'approved', 'locked')
        ${indicator} ${enterprises}
    ),
    e as (
      select e.id, e.county_id, e.park_id, e.industry_code, c.parent_id as city_id
      from enterprises e
      join org_units c on c.id = e.county_id
      where e.id in (select enterprise_id from f)
    ),
    u(enterprise_id, unit_id) as (
      select id, county_id from e
      union select id, park_id from e where park_id is not null
      union select id, city_id from e where city_id is not null
    ),
    annual as (
      select e.id as enterprise_id,
        coalesce(
          (select pv.ytd from report_values pv
            where pv.enterprise_id = e.id and pv.period = ${bands.annualPeriod}
              and pv.indicator_code = ${bands.indicator}),
          (select cv.ytd * 12 / ${bands.monthsCovered} from report_values cv
            where cv.enterprise_id = e.id and cv.period = ${period}
              and cv.indicator_code = ${bands.indicator})
        ) as output
      from e
    ),
    t(code, threshold) as (values ${thresholds}),
    d(enterprise_id, dimension, dim_key) as (
      select id, 'total', '' from e
      union select ec.enterprise_id, 'chain', ec.chain_id::text
        from enterprise_chains ec where ec.enterprise_id in (select id from e)
      union select ec.enterprise_id, 'tier', c.tier_id::text
        from enterprise_chains ec join chains c on c.id = ec.chain_id
        where ec.enterprise_id in (select id from e)
      union select id, 'division', left(industry_code, 2) from e
      union select a.enterprise_id, 'band', t.code
        from annual a join t on a.output >= t.threshold
    )`;
}

/** Advisory lock class of the aggregates (the key within it: the period). */
const AGGREGATES_LOCK = 71_100;

/**
 * The aggregate rows the facts make (without the period): every indicator, both bases, every
 * org unit an enterprise belongs to and every dimension key, for all the period's enterprises
 * or only some (their part of each row).
 */
function aggregatesOf(period: string, bands: BandRule, enterpriseIds?: readonly number[]) {
  const basisRows = sql.join(
    Object.entries(BASIS_STATUSES).flatMap(([basis, statuses]) =>
      statuses.map((status) => sql`(${basis}, ${status})`),
    ),
    sql`, `,
  );
  // Each enterprise is one row of a group (one value per enterprise and indicator, `u` and `d`
  // without repeats), so count(*) counts enterprises and the grouping can hash.
  return sql`
    with ${factsOf(period, bands, { enterpriseIds })},
    b(basis, status) as (values ${basisRows})
    select f.indicator_code, b.basis, u.unit_id as org_unit_id, d.dimension, d.dim_key,
      coalesce(sum(f.ytd), 0) as ytd,
      coalesce(sum(f.ytd) filter (where f.prev_year_ytd is not null), 0) as ytd_comparable,
      coalesce(sum(f.prev_year_ytd) filter (where f.ytd is not null), 0) as ytd_prev_year,
      sum(f.month) as month,
      count(*) filter (where f.month is not null)::int as with_month,
      count(*)::int as enterprises,
      count(*) filter (where f.prev_year_ytd is not null and f.ytd is not null)::int as with_base
    from f
    join b on b.status = f.status
    join u on u.enterprise_id = f.enterprise_id
    join d on d.enterprise_id = f.enterprise_id
    group by f.indicator_code, b.basis, u.unit_id, d.dimension, d.dim_key`;
}

const AGGREGATE_COLUMNS = sql`indicator_code, basis, org_unit_id, dimension, dim_key, ytd,
  ytd_comparable, ytd_prev_year, month, with_month, enterprises, with_base`;

/**
 * Recomputes a period's aggregates from the facts. Runs in the caller's transaction: the
 * figures change together with the reports that make them.
 */
export async function refreshAggregates(
  db: Database,
  period: string,
  bands: BandRule,
): Promise<void> {
  // One rebuild of a period at a time, and none while a change is taken out and put back:
  // two transactions deleting and inserting the same rows would otherwise both insert them (a
  // unique violation for the later one on PostgreSQL). Waiting here, the later one then sees
  // and replaces the earlier one's committed rows.
  await db.execute(sql`select pg_advisory_xact_lock(${AGGREGATES_LOCK}, hashtext(${period}))`);
  await db.delete(reportAggregates).where(eq(reportAggregates.period, period));
  // The grouping reads every enterprise × unit × dimension × indicator row of the period (430,000
  // at 3,000 enterprises, 8.5 million at 60,000) into a few tens of thousands of groups. The
  // planner cannot see through the membership CTEs and guesses millions of groups, so it would
  // sort all the rows (in temporary files at 60,000: 23 of 28 s); hashing them into the groups
  // in memory is what the sizes call for.
  await db.execute(sql`set local work_mem = '128MB'`);
  await db.execute(sql`set local enable_sort = off`);
  await db.execute(sql`
    insert into report_aggregates (period, ${AGGREGATE_COLUMNS})
    select ${period}, ${AGGREGATE_COLUMNS} from (${aggregatesOf(period, bands)}) a
  `);
  // The rest of the caller's transaction plans as usual.
  await db.execute(sql`reset enable_sort`);
  await db.execute(sql`reset work_mem`);
}

/** The periods that have reports, oldest first: those whose aggregates a repair rebuilds. */
export async function findReportedPeriods(db: Database): Promise<string[]> {
  const result = (await db.execute(sql`select distinct period from reports order by period`)) as {
    rows: { period: string }[];
  };
  return result.rows.map((r) => r.period);
}

/** Some enterprises' part of a period's aggregate rows, as the database gives them. */
export interface AggregatePart {
  indicator_code: string;
  basis: string;
  org_unit_id: number;
  dimension: string;
  dim_key: string;
  ytd: string;
  ytd_comparable: string;
  ytd_prev_year: string;
  month: string | null;
  with_month: number;
  enterprises: number;
  with_base: number;
}

/**
 * What the given enterprises count for in a period's aggregates now. Read it before changing
 * their reports and hand it to `replaceAggregateParts` after. Takes the period's shared lock:
 * such changes run side by side, a rebuild waits for them (and they for it).
 */
export async function aggregateParts(
  db: Database,
  period: string,
  bands: BandRule,
  enterpriseIds: readonly number[],
): Promise<AggregatePart[]> {
  await db.execute(
    sql`select pg_advisory_xact_lock_shared(${AGGREGATES_LOCK}, hashtext(${period}))`,
  );
  if (!enterpriseIds.length) return [];
  const result = await db.execute(aggregatesOf(period, bands, enterpriseIds));
  return (result as { rows: AggregatePart[] }).rows;
}

/**
 * Takes the enterprises' former part (`before`, from `aggregateParts`) out of the period's
 * aggregates and puts their present part in: one upsert of the differences, in key order so that
 * concurrent changes lock rows in the same order, then the rows no enterprise counts in any
 * more are removed, as a rebuild would not write them.
 */
export async function replaceAggregateParts(
  db: Database,
  period: string,
  bands: BandRule,
  enterpriseIds: readonly number[],
  before: readonly AggregatePart[],
): Promise<void> {
  if (!enterpriseIds.length) return;
  const former = sql`jsonb_to_recordset(${JSON.stringify(before)}::jsonb) as o(
    indicator_code text, basis text, org_unit_id integer, dimension text, dim_key text,
    ytd numeric, ytd_comparable numeric, ytd_prev_year numeric, month numeric,
    with_month integer, enterprises integer, with_base integer)`;
  await db.execute(sql`
    with present as (${aggregatesOf(period, bands, enterpriseIds)}),
    change as (
      select indicator_code, basis, org_unit_id, dimension, dim_key,
        sum(ytd) as ytd, sum(ytd_comparable) as ytd_comparable,
        sum(ytd_prev_year) as ytd_prev_year, sum(month) as month,
        sum(with_month)::int as with_month, sum(enterprises)::int as enterprises,
        sum(with_base)::int as with_base
      from (
        select ${AGGREGATE_COLUMNS} from present
        union all
        select indicator_code, basis, org_unit_id, dimension, dim_key, -ytd, -ytd_comparable,
          -ytd_prev_year, -month, -with_month, -enterprises, -with_base
        from ${former}
      ) parts
      group by indicator_code, basis, org_unit_id, dimension, dim_key
    )
    insert into report_aggregates (period, ${AGGREGATE_COLUMNS})
    select ${period}, ${AGGREGATE_COLUMNS} from change
    where ytd <> 0 or ytd_comparable <> 0 or ytd_prev_year <> 0 or coalesce(month, 0) <> 0
      or with_month <> 0 or enterprises <> 0 or with_base <> 0
    order by indicator_code, basis, org_unit_id, dimension, dim_key
    on conflict (period, indicator_code, basis, org_unit_id, dimension, dim_key) do update set
      ytd = report_aggregates.ytd + excluded.ytd,
      ytd_comparable = report_aggregates.ytd_comparable + excluded.ytd_comparable,
      ytd_prev_year = report_aggregates.ytd_prev_year + excluded.ytd_prev_year,
      month = case when report_aggregates.with_month + excluded.with_month = 0 then null
        else coalesce(report_aggregates.month, 0) + coalesce(excluded.month, 0) end,
      with_month = report_aggregates.with_month + excluded.with_month,
      enterprises = report_aggregates.enterprises + excluded.enterprises,
      with_base = report_aggregates.with_base + excluded.with_base
  `);
  if (!before.length) return;
  await db.execute(sql`
    delete from report_aggregates a
    using ${former}
    where a.period = ${period} and a.enterprises = 0
      and a.indicator_code = o.indicator_code and a.basis = o.basis
      and a.org_unit_id = o.org_unit_id and a.dimension = o.dimension and a.dim_key = o.dim_key
  `);
}

/** One enterprise's counted figures behind an aggregate. */
export interface FigureFact {
  enterpriseId: number;
  name: string;
  uscc: string | null;
  countyName: string;
  status: string;
  ytd: string | null;
  prevYearYtd: string | null;
  month: string | null;
}

/** Figures the rows behind an aggregate can be put in order of. */
export type FactSort =
  'contribution' | 'pull' | 'growth' | 'delta' | 'ytd' | 'ytdPrevYear' | 'enterpriseId';

/** One page of the rows behind an aggregate, in an order of one of their figures. */
export interface FactPageQuery {
  sort: FactSort;
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
  /**
   * What a row's contribution and pull are divided by, in units of 0.0001 (core's
   * `wholeDivisors`); null when that figure is undefined for every row.
   */
  divisors: { delta: bigint | null; base: bigint | null };
}

export interface FactPage {
  rows: FigureFact[];
  /** Every row behind the aggregate. */
  total: number;
  /** Rows whose sort figure is undefined (no comparable base, no divisor): after the others. */
  undefinedCount: number;
}

/**
 * The figure a row is sorted by, computed as core computes it so that equal figures tie here as
 * they do there: Δ × 100 and the divisor each taken to the nearest double (numeric → float8 and
 * `Number(bigint)` both round to nearest), then divided. Δ is on the comparable basis (both
 * 本年累计 and 上年同期累计 known); growth needs a positive base of its own.
 */
function sortValue(q: FactPageQuery): SQL {
  const delta = sql`case when x.ytd is not null and x.prev_year_ytd is not null
    then x.ytd - x.prev_year_ytd end`;
  const over = (divisor: bigint | null) =>
    divisor === null
      ? sql`null::float8`
      : sql`((${delta}) * 1000000)::float8 / ${divisor.toString()}::numeric::float8`;
  switch (q.sort) {
    case 'contribution':
      return over(q.divisors.delta);
    case 'pull':
      return over(q.divisors.base);
    case 'growth':
      return sql`case when x.ytd is not null and x.prev_year_ytd > 0
        then ((x.ytd - x.prev_year_ytd) * 1000000)::float8 / (x.prev_year_ytd * 10000)::float8 end`;
    case 'delta':
      return delta;
    case 'ytd':
      return sql`x.ytd`;
    case 'ytdPrevYear':
      return sql`x.prev_year_ytd`;
    case 'enterpriseId':
      return sql`x.enterprise_id`;
  }
}

/**
 * One page of the enterprise rows an aggregate is the sum of (the membership of `factsOf`, for
 * one org unit and dimension key, limited to the caller's scope), ordered in the database
 * by a figure: `desc` highest first, rows whose figure is undefined last in either direction,
 * equal figures by enterprise id. The order of core's `rankBy` (`desc` = top, `asc` = bottom),
 * so the first rows of a page are a ranking's first rows.
 */
export async function findFigureFactsPage(
  db: Database,
  scope: Scope,
  f: AggregateFilter & { dimKey: string; orgUnitId: number; bands: BandRule },
  q: FactPageQuery,
): Promise<FactPage> {
  const statuses = sql.join(
    BASIS_STATUSES[f.basis].map((s) => sql`${s}`),
    sql`, `,
  );
  const direction = q.direction === 'asc' ? sql`asc` : sql`desc`;
  const query = sql`
    with ${factsOf(f.period, f.bands, { indicator: f.indicator })},
    x as (
      select f.enterprise_id, enterprises.name, enterprises.uscc, c.name as county_name,
        f.status, f.ytd, f.prev_year_ytd, f.month
      from f
      join enterprises on enterprises.id = f.enterprise_id
      join org_units c on c.id = enterprises.county_id
      where f.status in (${statuses}) and ${enterpriseScope(scope)}
        and f.enterprise_id in (select enterprise_id from u where unit_id = ${f.orgUnitId})
        and f.enterprise_id in (select enterprise_id from d
          where dimension = ${f.dimension} and dim_key = ${f.dimKey})
    ),
    k as (select x.*, ${sortValue(q)} as sort_value from x)
    select k.enterprise_id as "enterpriseId", k.name, k.uscc, k.county_name as "countyName",
      k.status, k.ytd::text as ytd, k.prev_year_ytd::text as "prevYearYtd", k.month::text as month,
      (count(*) over ())::int as total,
      (count(*) filter (where k.sort_value is null) over ())::int as "undefinedCount"
    from k
    order by k.sort_value is null, k.sort_value ${direction}, k.enterprise_id
    limit ${q.limit} offset ${q.offset}
  `;
  // The membership CTEs carry no statistics: the planner guesses a few rows where there are
  // thousands and joins them by nested loops that rescan the membership for every row (half a
  // second at 3,000 enterprises). Hash joins are right at every size these rows come in. The
  // setting lasts to the end of the transaction (the caller's, when called inside one).
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_nestloop = off`);
    return tx.execute(query);
  });
  const rows = (result as { rows: (FigureFact & { total: number; undefinedCount: number })[] })
    .rows;
  const first = rows[0];
  if (!first && q.offset > 0) {
    // Past the last page: the counts still say how many rows there are.
    const whole = await findFigureFactsPage(db, scope, f, { ...q, offset: 0, limit: 1 });
    return { rows: [], total: whole.total, undefinedCount: whole.undefinedCount };
  }
  return {
    rows: rows.map(({ total: _total, undefinedCount: _undefined, ...fact }) => fact),
    total: first?.total ?? 0,
    undefinedCount: first?.undefinedCount ?? 0,
  };
}

export interface AggregateFilter {
  period: string;
  indicator: string;
  basis: AggregateBasis;
  orgUnitIds: readonly number[];
  dimension: AggregateDimension;
}

/** Every aggregate row of a period, in key order. */
export async function findPeriodAggregates(db: Database, period: string): Promise<AggregateRow[]> {
  return db
    .select()
    .from(reportAggregates)
    .where(eq(reportAggregates.period, period))
    .orderBy(
      asc(reportAggregates.indicatorCode),
      asc(reportAggregates.basis),
      asc(reportAggregates.orgUnitId),
      asc(reportAggregates.dimension),
      asc(reportAggregates.dimKey),
    );
}

export async function findAggregates(db: Database, f: AggregateFilter): Promise<AggregateRow[]> {
  if (!f.orgUnitIds.length) return [];
  return db
    .select()
    .from(reportAggregates)
    .where(
      and(
        eq(reportAggregates.period, f.period),
        eq(reportAggregates.indicatorCode, f.indicator),
        eq(reportAggregates.basis, f.basis),
        eq(reportAggregates.dimension, f.dimension),
        inArray(reportAggregates.orgUnitId, [...f.orgUnitIds]),
      ),
    )
    .orderBy(asc(reportAggregates.orgUnitId), asc(reportAggregates.dimKey));
}

/** One unit's total over several periods (a time series). */
export async function findAggregateSeries(
  db: Database,
  f: Omit<AggregateFilter, 'period' | 'orgUnitIds'> & {
    periods: readonly string[];
    orgUnitId: number;
    dimKey: string;
  },
): Promise<AggregateRow[]> {
  if (!f.periods.length) return [];
  return db
    .select()
    .from(reportAggregates)
    .where(
      and(
        inArray(reportAggregates.period, [...f.periods]),
        eq(reportAggregates.indicatorCode, f.indicator),
        eq(reportAggregates.basis, f.basis),
        eq(reportAggregates.dimension, f.dimension),
        eq(reportAggregates.orgUnitId, f.orgUnitId),
        eq(reportAggregates.dimKey, f.dimKey),
      ),
    )
    .orderBy(asc(reportAggregates.period));
}

export type OfficialFigureRow = typeof officialFigures.$inferSelect;
export type NewOfficialFigureRow = typeof officialFigures.$inferInsert;

/** Published figures of some regions, optionally of one period, newest period first. */
export async function findOfficialFigures(
  db: Database,
  f: { orgUnitIds: readonly number[]; period?: string },
): Promise<OfficialFigureRow[]> {
  if (!f.orgUnitIds.length) return [];
  return db
    .select()
    .from(officialFigures)
    .where(
      and(
        inArray(officialFigures.orgUnitId, [...f.orgUnitIds]),
        f.period === undefined ? undefined : eq(officialFigures.period, f.period),
      ),
    )
    .orderBy(
      desc(officialFigures.period),
      asc(officialFigures.orgUnitId),
      asc(officialFigures.measure),
    );
}

/** Inserts published figures, replacing the value of one already held for the same region, period and measure. */
export async function upsertOfficialFigures(
  db: Database,
  rows: readonly NewOfficialFigureRow[],
): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(officialFigures)
    .values([...rows])
    .onConflictDoUpdate({
      target: [officialFigures.orgUnitId, officialFigures.period, officialFigures.measure],
      set: {
        kind: sql`excluded.kind`,
        value: sql`excluded.value`,
        unit: sql`excluded.unit`,
        source: sql`excluded.source`,
        publishedOn: sql`excluded.published_on`,
        importedBy: sql`excluded.imported_by`,
        updatedAt: sql`now()`,
      },
    });
}
