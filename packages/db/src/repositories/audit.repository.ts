import type { Scope } from '@gongyeyun/core';
import { and, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { auditLog, orgUnits, roleGrants } from '../schema';
import { withinScope } from '../scope';
import { offsetOf, type PageRequest, type PageResult } from './paging';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function insertAudit(db: Database, entry: NewAuditRow): Promise<void> {
  await db.insert(auditLog).values(entry);
}

export interface AuditFilter extends PageRequest {
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  actorUserId?: number | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /**
   * Only what users whose every grant lies in this scope did; unset for a caller who oversees
   * every org unit (then system and sign-in records are listed too).
   */
  actorsWithin?: Scope | undefined;
}

/** How many org units lie outside a scope (0: the scope covers the whole tree). */
export async function countOrgUnitsOutside(db: Database, scope: Scope): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orgUnits)
    .where(sql`not (${withinScope(orgUnits.path, scope)})`);
  return Number(row?.n ?? 0);
}

export async function findAudit(db: Database, filter: AuditFilter): Promise<PageResult<AuditRow>> {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actorUserId) conditions.push(eq(auditLog.actorUserId, filter.actorUserId));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lte(auditLog.at, filter.to));
  if (filter.actorsWithin) {
    const within = db
      .select({ userId: roleGrants.userId })
      .from(roleGrants)
      .innerJoin(orgUnits, eq(orgUnits.id, roleGrants.orgUnitId))
      .groupBy(roleGrants.userId)
      .having(sql`bool_and(${withinScope(orgUnits.path, filter.actorsWithin)})`);
    conditions.push(inArray(auditLog.actorUserId, within));
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [totalRow]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items, total: Number(totalRow?.total ?? 0) };
}
