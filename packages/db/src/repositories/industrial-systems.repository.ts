import type { Scope } from '@gongyeyun/core';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client';
import {
  chainIndustryCodes,
  chains,
  chainTiers,
  enterpriseChains,
  enterprises,
  industrialSystems,
} from '../schema';
import { enterpriseScope } from './enterprise-scope';

export type IndustrialSystemRow = typeof industrialSystems.$inferSelect;
export type ChainTierRow = typeof chainTiers.$inferSelect;
export type ChainRow = typeof chains.$inferSelect;
export type NewChainRow = typeof chains.$inferInsert;

export async function listIndustrialSystems(db: Database): Promise<IndustrialSystemRow[]> {
  return db.select().from(industrialSystems).orderBy(asc(industrialSystems.id));
}

export async function findIndustrialSystem(
  db: Database,
  id: number,
): Promise<IndustrialSystemRow | undefined> {
  const [row] = await db.select().from(industrialSystems).where(eq(industrialSystems.id, id));
  return row;
}

export async function findIndustrialSystemByCode(
  db: Database,
  code: string,
): Promise<IndustrialSystemRow | undefined> {
  const [row] = await db.select().from(industrialSystems).where(eq(industrialSystems.code, code));
  return row;
}

export async function insertIndustrialSystem(
  db: Database,
  values: typeof industrialSystems.$inferInsert,
): Promise<IndustrialSystemRow> {
  const [row] = await db.insert(industrialSystems).values(values).returning();
  return row!;
}

export async function updateIndustrialSystem(
  db: Database,
  id: number,
  values: Partial<typeof industrialSystems.$inferInsert>,
): Promise<IndustrialSystemRow | undefined> {
  const [row] = await db
    .update(industrialSystems)
    .set(values)
    .where(eq(industrialSystems.id, id))
    .returning();
  return row;
}

export async function listTiers(db: Database, systemIds: number[]): Promise<ChainTierRow[]> {
  if (systemIds.length === 0) return [];
  return db
    .select()
    .from(chainTiers)
    .where(inArray(chainTiers.systemId, systemIds))
    .orderBy(asc(chainTiers.sortOrder), asc(chainTiers.id));
}

export async function findTier(db: Database, id: number): Promise<ChainTierRow | undefined> {
  const [row] = await db.select().from(chainTiers).where(eq(chainTiers.id, id));
  return row;
}

export async function insertTier(
  db: Database,
  values: typeof chainTiers.$inferInsert,
): Promise<ChainTierRow> {
  const [row] = await db.insert(chainTiers).values(values).returning();
  return row!;
}

export async function updateTier(
  db: Database,
  id: number,
  values: Partial<typeof chainTiers.$inferInsert>,
): Promise<ChainTierRow | undefined> {
  const [row] = await db.update(chainTiers).set(values).where(eq(chainTiers.id, id)).returning();
  return row;
}

export async function listChains(db: Database, systemIds?: number[]): Promise<ChainRow[]> {
  const q = db.select().from(chains);
  const filtered = systemIds
    ? q.where(inArray(chains.systemId, systemIds.length ? systemIds : [-1]))
    : q;
  return filtered.orderBy(asc(chains.sortOrder), asc(chains.id));
}

export async function findChain(db: Database, id: number): Promise<ChainRow | undefined> {
  const [row] = await db.select().from(chains).where(eq(chains.id, id));
  return row;
}

export async function insertChain(db: Database, values: NewChainRow): Promise<ChainRow> {
  const [row] = await db.insert(chains).values(values).returning();
  return row!;
}

export async function updateChain(
  db: Database,
  id: number,
  values: Partial<NewChainRow>,
): Promise<ChainRow | undefined> {
  const [row] = await db.update(chains).set(values).where(eq(chains.id, id)).returning();
  return row;
}

/** Every chain → industry-code mapping (of active chains), for classifying enterprises. */
export async function listChainMappings(
  db: Database,
): Promise<{ chainId: number; code: string }[]> {
  return db
    .select({ chainId: chainIndustryCodes.chainId, code: chainIndustryCodes.industryCode })
    .from(chainIndustryCodes)
    .innerJoin(chains, eq(chains.id, chainIndustryCodes.chainId))
    .where(eq(chains.isActive, true));
}

export async function listChainCodes(
  db: Database,
  chainIds: number[],
): Promise<{ chainId: number; code: string }[]> {
  if (chainIds.length === 0) return [];
  return db
    .select({ chainId: chainIndustryCodes.chainId, code: chainIndustryCodes.industryCode })
    .from(chainIndustryCodes)
    .where(inArray(chainIndustryCodes.chainId, chainIds))
    .orderBy(asc(chainIndustryCodes.industryCode));
}

export async function replaceChainCodes(
  db: Database,
  chainId: number,
  codes: string[],
): Promise<void> {
  await db.delete(chainIndustryCodes).where(eq(chainIndustryCodes.chainId, chainId));
  if (codes.length) {
    await db
      .insert(chainIndustryCodes)
      .values([...new Set(codes)].map((industryCode) => ({ chainId, industryCode })));
  }
}

/** Enterprises per chain within the caller's scope. */
export async function countEnterprisesByChain(
  db: Database,
  scope: Scope,
  chainIds: number[],
): Promise<Map<number, number>> {
  if (chainIds.length === 0) return new Map();
  const rows = await db
    .select({ chainId: enterpriseChains.chainId, n: count() })
    .from(enterpriseChains)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseChains.enterpriseId))
    .where(and(inArray(enterpriseChains.chainId, chainIds), enterpriseScope(scope)))
    .groupBy(enterpriseChains.chainId);
  return new Map(rows.map((r) => [r.chainId, Number(r.n)]));
}
