import {
  allowedNextStates,
  checkStageChange,
  currentStage,
  stageDates,
  type Scope,
} from '@gongyeyun/core';
import type {
  TFindProjectsQuery,
  TPage,
  TProject,
  TProjectInput,
  TProjectListItem,
  TProjectProgressInput,
  TProjectStageInput,
  TProjectUpdate,
} from '@gongyeyun/contract';
import {
  findEnterpriseInScope,
  findProjectInScope,
  findProjects,
  findProjectsByCode,
  insertProject,
  insertProjectStageEvents,
  listProjectProgress,
  listProjectStageEvents,
  updateProject,
  upsertProjectProgress,
  type Database,
  type ProjectRow,
  type ProjectWithNames,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import type { Writer } from '../enterprises/enterprise-rules';
import {
  loadProjectLookups,
  prepareProject,
  throwProblems,
  today,
  type PreparedProject,
} from './project-rules';

const PROJECT = { zh: '该项目', en: 'Project' };
type Ctx = RequestContext & { systemName?: string };

export function presentProjectListItem(row: ProjectWithNames): TProjectListItem {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    enterpriseId: row.enterpriseId,
    ownerName: row.enterpriseName ?? row.ownerName,
    countyId: row.countyId,
    countyName: row.countyName,
    parkId: row.parkId,
    parkName: row.parkName,
    chainId: row.chainId,
    chainName: row.chainName,
    sector: row.sector,
    kind: row.kind,
    level: row.level,
    totalInvestment: row.totalInvestment,
    annualPlannedInvestment: row.annualPlannedInvestment,
    planYear: row.planYear,
    plannedStartOn: row.plannedStartOn,
    plannedCompletionOn: row.plannedCompletionOn,
    plannedProductionOn: row.plannedProductionOn,
    startedOn: row.startedOn,
    completedOn: row.completedOn,
    productionOn: row.productionOn,
    stage: row.stage,
    responsibleUnitId: row.responsibleUnitId,
    responsibleUnitName: row.responsibleUnitName,
    responsibleOfficial: row.responsibleOfficial,
  };
}

