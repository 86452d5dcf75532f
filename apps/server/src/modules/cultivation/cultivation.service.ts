import {
  addMonths,
  annualLevel,
  bandVerdict,
  candidateNextStatuses,
  countScaleEvents as countEntriesAndExits,
  DEFAULT_BAND,
  exitWarnings,
  findThreshold,
  isEnterpriseRole,
  monthKey,
  monthsOfQuarter,
  moveCandidate,
  previousPeriod,
  projectCrossing,
  scaleCategoryOfClass,
  seasonalProfile,
  type Band,
  type MonthlyRevenue,
  type ScaleCategory,
  type ScaleThresholdRule,
  type Scope,
  type YearMonth,
} from '@gongyeyun/core';
import type {
  TAnnualLevel,
  TCandidate,
  TCandidateDetail,
  TCandidateMoveInput,
  TCandidatesPage,
  TCandidatesQuery,
  TCultivationCounts,
  TExitWarning,
  TOfficerOption,
  TRefreshResult,
  TRevenueInput,
  TWarningDetail,
  TWarningsPage,
} from '@gongyeyun/contract';
import {
  findCandidate,
  findCultivationEnterprise,
  findUserInScope,
  findUsers,
  findWarning,
  getSetting,
  insertCandidate,
  insertLog,
  insertWarning,
  listCandidates,
  listCultivationEnterprises,
  listGrants,
  listLog,
  listOrgUnitsInScope,
  listScaleEventsForCount,
  listWarnings,
  openCandidateEnterprises,
  putSetting,
  reportedRevenueSeries,
  reportStatuses,
  smallRevenueSeries,
  updateCandidate,
  updateWarning,
  upsertSmallRevenues,
  type CandidateListRow,
  type CultivationEnterprise,
  type CultivationLogRow,
  type Database,
  type WarningListRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, fieldError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { getEnterprise, writeScaleEvent } from '../enterprises/enterprises.service';
import { areaOf } from '../org-units/org-units.service';
import { thresholdRules } from '../reference/reference.service';
import { beijingToday } from '../reporting/reporting-settings.service';
import { periodOrDefault } from '../targets/targets.service';

/** Settings key of the candidate band (shares of the threshold). */
export const BAND_SETTING = 'cultivation.band';

const CANDIDATE = { zh: '该培育对象', en: 'Candidate' };
const WARNING = { zh: '该退库预警', en: 'Exit warning' };

const parseMonth = (key: string): YearMonth => ({
  year: Number(key.slice(0, 4)),
  month: Number(key.slice(5, 7)),
});

/** The month figures are judged at: the one asked for, else the last whose reports are in. */
async function throughOf(deps: Deps, through: string | undefined): Promise<YearMonth> {
  return parseMonth(through ?? (await periodOrDefault(deps, undefined)));
}

export async function getBand(db: Database): Promise<Band> {
  return (await getSetting<Band>(db, BAND_SETTING)) ?? DEFAULT_BAND;
}

export async function putBand(deps: Deps, ctx: RequestContext, band: Band): Promise<Band> {
  if (!(band.lower > 0 && band.lower < band.upper && band.upper <= 1)) {
    throw fieldError('lower', {
      zh: '范围应满足 0 < 下限 < 上限 ≤ 100%',
      en: 'The band needs 0 < lower < upper ≤ 100%',
    });
  }
  return deps.db.transaction(async (tx) => {
    const before = await getBand(tx);
    await putSetting(tx, BAND_SETTING, band);
    await recordAudit(tx, ctx, {
      action: 'cultivation_band_set',
      entity: 'setting',
      entityId: null,
      before,
      after: band,
    });
    return band;
  });
}

/** Only bureau, county, park and commissioner users act on candidates and warnings. */
function assertOfficerRole(actor: Actor): void {
  if (actor.roles.every(isEnterpriseRole)) throw forbidden();
}

/** The revenue threshold (万元) in force for an enterprise's category, or null when not by revenue. */
function revenueThreshold(
  rules: readonly ScaleThresholdRule[],
  category: ScaleCategory,
  year: number,
  industryCode: string,
): number | null {
  const rule = findThreshold(rules, category, year, industryCode);
  if (!rule.ok) return null;
  const r = rule.value;
  return r.combine === 'revenue' || r.combine === 'revenue_or_employees' ? r.revenueAtLeast : null;
}

function levelOf(
  series: readonly MonthlyRevenue[],
  through: YearMonth,
  threshold: number | null,
): TAnnualLevel {
  const level = annualLevel(series, through);
  return {
    value: level.value,
    method: level.method,
    trailing12: level.trailing12,
    annualisedYtd: level.annualisedYtd,
    threshold,
    ratio: level.value !== null && threshold ? level.value / threshold : null,
  };
}

const ym = (m: YearMonth | null): string | null => (m ? monthKey(m) : null);

/** Revenue series of enterprises: entered figures, overridden by reported ones where both exist. */
async function seriesOf(
  db: Database,
  ids: readonly number[],
  through: YearMonth,
): Promise<Map<number, MonthlyRevenue[]>> {
  const from = `${String(through.year - 2)}-01`;
  const [small, reported] = await Promise.all([
    smallRevenueSeries(db, ids),
    reportedRevenueSeries(db, ids, from, monthKey(through)),
  ]);
  const out = new Map<number, MonthlyRevenue[]>();
  for (const id of ids) {
    const byMonth = new Map<string, MonthlyRevenue>();
    for (const m of small.get(id) ?? []) byMonth.set(monthKey(m), m);
    for (const m of reported.get(id) ?? []) byMonth.set(monthKey(m), m);
    out.set(
      id,
      [...byMonth.values()].sort((a, b) => a.year - b.year || a.month - b.month),
    );
  }
  return out;
}

const presentEnterprise = (e: CultivationEnterprise) => ({
  id: e.id,
  uscc: e.uscc,
  name: e.name,
  industryCode: e.industryCode,
  countyId: e.countyId,
  countyName: e.countyName,
});

function presentCandidate(
  row: CandidateListRow,
  enterprise: CultivationEnterprise,
  series: readonly MonthlyRevenue[],
  through: YearMonth,
  rules: readonly ScaleThresholdRule[],
): TCandidate {
  const threshold = revenueThreshold(rules, row.category, through.year, enterprise.industryCode);
  const projection =
    threshold === null
      ? null
      : projectCrossing(series, through, threshold, { window: 6, horizonMonths: 36 });
  return {
    id: row.id,
    enterprise: presentEnterprise(enterprise),
    category: row.category,
    status: row.status,
    source: row.source,
    nominationReason: row.nominationReason,
    officer: row.officerId ? { id: row.officerId, name: row.officerName ?? '' } : null,
    dropReason: row.dropReason,
    enteredOn: row.enteredOn,
    level: levelOf(series, through, threshold),
    projection: {
      method: projection?.method ?? 'insufficient_data',
      meanGrowth: projection?.meanGrowth ?? null,
      growthRates: [...(projection?.growthRates ?? [])],
      projected: ym(projection?.projected ?? null),
      earliest: ym(projection?.earliest ?? null),
      latest: ym(projection?.latest ?? null),
    },
    next: [...candidateNextStatuses(row.status)],
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Presents rows that name an enterprise (candidates, warnings) with the enterprise, its revenue
 * series through the month and the threshold rules; rows whose enterprise is out of sight drop.
 */
async function presentWithFigures<Row extends { enterpriseId: number }, Out>(
  db: Database,
  scope: Scope,
  underPath: string,
  rows: readonly Row[],
  through: YearMonth,
  present: (
    row: Row,
    enterprise: CultivationEnterprise,
    series: readonly MonthlyRevenue[],
    rules: readonly ScaleThresholdRule[],
  ) => Out,
): Promise<Out[]> {
  const ids = [...new Set(rows.map((r) => r.enterpriseId))];
  if (ids.length === 0) return [];
  const [enterprises, series, rules] = await Promise.all([
    listCultivationEnterprises(db, scope, { underPath, ids, includeClosed: true }),
    seriesOf(db, ids, through),
    thresholdRules(db),
  ]);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  return rows.flatMap((row) => {
    const e = byId.get(row.enterpriseId);
    return e ? [present(row, e, series.get(e.id) ?? [], rules)] : [];
  });
}

export async function candidatesPage(
  deps: Deps,
  scope: Scope,
  q: TCandidatesQuery,
): Promise<TCandidatesPage> {
  const unit = await areaOf(deps, scope, q.unitId);
  const through = await throughOf(deps, q.through);
  const rows = await listCandidates(deps.db, scope, {
    underPath: unit.path,
    ...(q.all ? {} : { statuses: ['watching', 'cultivating', 'filed'] as const }),
  });
  const all = await presentWithFigures(deps.db, scope, unit.path, rows, through, (row, e, s, r) =>
    presentCandidate(row, e, s, through, r),
  );
  const byStatus = { watching: 0, cultivating: 0, filed: 0, entered: 0, dropped: 0 };
  for (const c of all) byStatus[c.status] += 1;
  const open = (c: TCandidate) => c.status !== 'entered' && c.status !== 'dropped';
  const filtered = all.filter(
    (c) =>
      (!q.status || c.status === q.status) &&
      (!q.category || c.category === q.category) &&
      (!q.projectedBy ||
        (c.projection.projected !== null && c.projection.projected <= q.projectedBy)),
  );
  return {
    through: monthKey(through),
    unit: { id: unit.id, name: unit.name },
    rows: filtered,
    byStatus,
    crossingThisYear: all.filter(
      (c) => open(c) && c.projection.projected?.startsWith(`${String(through.year)}-`),
    ).length,
  };
}

/** Monthly revenue with its trailing 12 months, for charts. */
function seriesPoints(
  series: readonly MonthlyRevenue[],
  through: YearMonth,
  enteredAs: (m: MonthlyRevenue) => 'month' | 'quarter' | 'report',
): TCandidateDetail['series'] {
  const first = addMonths(through, -23);
  const byKey = new Map(series.map((m) => [monthKey(m), m]));
  return Array.from({ length: 24 }, (_, i) => {
    const at = addMonths(first, i);
    const m = byKey.get(monthKey(at));
    return {
      month: monthKey(at),
      revenue: m?.revenue ?? null,
      trailing12: annualLevel(series, at).trailing12,
      enteredAs: m ? enteredAs(m) : null,
    };
  });
}

const presentLog = (rows: CultivationLogRow[]) =>
  rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    fromStatus: r.fromStatus,
    toStatus: r.toStatus,
    text: r.text,
    actorName: r.actorName,
    at: r.at.toISOString(),
  }));

