import type { Scope, TicketState } from '@gongyeyun/core';
import {
  aliasedTable,
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Database } from '../client';
import {
  commissionerAssignments,
  enterprises,
  orgUnits,
  roleGrants,
  routingRules,
  serviceVisits,
  ticketAttachments,
  ticketCategories,
  ticketDeadlineRules,
  ticketDepartments,
  ticketEvents,
  tickets,
  users,
  webhookDeliveries,
  webhooks,
  workCalendarDays,
} from '../schema';
import { withinScope } from '../scope';
import { enterpriseScope } from './enterprise-scope';
import { offsetOf, type PageRequest, type PageResult } from './paging';

export type TicketRow = typeof tickets.$inferSelect;
export type NewTicketRow = typeof tickets.$inferInsert;
export type TicketEventRow = typeof ticketEvents.$inferSelect;
export type NewTicketEventRow = typeof ticketEvents.$inferInsert;
export type TicketCategoryRow = typeof ticketCategories.$inferSelect;
export type RoutingRuleRow = typeof routingRules.$inferSelect;
export type DeadlineRuleRow = typeof ticketDeadlineRules.$inferSelect;
export type VisitRow = typeof serviceVisits.$inferSelect;
export type NewVisitRow = typeof serviceVisits.$inferInsert;
export type WebhookRow = typeof webhooks.$inferSelect;
export type NewWebhookRow = typeof webhooks.$inferInsert;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type NewDeliveryRow = typeof webhookDeliveries.$inferInsert;

/**
 * A ticket is in scope when its enterprise is (bureau, counties, parks, commissioners, the
 * enterprise's own users), or when one of the departments working it lies in a granted subtree
 * (department handlers).
 */
export function ticketScope(scope: Scope): SQL {
  const parts: SQL[] = [];
  if (scope.orgUnitPaths.length) {
    parts.push(withinScope(tickets.orgPath, scope), withinScope(tickets.parkPath, scope));
    parts.push(
      sql`exists (select 1 from ${ticketDepartments} where ${ticketDepartments.ticketId} = ${tickets.id} and (${withinScope(ticketDepartments.departmentPath, scope)}))`,
    );
  }
  if (scope.enterpriseIds.length)
    parts.push(inArray(tickets.enterpriseId, [...scope.enterpriseIds]));
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}

// ---- catalogue and configuration ----

export const listTicketCategories = (db: Database): Promise<TicketCategoryRow[]> =>
  db
    .select()
    .from(ticketCategories)
    .orderBy(asc(ticketCategories.sortOrder), asc(ticketCategories.code));

export async function upsertTicketCategory(
  db: Database,
  row: typeof ticketCategories.$inferInsert,
): Promise<TicketCategoryRow> {
  const [saved] = await db
    .insert(ticketCategories)
    .values(row)
    .onConflictDoUpdate({
      target: ticketCategories.code,
      set: { name: row.name, nameEn: row.nameEn, sortOrder: row.sortOrder, active: row.active },
    })
    .returning();
  return saved!;
}

export interface RoutingRuleWithPath extends RoutingRuleRow {
  areaPath: string | null;
  areaName: string | null;
}

export async function listRoutingRules(db: Database): Promise<RoutingRuleWithPath[]> {
  return db
    .select({
      id: routingRules.id,
      categoryCode: routingRules.categoryCode,
      areaId: routingRules.areaId,
      leadDepartmentId: routingRules.leadDepartmentId,
      assistingDepartmentIds: routingRules.assistingDepartmentIds,
      areaPath: orgUnits.path,
      areaName: orgUnits.name,
    })
    .from(routingRules)
    .leftJoin(orgUnits, eq(orgUnits.id, routingRules.areaId))
    .orderBy(asc(routingRules.categoryCode), asc(routingRules.id));
}

export async function insertRoutingRules(
  db: Database,
  rows: (typeof routingRules.$inferInsert)[],
): Promise<RoutingRuleRow[]> {
  if (rows.length === 0) return [];
  return db.insert(routingRules).values(rows).returning();
}

export async function deleteRoutingRule(
  db: Database,
  id: number,
): Promise<RoutingRuleRow | undefined> {
  const [row] = await db.delete(routingRules).where(eq(routingRules.id, id)).returning();
  return row;
}

export const listDeadlineRules = (db: Database): Promise<DeadlineRuleRow[]> =>
  db.select().from(ticketDeadlineRules).orderBy(asc(ticketDeadlineRules.id));

