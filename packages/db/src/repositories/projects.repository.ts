import type {
  ProjectKind,
  ProjectLevel,
  ProjectSector,
  ProjectState,
  Scope,
} from '@gongyeyun/core';
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  ilike,
  inArray,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import {
  chains,
  enterprises,
  investmentLeads,
  orgUnits,
  projectProgress,
  projects,
  projectStageEvents,
  projectTasks,
  type ProjectTaskMetric,
} from '../schema';
import { withinScope } from '../scope';
import { likeContains, offsetOf, type PageRequest, type PageResult } from './paging';

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;
export type ProjectStageEventRow = typeof projectStageEvents.$inferSelect;
export type ProjectProgressRow = typeof projectProgress.$inferSelect;
export type ProjectTaskRow = typeof projectTasks.$inferSelect & { orgUnitName: string };

export interface ProjectWithNames extends ProjectRow {
  countyName: string;
  parkName: string | null;
  chainName: string | null;
  enterpriseName: string | null;
  enterpriseUscc: string | null;
  responsibleUnitName: string | null;
  leadId: number | null;
}

/** A project is in scope when its county or its park lies in a granted subtree. */
export function projectScope(scope: Scope): SQL {
  return or(withinScope(projects.orgPath, scope), withinScope(projects.parkPath, scope)) as SQL;
}

/** Projects in the subtree of the org unit at `path` (by county or by park). */
const projectUnder = (path: string): SQL =>
  or(
    sql`${projects.orgPath} like ${`${path}%`}`,
    sql`${projects.parkPath} like ${`${path}%`}`,
  ) as SQL;

export const PROJECT_SORT_COLUMNS = {
  id: projects.id,
  name: projects.name,
  totalInvestment: projects.totalInvestment,
  startedOn: projects.startedOn,
} as const;

export interface ProjectFilter extends PageRequest {
  q?: string | undefined;
  countyId?: number | undefined;
  parkId?: number | undefined;
  chainId?: number | undefined;
  sector?: ProjectSector | undefined;
  kind?: ProjectKind | undefined;
  level?: ProjectLevel | undefined;
  stage?: ProjectState | undefined;
  startedYear?: number | undefined;
  completedYear?: number | undefined;
  sort: keyof typeof PROJECT_SORT_COLUMNS;
  order: 'asc' | 'desc';
}

const county = alias(orgUnits, 'county');
const park = alias(orgUnits, 'park');
const responsible = alias(orgUnits, 'responsible');

const inYear = (
  column: typeof projects.startedOn | typeof projects.completedOn,
  year: number,
): SQL => and(gte(column, `${year}-01-01`), lt(column, `${year + 1}-01-01`))!;

function projectConditions(
  scope: Scope,
  f: Omit<ProjectFilter, 'page' | 'pageSize' | 'sort' | 'order'>,
): SQL {
  const conditions: SQL[] = [projectScope(scope)];
  if (f.q) {
    const q = likeContains(f.q.trim());
    conditions.push(
      or(ilike(projects.name, q), ilike(projects.ownerName, q), ilike(projects.code, q)) as SQL,
    );
  }
  if (f.countyId) conditions.push(eq(projects.countyId, f.countyId));
  if (f.parkId) conditions.push(eq(projects.parkId, f.parkId));
  if (f.chainId) conditions.push(eq(projects.chainId, f.chainId));
  if (f.sector) conditions.push(eq(projects.sector, f.sector));
  if (f.kind) conditions.push(eq(projects.kind, f.kind));
  if (f.level) conditions.push(eq(projects.level, f.level));
  if (f.stage) conditions.push(eq(projects.stage, f.stage));
  if (f.startedYear) conditions.push(inYear(projects.startedOn, f.startedYear));
  if (f.completedYear) conditions.push(inYear(projects.completedOn, f.completedYear));
  return and(...conditions)!;
}

function selectWithNames(db: Database) {
  return db
    .select({
      ...getTableColumns(projects),
      countyName: county.name,
      parkName: park.name,
      chainName: chains.name,
      enterpriseName: enterprises.name,
      enterpriseUscc: enterprises.uscc,
      responsibleUnitName: responsible.name,
      leadId: investmentLeads.id,
    })
    .from(projects)
    .innerJoin(county, eq(county.id, projects.countyId))
    .leftJoin(park, eq(park.id, projects.parkId))
    .leftJoin(chains, eq(chains.id, projects.chainId))
    .leftJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .leftJoin(responsible, eq(responsible.id, projects.responsibleUnitId))
    .leftJoin(investmentLeads, eq(investmentLeads.projectId, projects.id));
}