export async function candidateDetail(
  deps: Deps,
  scope: Scope,
  id: number,
  throughKey?: string,
): Promise<TCandidateDetail> {
  const row = await findCandidate(deps.db, scope, id);
  if (!row) throw notFound(CANDIDATE);
  const through = await throughOf(deps, throughKey);
  const enterprise = await findCultivationEnterprise(deps.db, scope, row.enterpriseId);
  if (!enterprise) throw notFound(CANDIDATE);
  const [series, rules, log, small] = await Promise.all([
    seriesOf(deps.db, [enterprise.id], through),
    thresholdRules(deps.db),
    listLog(deps.db, { candidateId: id }),
    smallRevenueSeries(deps.db, [enterprise.id]),
  ]);
  const s = series.get(enterprise.id) ?? [];
  const entered = new Map((small.get(enterprise.id) ?? []).map((m) => [monthKey(m), m.enteredAs]));
  return {
    ...presentCandidate(row, enterprise, s, through, rules),
    through: monthKey(through),
    series: seriesPoints(s, through, (m) => entered.get(monthKey(m)) ?? 'report'),
    log: presentLog(log),
  };
}

export async function nominateCandidate(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: { enterpriseId: number; reason: string },
): Promise<{ id: number }> {
  assertOfficerRole(actor);
  const enterprise = await findCultivationEnterprise(deps.db, actor.scope, input.enterpriseId);
  if (!enterprise) throw notFound({ zh: '该企业', en: 'Enterprise' });
  if (enterprise.scaleCategory !== null) {
    throw fieldError('enterpriseId', {
      zh: `“${enterprise.name}”已在四上统计内，无需培育`,
      en: `${enterprise.name} is already above the threshold`,
    });
  }
  const category = scaleCategoryOfClass(enterprise.industryCode);
  if (!category) {
    throw fieldError('enterpriseId', {
      zh: `“${enterprise.name}”的行业代码不属于任何四上类别`,
      en: `${enterprise.name}'s industry belongs to no 四上 category`,
    });
  }
  const open = await openCandidateEnterprises(deps.db, [enterprise.id]);
  if (open.has(enterprise.id)) {
    throw new AppError('CONFLICT', {
      zh: `“${enterprise.name}”已在种子库中`,
      en: `${enterprise.name} is already in the seed bank`,
    });
  }
  return deps.db.transaction(async (tx) => {
    const created = await insertCandidate(tx, {
      enterpriseId: enterprise.id,
      category,
      status: 'watching',
      source: 'nominated',
      nominationReason: input.reason,
    });
    await insertLog(tx, {
      candidateId: created.id,
      kind: 'status',
      toStatus: 'watching',
      text: input.reason,
      actorId: actor.userId,
      actorName: actor.displayName,
    });
    await recordAudit(tx, ctx, {
      action: 'candidate_nominated',
      entity: 'cultivation_candidate',
      entityId: created.id,
      after: created,
    });
    return { id: created.id };
  });
}

