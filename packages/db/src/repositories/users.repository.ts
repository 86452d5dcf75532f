import type { Role, Scope } from '@gongyeyun/core';
import { and, asc, count, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { orgUnits, roleGrants, users } from '../schema';
import { withinScope } from '../scope';
import { likeContains, offsetOf, type PageRequest, type PageResult } from './paging';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export interface GrantRow {
  id: number;
  userId: number;
  role: Role;
  orgUnitId: number;
  orgUnitName: string;
  orgUnitCode: string;
  orgUnitKind: (typeof orgUnits.$inferSelect)['kind'];
  orgUnitPath: string;
  enterpriseId: number | null;
}

export async function findUserById(db: Database, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByUsername(
  db: Database,
  username: string,
): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row?.n ?? 0);
}

export async function insertUser(db: Database, values: NewUserRow): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(
  db: Database,
  id: number,
  patch: Partial<Omit<NewUserRow, 'id' | 'username' | 'createdAt'>>,
): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}

/** Adds one to the failure count and, at `lockAfter`, locks the account until `lockUntil`. */
export async function recordFailedLogin(
  db: Database,
  id: number,
  lockAfter: number,
  lockUntil: Date,
): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({
      failedLoginCount: sql`${users.failedLoginCount} + 1`,
      lockedUntil: sql`case when ${users.failedLoginCount} + 1 >= ${lockAfter} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, id))
    .returning();
  return row!;
}

const grantColumns = {
  id: roleGrants.id,
  userId: roleGrants.userId,
  role: roleGrants.role,
  orgUnitId: roleGrants.orgUnitId,
  orgUnitName: orgUnits.name,
  orgUnitCode: orgUnits.code,
  orgUnitKind: orgUnits.kind,
  orgUnitPath: orgUnits.path,
  enterpriseId: roleGrants.enterpriseId,
};

export async function listGrants(db: Database, userIds: number[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select(grantColumns)
    .from(roleGrants)
    .innerJoin(orgUnits, eq(orgUnits.id, roleGrants.orgUnitId))
    .where(inArray(roleGrants.userId, userIds))
    .orderBy(asc(roleGrants.userId), asc(roleGrants.id));
}

export async function insertGrant(
  db: Database,
  values: { userId: number; role: Role; orgUnitId: number; enterpriseId: number | null },
): Promise<number> {
  const [row] = await db.insert(roleGrants).values(values).returning({ id: roleGrants.id });
  return row!.id;
}

export async function deleteGrant(db: Database, userId: number, grantId: number): Promise<boolean> {
  const rows = await db
    .delete(roleGrants)
    .where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId)))
    .returning({ id: roleGrants.id });
  return rows.length > 0;
}

/** Users with at least one grant inside the caller's scope. */
const hasGrantWithin = (db: Database, scope: Scope, extra?: SQL): SQL =>
  exists(
    db
      .select({ one: sql`1` })
      .from(roleGrants)
      .innerJoin(orgUnits, eq(orgUnits.id, roleGrants.orgUnitId))
      .where(and(eq(roleGrants.userId, users.id), withinScope(orgUnits.path, scope), extra)),
  );

export interface UserFilter extends PageRequest {
  q?: string | undefined;
  role?: Role | undefined;
  orgUnitId?: number | undefined;
}

export async function findUsers(
  db: Database,
  scope: Scope,
  filter: UserFilter,
): Promise<PageResult<UserRow>> {
  const grantFilter = and(
    filter.role ? eq(roleGrants.role, filter.role) : undefined,
    filter.orgUnitId ? eq(roleGrants.orgUnitId, filter.orgUnitId) : undefined,
  );
  const conditions: SQL[] = [hasGrantWithin(db, scope, grantFilter)];
  if (filter.q) {
    const q = likeContains(filter.q);
    conditions.push(or(ilike(users.username, q), ilike(users.displayName, q)) as SQL);
  }
  const where = and(...conditions);
  const [items, [totalRow]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items, total: Number(totalRow?.total ?? 0) };
}

export async function findUserInScope(
  db: Database,
  scope: Scope,
  id: number,
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), hasGrantWithin(db, scope)));
  return row;
}
