import type { LeadState, ProjectSector, Scope } from '@gongyeyun/core';
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  isNull,
  lt,
  not,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Database } from '../client';
import { chains, investmentLeads, leadEvents, orgUnits, projects } from '../schema';
import { withinScope } from '../scope';
import { likeContains, offsetOf, type PageRequest, type PageResult } from './paging';

export type LeadRow = typeof investmentLeads.$inferSelect;
export type NewLeadRow = typeof investmentLeads.$inferInsert;
export type LeadEventRow = typeof leadEvents.$inferSelect;

export interface LeadWithNames extends LeadRow {
  orgUnitName: string;
  chainName: string | null;
  projectName: string | null;
}

export interface LeadFilter extends PageRequest {
  q?: string | undefined;
  stage?: LeadState | undefined;
  chainId?: number | undefined;
  /** Path of an org unit: leads of its subtree. */
  underPath?: string | undefined;
  sector?: ProjectSector | undefined;
  /** Open leads whose next follow-up is before this day. */
  overdueBefore?: string | undefined;
}

function leadConditions(scope: Scope, f: Omit<LeadFilter, 'page' | 'pageSize'>): SQL {
  const conditions: SQL[] = [withinScope(investmentLeads.orgPath, scope)];
  if (f.q) {
    const q = likeContains(f.q.trim());
    conditions.push(or(ilike(investmentLeads.name, q), ilike(investmentLeads.investor, q)) as SQL);
  }
  if (f.stage) conditions.push(eq(investmentLeads.stage, f.stage));
  if (f.chainId) conditions.push(eq(investmentLeads.chainId, f.chainId));
  if (f.underPath) conditions.push(sql`${investmentLeads.orgPath} like ${`${f.underPath}%`}`);
  if (f.sector) conditions.push(eq(investmentLeads.sector, f.sector));
  if (f.overdueBefore) {
    conditions.push(
      lt(investmentLeads.nextActionOn, f.overdueBefore),
      or(
        isNull(investmentLeads.stage),
        not(inArray(investmentLeads.stage, ['dropped', 'in_production'])),
      ) as SQL,
    );
  }
  return and(...conditions)!;
}

function selectWithNames(db: Database) {
  return db
    .select({
      ...getTableColumns(investmentLeads),
      orgUnitName: orgUnits.name,
      chainName: chains.name,
      projectName: projects.name,
    })
    .from(investmentLeads)
    .innerJoin(orgUnits, eq(orgUnits.id, investmentLeads.orgUnitId))
    .leftJoin(chains, eq(chains.id, investmentLeads.chainId))
    .leftJoin(projects, eq(projects.id, investmentLeads.projectId));
}

export async function findLeads(
  db: Database,
  scope: Scope,
  filter: LeadFilter,
): Promise<PageResult<LeadWithNames>> {
  const where = leadConditions(scope, filter);
  const [items, [total]] = await Promise.all([
    selectWithNames(db)
      .where(where)
      .orderBy(sql`${investmentLeads.nextActionOn} asc nulls last`, desc(investmentLeads.id))
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db.select({ n: count() }).from(investmentLeads).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findLeadInScope(
  db: Database,
  scope: Scope,
  id: number,
): Promise<LeadWithNames | undefined> {
  const [row] = await selectWithNames(db).where(
    and(eq(investmentLeads.id, id), withinScope(investmentLeads.orgPath, scope)),
  );
  return row;
}

export async function insertLead(db: Database, values: NewLeadRow): Promise<LeadRow> {
  const [row] = await db.insert(investmentLeads).values(values).returning();
  return row!;
}

export async function updateLead(
  db: Database,
  id: number,
  values: Partial<NewLeadRow>,
): Promise<LeadRow | undefined> {
  const [row] = await db
    .update(investmentLeads)
    .set(values)
    .where(eq(investmentLeads.id, id))
    .returning();
  return row;
}

export async function listLeadEvents(db: Database, leadIds: number[]): Promise<LeadEventRow[]> {
  if (leadIds.length === 0) return [];
  const out: LeadEventRow[] = [];
  for (let i = 0; i < leadIds.length; i += 1000) {
    out.push(
      ...(await db
        .select()
        .from(leadEvents)
        .where(inArray(leadEvents.leadId, leadIds.slice(i, i + 1000)))
        .orderBy(asc(leadEvents.occurredOn), asc(leadEvents.id))),
    );
  }
  return out;
}

export async function insertLeadEvents(
  db: Database,
  values: (typeof leadEvents.$inferInsert)[],
): Promise<LeadEventRow[]> {
  if (values.length === 0) return [];
  return db.insert(leadEvents).values(values).returning();
}
