import type { Scope, ScaleCategory } from '@gongyeyun/core';
import {
  and,
  asc,
  count,
  eq,
  getTableColumns,
  ilike,
  inArray,
  isNull,
  like,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import {
  chains,
  chainTiers,
  enterpriseChains,
  enterprises,
  enterpriseScaleEvents,
  industryClasses,
  orgUnits,
  type EnterpriseStatus,
} from '../schema';
import { enterpriseScope } from './enterprise-scope';
import { likeContains, offsetOf, type PageRequest, type PageResult } from './paging';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type NewEnterpriseRow = typeof enterprises.$inferInsert;
export type ScaleEventRow = typeof enterpriseScaleEvents.$inferSelect;

export interface EnterpriseWithNames extends EnterpriseRow {
  countyName: string;
  townshipName: string | null;
  parkName: string | null;
  industryName: string | null;
}

export interface EnterpriseChainRow {
  enterpriseId: number;
  chainId: number;
  name: string;
  tierId: number;
  tierName: string;
  source: 'auto' | 'manual';
}

export const ENTERPRISE_SORT_COLUMNS = {
  name: enterprises.name,
  uscc: enterprises.uscc,
  foundedOn: enterprises.foundedOn,
  registeredCapital: enterprises.registeredCapital,
  updatedAt: enterprises.updatedAt,
} as const;

export interface EnterpriseFilter extends PageRequest {
  q?: string | undefined;
  countyId?: number | undefined;
  parkId?: number | undefined;
  chainId?: number | undefined;
  tierId?: number | undefined;
  industryCode?: string | undefined;
  scaleCategory?: ScaleCategory | 'none' | undefined;
  tag?: string | undefined;
  status?: EnterpriseStatus | undefined;
  sort: keyof typeof ENTERPRISE_SORT_COLUMNS;
  order: 'asc' | 'desc';
}

const county = alias(orgUnits, 'county');
const township = alias(orgUnits, 'township');
const park = alias(orgUnits, 'park');

function enterpriseConditions(
  scope: Scope,
  f: Omit<EnterpriseFilter, 'page' | 'pageSize' | 'sort' | 'order'>,
): SQL {
  const conditions: SQL[] = [enterpriseScope(scope)];
  if (f.q) {
    const q = f.q.trim();
    const usccLike = /^[0-9A-Za-z]{4,18}$/.test(q);
    conditions.push(
      (usccLike
        ? or(
            ilike(enterprises.searchText, likeContains(q)),
            like(enterprises.uscc, `${q.toUpperCase()}%`),
          )
        : ilike(enterprises.searchText, likeContains(q))) as SQL,
    );
  }
  if (f.countyId) conditions.push(eq(enterprises.countyId, f.countyId));
  if (f.parkId) conditions.push(eq(enterprises.parkId, f.parkId));
  if (f.industryCode) {
    conditions.push(
      /^[A-T]$/.test(f.industryCode)
        ? sql`exists (select 1 from industry_classes ic where ic.code = ${enterprises.industryCode} and ic.section = ${f.industryCode})`
        : like(enterprises.industryCode, `${f.industryCode}%`),
    );
  }
  if (f.scaleCategory === 'none') conditions.push(isNull(enterprises.scaleCategory));
  else if (f.scaleCategory) conditions.push(eq(enterprises.scaleCategory, f.scaleCategory));
  if (f.tag) conditions.push(sql`${enterprises.tags} @> ${JSON.stringify([f.tag])}::jsonb`);
  if (f.status) conditions.push(eq(enterprises.status, f.status));
  if (f.chainId) {
    conditions.push(
      sql`exists (select 1 from enterprise_chains ec where ec.enterprise_id = ${enterprises.id} and ec.chain_id = ${f.chainId})`,
    );
  }
  if (f.tierId) {
    conditions.push(
      sql`exists (select 1 from enterprise_chains ec join chains c on c.id = ec.chain_id where ec.enterprise_id = ${enterprises.id} and c.tier_id = ${f.tierId})`,
    );
  }
  return and(...conditions)!;
}

function selectWithNames(db: Database) {
  return db
    .select({
      ...getTableColumns(enterprises),
      countyName: county.name,
      townshipName: township.name,
      parkName: park.name,
      industryName: industryClasses.name,
    })
    .from(enterprises)
    .innerJoin(county, eq(county.id, enterprises.countyId))
    .leftJoin(township, eq(township.id, enterprises.townshipId))
    .leftJoin(park, eq(park.id, enterprises.parkId))
    .leftJoin(industryClasses, eq(industryClasses.code, enterprises.industryCode));
}

export async function findEnterprises(
  db: Database,
  scope: Scope,
  filter: EnterpriseFilter,
): Promise<PageResult<EnterpriseWithNames>> {
  const where = enterpriseConditions(scope, filter);
  const column = ENTERPRISE_SORT_COLUMNS[filter.sort];
  const [items, [total]] = await Promise.all([
    selectWithNames(db)
      .where(where)
      .orderBy(
        filter.order === 'desc' ? sql`${column} desc nulls last` : sql`${column} asc nulls last`,
        asc(enterprises.id),
      )
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db.select({ n: count() }).from(enterprises).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findEnterpriseInScope(
  db: Database,
  scope: Scope,
  id: number,
): Promise<EnterpriseWithNames | undefined> {
  const [row] = await selectWithNames(db).where(
    and(eq(enterprises.id, id), enterpriseScope(scope)),
  );
  return row;
}

/** Unscoped: whether codes exist anywhere (imports match rows by USCC). */
export async function findEnterprisesByUscc(
  db: Database,
  usccs: string[],
): Promise<EnterpriseRow[]> {
  const out: EnterpriseRow[] = [];
  const unique = [...new Set(usccs)];
  for (let i = 0; i < unique.length; i += 1000) {
    out.push(
      ...(await db
        .select()
        .from(enterprises)
        .where(inArray(enterprises.uscc, unique.slice(i, i + 1000)))),
    );
  }
  return out;
}

export async function insertEnterprise(
  db: Database,
  values: NewEnterpriseRow,
): Promise<EnterpriseRow> {
  const [row] = await db.insert(enterprises).values(values).returning();
  return row!;
}

export async function updateEnterprise(
  db: Database,
  id: number,
  values: Partial<NewEnterpriseRow>,
): Promise<EnterpriseRow | undefined> {
  const [row] = await db.update(enterprises).set(values).where(eq(enterprises.id, id)).returning();
  return row;
}

export async function listEnterpriseChains(
  db: Database,
  enterpriseIds: number[],
): Promise<EnterpriseChainRow[]> {
  if (enterpriseIds.length === 0) return [];
  return db
    .select({
      enterpriseId: enterpriseChains.enterpriseId,
      chainId: enterpriseChains.chainId,
      name: chains.name,
      tierId: chains.tierId,
      tierName: chainTiers.name,
      source: enterpriseChains.source,
    })
    .from(enterpriseChains)
    .innerJoin(chains, eq(chains.id, enterpriseChains.chainId))
    .innerJoin(chainTiers, eq(chainTiers.id, chains.tierId))
    .where(inArray(enterpriseChains.enterpriseId, enterpriseIds))
    .orderBy(asc(chainTiers.sortOrder), asc(chains.sortOrder), asc(chains.id));
}

/** Makes the enterprise's automatic chains exactly `chainIds`; manual tags are left alone. */
export async function setAutoChains(
  db: Database,
  enterpriseId: number,
  chainIds: number[],
): Promise<void> {
  const current = await db
    .select({ chainId: enterpriseChains.chainId, source: enterpriseChains.source })
    .from(enterpriseChains)
    .where(eq(enterpriseChains.enterpriseId, enterpriseId));
  const wanted = new Set(chainIds);
  const stale = current
    .filter((c) => c.source === 'auto' && !wanted.has(c.chainId))
    .map((c) => c.chainId);
  if (stale.length) {
    await db
      .delete(enterpriseChains)
      .where(
        and(
          eq(enterpriseChains.enterpriseId, enterpriseId),
          inArray(enterpriseChains.chainId, stale),
        ),
      );
  }
  const have = new Set(current.map((c) => c.chainId));
  const missing = chainIds.filter((id) => !have.has(id));
  if (missing.length) {
    await db
      .insert(enterpriseChains)
      .values(missing.map((chainId) => ({ enterpriseId, chainId, source: 'auto' as const })));
  }
}

export async function listEnterpriseClasses(
  db: Database,
): Promise<{ id: number; industryCode: string }[]> {
  return db
    .select({ id: enterprises.id, industryCode: enterprises.industryCode })
    .from(enterprises);
}

export async function addManualChain(
  db: Database,
  enterpriseId: number,
  chainId: number,
  userId: number | null,
) {
  await db
    .insert(enterpriseChains)
    .values({ enterpriseId, chainId, source: 'manual', createdBy: userId })
    .onConflictDoUpdate({
      target: [enterpriseChains.enterpriseId, enterpriseChains.chainId],
      set: { source: 'manual', createdBy: userId },
    });
}

export async function removeManualChain(
  db: Database,
  enterpriseId: number,
  chainId: number,
): Promise<boolean> {
  const rows = await db
    .delete(enterpriseChains)
    .where(
      and(
        eq(enterpriseChains.enterpriseId, enterpriseId),
        eq(enterpriseChains.chainId, chainId),
        eq(enterpriseChains.source, 'manual'),
      ),
    )
    .returning({ chainId: enterpriseChains.chainId });
  return rows.length > 0;
}

export async function listScaleEvents(
  db: Database,
  enterpriseIds: number[],
): Promise<ScaleEventRow[]> {
  if (enterpriseIds.length === 0) return [];
  return db
    .select()
    .from(enterpriseScaleEvents)
    .where(inArray(enterpriseScaleEvents.enterpriseId, enterpriseIds))
    .orderBy(asc(enterpriseScaleEvents.occurredOn), asc(enterpriseScaleEvents.id));
}

export async function insertScaleEvent(
  db: Database,
  values: typeof enterpriseScaleEvents.$inferInsert,
): Promise<ScaleEventRow> {
  const [row] = await db.insert(enterpriseScaleEvents).values(values).returning();
  return row!;
}

/**
 * Each enterprise's 四上 category on a day: the category of its latest scale event on or before
 * it when that event is an entry. Enterprises outside every category are absent from the map.
 */
export async function scaleCategoriesAt(
  db: Database,
  enterpriseIds: readonly number[],
  day: string,
): Promise<Map<number, ScaleCategory>> {
  if (!enterpriseIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([enterpriseScaleEvents.enterpriseId], {
      enterpriseId: enterpriseScaleEvents.enterpriseId,
      category: enterpriseScaleEvents.category,
      kind: enterpriseScaleEvents.kind,
    })
    .from(enterpriseScaleEvents)
    .where(
      and(
        inArray(enterpriseScaleEvents.enterpriseId, [...enterpriseIds]),
        sql`${enterpriseScaleEvents.occurredOn} <= ${day}`,
      ),
    )
    .orderBy(
      enterpriseScaleEvents.enterpriseId,
      sql`${enterpriseScaleEvents.occurredOn} desc`,
      sql`${enterpriseScaleEvents.id} desc`,
    );
  return new Map(rows.filter((r) => r.kind === 'entered').map((r) => [r.enterpriseId, r.category]));
}
