import type { Scope } from '@gongyeyun/core';
import { and, asc, count, desc, eq, gte, inArray, like, lte, max, sql } from 'drizzle-orm';
import type { Database } from '../client';
import {
  enterprises,
  enterpriseScaleEvents,
  orgUnits,
  publishedRankings,
  rankingSchemes,
  targetActuals,
  targets,
} from '../schema';
import { withinScope } from '../scope';

export type TargetRow = typeof targets.$inferSelect & { orgUnitName: string };
export type NewTargetRow = typeof targets.$inferInsert;
export type TargetActualRow = typeof targetActuals.$inferSelect;
export type RankingSchemeRow = typeof rankingSchemes.$inferSelect;
export type PublishedRankingRow = typeof publishedRankings.$inferSelect;

const withName = (db: Database) =>
  db
    .select({
      id: targets.id,
      year: targets.year,
      orgUnitId: targets.orgUnitId,
      orgPath: targets.orgPath,
      metric: targets.metric,
      name: targets.name,
      kind: targets.kind,
      comparator: targets.comparator,
      goal: targets.goal,
      unit: targets.unit,
      level: targets.level,
      firstEver: targets.firstEver,
      parentId: targets.parentId,
      profile: targets.profile,
      createdAt: targets.createdAt,
      updatedAt: targets.updatedAt,
      orgUnitName: orgUnits.name,
    })
    .from(targets)
    .innerJoin(orgUnits, eq(orgUnits.id, targets.orgUnitId));

/** The year's targets of a unit and of the units under it, in the caller's scope. */
export async function listTargets(
  db: Database,
  scope: Scope,
  f: { year: number; underPath: string },
): Promise<TargetRow[]> {
  return withName(db)
    .where(
      and(
        eq(targets.year, f.year),
        like(targets.orgPath, `${f.underPath}%`),
        withinScope(targets.orgPath, scope),
      ),
    )
    .orderBy(asc(orgUnits.depth), asc(orgUnits.sortOrder), asc(orgUnits.code), asc(targets.id));
}

export async function findTarget(
  db: Database,
  scope: Scope,
  id: number,
): Promise<TargetRow | undefined> {
  const [row] = await withName(db).where(
    and(eq(targets.id, id), withinScope(targets.orgPath, scope)),
  );
  return row;
}

export async function insertTarget(db: Database, row: NewTargetRow): Promise<number> {
  const [created] = await db.insert(targets).values(row).returning({ id: targets.id });
  return created!.id;
}

export async function updateTarget(
  db: Database,
  id: number,
  values: Partial<NewTargetRow>,
): Promise<void> {
  await db
    .update(targets)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(targets.id, id));
}

export async function listActuals(
  db: Database,
  targetIds: readonly number[],
): Promise<TargetActualRow[]> {
  if (!targetIds.length) return [];
  return db
    .select()
    .from(targetActuals)
    .where(inArray(targetActuals.targetId, [...targetIds]))
    .orderBy(asc(targetActuals.targetId), asc(targetActuals.month));
}

export async function upsertActual(
  db: Database,
  row: typeof targetActuals.$inferInsert,
): Promise<void> {
  await db
    .insert(targetActuals)
    .values(row)
    .onConflictDoUpdate({
      target: [targetActuals.targetId, targetActuals.month],
      set: {
        value: row.value,
        evidence: row.evidence,
        enteredBy: row.enteredBy,
        updatedAt: sql`now()`,
      },
    });
}

/**
 * 规上 entries (`entered`) or exits (`exited`) of a category from the first day of `year` to
 * `until`, of enterprises under a path, in the caller's scope.
 */
export async function countScaleEvents(
  db: Database,
  scope: Scope,
  f: {
    underPath: string;
    kind: 'entered' | 'exited';
    category: string;
    year: number;
    until: string;
  },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(enterpriseScaleEvents)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseScaleEvents.enterpriseId))
    .where(
      and(
        eq(enterpriseScaleEvents.kind, f.kind),
        eq(enterpriseScaleEvents.category, f.category as 'industry'),
        gte(enterpriseScaleEvents.occurredOn, `${f.year}-01-01`),
        lte(enterpriseScaleEvents.occurredOn, f.until),
        like(enterprises.orgPath, `${f.underPath}%`),
        withinScope(enterprises.orgPath, scope),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function listRankingSchemes(db: Database, year?: number) {
  return db
    .select()
    .from(rankingSchemes)
    .where(year === undefined ? undefined : eq(rankingSchemes.year, year))
    .orderBy(desc(rankingSchemes.year), asc(rankingSchemes.id));
}

export async function findRankingScheme(
  db: Database,
  id: number,
): Promise<RankingSchemeRow | undefined> {
  const [row] = await db.select().from(rankingSchemes).where(eq(rankingSchemes.id, id));
  return row;
}

export async function insertRankingScheme(
  db: Database,
  row: typeof rankingSchemes.$inferInsert,
): Promise<number> {
  const [created] = await db
    .insert(rankingSchemes)
    .values(row)
    .returning({ id: rankingSchemes.id });
  return created!.id;
}

/** Every published version of a scheme (optionally of one period), newest first. */
export async function listPublishedRankings(
  db: Database,
  schemeId: number,
  period?: string,
): Promise<PublishedRankingRow[]> {
  return db
    .select()
    .from(publishedRankings)
    .where(
      and(
        eq(publishedRankings.schemeId, schemeId),
        period === undefined ? undefined : eq(publishedRankings.period, period),
      ),
    )
    .orderBy(desc(publishedRankings.period), desc(publishedRankings.version));
}

export async function findPublishedRanking(
  db: Database,
  id: number,
): Promise<PublishedRankingRow | undefined> {
  const [row] = await db.select().from(publishedRankings).where(eq(publishedRankings.id, id));
  return row;
}

export async function latestRankingVersion(
  db: Database,
  schemeId: number,
  period: string,
): Promise<number> {
  const [row] = await db
    .select({ v: max(publishedRankings.version) })
    .from(publishedRankings)
    .where(and(eq(publishedRankings.schemeId, schemeId), eq(publishedRankings.period, period)));
  return Number(row?.v ?? 0);
}

export async function insertPublishedRanking(
  db: Database,
  row: typeof publishedRankings.$inferInsert,
): Promise<number> {
  const [created] = await db
    .insert(publishedRankings)
    .values(row)
    .returning({ id: publishedRankings.id });
  return created!.id;
}