/**
 * Who may be made responsible for candidates and warnings: the active users of the caller's area
 * (the same rule the moves check) who hold a role other than enterprise user.
 */
export async function officerOptions(deps: Deps, scope: Scope): Promise<TOfficerOption[]> {
  const found = await findUsers(deps.db, scope, { page: 1, pageSize: 500 });
  const active = found.items.filter((u) => u.isActive);
  const grants = await listGrants(
    deps.db,
    active.map((u) => u.id),
  );
  const officers = new Set(grants.filter((g) => !isEnterpriseRole(g.role)).map((g) => g.userId));
  return active.filter((u) => officers.has(u.id)).map((u) => ({ id: u.id, name: u.displayName }));
}

async function assertOfficer(deps: Deps, scope: Scope, officerId: number | null): Promise<void> {
  if (officerId === null) return;
  const user = await findUserInScope(deps.db, scope, officerId);
  if (!user?.isActive) {
    throw fieldError('officerId', {
      zh: '负责人应为本地区的在职用户',
      en: 'The officer must be an active user of your area',
    });
  }
}

export async function moveCandidateTo(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  input: TCandidateMoveInput,
): Promise<void> {
  assertOfficerRole(actor);
  const row = await findCandidate(deps.db, actor.scope, id);
  if (!row) throw notFound(CANDIDATE);
  const officerId = input.officerId ?? row.officerId;
  const checked = moveCandidate(row.status, {
    to: input.to,
    officerId: officerId === null ? null : String(officerId),
    reason: input.reason,
  });
  if (!checked.ok) {
    const e = checked.error;
    throw e.field ? fieldError(e.field, e.message) : new AppError('VALIDATION', e.message);
  }
  await assertOfficer(deps, actor.scope, input.officerId);
  const today = beijingToday();
  const enteredOn = input.to === 'entered' ? (input.enteredOn ?? today) : null;
  const enterprise =
    input.to === 'entered' ? await getEnterprise(deps, actor.scope, row.enterpriseId) : null;
  await deps.db.transaction(async (tx) => {
    if (enterprise && enteredOn) {
      // The scale event counts in the targets and the red/black list (new 规上 enterprises).
      await writeScaleEvent(
        tx,
        ctx,
        enterprise,
        {
          category: row.category,
          kind: 'entered',
          occurredOn: enteredOn,
          reason: input.reason ?? '培育上规入统',
        },
        today,
      );
    }
    const set = {
      status: input.to,
      officerId,
      dropReason: input.to === 'dropped' ? input.reason : row.dropReason,
      enteredOn: enteredOn ?? row.enteredOn,
    };
    await updateCandidate(tx, id, set);
    await insertLog(tx, {
      candidateId: id,
      kind: 'status',
      fromStatus: row.status,
      toStatus: input.to,
      text: input.reason,
      actorId: actor.userId,
      actorName: actor.displayName,
    });
    await recordAudit(tx, ctx, {
      action: 'candidate_moved',
      entity: 'cultivation_candidate',
      entityId: id,
      before: { status: row.status, officerId: row.officerId },
      after: set,
    });
  });
}

