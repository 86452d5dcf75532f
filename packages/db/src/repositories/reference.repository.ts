import type { IndustryLevel } from '@gongyeyun/core';
import { and, asc, count, eq, ilike, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { enterpriseTags, industryClasses, scaleThresholds } from '../schema';
import { likeContains, offsetOf, type PageRequest, type PageResult } from './paging';

export type IndustryClassRow = typeof industryClasses.$inferSelect;
export type ScaleThresholdRow = typeof scaleThresholds.$inferSelect;
export type NewScaleThresholdRow = typeof scaleThresholds.$inferInsert;
export type EnterpriseTagRow = typeof enterpriseTags.$inferSelect;

export async function countIndustryClasses(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(industryClasses);
  return Number(row?.n ?? 0);
}

/** Inserts the classification, leaving rows that exist as they are. */
export async function insertIndustryClasses(db: Database, rows: IndustryClassRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(industryClasses)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing();
  }
}

export interface IndustryClassFilter extends PageRequest {
  q?: string | undefined;
  level?: IndustryLevel | undefined;
  /** '' for the sections (no parent). */
  parentCode?: string | undefined;
}

const hasChildren = sql<boolean>`exists (select 1 from industry_classes c where c.parent_code = industry_classes.code)`;

export async function findIndustryClasses(
  db: Database,
  filter: IndustryClassFilter,
): Promise<PageResult<IndustryClassRow & { hasChildren: boolean }>> {
  const conditions: SQL[] = [];
  if (filter.parentCode !== undefined) {
    conditions.push(
      filter.parentCode === ''
        ? isNull(industryClasses.parentCode)
        : eq(industryClasses.parentCode, filter.parentCode),
    );
  }
  if (filter.level) conditions.push(eq(industryClasses.level, filter.level));
  if (filter.q) {
    conditions.push(
      or(
        like(industryClasses.code, `${filter.q.toUpperCase()}%`),
        ilike(industryClasses.name, likeContains(filter.q)),
      ) as SQL,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({
        code: industryClasses.code,
        name: industryClasses.name,
        level: industryClasses.level,
        parentCode: industryClasses.parentCode,
        section: industryClasses.section,
        hasChildren,
      })
      .from(industryClasses)
      .where(where)
      .orderBy(asc(industryClasses.code))
      .limit(filter.pageSize)
      .offset(offsetOf(filter)),
    db.select({ n: count() }).from(industryClasses).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findIndustryClassesByCodes(
  db: Database,
  codes: string[],
): Promise<IndustryClassRow[]> {
  if (codes.length === 0) return [];
  return db
    .select()
    .from(industryClasses)
    .where(inArray(industryClasses.code, [...new Set(codes)]));
}

export async function listScaleThresholds(db: Database): Promise<ScaleThresholdRow[]> {
  return db
    .select()
    .from(scaleThresholds)
    .orderBy(asc(scaleThresholds.category), asc(scaleThresholds.fromYear), asc(scaleThresholds.id));
}

export async function countScaleThresholds(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(scaleThresholds);
  return Number(row?.n ?? 0);
}

export async function insertScaleThreshold(
  db: Database,
  values: NewScaleThresholdRow,
): Promise<ScaleThresholdRow> {
  const [row] = await db.insert(scaleThresholds).values(values).returning();
  return row!;
}

export async function findScaleThreshold(
  db: Database,
  id: number,
): Promise<ScaleThresholdRow | undefined> {
  const [row] = await db.select().from(scaleThresholds).where(eq(scaleThresholds.id, id));
  return row;
}

export async function updateScaleThreshold(
  db: Database,
  id: number,
  values: Partial<NewScaleThresholdRow>,
): Promise<ScaleThresholdRow | undefined> {
  const [row] = await db
    .update(scaleThresholds)
    .set(values)
    .where(eq(scaleThresholds.id, id))
    .returning();
  return row;
}

export async function listEnterpriseTags(db: Database): Promise<EnterpriseTagRow[]> {
  return db
    .select()
    .from(enterpriseTags)
    .orderBy(asc(enterpriseTags.sortOrder), asc(enterpriseTags.code));
}

export async function findEnterpriseTag(
  db: Database,
  code: string,
): Promise<EnterpriseTagRow | undefined> {
  const [row] = await db.select().from(enterpriseTags).where(eq(enterpriseTags.code, code));
  return row;
}

export async function upsertEnterpriseTag(
  db: Database,
  tag: EnterpriseTagRow,
): Promise<EnterpriseTagRow> {
  const [row] = await db
    .insert(enterpriseTags)
    .values(tag)
    .onConflictDoUpdate({
      target: enterpriseTags.code,
      set: { name: tag.name, nameEn: tag.nameEn, sortOrder: tag.sortOrder },
    })
    .returning();
  return row!;
}
