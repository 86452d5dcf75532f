import {
  againstWhole,
  changeInPoints,
  comparableGrowth,
  DEFAULT_OUTPUT_BANDS,
  explainContribution,
  explainGrowth,
  explainPointChange,
  explainPull,
  explainShare,
  formatAmount,
  periodLabel,
  periodRange,
  parsePeriod,
  previousPeriodInYear,
  rankBy,
  wholeDivisors,
  type FigureUnit,
  type LocalizedText,
  type PartFigures,
  type PartInput,
  type Rate,
  type Scope,
  type WholeFigures,
} from '@gongyeyun/core';
import { rateValue, toRate } from '@gongyeyun/contract';
import type {
  TAnalyticsUnit,
  TExplainQuery,
  TExplanation,
  TFigureFact,
  TFigureRow,
  TGroupQuery,
  TRankedEnterprises,
  TRankQuery,
  TSeries,
  TSeriesQuery,
  TSummary,
  TSummaryQuery,
} from '@gongyeyun/contract';
import {
  findAggregates,
  findAggregateSeries,
  findFigureFactsPage,
  findIndicator,
  findIndustryClassesByCodes,
  listChains,
  listOrgUnitsInScope,
  listTiers,
  type AggregateRow,
  type Database,
  type FactPageQuery,
  type OrgUnitRow,
} from '@gongyeyun/db';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { bandRuleFor } from './refresh-figures';

/** Org-unit kinds the figures are kept for. */
const FIGURE_UNIT_KINDS = new Set(['city', 'county', 'park']);

type Indicator = TSummary['indicator'];

const unitOut = (u: OrgUnitRow): TAnalyticsUnit => ({ id: u.id, name: u.name, kind: u.kind });
const unitName = (u: OrgUnitRow): LocalizedText => ({ zh: u.name, en: u.nameEn ?? u.name });

interface Place {
  unit: OrgUnitRow;
  units: OrgUnitRow[];
}

/**
 * The unit a question is about: the one asked for if the caller may see it, else the caller's
 * own (the highest city, county or park of their scope). A county officer's "city" is their county.
 */
async function placeOf(db: Database, scope: Scope, unitId: number | undefined): Promise<Place> {
  const units = (await listOrgUnitsInScope(db, scope)).filter((u) => FIGURE_UNIT_KINDS.has(u.kind));
  const unit = unitId === undefined ? units[0] : units.find((u) => u.id === unitId);
  if (!unit) throw notFound({ zh: '统计单位', en: 'unit' });
  return { unit, units };
}

function partsOf(place: Place, kind: 'county' | 'park'): OrgUnitRow[] {
  return place.units.filter((u) => u.kind === kind && u.parentId === place.unit.id);
}

async function indicatorOf(db: Database, code: string): Promise<Indicator> {
  const row = await findIndicator(db, code);
  if (!row) throw notFound({ zh: `指标 ${code}`, en: `indicator ${code}` });
  return {
    code: row.code,
    name: { zh: row.name, en: row.nameEn },
    unit: { zh: row.unit, en: row.unitEn },
    kind: row.kind,
  };
}

const figureUnit = (indicator: Indicator): FigureUnit =>
  indicator.unit.zh === '万元' ? 'wan_yuan' : indicator.unit;

/** The comparable sums of an aggregate: growth is Σ 本年累计 ÷ Σ 上年同期累计 of the same enterprises. */
const comparablePart = (key: string, row: AggregateRow | undefined): PartInput => ({
  key,
  ytd: row?.ytdComparable ?? '0',
  ytdPrevYear: row?.ytdPrevYear ?? '0',
  enterprises: row?.withBase ?? 0,
});