export async function addCandidateAction(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  text: string,
): Promise<void> {
  assertOfficerRole(actor);
  const row = await findCandidate(deps.db, actor.scope, id);
  if (!row) throw notFound(CANDIDATE);
  await deps.db.transaction(async (tx) => {
    await insertLog(tx, {
      candidateId: id,
      kind: 'action',
      text,
      actorId: actor.userId,
      actorName: actor.displayName,
    });
    await recordAudit(tx, ctx, {
      action: 'candidate_action',
      entity: 'cultivation_candidate',
      entityId: id,
      after: { text },
    });
  });
}

/**
 * Revenue of an enterprise below the threshold, entered by itself, its commissioner or the
 * county: whole months, or quarters spread over their months by the enterprise's own seasonal
 * pattern. Months after the current one are refused.
 */
export async function enterRevenue(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  enterpriseId: number,
  input: TRevenueInput,
): Promise<{ months: number }> {
  const enterprise = await findCultivationEnterprise(deps.db, actor.scope, enterpriseId);
  if (!enterprise) throw notFound({ zh: '该企业', en: 'Enterprise' });
  if (enterprise.scaleCategory !== null) {
    throw new AppError('VALIDATION', {
      zh: '四上企业的营业收入来自统计报表，无需在此填报',
      en: 'Enterprises above the threshold report revenue through the statistical reports',
    });
  }
  const existing = (await smallRevenueSeries(deps.db, [enterpriseId])).get(enterpriseId) ?? [];
  const profile = seasonalProfile(existing);
  const today = beijingToday();
  const current = parseMonth(today.slice(0, 7));
  const rows = new Map<
    string,
    { year: number; month: number; revenue: number; enteredAs: 'month' | 'quarter' }
  >();
  input.entries.forEach((entry, i) => {
    const months =
      entry.month !== null
        ? [{ year: entry.year, month: entry.month, revenue: entry.revenue }]
        : monthsOfQuarter(entry.year, entry.quarter as 1 | 2 | 3 | 4, entry.revenue, profile);
    for (const m of months) {
      if (m.year * 12 + m.month > current.year * 12 + current.month) {
        throw fieldError(`entries.${String(i)}.${entry.month !== null ? 'month' : 'quarter'}`, {
          zh: `第${String(i + 1)}行：${monthKey(m)} 尚未到来，不能填报`,
          en: `Row ${String(i + 1)}: ${monthKey(m)} has not come yet`,
        });
      }
      const key = monthKey(m);
      if (rows.has(key)) {
        throw fieldError(`entries.${String(i)}`, {
          zh: `第${String(i + 1)}行：${key} 重复填报`,
          en: `Row ${String(i + 1)}: ${key} is entered twice`,
        });
      }
      rows.set(key, { ...m, enteredAs: entry.month !== null ? 'month' : 'quarter' });
    }
  });
  await deps.db.transaction(async (tx) => {
    await upsertSmallRevenues(tx, enterpriseId, [...rows.values()], actor.userId);
    await recordAudit(tx, ctx, {
      action: 'small_revenue_entered',
      entity: 'enterprise',
      entityId: enterpriseId,
      after: input,
    });
  });
  return { months: rows.size };
}