export async function insertDeadlineRules(
  db: Database,
  rows: (typeof ticketDeadlineRules.$inferInsert)[],
): Promise<void> {
  if (rows.length) await db.insert(ticketDeadlineRules).values(rows).onConflictDoNothing();
}

export const listWorkCalendarDays = (db: Database) => db.select().from(workCalendarDays);

export async function insertWorkCalendarDays(
  db: Database,
  rows: (typeof workCalendarDays.$inferInsert)[],
): Promise<void> {
  if (rows.length) await db.insert(workCalendarDays).values(rows).onConflictDoNothing();
}

// ---- tickets ----

export interface TicketWithNames extends TicketRow {
  /** Null for a project problem whose owner is not registered. */
  enterpriseName: string | null;
  leadDepartmentName: string | null;
  leadDepartmentPath: string | null;
}

const leadUnit = aliasedTable(orgUnits, 'lead_unit');

const selectTickets = (db: Database) =>
  db
    .select({
      ...getTableColumns(tickets),
      enterpriseName: enterprises.name,
      leadDepartmentName: leadUnit.name,
      leadDepartmentPath: leadUnit.path,
    })
    .from(tickets)
    .leftJoin(enterprises, eq(enterprises.id, tickets.enterpriseId))
    .leftJoin(leadUnit, eq(leadUnit.id, tickets.leadDepartmentId));

export interface TicketFilter extends PageRequest {
  state?: TicketState | undefined;
  states?: readonly TicketState[] | undefined;
  categoryCode?: string | undefined;
  enterpriseId?: number | undefined;
  /** Problems raised for a major project. */
  projectId?: number | undefined;
  /** Tickets a department (by path) works now. */
  departmentPath?: string | undefined;
}

function ticketConditions(scope: Scope, f: Omit<TicketFilter, 'page' | 'pageSize'>): SQL {
  const c: SQL[] = [ticketScope(scope)];
  if (f.state) c.push(eq(tickets.state, f.state));
  if (f.states?.length) c.push(inArray(tickets.state, [...f.states]));
  if (f.categoryCode) c.push(eq(tickets.categoryCode, f.categoryCode));
  if (f.enterpriseId) c.push(eq(tickets.enterpriseId, f.enterpriseId));
  if (f.projectId) c.push(eq(tickets.projectId, f.projectId));
  if (f.departmentPath)
    c.push(
      sql`exists (select 1 from ${ticketDepartments} where ${ticketDepartments.ticketId} = ${tickets.id} and ${ticketDepartments.departmentPath} like ${`${f.departmentPath}%`})`,
    );
  return and(...c)!;
}

export async function findTickets(
  db: Database,
  scope: Scope,
  filter: TicketFilter,
): Promise<PageResult<TicketWithNames>> {
  const where = ticketConditions(scope, filter);
  const [items, [total]] = await Promise.all([
    selectTickets(db)
      .where(where)
      .orderBy(desc(tickets.filedAt), desc(tickets.id))
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db.select({ n: count() }).from(tickets).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findTicketInScope(
  db: Database,
  scope: Scope,
  id: number,
): Promise<TicketWithNames | undefined> {
  const [row] = await selectTickets(db).where(and(eq(tickets.id, id), ticketScope(scope)));
  return row;
}

/** Locks the ticket row for the rest of the transaction. */
export async function lockTicket(db: Database, id: number): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id)).for('update');
  return row;
}

export async function insertTicket(db: Database, values: NewTicketRow): Promise<TicketRow> {
  const [row] = await db.insert(tickets).values(values).returning();
  return row!;
}

export async function updateTicket(
  db: Database,
  id: number,
  patch: Partial<NewTicketRow>,
): Promise<TicketRow> {
  const [row] = await db
    .update(tickets)
    .set({ ...patch, version: sql`${tickets.version} + 1` })
    .where(eq(tickets.id, id))
    .returning();
  return row!;
}

export interface TicketDepartmentRow {
  departmentId: number;
  departmentPath: string;
  lead: boolean;
  name: string;
}