export async function findProjects(
  db: Database,
  scope: Scope,
  filter: ProjectFilter,
): Promise<PageResult<ProjectWithNames>> {
  const where = projectConditions(scope, filter);
  const column = PROJECT_SORT_COLUMNS[filter.sort];
  const [items, [total]] = await Promise.all([
    selectWithNames(db)
      .where(where)
      .orderBy(
        filter.order === 'desc' ? sql`${column} desc nulls last` : sql`${column} asc nulls last`,
        desc(projects.id),
      )
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db.select({ n: count() }).from(projects).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findProjectInScope(
  db: Database,
  scope: Scope,
  id: number,
): Promise<ProjectWithNames | undefined> {
  const [row] = await selectWithNames(db).where(and(eq(projects.id, id), projectScope(scope)));
  return row;
}

/** Unscoped: which codes exist anywhere (imports match rows by code). */
export async function findProjectsByCode(db: Database, codes: string[]): Promise<ProjectRow[]> {
  const unique = [...new Set(codes.filter(Boolean))];
  if (unique.length === 0) return [];
  return db.select().from(projects).where(inArray(projects.code, unique));
}

export async function insertProject(db: Database, values: NewProjectRow): Promise<ProjectRow> {
  const [row] = await db.insert(projects).values(values).returning();
  return row!;
}

export async function updateProject(
  db: Database,
  id: number,
  values: Partial<NewProjectRow>,
): Promise<ProjectRow | undefined> {
  const [row] = await db.update(projects).set(values).where(eq(projects.id, id)).returning();
  return row;
}

export async function listProjectStageEvents(
  db: Database,
  projectIds: number[],
): Promise<ProjectStageEventRow[]> {
  if (projectIds.length === 0) return [];
  return db
    .select()
    .from(projectStageEvents)
    .where(inArray(projectStageEvents.projectId, projectIds))
    .orderBy(asc(projectStageEvents.occurredOn), asc(projectStageEvents.id));
}

export async function insertProjectStageEvents(
  db: Database,
  values: (typeof projectStageEvents.$inferInsert)[],
): Promise<ProjectStageEventRow[]> {
  if (values.length === 0) return [];
  return db.insert(projectStageEvents).values(values).returning();
}

export async function listProjectProgress(
  db: Database,
  projectId: number,
): Promise<ProjectProgressRow[]> {
  return db
    .select()
    .from(projectProgress)
    .where(eq(projectProgress.projectId, projectId))
    .orderBy(asc(projectProgress.year), asc(projectProgress.month));
}

/** Stores the month's report, replacing an earlier one of the same month. */
export async function upsertProjectProgress(
  db: Database,
  values: typeof projectProgress.$inferInsert,
): Promise<ProjectProgressRow> {
  const [row] = await db
    .insert(projectProgress)
    .values(values)
    .onConflictDoUpdate({
      target: [projectProgress.projectId, projectProgress.year, projectProgress.month],
      set: {
        investmentThisMonth: values.investmentThisMonth,
        investmentToDate: values.investmentToDate,
        imageProgress: values.imageProgress ?? null,
        problems: values.problems ?? null,
        createdBy: values.createdBy ?? null,
      },
    })
    .returning();
  return row!;
}

export async function insertProjectProgressRows(
  db: Database,
  values: (typeof projectProgress.$inferInsert)[],
): Promise<void> {
  for (let i = 0; i < values.length; i += 500) {
    await db.insert(projectProgress).values(values.slice(i, i + 500));
  }
}

/** What counting needs of each project in scope under `underPath`. */
export interface ProjectForCounting {
  id: number;
  countyId: number;
  countyName: string;
  chainId: number | null;
  chainName: string | null;
  level: ProjectLevel;
}

export async function listProjectsForCounting(
  db: Database,
  scope: Scope,
  underPath: string,
): Promise<ProjectForCounting[]> {
  return db
    .select({
      id: projects.id,
      countyId: projects.countyId,
      countyName: county.name,
      chainId: projects.chainId,
      chainName: chains.name,
      level: projects.level,
    })
    .from(projects)
    .innerJoin(county, eq(county.id, projects.countyId))
    .leftJoin(chains, eq(chains.id, projects.chainId))
    .where(and(projectScope(scope), projectUnder(underPath)))
    .orderBy(asc(county.sortOrder), asc(county.code), asc(projects.id));
}

/**
 * Investment of `year` in scope under `underPath`: completed (Σ 本月 of the year's reports) and
 * planned (Σ annual plans of that year), exact numeric sums in 万元.
 */
export async function sumProjectInvestment(
  db: Database,
  scope: Scope,
  underPath: string,
  year: number,
): Promise<{ completed: string; planned: string }> {
  const where = and(projectScope(scope), projectUnder(underPath));
  const [[done], [plan]] = await Promise.all([
    db
      .select({
        total: sql<string>`coalesce(sum(${projectProgress.investmentThisMonth}), 0)::text`,
      })
      .from(projectProgress)
      .innerJoin(projects, eq(projects.id, projectProgress.projectId))
      .where(and(where, eq(projectProgress.year, year))),
    db
      .select({ total: sql<string>`coalesce(sum(${projects.annualPlannedInvestment}), 0)::text` })
      .from(projects)
      .where(and(where, eq(projects.planYear, year))),
  ]);
  return { completed: done?.total ?? '0', planned: plan?.total ?? '0' };
}

export async function listProjectTasks(
  db: Database,
  scope: Scope,
  year: number,
): Promise<ProjectTaskRow[]> {
  return db
    .select({ ...getTableColumns(projectTasks), orgUnitName: orgUnits.name })
    .from(projectTasks)
    .innerJoin(orgUnits, eq(orgUnits.id, projectTasks.orgUnitId))
    .where(and(eq(projectTasks.year, year), withinScope(projectTasks.orgPath, scope)))
    .orderBy(asc(orgUnits.path), asc(projectTasks.metric));
}

export async function upsertProjectTask(
  db: Database,
  values: {
    year: number;
    orgUnitId: number;
    orgPath: string;
    metric: ProjectTaskMetric;
    target: string;
  },
): Promise<typeof projectTasks.$inferSelect> {
  const [row] = await db
    .insert(projectTasks)
    .values(values)
    .onConflictDoUpdate({
      target: [projectTasks.year, projectTasks.orgUnitId, projectTasks.metric],
      set: { target: values.target },
    })
    .returning();
  return row!;
}

/** One project's investment completed in months 1…M of a year and of the year before. */
export interface ProjectInvestmentYearsRow {
  projectId: number;
  countyId: number;
  countyName: string;
  /** Null: no progress reported in those months. */
  thisYear: string | null;
  lastYear: string | null;
}

/**
 * Investment completed by each project of a sector in months 1…`throughMonth` of `year` and of
 * the year before, from the monthly progress reports.
 */
export async function sumInvestmentByProject(
  db: Database,
  scope: Scope,
  f: { underPath: string; year: number; throughMonth: number; sector: ProjectSector },
): Promise<ProjectInvestmentYearsRow[]> {
  const sumIn = (year: number) =>
    sql<
      string | null
    >`(sum(${projectProgress.investmentThisMonth}) filter (where ${projectProgress.year} = ${year}))::text`;
  return db
    .select({
      projectId: projects.id,
      countyId: projects.countyId,
      countyName: orgUnits.name,
      thisYear: sumIn(f.year),
      lastYear: sumIn(f.year - 1),
    })
    .from(projectProgress)
    .innerJoin(projects, eq(projects.id, projectProgress.projectId))
    .innerJoin(orgUnits, eq(orgUnits.id, projects.countyId))
    .where(
      and(
        projectScope(scope),
        projectUnder(f.underPath),
        eq(projects.sector, f.sector),
        inArray(projectProgress.year, [f.year, f.year - 1]),
        lte(projectProgress.month, f.throughMonth),
      ),
    )
    .groupBy(projects.id, projects.countyId, orgUnits.name)
    .orderBy(asc(projects.id));
}

/** The last month of `year` with any progress reported under a path (0 when none). */
export async function lastProgressMonth(
  db: Database,
  scope: Scope,
  underPath: string,
  year: number,
): Promise<number> {
  const [row] = await db
    .select({ month: sql<number | null>`max(${projectProgress.month})` })
    .from(projectProgress)
    .innerJoin(projects, eq(projects.id, projectProgress.projectId))
    .where(and(projectScope(scope), projectUnder(underPath), eq(projectProgress.year, year)));
  return Number(row?.month ?? 0);
}