export async function findProjectsPage(
  deps: Deps,
  scope: Scope,
  query: TFindProjectsQuery,
): Promise<TPage<TProjectListItem>> {
  const page = await findProjects(deps.db, scope, query);
  return {
    items: page.items.map(presentProjectListItem),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getProject(
  deps: Deps,
  scope: Scope,
  id: number,
  db: Database = deps.db,
): Promise<TProject> {
  const row = await findProjectInScope(db, scope, id);
  if (!row) throw notFound(PROJECT);
  const [events, progress] = await Promise.all([
    listProjectStageEvents(db, [id]),
    listProjectProgress(db, id),
  ]);
  return {
    ...presentProjectListItem(row),
    note: row.note,
    leadId: row.leadId,
    events: events.map((e) => ({
      id: e.id,
      stage: e.stage,
      occurredOn: e.occurredOn,
      note: e.note,
      createdAt: e.createdAt.toISOString(),
    })),
    allowedNextStates: allowedNextStates(events),
    progress: progress.map((p) => ({
      id: p.id,
      year: p.year,
      month: p.month,
      investmentThisMonth: p.investmentThisMonth,
      investmentToDate: p.investmentToDate,
      imageProgress: p.imageProgress,
      problems: p.problems,
      updatedAt: p.updatedAt.toISOString(),
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const writerOfActor = (actor: Actor): Writer => ({
  scope: actor.scope,
  isAdmin: actor.roles.includes('admin'),
});

async function checkOwner(deps: Deps, writer: Writer, input: TProjectInput): Promise<void> {
  if (input.enterpriseId === null) return;
  const scope: Scope =
    writer.scope === 'system' ? { orgUnitPaths: ['/'], enterpriseIds: [] } : writer.scope;
  // The owner may be registered in another county: any enterprise the writer may see.
  const enterprise = await findEnterpriseInScope(deps.db, scope, input.enterpriseId);
  if (!enterprise) {
    const text = { zh: '业主企业不存在或不在您的范围内', en: 'No such owner enterprise in scope' };
    throw new AppError('VALIDATION', text, [{ field: 'enterpriseId', text }]);
  }
}

async function checkCodeFree(deps: Deps, code: string | null | undefined, ownId?: number) {
  if (!code) return;
  const [taken] = await findProjectsByCode(deps.db, [code]);
  if (taken && taken.id !== ownId) {
    const text = { zh: `项目编号 ${code} 已被使用`, en: `Project code ${code} is taken` };
    throw new AppError('CONFLICT', text, [{ field: 'code', text }]);
  }
}

/** Inserts a checked project and audits it, in the caller's transaction. */
export async function storeNewProject(
  tx: Database,
  ctx: Ctx,
  values: PreparedProject,
): Promise<ProjectRow> {
  const created = await insertProject(tx, values);
  await recordAudit(tx, ctx, {
    action: 'create',
    entity: 'project',
    entityId: created.id,
    after: values,
  });
  return created;
}

export async function createProject(
  deps: Deps,
  ctx: Ctx,
  writer: Writer,
  input: TProjectInput,
): Promise<number> {
  const prepared = prepareProject(await loadProjectLookups(deps.db), writer, input);
  if (!prepared.ok) throwProblems(prepared.problems);
  await checkOwner(deps, writer, input);
  await checkCodeFree(deps, input.code);
  const row = await deps.db.transaction((tx) => storeNewProject(tx, ctx, prepared.value));
  return row.id;
}

export function projectInputOf(
  p: TProject | (TProjectListItem & { note: string | null }),
): TProjectInput {
  return {
    code: p.code,
    name: p.name,
    enterpriseId: p.enterpriseId,
    ownerName: p.enterpriseId === null ? p.ownerName : null,
    countyId: p.countyId,
    parkId: p.parkId,
    chainId: p.chainId,
    sector: p.sector,
    kind: p.kind,
    level: p.level,
    totalInvestment: p.totalInvestment,
    annualPlannedInvestment: p.annualPlannedInvestment,
    planYear: p.planYear,
    plannedStartOn: p.plannedStartOn,
    plannedCompletionOn: p.plannedCompletionOn,
    plannedProductionOn: p.plannedProductionOn,
    responsibleUnitId: p.responsibleUnitId,
    responsibleOfficial: p.responsibleOfficial,
    note: p.note,
  };
}

const sameValue = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' &&
  typeof b === 'string' &&
  /^\d+(\.\d+)?$/.test(a) &&
  /^\d+(\.\d+)?$/.test(b)
    ? Number(a) === Number(b)
    : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose stored value differs from the prepared one. */
export function changedProjectFields(
  existing: ProjectRow,
  next: PreparedProject,
): (keyof PreparedProject)[] {
  return (Object.keys(next) as (keyof PreparedProject)[]).filter(
    (k) => !sameValue(existing[k as keyof ProjectRow], next[k]),
  );
}

/** Writes the changed fields of a checked project and audits them, in the caller's transaction. */
export async function storeProjectChanges(
  tx: Database,
  ctx: Ctx,
  existing: ProjectRow,
  next: PreparedProject,
): Promise<void> {
  const changed = changedProjectFields(existing, next);
  if (changed.length === 0) return;
  await updateProject(tx, existing.id, Object.fromEntries(changed.map((k) => [k, next[k]])));
  await recordAudit(tx, ctx, {
    action: 'update',
    entity: 'project',
    entityId: existing.id,
    before: Object.fromEntries(changed.map((k) => [k, existing[k as keyof ProjectRow]])),
    after: Object.fromEntries(changed.map((k) => [k, next[k]])),
  });
}

export async function editProject(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  id: number,
  patch: TProjectUpdate,
): Promise<TProject> {
  const current = await getProject(deps, actor.scope, id);
  const input = { ...projectInputOf(current), ...patch };
  if (
    patch.enterpriseId !== undefined &&
    patch.enterpriseId !== null &&
    patch.ownerName === undefined
  ) {
    input.ownerName = null;
  }
  const writer = writerOfActor(actor);
  const prepared = prepareProject(await loadProjectLookups(deps.db), writer, input);
  if (!prepared.ok) throwProblems(prepared.problems);
  await checkOwner(deps, writer, input);
  await checkCodeFree(deps, input.code, id);
  return deps.db.transaction(async (tx) => {
    const row = (await findProjectInScope(tx, actor.scope, id))!;
    await storeProjectChanges(tx, ctx, row, prepared.value);
    return getProject(deps, actor.scope, id, tx);
  });
}

/** Appends a dated stage change and brings the project's stage and actual dates up to date. */
export async function addProjectStage(
  deps: Deps,
  ctx: Ctx,
  scope: Scope,
  id: number,
  input: TProjectStageInput,
  day = today(),
): Promise<TProject> {
  await getProject(deps, scope, id);
  return deps.db.transaction(async (tx) => {
    const events = await listProjectStageEvents(tx, [id]);
    const checked = checkStageChange(events, input, day);
    if (!checked.ok) throwProblems([{ field: 'stage', text: checked.error }]);
    const [event] = await insertProjectStageEvents(tx, [
      { projectId: id, ...input, createdBy: ctx.actor?.userId ?? null },
    ]);
    const all = [...events, input];
    await updateProject(tx, id, { stage: currentStage(all), ...stageDates(all) });
    await recordAudit(tx, ctx, {
      action: 'stage_changed',
      entity: 'project',
      entityId: id,
      after: event,
    });
    return getProject(deps, scope, id, tx);
  });
}

/**
 * Stores the month's progress report (replacing one already filed for that month): investment
 * this month and to date (not less than this month's, nor than an earlier month's to-date
 * figure), the image progress and the problems met.
 */
export async function reportProjectProgress(
  deps: Deps,
  ctx: Ctx,
  scope: Scope,
  id: number,
  input: TProjectProgressInput,
): Promise<TProject> {
  const project = await getProject(deps, scope, id);
  if (Number(input.investmentToDate) < Number(input.investmentThisMonth)) {
    throwProblems([
      {
        field: 'investmentToDate',
        text: {
          zh: '累计完成投资不能小于本月完成投资',
          en: 'Investment to date cannot be less than this month’s',
        },
      },
    ]);
  }
  const month = input.year * 12 + input.month;
  const earlier = project.progress.filter((p) => p.year * 12 + p.month < month).at(-1);
  if (earlier && Number(input.investmentToDate) < Number(earlier.investmentToDate)) {
    throwProblems([
      {
        field: 'investmentToDate',
        text: {
          zh: `累计完成投资不能小于 ${earlier.year}年${earlier.month}月 的累计数（${earlier.investmentToDate}万元）`,
          en: `Investment to date cannot be less than ${earlier.year}-${earlier.month}'s (${earlier.investmentToDate})`,
        },
      },
    ]);
  }
  return deps.db.transaction(async (tx) => {
    const row = await upsertProjectProgress(tx, {
      projectId: id,
      ...input,
      createdBy: ctx.actor?.userId ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'progress_reported',
      entity: 'project',
      entityId: id,
      after: row,
    });
    return getProject(deps, scope, id, tx);
  });
}