/** The report statuses that count as reported. */
const REPORTED = new Set(['submitted', 'approved', 'locked']);

/**
 * Finds new candidates (below the threshold, inside the band, not already in the seed bank) and
 * raises or refreshes exit warnings of enterprises above it, for the enterprises of a unit.
 * Existing candidates and warnings keep their status; a warning is never closed here.
 */
export async function refreshCultivation(
  deps: Deps,
  ctx: RequestContext & { systemName?: string },
  scope: Scope,
  q: { unitId?: number | undefined; through?: string | undefined },
): Promise<TRefreshResult> {
  const unit = await areaOf(deps, scope, q.unitId);
  const through = await throughOf(deps, q.through);
  const [below, above, rules, band] = await Promise.all([
    listCultivationEnterprises(deps.db, scope, { underPath: unit.path, above: false }),
    listCultivationEnterprises(deps.db, scope, { underPath: unit.path, above: true }),
    thresholdRules(deps.db),
    getBand(deps.db),
  ]);
  const [belowSeries, aboveSeries, open] = await Promise.all([
    seriesOf(
      deps.db,
      below.map((e) => e.id),
      through,
    ),
    seriesOf(
      deps.db,
      above.map((e) => e.id),
      through,
    ),
    // A dropped candidate stays out of the band search; it may still be nominated again.
    openCandidateEnterprises(
      deps.db,
      below.map((e) => e.id),
      'ever',
    ),
  ]);
  const periods: string[] = [];
  for (let p = monthKey(through); periods.length < 3; p = previousPeriod(p)) periods.unshift(p);
  const statuses = await reportStatuses(
    deps.db,
    above.map((e) => e.id),
    periods,
  );
  const openWarnings = new Map(
    (await listWarnings(deps.db, scope, { underPath: unit.path, status: 'open' })).map((w) => [
      w.enterpriseId,
      w,
    ]),
  );
  const result = { candidatesAdded: 0, warningsOpened: 0, warningsUpdated: 0 };
  const actorName = ctx.actor?.displayName ?? `system:${ctx.systemName ?? 'cultivation'}`;
  await deps.db.transaction(async (tx) => {
    for (const e of below) {
      if (open.has(e.id) || e.status !== 'operating') continue;
      const category = scaleCategoryOfClass(e.industryCode);
      if (!category) continue;
      const threshold = revenueThreshold(rules, category, through.year, e.industryCode);
      const level = annualLevel(belowSeries.get(e.id) ?? [], through);
      if (threshold === null || level.value === null) continue;
      if (!bandVerdict(level.value, threshold, band).inBand) continue;
      const created = await insertCandidate(tx, {
        enterpriseId: e.id,
        category,
        status: 'watching',
        source: 'band',
      });
      await insertLog(tx, {
        candidateId: created.id,
        kind: 'status',
        toStatus: 'watching',
        text: `年营业收入约${level.value.toFixed(0)}万元，达标准的${((level.value / threshold) * 100).toFixed(0)}%`,
        actorId: ctx.actor?.userId ?? null,
        actorName,
      });
      result.candidatesAdded += 1;
    }
    for (const e of above) {
      const category = e.scaleCategory!;
      const threshold = revenueThreshold(rules, category, through.year, e.industryCode);
      if (threshold === null) continue;
      const reported = periods.map((p) => REPORTED.has(statuses.get(e.id)?.get(p) ?? ''));
      const findings = exitWarnings({
        series: aboveSeries.get(e.id) ?? [],
        through,
        threshold,
        stoppedProduction: e.status === 'stopped',
        reported,
      });
      if (findings.length === 0) continue;
      const plain = findings.map((f) => ({ rule: f.rule, message: f.message }));
      const existing = openWarnings.get(e.id);
      if (existing) {
        if (JSON.stringify(existing.findings) === JSON.stringify(plain)) continue;
        await updateWarning(tx, existing.id, { findings: plain, judgedThrough: monthKey(through) });
        await insertLog(tx, {
          warningId: existing.id,
          kind: 'note',
          text: `${monthKey(through)} 重新判断：${plain.map((f) => f.message.zh).join('；')}`,
          actorId: ctx.actor?.userId ?? null,
          actorName,
        });
        result.warningsUpdated += 1;
      } else {
        const created = await insertWarning(tx, {
          enterpriseId: e.id,
          category,
          findings: plain,
          judgedThrough: monthKey(through),
        });
        await insertLog(tx, {
          warningId: created.id,
          kind: 'status',
          toStatus: 'open',
          text: plain.map((f) => f.message.zh).join('；'),
          actorId: ctx.actor?.userId ?? null,
          actorName,
        });
        result.warningsOpened += 1;
      }
    }
    await recordAudit(tx, ctx, {
      action: 'cultivation_refreshed',
      entity: 'org_unit',
      entityId: unit.id,
      after: { through: monthKey(through), ...result },
    });
  });
  return {
    through: monthKey(through),
    examined: below.length + above.length,
    ...result,
  };
}

