import { childPath, rootPath, type OrgUnitKind, type Scope } from '@gongyeyun/core';
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { orgUnits } from '../schema';
import { withinScope } from '../scope';
import { likeContains, offsetOf, type PageRequest, type PageResult } from './paging';

export type OrgUnitRow = typeof orgUnits.$inferSelect;
export type OrgUnitWithChildren = OrgUnitRow & { childCount: number };

// Written out in full: inside the sub-select a bare column name would bind to the inner table.
const childCount = sql<number>`(select count(*)::int from org_units c where c.parent_id = org_units.id)`;

export interface OrgUnitFilter extends PageRequest {
  parentId?: number | undefined;
  kind?: OrgUnitKind | undefined;
  q?: string | undefined;
}

export async function findOrgUnits(
  db: Database,
  scope: Scope,
  filter: OrgUnitFilter,
): Promise<PageResult<OrgUnitWithChildren>> {
  const conditions: SQL[] = [withinScope(orgUnits.path, scope)];
  if (filter.parentId !== undefined) conditions.push(eq(orgUnits.parentId, filter.parentId));
  if (filter.kind) conditions.push(eq(orgUnits.kind, filter.kind));
  if (filter.q) {
    const q = likeContains(filter.q);
    conditions.push(or(ilike(orgUnits.name, q), ilike(orgUnits.code, q)) as SQL);
  }
  const where = and(...conditions);
  const [items, [totalRow]] = await Promise.all([
    db
      .select({ ...getColumns(), childCount })
      .from(orgUnits)
      .where(where)
      .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.code))
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db.select({ total: count() }).from(orgUnits).where(where),
  ]);
  return { items, total: Number(totalRow?.total ?? 0) };
}

const getColumns = () => ({
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  nameEn: orgUnits.nameEn,
  kind: orgUnits.kind,
  parentId: orgUnits.parentId,
  path: orgUnits.path,
  depth: orgUnits.depth,
  sortOrder: orgUnits.sortOrder,
  note: orgUnits.note,
  createdAt: orgUnits.createdAt,
  updatedAt: orgUnits.updatedAt,
});

/** One org unit if it lies in the caller's scope, else undefined (the caller answers 404). */
export async function findOrgUnitInScope(
  db: Database,
  scope: Scope,
  id: number,
): Promise<OrgUnitWithChildren | undefined> {
  const [row] = await db
    .select({ ...getColumns(), childCount })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), withinScope(orgUnits.path, scope)));
  return row;
}

/** Unscoped lookup, for the server's own bookkeeping (grants, demo loading). */
export async function findOrgUnitById(db: Database, id: number): Promise<OrgUnitRow | undefined> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return row;
}

export async function findOrgUnitByCode(
  db: Database,
  code: string,
): Promise<OrgUnitRow | undefined> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  return row;
}

/** Every org unit in the caller's subtrees, parents before children. */
export async function listOrgUnitsInScope(db: Database, scope: Scope): Promise<OrgUnitRow[]> {
  return db
    .select()
    .from(orgUnits)
    .where(withinScope(orgUnits.path, scope))
    .orderBy(asc(orgUnits.depth), asc(orgUnits.sortOrder), asc(orgUnits.code));
}

export interface NewOrgUnit {
  code: string;
  name: string;
  nameEn?: string | null;
  kind: OrgUnitKind;
  note?: string | null;
  sortOrder?: number;
}

/** Inserts under `parent` (null: a root) and sets the materialised path from the new id. */
export async function insertOrgUnit(
  db: Database,
  values: NewOrgUnit,
  parent: Pick<OrgUnitRow, 'id' | 'path' | 'depth'> | null,
): Promise<OrgUnitRow> {
  const [inserted] = await db
    .insert(orgUnits)
    .values({
      ...values,
      parentId: parent?.id ?? null,
      path: `pending:${values.code}`,
      depth: parent ? parent.depth + 1 : 0,
    })
    .returning({ id: orgUnits.id });
  const id = inserted!.id;
  const [row] = await db
    .update(orgUnits)
    .set({ path: parent ? childPath(parent.path, id) : rootPath(id) })
    .where(eq(orgUnits.id, id))
    .returning();
  return row!;
}

export async function updateOrgUnit(
  db: Database,
  id: number,
  patch: Partial<Pick<OrgUnitRow, 'code' | 'name' | 'nameEn' | 'note' | 'sortOrder'>>,
): Promise<OrgUnitRow | undefined> {
  const [row] = await db.update(orgUnits).set(patch).where(eq(orgUnits.id, id)).returning();
  return row;
}
