import {
  checkSplit,
  comparableGrowth,
  countMilestones,
  parsePeriod,
  periodEndDate,
  previousPeriod,
  projectYearEnd,
  targetProgress,
  type Scope,
} from '@gongyeyun/core';
import type { TSplitInput, TTarget, TTargetInput, TTargetsPage } from '@gongyeyun/contract';
import {
  countScaleEvents,
  findAggregates,
  findOrgUnitInScope,
  findTarget,
  insertTarget,
  listActuals,
  listOrgUnitsInScope,
  listProjectsForCounting,
  listTargets,
  updateTarget,
  upsertActual,
  type Database,
  type TargetActualRow,
  type TargetRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { areaOf } from '../org-units/org-units.service';
import { withStageEvents } from '../projects/project-stats.service';
import { isUniqueViolation } from '../reporting/report-writes';
import { getCurrentPeriod } from '../reporting/reporting-settings.service';

/** The month progress is judged at: the one asked for, else the last whose reports are in. */
export async function periodOrDefault(deps: Deps, period: string | undefined): Promise<string> {
  if (period) return period;
  const current = await getCurrentPeriod(deps);
  return previousPeriod(current.period);
}

/**
 * A metric's actual for an org unit at a period, from the module that produces it; null when
 * there is none (no data yet, or a manual metric with nothing entered).
 */
export async function actualOf(
  db: Database,
  scope: Scope,
  metric: string,
  unit: { id: number; path: string },
  period: string,
  manual: readonly TargetActualRow[] = [],
): Promise<number | null> {
  const parts = parsePeriod(period);
  if (!parts) return null;
  const [kind, code] = metric.split(':') as [string, string | undefined];
  const until = periodEndDate(period);
  switch (kind) {
    case 'indicator_level':
    case 'indicator_growth': {
      const [row] = await findAggregates(db, {
        period,
        indicator: code ?? 'output',
        basis: 'approved',
        orgUnitIds: [unit.id],
        dimension: 'total',
      });
      if (!row) return null;
      if (kind === 'indicator_level') return Number(row.ytd);
      const g = comparableGrowth({
        ytd: row.ytdComparable,
        ytdPrevYear: row.ytdPrevYear,
        enterprises: row.withBase,
      }).growth;
      return g.ok ? g.value : null;
    }
    case 'new_scale':
    case 'scale_exits':
      return countScaleEvents(db, scope, {
        underPath: unit.path,
        kind: kind === 'new_scale' ? 'entered' : 'exited',
        category: 'industry',
        year: parts.year,
        until,
      });
    case 'project_starts':
    case 'project_completions': {
      const projects = await withStageEvents(
        db,
        await listProjectsForCounting(db, scope, unit.path),
      );
      const counts = countMilestones(projects, parts.year, { asOf: until });
      return kind === 'project_starts' ? counts.newStarts : counts.completions;
    }
    case 'manual': {
      const upTo = manual.filter((a) => a.month <= parts.month);
      const latest = upTo.at(-1);
      return latest ? Number(latest.value) : null;
    }
    default:
      return null;
  }
}

/** Year-end projection of an indicator level from the two years before. */
async function projectionOf(
  db: Database,
  target: TargetRow,
  period: string,
  actual: number | null,
): Promise<TTarget['progress']['projection']> {
  if (actual === null || !target.metric.startsWith('indicator_level:')) return null;
  const parts = parsePeriod(period)!;
  const code = target.metric.split(':')[1]!;
  const earlier = [];
  for (const year of [parts.year - 2, parts.year - 1]) {
    const read = async (p: string) =>
      (
        await findAggregates(db, {
          period: p,
          indicator: code,
          basis: 'approved',
          orgUnitIds: [target.orgUnitId],
          dimension: 'total',
        })
      )[0];
    const [atMonth, full] = await Promise.all([
      read(`${year}-${String(parts.month).padStart(2, '0')}`),
      read(`${year}-12`),
    ]);
    if (atMonth && full)
      earlier.push({ year, ytdAtMonth: Number(atMonth.ytd), fullYear: Number(full.ytd) });
  }
  const p = projectYearEnd(actual, parts.month, earlier);
  return p && { value: p.value, low: p.low, high: p.high, method: p.method };
}

/**
 * A unit's targets of a year and its counties' parts, each with its actual at the period,
 * completion against time elapsed, status and (for indicator levels) a year-end projection;
 * city targets that are split say whether their counties' parts add up.
 */
export async function targetsPage(
  deps: Deps,
  scope: Scope,
  q: { year: number; unitId?: number; period?: string },
): Promise<TTargetsPage> {
  const unit = await areaOf(deps, scope, q.unitId);
  const period = await periodOrDefault(deps, q.period ?? undefined);
  const rows = await listTargets(deps.db, scope, { year: q.year, underPath: unit.path });
  const actuals = await listActuals(
    deps.db,
    rows.map((r) => r.id),
  );
  const children = (await listOrgUnitsInScope(deps.db, scope)).filter(
    (u) => u.parentId === unit.id && u.kind === 'county',
  );
  const month = parsePeriod(period)?.month ?? 12;
  const samePeriodYear = parsePeriod(period)?.year === q.year;
  const out: TTarget[] = [];
  for (const row of rows) {
    const actual = samePeriodYear
      ? await actualOf(
          deps.db,
          scope,
          row.metric,
          { id: row.orgUnitId, path: row.orgPath },
          period,
          actuals.filter((a) => a.targetId === row.id),
        )
      : null;
    const progress = targetProgress({
      kind: row.kind,
      comparator: row.comparator,
      goal: Number(row.goal),
      actual,
      month,
      ...(row.profile ? { profile: row.profile } : {}),
    });
    const parts = rows.filter((r) => r.parentId === row.id);
    const split =
      row.orgUnitId === unit.id && children.length && parts.length
        ? checkSplit(
            Number(row.goal),
            Object.fromEntries(parts.map((p) => [p.orgUnitName, Number(p.goal)])),
            children.map((c) => c.name),
          )
        : null;
    out.push({
      id: row.id,
      year: row.year,
      orgUnitId: row.orgUnitId,
      orgUnitName: row.orgUnitName,
      metric: row.metric,
      name: row.name,
      kind: row.kind,
      comparator: row.comparator,
      goal: Number(row.goal),
      unit: row.unit,
      level: row.level,
      firstEver: row.firstEver,
      parentId: row.parentId,
      progress: {
        actual,
        ...progress,
        projection: await projectionOf(deps.db, row, period, actual),
      },
      split: row.kind === 'growth' ? null : split,
    });
  }
  return {
    year: q.year,
    period,
    unit: { id: unit.id, name: unit.name },
    counties: children.map((c) => ({ id: c.id, name: c.name })),
    targets: out,
  };
}

/** Sets a target of a unit in scope; a county's part must sit under its city target's unit. */
export async function createTarget(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TTargetInput,
): Promise<number> {
  const unit = await findOrgUnitInScope(deps.db, actor.scope, input.orgUnitId);
  if (!unit) throw notFound({ zh: '该组织机构', en: 'Org unit' });
  if (input.parentId !== null) {
    const parent = await findTarget(deps.db, actor.scope, input.parentId);
    if (!parent || !unit.path.startsWith(parent.orgPath) || unit.id === parent.orgUnitId) {
      const text = {
        zh: '分解目标须属于上级目标所在单位的下级单位',
        en: 'A part must belong to a unit under the target it splits',
      };
      throw new AppError('VALIDATION', text, [{ field: 'parentId', text }]);
    }
    if (parent.year !== input.year || parent.metric !== input.metric) {
      const text = {
        zh: '分解目标的年度和指标须与上级目标一致',
        en: 'A part has the year and metric of the target it splits',
      };
      throw new AppError('VALIDATION', text, [{ field: 'parentId', text }]);
    }
  }
  return deps.db.transaction(async (tx) => {
    let id: number;
    try {
      id = await insertTarget(tx, {
        ...input,
        goal: String(input.goal),
        orgPath: unit.path,
      });
    } catch (e) {
      if (isUniqueViolation(e)) {
        const text = {
          zh: '该单位本年度已有同名同指标的目标',
          en: 'The unit already has this target for the year',
        };
        throw new AppError('CONFLICT', text, [{ field: 'name', text }]);
      }
      throw e;
    }
    await recordAudit(tx, ctx, { action: 'create', entity: 'target', entityId: id, after: input });
    return id;
  });
}

/**
 * Splits a target among the counties directly under its unit (分解): a county without a part
 * gets one with the target's metric, name, unit and comparator; a county with one gets its new
 * goal. Counties left out keep what they have. All parts are written in one transaction.
 */
export async function splitTarget(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  targetId: number,
  input: TSplitInput,
): Promise<void> {
  const target = await findTarget(deps.db, actor.scope, targetId);
  if (!target) throw notFound({ zh: '该目标', en: 'Target' });
  if (target.parentId !== null) {
    const text = {
      zh: '该目标本身是分解目标，不能再分解',
      en: 'This target is already a part of another and cannot be split again',
    };
    throw new AppError('VALIDATION', text, [{ field: 'parts', text }]);
  }
  const counties = (await listOrgUnitsInScope(deps.db, actor.scope)).filter(
    (u) => u.parentId === target.orgUnitId && u.kind === 'county',
  );
  const fields: { field: string; text: { zh: string; en: string } }[] = [];
  const seen = new Set<number>();
  input.parts.forEach((part, i) => {
    if (!counties.some((c) => c.id === part.orgUnitId) || seen.has(part.orgUnitId))
      fields.push({
        field: `parts.${i}.orgUnitId`,
        text: {
          zh: '只能分解到该目标所在单位的下级县（市、区），每个单位一次',
          en: 'Parts go to the counties under the target’s unit, each once',
        },
      });
    seen.add(part.orgUnitId);
  });
  if (fields.length) throw new AppError('VALIDATION', fields[0]!.text, fields);
  const existing = (
    await listTargets(deps.db, actor.scope, { year: target.year, underPath: target.orgPath })
  ).filter((t) => t.parentId === target.id);
  await deps.db.transaction(async (tx) => {
    const changes: { orgUnitId: number; before: number | null; goal: number }[] = [];
    for (const part of input.parts) {
      const county = counties.find((c) => c.id === part.orgUnitId)!;
      const had = existing.find((t) => t.orgUnitId === county.id);
      if (had) {
        if (Number(had.goal) === part.goal) continue;
        await updateTarget(tx, had.id, { goal: String(part.goal) });
      } else {
        await insertTarget(tx, {
          year: target.year,
          orgUnitId: county.id,
          orgPath: county.path,
          metric: target.metric,
          name: target.name,
          kind: target.kind,
          comparator: target.comparator,
          goal: String(part.goal),
          unit: target.unit,
          level: target.level,
          firstEver: false,
          parentId: target.id,
          profile: target.profile,
        });
      }
      changes.push({
        orgUnitId: county.id,
        before: had ? Number(had.goal) : null,
        goal: part.goal,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'split',
      entity: 'target',
      entityId: target.id,
      after: { parts: changes },
    });
  });
}

/** Enters a manual target's actual for a month, with its evidence. */
export async function enterActual(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  targetId: number,
  input: { month: number; value: number; evidence: string },
): Promise<void> {
  const target = await findTarget(deps.db, actor.scope, targetId);
  if (!target) throw notFound({ zh: '该目标', en: 'Target' });
  if (target.metric !== 'manual') {
    const text = {
      zh: '该目标的完成数由系统按业务数据自动计算，不能手工填报',
      en: 'This target’s actual is computed from the records and cannot be entered by hand',
    };
    throw new AppError('VALIDATION', text, [{ field: 'value', text }]);
  }
  await deps.db.transaction(async (tx) => {
    await upsertActual(tx, {
      targetId,
      month: input.month,
      value: String(input.value),
      evidence: input.evidence,
      enteredBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'actual_entered',
      entity: 'target',
      entityId: targetId,
      after: input,
    });
  });
}