const num = (v: string | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

function rowOut(
  key: string,
  name: LocalizedText,
  unitId: number | null,
  row: AggregateRow | undefined,
  figures: WholeFigures,
  previousGrowth: Rate,
): TFigureRow {
  const growth = comparableGrowth({
    ytd: row?.ytdComparable ?? null,
    ytdPrevYear: row?.ytdPrevYear ?? null,
    enterprises: row?.withBase ?? 0,
  }).growth;
  return {
    key,
    name,
    unitId,
    ytd: num(row?.ytd) ?? 0,
    ytdComparable: figures.ytd,
    ytdPrevYear: figures.ytdPrevYear,
    delta: figures.delta,
    month: num(row?.month),
    growth: rateValue(growth),
    changePoints: rateValue(changeInPoints(growth, previousGrowth).points),
    contribution: rateValue(figures.contribution),
    pull: rateValue(figures.pull),
    share: rateValue(figures.share),
    enterprises: row?.enterprises ?? 0,
    withBase: row?.withBase ?? 0,
  };
}

const growthOf = (row: AggregateRow | undefined): Rate =>
  row
    ? comparableGrowth({
        ytd: row.ytdComparable,
        ytdPrevYear: row.ytdPrevYear,
        enterprises: row.withBase,
      }).growth
    : { ok: false, error: 'no_rate' };

/** Names of the keys of a dimension (chains, tiers, divisions, bands). */
async function dimensionNames(
  db: Database,
  dimension: 'chain' | 'tier' | 'division' | 'band',
  keys: readonly string[],
): Promise<Map<string, LocalizedText>> {
  switch (dimension) {
    case 'chain': {
      const chains = await listChains(db);
      return new Map(chains.map((c) => [String(c.id), { zh: c.name, en: c.nameEn ?? c.name }]));
    }
    case 'tier': {
      const chains = await listChains(db);
      const tiers = await listTiers(db, [...new Set(chains.map((c) => c.systemId))]);
      return new Map(tiers.map((t) => [String(t.id), { zh: t.name, en: t.nameEn ?? t.name }]));
    }
    case 'division': {
      const classes = await findIndustryClassesByCodes(db, [...keys]);
      return new Map(
        classes.map((c) => [c.code, { zh: `${c.code} ${c.name}`, en: `Division ${c.code}` }]),
      );
    }
    case 'band':
      return new Map(DEFAULT_OUTPUT_BANDS.map((b) => [b.code, b.label]));
  }
}

interface GroupFigures {
  indicator: Indicator;
  place: Place;
  /** The org unit the group's aggregates belong to (the unit, or one of its counties/parks). */
  groupUnit: OrgUnitRow;
  row: TFigureRow;
  whole: TFigureRow;
  wholeAggregate: AggregateRow | undefined;
  groupFigures: PartFigures;
  wholeFigures: WholeFigures;
  /** The group's growth at the previous period of the year. */
  previousGrowth: Rate;
}

const isPartition = (by: TSummaryQuery['by']) => by === 'county' || by === 'division';

/**
 * Figures of every county, park, chain, tier, division or band of a unit in a period, each
 * measured against the unit's total, with the change in points since the previous period.
 */
export async function summary(deps: Deps, scope: Scope, q: TSummaryQuery): Promise<TSummary> {
  const { db } = deps;
  const [place, indicator] = await Promise.all([
    placeOf(db, scope, q.unitId),
    indicatorOf(db, q.indicator),
  ]);
  const previous = previousPeriodInYear(q.period);
  const byUnit = q.by === 'county' || q.by === 'park';
  if (byUnit && place.unit.kind !== 'city' && q.by === 'county') {
    const text = { zh: '按县区分组只适用于市级单位', en: 'Counties are listed for a city only' };
    throw new AppError('VALIDATION', text, [{ field: 'by', text }]);
  }
  const partUnits = byUnit ? partsOf(place, q.by as 'county' | 'park') : [];
  const read = (period: string, dimension: AggregateRow['dimension'], ids: number[]) =>
    findAggregates(db, {
      period,
      indicator: indicator.code,
      basis: q.basis,
      orgUnitIds: ids,
      dimension,
    });
  const dimension = byUnit ? 'total' : (q.by as AggregateRow['dimension']);
  const ids = byUnit ? partUnits.map((u) => u.id) : [place.unit.id];
  const [wholeRows, rows, prevWhole, prevRows] = await Promise.all([
    read(q.period, 'total', [place.unit.id]),
    read(q.period, dimension, ids),
    previous ? read(previous, 'total', [place.unit.id]) : Promise.resolve([]),
    previous ? read(previous, dimension, ids) : Promise.resolve([]),
  ]);
  const keyOf = (r: AggregateRow) => (byUnit ? String(r.orgUnitId) : r.dimKey);
  const current = new Map(rows.map((r) => [keyOf(r), r]));
  const before = new Map(prevRows.map((r) => [keyOf(r), r]));
  const bandOrder = DEFAULT_OUTPUT_BANDS.map((b) => b.code);
  const keys = byUnit
    ? partUnits.map((u) => String(u.id))
    : q.by === 'band'
      ? bandOrder.filter((code) => current.has(code))
      : rows.map((r) => r.dimKey);
  const names: Map<string, LocalizedText> = byUnit
    ? new Map(partUnits.map((u) => [String(u.id), unitName(u)]))
    : await dimensionNames(db, q.by as 'chain' | 'tier' | 'division' | 'band', keys);
  const wholeRow = wholeRows[0];
  const decomposition = againstWhole(
    keys.map((k) => comparablePart(k, current.get(k))),
    comparablePart('', wholeRow),
  );
  const out = decomposition.parts.map((figures) =>
    rowOut(
      figures.key,
      names.get(figures.key) ?? { zh: figures.key, en: figures.key },
      byUnit ? Number(figures.key) : null,
      current.get(figures.key),
      figures,
      growthOf(before.get(figures.key)),
    ),
  );
  return {
    period: q.period,
    previousPeriod: previous,
    basis: q.basis,
    by: q.by,
    indicator,
    unit: unitOut(place.unit),
    partition: isPartition(q.by),
    rows: out,
    total: rowOut(
      '',
      unitName(place.unit),
      place.unit.id,
      wholeRow,
      decomposition.total,
      growthOf(prevWhole[0]),
    ),
    units: place.units.map(unitOut),
  };
}

/** The figures of one group (the unit, one of its counties/parks, or one chain/tier/division/band). */
async function groupFigures(deps: Deps, scope: Scope, q: TGroupQuery): Promise<GroupFigures> {
  const { db } = deps;
  const [place, indicator] = await Promise.all([
    placeOf(db, scope, q.unitId),
    indicatorOf(db, q.indicator),
  ]);
  let groupUnit = place.unit;
  if (q.partUnitId !== undefined) {
    const part = place.units.find((u) => u.id === q.partUnitId && u.parentId === place.unit.id);
    if (!part) throw notFound({ zh: '统计单位', en: 'unit' });
    groupUnit = part;
  }
  const dimension = q.dimension;
  const key = dimension === 'total' ? '' : q.key;
  const previous = previousPeriodInYear(q.period);
  const read = (period: string, unitId: number, dim: AggregateRow['dimension']) =>
    findAggregates(db, {
      period,
      indicator: indicator.code,
      basis: q.basis,
      orgUnitIds: [unitId],
      dimension: dim,
    });
  const [wholeRows, groupRows, prevWhole, prevGroup] = await Promise.all([
    read(q.period, place.unit.id, 'total'),
    read(q.period, groupUnit.id, dimension),
    previous ? read(previous, place.unit.id, 'total') : Promise.resolve([]),
    previous ? read(previous, groupUnit.id, dimension) : Promise.resolve([]),
  ]);
  const wholeAggregate = wholeRows[0];
  const groupAggregate = groupRows.find((r) => r.dimKey === key);
  const prevGroupRow = prevGroup.find((r) => r.dimKey === key);
  const decomposition = againstWhole(
    [comparablePart(key, groupAggregate)],
    comparablePart('', wholeAggregate),
  );
  const groupFiguresRow = decomposition.parts[0]!;
  let name = unitName(groupUnit);
  if (dimension !== 'total') {
    const names = await dimensionNames(db, dimension, [key]);
    const label = names.get(key) ?? { zh: key, en: key };
    name = { zh: `${name.zh} · ${label.zh}`, en: `${name.en} · ${label.en}` };
  }
  return {
    indicator,
    place,
    groupUnit,
    row: rowOut(key, name, groupUnit.id, groupAggregate, groupFiguresRow, growthOf(prevGroupRow)),
    whole: rowOut(
      '',
      unitName(place.unit),
      place.unit.id,
      wholeAggregate,
      decomposition.total,
      growthOf(prevWhole[0]),
    ),
    wholeAggregate,
    groupFigures: groupFiguresRow,
    wholeFigures: decomposition.total,
    previousGrowth: growthOf(prevGroupRow),
  };
}

/** One page of the enterprises behind a group, in the order of a figure, sorted in the database. */
async function factPageOf(
  deps: Deps,
  scope: Scope,
  q: TGroupQuery,
  group: GroupFigures,
  order: Omit<FactPageQuery, 'divisors'>,
): Promise<{ facts: TFigureFact[]; total: number; undefinedCount: number }> {
  const whole = comparablePart('', group.wholeAggregate);
  const page = await findFigureFactsPage(
    deps.db,
    scope,
    {
      period: q.period,
      indicator: group.indicator.code,
      basis: q.basis,
      orgUnitIds: [group.groupUnit.id],
      orgUnitId: group.groupUnit.id,
      dimension: q.dimension,
      dimKey: q.dimension === 'total' ? '' : q.key,
      bands: bandRuleFor(q.period),
    },
    { ...order, divisors: wholeDivisors(whole) },
  );
  // Each row against the whole: a row's figures depend only on itself and the whole.
  const measured = againstWhole(
    page.rows.map((f) => ({
      key: String(f.enterpriseId),
      ytd: f.prevYearYtd === null ? null : f.ytd,
      ytdPrevYear: f.prevYearYtd,
      enterprises: 1,
    })),
    whole,
  ).parts;
  const facts = page.rows.map((f, i) => {
    const m = measured[i]!;
    return {
      enterpriseId: f.enterpriseId,
      name: f.name,
      uscc: f.uscc,
      countyName: f.countyName,
      status: f.status,
      ytd: num(f.ytd),
      ytdPrevYear: num(f.prevYearYtd),
      month: num(f.month),
      delta: m.delta,
      growth: rateValue(m.growth),
      contribution: rateValue(m.contribution),
      pull: rateValue(m.pull),
    };
  });
  return { facts, total: page.total, undefinedCount: page.undefinedCount };
}

/**
 * Enterprises driving (top) or dragging (bottom) a group's growth, by growth or contribution.
 * The database returns the first `limit` rows in `rankBy`'s order; ranks are given to them by
 * `rankBy` itself (equal figures share a rank), the rows with no figure counted apart.
 */
export async function rankEnterprises(
  deps: Deps,
  scope: Scope,
  q: TRankQuery,
): Promise<TRankedEnterprises> {
  const group = await groupFigures(deps, scope, q);
  const { facts, undefinedCount } = await factPageOf(deps, scope, q, group, {
    sort: q.rank,
    direction: q.direction === 'top' ? 'desc' : 'asc',
    offset: 0,
    limit: q.limit,
  });
  const ranking = rankBy(
    facts.map((f) => ({ ...f, key: String(f.enterpriseId).padStart(12, '0') })),
    (f) => toRate(f[q.rank]),
    q.direction,
    q.limit,
  );
  return {
    items: ranking.ranked.map(({ item, rank }) => {
      const { key: _key, ...fact } = item;
      return { ...fact, rank };
    }),
    unranked: undefinedCount,
  };
}

/** A group's month-by-month figures from `from` to `period`. */
export async function series(deps: Deps, scope: Scope, q: TSeriesQuery): Promise<TSeries> {
  const group = await groupFigures(deps, scope, q);
  const parts = parsePeriod(q.period)!;
  const from = q.from ?? `${parts.year - 1}-02`;
  if (from > q.period) {
    const text = { zh: '起始报告期不能晚于报告期', en: 'The first period cannot follow the last' };
    throw new AppError('VALIDATION', text, [{ field: 'from', text }]);
  }
  const periods = periodRange(from, q.period);
  const rows = await findAggregateSeries(deps.db, {
    periods,
    indicator: group.indicator.code,
    basis: q.basis,
    dimension: q.dimension,
    orgUnitId: group.groupUnit.id,
    dimKey: q.dimension === 'total' ? '' : q.key,
  });
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  return {
    indicator: group.indicator,
    unit: unitOut(group.place.unit),
    name: group.row.name,
    basis: q.basis,
    points: periods.map((period) => {
      const r = byPeriod.get(period);
      return {
        period,
        ytd: num(r?.ytd),
        month: num(r?.month),
        ytdPrevYear: num(r?.ytdPrevYear),
        growth: rateValue(growthOf(r)),
        enterprises: r?.enterprises ?? 0,
      };
    }),
  };
}

/**
 * One figure explained: its formula, the numbers put in, and the enterprises behind it a page at
 * a time, so that a leader can follow any number on the cockpit down to the reports that make it.
 */
export async function explain(deps: Deps, scope: Scope, q: TExplainQuery): Promise<TExplanation> {
  const group = await groupFigures(deps, scope, q);
  const { facts, total } = await factPageOf(deps, scope, q, group, {
    sort: q.sort,
    direction: q.order,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  const unit = figureUnit(group.indicator);
  const g = group.groupFigures;
  const w = group.wholeFigures;
  const growthFigure = comparableGrowth({
    ytd: g.ytd,
    ytdPrevYear: g.ytdPrevYear,
    enterprises: g.enterprises ?? 0,
  });
  const label = periodLabel(q.period);
  let text: { name: LocalizedText; formula: LocalizedText; computation: LocalizedText };
  switch (q.figure) {
    case 'ytd':
    case 'enterprises':
      text = {
        name:
          q.figure === 'ytd'
            ? {
                zh: `${group.indicator.name.zh}本年累计`,
                en: `${group.indicator.name.en}, year to date`,
              }
            : { zh: '企业数', en: 'Enterprises' },
        formula: {
          zh: `${label.zh}本年累计 = 计入的各企业本年累计之和（${q.basis === 'approved' ? '已审核' : '含已报送未审核'}）`,
          en: `${label.en} year to date = the sum over the counted enterprises (${q.basis === 'approved' ? 'approved' : 'including submitted, not yet approved'})`,
        },
        computation: {
          zh: `${formatAmount(group.row.ytd, unit).zh}，${group.row.enterprises} 家企业`,
          en: `${formatAmount(group.row.ytd, unit).en}, ${group.row.enterprises} enterprises`,
        },
      };
      break;
    case 'growth':
      text = explainGrowth(growthFigure, unit);
      break;
    case 'changePoints':
      text = explainPointChange(changeInPoints(growthFigure.growth, group.previousGrowth));
      break;
    case 'contribution':
      text = explainContribution(g, w, unit);
      break;
    case 'pull':
      text = explainPull(g, w, unit);
      break;
    case 'share':
      text = explainShare(g, w, unit);
      break;
  }
  return {
    ...text,
    indicator: group.indicator,
    unit: unitOut(group.place.unit),
    basis: q.basis,
    period: q.period,
    row: group.row,
    whole: group.whole,
    facts,
    total,
    page: q.page,
    pageSize: q.pageSize,
    sort: q.sort,
    order: q.order,
  };
}
