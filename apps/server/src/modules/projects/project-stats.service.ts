import {
  countIntroduced,
  exhaustiveSwitchError,
  investmentGrowth,
  type GrowthFigure,
  countMilestones,
  countMilestonesBy,
  investmentCompletion,
  investmentSentence,
  PROJECT_LEVEL_LABELS,
  projectsSentence,
  taskCompletion,
  type LocalizedText,
  type MilestoneCounts,
  type ProjectStageEvent,
  type Scope,
  type TaskCompletion,
} from '@gongyeyun/core';
import { rateValue } from '@gongyeyun/contract';
import type {
  TInvestmentGrowth,
  TMilestoneRow,
  TProjectStats,
  TProjectStatsQuery,
  TProjectTask,
  TProjectTaskInput,
  TTaskCompletion,
} from '@gongyeyun/contract';
import {
  findLeads,
  findOrgUnitInScope,
  lastProgressMonth,
  sumInvestmentByProject,
  listLeadEvents,
  listProjectsForCounting,
  listProjectStageEvents,
  listProjectTasks,
  sumProjectInvestment,
  upsertProjectTask,
  type Database,
  type OrgUnitRow,
  type ProjectTaskRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { areaOf } from '../org-units/org-units.service';
import { leadEventOf } from './investment-leads.service';
import { throwProblems } from './project-rules';

const presentTask = (row: ProjectTaskRow): TProjectTask => ({
  id: row.id,
  year: row.year,
  orgUnitId: row.orgUnitId,
  orgUnitName: row.orgUnitName,
  metric: row.metric,
  target: row.target,
});

export async function listTasks(deps: Deps, scope: Scope, year: number): Promise<TProjectTask[]> {
  return (await listProjectTasks(deps.db, scope, year)).map(presentTask);
}

/** Sets a yearly task of an org unit in scope (replacing the one set before). */
export async function putTask(
  deps: Deps,
  ctx: RequestContext,
  scope: Scope,
  input: TProjectTaskInput,
): Promise<TProjectTask[]> {
  const unit = await findOrgUnitInScope(deps.db, scope, input.orgUnitId);
  if (!unit) throw notFound({ zh: '该组织机构', en: 'Org unit' });
  if (input.metric !== 'investment' && !/^\d+(\.0+)?$/.test(input.target)) {
    throwProblems([
      { field: 'target', text: { zh: '项目个数须为整数', en: 'A count is a whole number' } },
    ]);
  }
  await deps.db.transaction(async (tx) => {
    const row = await upsertProjectTask(tx, { ...input, orgPath: unit.path });
    await recordAudit(tx, ctx, {
      action: 'task_set',
      entity: 'project_task',
      entityId: row.id,
      after: row,
    });
  });
  return listTasks(deps, scope, input.year);
}

/** Projects with their dated stage events, as the counting rules of core take them. */
export async function withStageEvents<P extends { id: number }>(
  db: Database,
  projects: readonly P[],
): Promise<(P & { events: ProjectStageEvent[] })[]> {
  const events = await listProjectStageEvents(
    db,
    projects.map((p) => p.id),
  );
  const eventsOf = new Map<number, ProjectStageEvent[]>();
  for (const e of events) {
    const list = eventsOf.get(e.projectId) ?? [];
    list.push({ stage: e.stage, occurredOn: e.occurredOn });
    eventsOf.set(e.projectId, list);
  }
  return projects.map((p) => ({ ...p, events: eventsOf.get(p.id) ?? [] }));
}

const present = (c: TaskCompletion): TTaskCompletion => ({
  actual: c.actual,
  task: c.task ?? null,
  percent: c.percent ?? null,
});

/** Whole-number task of `metric` for the unit, if set. */
function taskOf(tasks: ProjectTaskRow[], unitId: number, metric: ProjectTaskRow['metric']) {
  const row = tasks.find((t) => t.orgUnitId === unitId && t.metric === metric);
  return row ? Math.round(Number(row.target)) : undefined;
}

function row(
  key: string,
  name: string,
  counts: MilestoneCounts,
  tasks: ProjectTaskRow[],
  unitId: number | null,
): TMilestoneRow {
  const task = (m: ProjectTaskRow['metric']) =>
    unitId === null ? undefined : taskOf(tasks, unitId, m);
  return {
    key,
    name,
    newStarts: present(taskCompletion(counts.newStarts, task('new_starts'))),
    completions: present(taskCompletion(counts.completions, task('completions'))),
    productions: present(taskCompletion(counts.productions, task('productions'))),
  };
}

const scopeName = (unit: OrgUnitRow): LocalizedText => {
  switch (unit.kind) {
    case 'city':
      return { zh: '全市', en: 'the city' };
    case 'province':
      return { zh: '全区', en: 'the region' };
    case 'county':
    case 'township':
    case 'park':
    case 'department':
      return { zh: unit.name, en: unit.nameEn ?? unit.name };
    default:
      return exhaustiveSwitchError(unit.kind, 'org unit kind');
  }
};

/**
 * The year's figures of an area, from the records: new starts, completions and productions
 * (each project counted in the year it first reached the milestone) against the area's tasks,
 * by county, chain and level; investment completed against the annual plans; new industrial
 * projects brought in (leads first signed in the year) with their total investment; and the
 * sentences officials quote.
 */
export async function projectStats(
  deps: Deps,
  scope: Scope,
  query: TProjectStatsQuery,
): Promise<TProjectStats> {
  const unit = await areaOf(deps, scope, query.orgUnitId);
  const { year } = query;
  const [projects, tasks, investment, leads, industrialInvestment] = await Promise.all([
    listProjectsForCounting(deps.db, scope, unit.path),
    listProjectTasks(deps.db, scope, year),
    sumProjectInvestment(deps.db, scope, unit.path, year),
    findLeads(deps.db, scope, { underPath: unit.path, page: 1, pageSize: 1_000_000 }),
    industrialInvestmentGrowth(deps, scope, unit.path, year),
  ]);
  const records = await withStageEvents(deps.db, projects);
  const total = countMilestones(records, year);
  const newStarts = taskCompletion(total.newStarts, taskOf(tasks, unit.id, 'new_starts'));
  const completions = taskCompletion(total.completions, taskOf(tasks, unit.id, 'completions'));
  const productions = taskCompletion(total.productions, taskOf(tasks, unit.id, 'productions'));

  const names = new Map<string, { name: string; unitId: number | null }>();
  for (const p of records) {
    names.set(`county:${p.countyId}`, { name: p.countyName, unitId: p.countyId });
    names.set(`chain:${p.chainId ?? ''}`, { name: p.chainName ?? '—', unitId: null });
  }
  const rows = (
    map: Map<string, MilestoneCounts>,
    label: (key: string) => string,
    unitOf: (key: string) => number | null,
  ) => [...map].map(([key, counts]) => row(key, label(key), counts, tasks, unitOf(key)));
  const byCounty = rows(
    countMilestonesBy(records, year, (p) => `county:${p.countyId}`),
    (k) => names.get(k)!.name,
    (k) => names.get(k)!.unitId,
  );
  const byChain = rows(
    countMilestonesBy(records, year, (p) => `chain:${p.chainId ?? ''}`),
    (k) => names.get(k)!.name,
    () => null,
  );
  const byLevel = rows(
    countMilestonesBy(records, year, (p) => p.level),
    (k) => PROJECT_LEVEL_LABELS[k as keyof typeof PROJECT_LEVEL_LABELS].zh,
    () => null,
  );

  const done = investmentCompletion(investment.completed, investment.planned);
  if (!done.ok) throw new AppError('INTERNAL', done.error);
  const investmentTask = tasks.find((t) => t.orgUnitId === unit.id && t.metric === 'investment');

  const leadEvents = await listLeadEvents(
    deps.db,
    leads.items.map((l) => l.id),
  );
  const introduced = countIntroduced(
    leads.items.map((l) => ({
      sector: l.sector,
      intendedInvestment: l.intendedInvestment,
      events: leadEvents.filter((e) => e.leadId === l.id).map(leadEventOf),
    })),
    year,
  );
  if (!introduced.ok) throw new AppError('INTERNAL', introduced.error);
  const sentence = investmentSentence({ year, ...introduced.value });
  if (!sentence.ok) throw new AppError('INTERNAL', sentence.error);

  return {
    year,
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    newStarts: present(newStarts),
    completions: present(completions),
    productions: present(productions),
    investment: {
      completed: done.value.completed,
      planned: done.value.planned,
      percent: done.value.percent ?? null,
      task: investmentTask?.target ?? null,
    },
    projectsSentence: projectsSentence({
      year,
      scopeName: scopeName(unit),
      newStarts,
      completions,
    }),
    introduced: { ...introduced.value, sentence: sentence.value },
    byCounty,
    byChain,
    byLevel,
    industrialInvestment,
  };
}

const growthOut = (g: GrowthFigure): TInvestmentGrowth => ({
  thisYear: g.numerator,
  lastYear: g.base,
  projects: g.enterprises,
  growth: rateValue(g.growth),
});

/**
 * 工业投资增速 of an area: industrial projects' investment completed in months 1…M (M the last
 * month reported this year) against the same months last year — the same projects on both
 * sides, as output growth is computed — with the totals of all projects shown apart, and the
 * comparable growth of each county.
 */
async function industrialInvestmentGrowth(
  deps: Deps,
  scope: Scope,
  underPath: string,
  year: number,
): Promise<TProjectStats['industrialInvestment']> {
  const throughMonth = await lastProgressMonth(deps.db, scope, underPath, year);
  const rows = throughMonth
    ? await sumInvestmentByProject(deps.db, scope, {
        underPath,
        year,
        throughMonth,
        sector: 'industrial',
      })
    : [];
  const all = investmentGrowth(rows);
  const counties = new Map<number, typeof rows>();
  for (const r of rows) counties.set(r.countyId, [...(counties.get(r.countyId) ?? []), r]);
  return {
    throughMonth,
    comparable: growthOut(all.comparable),
    level: growthOut(all.level),
    byCounty: [...counties].map(([countyId, list]) => ({
      countyId,
      countyName: list[0]?.countyName ?? '',
      ...growthOut(investmentGrowth(list).comparable),
    })),
  };
}