function presentWarning(
  row: WarningListRow,
  enterprise: CultivationEnterprise,
  series: readonly MonthlyRevenue[],
  through: YearMonth,
  rules: readonly ScaleThresholdRule[],
): TExitWarning {
  const threshold = revenueThreshold(rules, row.category, through.year, enterprise.industryCode);
  return {
    id: row.id,
    enterprise: presentEnterprise(enterprise),
    category: row.category,
    findings: row.findings,
    judgedThrough: row.judgedThrough,
    status: row.status,
    officer: row.officerId ? { id: row.officerId, name: row.officerName ?? '' } : null,
    closeReason: row.closeReason,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    level: levelOf(series, through, threshold),
  };
}

export async function warningsPage(
  deps: Deps,
  scope: Scope,
  q: {
    unitId?: number | undefined;
    through?: string | undefined;
    status: 'open' | 'closed' | 'all';
    rule?: string | undefined;
  },
): Promise<TWarningsPage> {
  const unit = await areaOf(deps, scope, q.unitId);
  const through = await throughOf(deps, q.through);
  const rows = await listWarnings(deps.db, scope, {
    underPath: unit.path,
    ...(q.status === 'all' ? {} : { status: q.status }),
  });
  const all = await presentWithFigures(deps.db, scope, unit.path, rows, through, (row, e, s, r) =>
    presentWarning(row, e, s, through, r),
  );
  const byRule = {
    trailing_below: 0,
    trend_below: 0,
    consecutive_declines: 0,
    stopped_production: 0,
    missed_reports: 0,
  };
  for (const w of all) for (const f of w.findings) byRule[f.rule] += 1;
  return {
    through: monthKey(through),
    unit: { id: unit.id, name: unit.name },
    rows: q.rule ? all.filter((w) => w.findings.some((f) => f.rule === q.rule)) : all,
    byRule,
  };
}