export async function listTicketDepartments(
  db: Database,
  ticketIds: readonly number[],
): Promise<(TicketDepartmentRow & { ticketId: number })[]> {
  if (ticketIds.length === 0) return [];
  return db
    .select({
      ticketId: ticketDepartments.ticketId,
      departmentId: ticketDepartments.departmentId,
      departmentPath: ticketDepartments.departmentPath,
      lead: ticketDepartments.lead,
      name: orgUnits.name,
    })
    .from(ticketDepartments)
    .innerJoin(orgUnits, eq(orgUnits.id, ticketDepartments.departmentId))
    .where(inArray(ticketDepartments.ticketId, [...ticketIds]));
}

/** Replaces the departments working a ticket (empty: none, e.g. sent back). */
export async function setTicketDepartments(
  db: Database,
  ticketId: number,
  rows: { departmentId: number; departmentPath: string; lead: boolean }[],
): Promise<void> {
  await db.delete(ticketDepartments).where(eq(ticketDepartments.ticketId, ticketId));
  if (rows.length) await db.insert(ticketDepartments).values(rows.map((r) => ({ ...r, ticketId })));
}

export async function insertTicketEvents(
  db: Database,
  rows: NewTicketEventRow[],
): Promise<TicketEventRow[]> {
  if (rows.length === 0) return [];
  return db.insert(ticketEvents).values(rows).returning();
}

export interface TicketEventWithNames extends TicketEventRow {
  userName: string | null;
  departmentName: string | null;
  authorDepartmentPath: string | null;
}

const eventDepartment = aliasedTable(orgUnits, 'event_department');
const authorDepartment = aliasedTable(orgUnits, 'author_department');

export async function listTicketEvents(
  db: Database,
  ticketId: number,
): Promise<TicketEventWithNames[]> {
  return db
    .select({
      ...getTableColumns(ticketEvents),
      userName: users.displayName,
      departmentName: eventDepartment.name,
      authorDepartmentPath: authorDepartment.path,
    })
    .from(ticketEvents)
    .leftJoin(users, eq(users.id, ticketEvents.userId))
    .leftJoin(eventDepartment, eq(eventDepartment.id, ticketEvents.departmentId))
    .leftJoin(authorDepartment, eq(authorDepartment.id, ticketEvents.authorDepartmentId))
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.occurredAt), asc(ticketEvents.id));
}

/** Every ticket in scope, for the figures (rows are small; the desk holds thousands). */
export async function ticketFactsInScope(
  db: Database,
  scope: Scope,
  filedFrom: string,
  filedTo: string,
): Promise<(TicketRow & { leadDepartmentName: string | null })[]> {
  return db
    .select({ ...getTableColumns(tickets), leadDepartmentName: leadUnit.name })
    .from(tickets)
    .leftJoin(leadUnit, eq(leadUnit.id, tickets.leadDepartmentId))
    .where(
      and(
        ticketScope(scope),
        sql`(${tickets.filedAt} at time zone 'Asia/Shanghai')::date between ${filedFrom} and ${filedTo}`,
      ),
    );
}

/** Unscoped, for the deadline job: open tickets with a reply deadline on or before `day`. */
export async function openTicketsDueBy(db: Database, day: string): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(inArray(tickets.state, ['dispatched', 'signed']), lte(tickets.replyBy, day)));
}

// ---- commissioners and visits ----

export async function assignCommissioner(
  db: Database,
  enterpriseId: number,
  userId: number,
  assignedOn: string,
): Promise<{ before: number | null }> {
  const [old] = await db
    .select({ userId: commissionerAssignments.userId })
    .from(commissionerAssignments)
    .where(eq(commissionerAssignments.enterpriseId, enterpriseId));
  await db
    .insert(commissionerAssignments)
    .values({ enterpriseId, userId, assignedOn })
    .onConflictDoUpdate({
      target: commissionerAssignments.enterpriseId,
      set: { userId, assignedOn },
    });
  return { before: old?.userId ?? null };
}

export interface CoverageRow {
  enterpriseId: number;
  enterpriseName: string;
  uscc: string;
  commissionerId: number | null;
  commissionerName: string | null;
  lastVisitOn: string | null;
  visits: number;
}