export async function warningDetail(
  deps: Deps,
  scope: Scope,
  id: number,
  throughKey?: string,
): Promise<TWarningDetail> {
  const row = await findWarning(deps.db, scope, id);
  if (!row) throw notFound(WARNING);
  const through = await throughOf(deps, throughKey);
  const enterprise = await findCultivationEnterprise(deps.db, scope, row.enterpriseId);
  if (!enterprise) throw notFound(WARNING);
  const [series, rules, log] = await Promise.all([
    seriesOf(deps.db, [enterprise.id], through),
    thresholdRules(deps.db),
    listLog(deps.db, { warningId: id }),
  ]);
  const s = series.get(enterprise.id) ?? [];
  return {
    ...presentWarning(row, enterprise, s, through, rules),
    series: seriesPoints(s, through, () => 'report'),
    log: presentLog(log),
  };
}

/** Assign an officer, add a follow-up note, or close a warning with a reason. */
export async function actOnWarning(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  act:
    | { kind: 'assign'; officerId: number }
    | { kind: 'note'; text: string }
    | { kind: 'close'; reason: string },
): Promise<void> {
  assertOfficerRole(actor);
  const row = await findWarning(deps.db, actor.scope, id);
  if (!row) throw notFound(WARNING);
  if (row.status === 'closed' && act.kind !== 'note') {
    throw new AppError('CONFLICT', { zh: '该预警已关闭', en: 'The warning is closed' });
  }
  if (act.kind === 'assign') await assertOfficer(deps, actor.scope, act.officerId);
  await deps.db.transaction(async (tx) => {
    const base = { warningId: id, actorId: actor.userId, actorName: actor.displayName };
    if (act.kind === 'assign') {
      await updateWarning(tx, id, { officerId: act.officerId });
      await insertLog(tx, { ...base, kind: 'note', text: `指定负责人 #${String(act.officerId)}` });
    } else if (act.kind === 'note') {
      await insertLog(tx, { ...base, kind: 'note', text: act.text });
    } else {
      await updateWarning(tx, id, {
        status: 'closed',
        closeReason: act.reason,
        closedAt: new Date(),
      });
      await insertLog(tx, {
        ...base,
        kind: 'status',
        fromStatus: 'open',
        toStatus: 'closed',
        text: act.reason,
      });
    }
    await recordAudit(tx, ctx, {
      action: `exit_warning_${act.kind}`,
      entity: 'exit_warning',
      entityId: id,
      after: act,
    });
  });
}

/**
 * Entries and exits by county and month of a year (they feed the targets' "new 规上" and
 * "exits"), beside each county's open candidates and warnings.
 */
export async function cultivationCounts(
  deps: Deps,
  scope: Scope,
  q: { unitId?: number | undefined; year?: number | undefined },
): Promise<TCultivationCounts> {
  const unit = await areaOf(deps, scope, q.unitId);
  const year = q.year ?? (await throughOf(deps, undefined)).year;
  const [events, units, candidates, warnings] = await Promise.all([
    listScaleEventsForCount(deps.db, scope, { underPath: unit.path, year, category: 'industry' }),
    listOrgUnitsInScope(deps.db, scope),
    listCandidates(deps.db, scope, {
      underPath: unit.path,
      statuses: ['watching', 'cultivating', 'filed'],
    }),
    listWarnings(deps.db, scope, { underPath: unit.path, status: 'open' }),
  ]);
  const counted = countEntriesAndExits(
    events.map((e) => ({
      countyId: String(e.countyId),
      kind: e.kind === 'entered' ? 'enter' : 'exit',
      effectiveOn: e.occurredOn,
    })),
    year,
  );
  const counties = units.filter(
    (u) => u.kind === 'county' && (u.path.startsWith(unit.path) || unit.path.startsWith(u.path)),
  );
  return {
    year,
    unit: { id: unit.id, name: unit.name },
    counties: counties.map((c) => {
      const entries = Array<number>(12).fill(0);
      const exits = Array<number>(12).fill(0);
      for (const r of counted.rows) {
        if (r.countyId !== String(c.id)) continue;
        entries[r.month - 1] = r.entries;
        exits[r.month - 1] = r.exits;
      }
      const mine = candidates.filter((x) => x.countyId === c.id);
      return {
        countyId: c.id,
        countyName: c.name,
        entries,
        exits,
        candidates: mine.length,
        cultivating: mine.filter((x) => x.status !== 'watching').length,
        openWarnings: warnings.filter((w) => w.countyId === c.id).length,
      };
    }),
    totals: counted.totals,
  };
}