/** Enterprises in scope with their lead commissioner (or none) and their visits. */
export async function commissionerCoverage(
  db: Database,
  scope: Scope,
  filter: PageRequest & { uncovered?: boolean | undefined; commissionerId?: number | undefined },
): Promise<PageResult<CoverageRow>> {
  const c: SQL[] = [enterpriseScope(scope)];
  if (filter.uncovered) c.push(sql`${commissionerAssignments.userId} is null`);
  if (filter.commissionerId) c.push(eq(commissionerAssignments.userId, filter.commissionerId));
  const where = and(...c);
  const visitStats = db
    .select({
      enterpriseId: serviceVisits.enterpriseId,
      last: sql<string>`max(${serviceVisits.visitedOn})`.as('last'),
      n: sql<number>`count(*)::int`.as('n'),
    })
    .from(serviceVisits)
    .groupBy(serviceVisits.enterpriseId)
    .as('visit_stats');
  const base = db
    .select({
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      uscc: enterprises.uscc,
      commissionerId: commissionerAssignments.userId,
      commissionerName: users.displayName,
      lastVisitOn: visitStats.last,
      visits: sql<number>`coalesce(${visitStats.n}, 0)::int`,
    })
    .from(enterprises)
    .leftJoin(commissionerAssignments, eq(commissionerAssignments.enterpriseId, enterprises.id))
    .leftJoin(users, eq(users.id, commissionerAssignments.userId))
    .leftJoin(visitStats, eq(visitStats.enterpriseId, enterprises.id));
  const [items, [total]] = await Promise.all([
    base
      .where(where)
      .orderBy(sql`${visitStats.last} asc nulls first`, asc(enterprises.id))
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db
      .select({ n: count() })
      .from(enterprises)
      .leftJoin(commissionerAssignments, eq(commissionerAssignments.enterpriseId, enterprises.id))
      .where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function insertVisit(db: Database, values: NewVisitRow): Promise<VisitRow> {
  const [row] = await db.insert(serviceVisits).values(values).returning();
  return row!;
}

export async function insertVisits(db: Database, rows: NewVisitRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await db.insert(serviceVisits).values(rows.slice(i, i + 1000));
}

export interface VisitWithNames extends VisitRow {
  enterpriseName: string;
  commissionerName: string;
}

export async function findVisits(
  db: Database,
  scope: Scope,
  filter: PageRequest & { enterpriseId?: number | undefined; commissionerId?: number | undefined },
): Promise<PageResult<VisitWithNames>> {
  const c: SQL[] = [enterpriseScope(scope)];
  if (filter.enterpriseId) c.push(eq(serviceVisits.enterpriseId, filter.enterpriseId));
  if (filter.commissionerId) c.push(eq(serviceVisits.commissionerId, filter.commissionerId));
  const where = and(...c);
  const [items, [total]] = await Promise.all([
    db
      .select({
        ...getTableColumns(serviceVisits),
        enterpriseName: enterprises.name,
        commissionerName: users.displayName,
      })
      .from(serviceVisits)
      .innerJoin(enterprises, eq(enterprises.id, serviceVisits.enterpriseId))
      .innerJoin(users, eq(users.id, serviceVisits.commissionerId))
      .where(where)
      .orderBy(desc(serviceVisits.visitedOn), desc(serviceVisits.id))
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db
      .select({ n: count() })
      .from(serviceVisits)
      .innerJoin(enterprises, eq(enterprises.id, serviceVisits.enterpriseId))
      .where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

// ---- webhooks ----

export const listWebhooks = (db: Database): Promise<WebhookRow[]> =>
  db.select().from(webhooks).orderBy(asc(webhooks.id));

export async function insertWebhook(db: Database, values: NewWebhookRow): Promise<WebhookRow> {
  const [row] = await db.insert(webhooks).values(values).returning();
  return row!;
}

export async function insertDeliveries(db: Database, rows: NewDeliveryRow[]): Promise<void> {
  if (rows.length) await db.insert(webhookDeliveries).values(rows);
}

/** Pending deliveries due at `now`, locked so two processes never send one twice. */
export async function dueDeliveries(
  db: Database,
  now: Date,
  limit = 50,
): Promise<(DeliveryRow & { url: string; format: WebhookRow['format']; secret: string })[]> {
  return db
    .select({
      ...getTableColumns(webhookDeliveries),
      url: webhooks.url,
      format: webhooks.format,
      secret: webhooks.secret,
    })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
    .limit(limit)
    .for('update', { of: webhookDeliveries, skipLocked: true });
}

export async function updateDelivery(
  db: Database,
  id: number,
  patch: Partial<NewDeliveryRow>,
): Promise<void> {
  await db.update(webhookDeliveries).set(patch).where(eq(webhookDeliveries.id, id));
}

export const listDeliveries = (db: Database, webhookId?: number): Promise<DeliveryRow[]> =>
  db
    .select()
    .from(webhookDeliveries)
    .where(webhookId ? eq(webhookDeliveries.webhookId, webhookId) : undefined)
    .orderBy(desc(webhookDeliveries.id))
    .limit(200);

/** Active users holding a role granted exactly at one of these org units. */
export async function listUsersWithRoleAt(
  db: Database,
  role: 'department_handler' | 'analyst' | 'county_officer' | 'enterprise_user',
  orgUnitIds: readonly number[],
): Promise<{ userId: number; orgUnitId: number }[]> {
  if (!orgUnitIds.length) return [];
  return db
    .select({ userId: roleGrants.userId, orgUnitId: roleGrants.orgUnitId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, role),
        eq(users.isActive, true),
        inArray(roleGrants.orgUnitId, [...orgUnitIds]),
      ),
    );
}

/** Users of an enterprise (enterprise users are granted the enterprise itself). */
export async function listUsersOfEnterprise(db: Database, enterpriseId: number): Promise<number[]> {
  const rows = await db
    .select({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(and(eq(roleGrants.role, 'enterprise_user'), eq(roleGrants.enterpriseId, enterpriseId)));
  return rows.map((r) => r.userId);
}

/** Unscoped, for the demo loader: enterprises of a 四上 category, by id. */
export async function listEnterprisesOfCategory(
  db: Database,
  category: 'industry',
): Promise<{ id: number; countyId: number; orgPath: string; parkPath: string | null }[]> {
  return db
    .select({
      id: enterprises.id,
      countyId: enterprises.countyId,
      orgPath: enterprises.orgPath,
      parkPath: enterprises.parkPath,
    })
    .from(enterprises)
    .where(eq(enterprises.scaleCategory, category))
    .orderBy(asc(enterprises.id));
}

/** Many tickets at once (demo data), returning their ids in order. */
export async function insertTicketRows(db: Database, rows: NewTicketRow[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const out = await db
      .insert(tickets)
      .values(rows.slice(i, i + 500))
      .returning({ id: tickets.id });
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}

export async function insertTicketDepartmentRows(
  db: Database,
  rows: (typeof ticketDepartments.$inferInsert)[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await db.insert(ticketDepartments).values(rows.slice(i, i + 1000));
}

export async function insertCommissionerAssignments(
  db: Database,
  rows: (typeof commissionerAssignments.$inferInsert)[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insert(commissionerAssignments)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
}

/** Departments (org units of kind department), for routing choices. */
export const listDepartments = (
  db: Database,
): Promise<{ id: number; name: string; code: string }[]> =>
  db
    .select({ id: orgUnits.id, name: orgUnits.name, code: orgUnits.code })
    .from(orgUnits)
    .where(eq(orgUnits.kind, 'department'))
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.id));

export type AttachmentRow = typeof ticketAttachments.$inferSelect;

export async function insertAttachment(
  db: Database,
  row: typeof ticketAttachments.$inferInsert,
): Promise<AttachmentRow> {
  const [saved] = await db.insert(ticketAttachments).values(row).returning();
  return saved!;
}

export const listAttachments = (db: Database, ticketId: number): Promise<AttachmentRow[]> =>
  db
    .select()
    .from(ticketAttachments)
    .where(eq(ticketAttachments.ticketId, ticketId))
    .orderBy(asc(ticketAttachments.createdAt));

/** Current lead commissioners of these enterprises. */
export async function listAssignments(
  db: Database,
  enterpriseIds: readonly number[],
): Promise<{ enterpriseId: number; userId: number }[]> {
  if (!enterpriseIds.length) return [];
  return db
    .select({
      enterpriseId: commissionerAssignments.enterpriseId,
      userId: commissionerAssignments.userId,
    })
    .from(commissionerAssignments)
    .where(inArray(commissionerAssignments.enterpriseId, [...enterpriseIds]));
}

/** Sets the working days of one urgency (and category, or all categories when null). */
export async function putDeadlineRule(
  db: Database,
  row: typeof ticketDeadlineRules.$inferInsert,
): Promise<void> {
  await db
    .delete(ticketDeadlineRules)
    .where(
      and(
        eq(ticketDeadlineRules.urgency, row.urgency),
        row.categoryCode
          ? eq(ticketDeadlineRules.categoryCode, row.categoryCode)
          : sql`${ticketDeadlineRules.categoryCode} is null`,
      ),
    );
  await db.insert(ticketDeadlineRules).values(row);
}
