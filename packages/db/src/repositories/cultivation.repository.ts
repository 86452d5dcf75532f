import type { CandidateStatus, MonthlyRevenue, ScaleCategory, Scope } from '@gongyeyun/core';
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, like, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import {
  cultivationCandidates,
  cultivationLog,
  enterprises,
  enterpriseScaleEvents,
  exitWarnings,
  orgUnits,
  reports,
  reportValues,
  smallEnterpriseRevenues,
  users,
} from '../schema';
import { enterpriseScope } from './enterprise-scope';

export type CandidateRow = typeof cultivationCandidates.$inferSelect;
export type NewCandidateRow = typeof cultivationCandidates.$inferInsert;
export type ExitWarningRow = typeof exitWarnings.$inferSelect;
export type NewExitWarningRow = typeof exitWarnings.$inferInsert;
export type CultivationLogRow = typeof cultivationLog.$inferSelect;
export type NewCultivationLogRow = typeof cultivationLog.$inferInsert;

/** What the seed bank and the warnings show of an enterprise. */
export interface CultivationEnterprise {
  id: number;
  uscc: string;
  name: string;
  industryCode: string;
  countyId: number;
  countyName: string;
  orgPath: string;
  status: 'operating' | 'stopped' | 'closed';
  scaleCategory: ScaleCategory | null;
}

const enterpriseColumns = {
  id: enterprises.id,
  uscc: enterprises.uscc,
  name: enterprises.name,
  industryCode: enterprises.industryCode,
  countyId: enterprises.countyId,
  countyName: orgUnits.name,
  orgPath: enterprises.orgPath,
  status: enterprises.status,
  scaleCategory: enterprises.scaleCategory,
};

/**
 * Enterprises in the caller's scope under `underPath`: those above a threshold (`above`), those
 * below it (`above: false`) or both; closed ones only when asked for.
 */
export async function listCultivationEnterprises(
  db: Database,
  scope: Scope,
  f: { underPath: string; above?: boolean; ids?: readonly number[]; includeClosed?: boolean },
): Promise<CultivationEnterprise[]> {
  return db
    .select(enterpriseColumns)
    .from(enterprises)
    .innerJoin(orgUnits, eq(orgUnits.id, enterprises.countyId))
    .where(
      and(
        enterpriseScope(scope),
        like(enterprises.orgPath, `${f.underPath}%`),
        f.above === undefined
          ? undefined
          : f.above
            ? isNotNull(enterprises.scaleCategory)
            : isNull(enterprises.scaleCategory),
        f.includeClosed ? undefined : sql`${enterprises.status} <> 'closed'`,
        f.ids ? inArray(enterprises.id, [...f.ids]) : undefined,
      ),
    )
    .orderBy(asc(enterprises.id));
}

/** One enterprise if the caller may see it. */
export async function findCultivationEnterprise(
  db: Database,
  scope: Scope,
  id: number,
): Promise<CultivationEnterprise | null> {
  const [row] = await db
    .select(enterpriseColumns)
    .from(enterprises)
    .innerJoin(orgUnits, eq(orgUnits.id, enterprises.countyId))
    .where(and(eq(enterprises.id, id), enterpriseScope(scope)));
  return row ?? null;
}

const groupSeries = (rows: { id: number; year: number; month: number; revenue: number }[]) => {
  const out = new Map<number, MonthlyRevenue[]>();
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push({ year: r.year, month: r.month, revenue: r.revenue });
    out.set(r.id, list);
  }
  return out;
};

export interface EnteredRevenue extends MonthlyRevenue {
  enteredAs: 'month' | 'quarter';
}

/** Monthly revenue entered for enterprises below the threshold, by enterprise. */
export async function smallRevenueSeries(
  db: Database,
  enterpriseIds: readonly number[],
): Promise<Map<number, EnteredRevenue[]>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: smallEnterpriseRevenues.enterpriseId,
      year: smallEnterpriseRevenues.year,
      month: smallEnterpriseRevenues.month,
      revenue: sql<number>`${smallEnterpriseRevenues.revenue}::float8`,
      enteredAs: smallEnterpriseRevenues.enteredAs,
    })
    .from(smallEnterpriseRevenues)
    .where(inArray(smallEnterpriseRevenues.enterpriseId, [...enterpriseIds]))
    .orderBy(
      asc(smallEnterpriseRevenues.enterpriseId),
      asc(smallEnterpriseRevenues.year),
      asc(smallEnterpriseRevenues.month),
    );
  const out = new Map<number, EnteredRevenue[]>();
  for (const { id, ...m } of rows) out.set(id, [...(out.get(id) ?? []), m]);
  return out;
}

/**
 * Monthly revenue (本月 of the `revenue` indicator) from the statistical reports of the given
 * enterprises, periods `from` … `to` (YYYY-MM). The 1–2月 report covers two months: its figure
 * is split evenly between January and February.
 */
export async function reportedRevenueSeries(
  db: Database,
  enterpriseIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, MonthlyRevenue[]>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: reportValues.enterpriseId,
      period: reportValues.period,
      month: sql<number | null>`${reportValues.month}::float8`,
    })
    .from(reportValues)
    .where(
      and(
        inArray(reportValues.enterpriseId, [...enterpriseIds]),
        eq(reportValues.indicatorCode, 'revenue'),
        gte(reportValues.period, from),
        lte(reportValues.period, to),
      ),
    )
    .orderBy(asc(reportValues.enterpriseId), asc(reportValues.period));
  const flat: { id: number; year: number; month: number; revenue: number }[] = [];
  for (const r of rows) {
    if (r.month === null) continue;
    const year = Number(r.period.slice(0, 4));
    const month = Number(r.period.slice(5, 7));
    if (month === 2) {
      flat.push({ id: r.id, year, month: 1, revenue: r.month / 2 });
      flat.push({ id: r.id, year, month: 2, revenue: r.month / 2 });
    } else flat.push({ id: r.id, year, month, revenue: r.month });
  }
  return groupSeries(flat);
}

/** Report statuses of the given enterprises in the given periods (a missing report is absent). */
export async function reportStatuses(
  db: Database,
  enterpriseIds: readonly number[],
  periods: readonly string[],
): Promise<Map<number, Map<string, string>>> {
  const out = new Map<number, Map<string, string>>();
  if (enterpriseIds.length === 0 || periods.length === 0) return out;
  const rows = await db
    .select({ id: reports.enterpriseId, period: reports.period, status: reports.status })
    .from(reports)
    .where(
      and(inArray(reports.enterpriseId, [...enterpriseIds]), inArray(reports.period, [...periods])),
    );
  for (const r of rows) {
    const m = out.get(r.id) ?? new Map<string, string>();
    m.set(r.period, r.status);
    out.set(r.id, m);
  }
  return out;
}

/** Writes monthly revenues of one enterprise (replacing the same months). */
export async function upsertSmallRevenues(
  db: Database,
  enterpriseId: number,
  rows: readonly { year: number; month: number; revenue: number; enteredAs: 'month' | 'quarter' }[],
  userId: number | null,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(smallEnterpriseRevenues)
    .values(
      rows.map((r) => ({
        enterpriseId,
        year: r.year,
        month: r.month,
        revenue: r.revenue.toFixed(2),
        enteredAs: r.enteredAs,
        enteredBy: userId,
      })),
    )
    .onConflictDoUpdate({
      target: [
        smallEnterpriseRevenues.enterpriseId,
        smallEnterpriseRevenues.year,
        smallEnterpriseRevenues.month,
      ],
      set: {
        revenue: sql`excluded.revenue`,
        enteredAs: sql`excluded.entered_as`,
        enteredBy: sql`excluded.entered_by`,
        updatedAt: sql`now()`,
      },
    });
}

// ---------------------------------------------------------------------------------------------
// Candidates and warnings
// ---------------------------------------------------------------------------------------------

export interface CandidateListRow extends CandidateRow {
  officerName: string | null;
  countyId: number;
}

const officerName = sql<
  string | null
>`(select ${users.displayName} from ${users} where ${users.id} = officer_id)`;

/** Candidates of enterprises in scope under a path, optionally of some statuses. */
export async function listCandidates(
  db: Database,
  scope: Scope,
  f: { underPath: string; statuses?: readonly CandidateStatus[]; enterpriseId?: number },
): Promise<CandidateListRow[]> {
  return db
    .select({ ...candidateColumns(), officerName })
    .from(cultivationCandidates)
    .innerJoin(enterprises, eq(enterprises.id, cultivationCandidates.enterpriseId))
    .where(
      and(
        enterpriseScope(scope),
        like(enterprises.orgPath, `${f.underPath}%`),
        f.statuses?.length ? inArray(cultivationCandidates.status, [...f.statuses]) : undefined,
        f.enterpriseId === undefined
          ? undefined
          : eq(cultivationCandidates.enterpriseId, f.enterpriseId),
      ),
    )
    .orderBy(desc(cultivationCandidates.updatedAt), asc(cultivationCandidates.id));
}

function candidateColumns() {
  const c = cultivationCandidates;
  return {
    id: c.id,
    enterpriseId: c.enterpriseId,
    category: c.category,
    status: c.status,
    source: c.source,
    nominationReason: c.nominationReason,
    officerId: c.officerId,
    dropReason: c.dropReason,
    enteredOn: c.enteredOn,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    countyId: enterprises.countyId,
  };
}

/** One candidate if its enterprise is in scope. */
export async function findCandidate(
  db: Database,
  scope: Scope,
  id: number,
): Promise<CandidateListRow | null> {
  const [row] = await db
    .select({ ...candidateColumns(), officerName })
    .from(cultivationCandidates)
    .innerJoin(enterprises, eq(enterprises.id, cultivationCandidates.enterpriseId))
    .where(and(eq(cultivationCandidates.id, id), enterpriseScope(scope)));
  return row ?? null;
}

/** Enterprises (of the given) that have an open candidate of any category. */
export async function openCandidateEnterprises(
  db: Database,
  enterpriseIds: readonly number[],
  /** 'open': still being watched, cultivated or filed; 'ever': in the seed bank at any time. */
  which: 'open' | 'ever' = 'open',
): Promise<Set<number>> {
  if (enterpriseIds.length === 0) return new Set();
  const rows = await db
    .select({ id: cultivationCandidates.enterpriseId })
    .from(cultivationCandidates)
    .where(
      and(
        inArray(cultivationCandidates.enterpriseId, [...enterpriseIds]),
        which === 'open'
          ? sql`${cultivationCandidates.status} not in ('entered', 'dropped')`
          : undefined,
      ),
    );
  return new Set(rows.map((r) => r.id));
}

export async function insertCandidate(db: Database, row: NewCandidateRow): Promise<CandidateRow> {
  const [created] = await db.insert(cultivationCandidates).values(row).returning();
  return created!;
}

export async function updateCandidate(
  db: Database,
  id: number,
  set: Partial<NewCandidateRow>,
): Promise<void> {
  await db.update(cultivationCandidates).set(set).where(eq(cultivationCandidates.id, id));
}

export interface WarningListRow extends ExitWarningRow {
  officerName: string | null;
  countyId: number;
}

function warningColumns() {
  const w = exitWarnings;
  return {
    id: w.id,
    enterpriseId: w.enterpriseId,
    category: w.category,
    findings: w.findings,
    judgedThrough: w.judgedThrough,
    status: w.status,
    officerId: w.officerId,
    closeReason: w.closeReason,
    closedAt: w.closedAt,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
    countyId: enterprises.countyId,
  };
}

/** Exit warnings of enterprises in scope under a path. */
export async function listWarnings(
  db: Database,
  scope: Scope,
  f: { underPath: string; status?: 'open' | 'closed'; enterpriseIds?: readonly number[] },
): Promise<WarningListRow[]> {
  return db
    .select({ ...warningColumns(), officerName })
    .from(exitWarnings)
    .innerJoin(enterprises, eq(enterprises.id, exitWarnings.enterpriseId))
    .where(
      and(
        enterpriseScope(scope),
        like(enterprises.orgPath, `${f.underPath}%`),
        f.status ? eq(exitWarnings.status, f.status) : undefined,
        f.enterpriseIds ? inArray(exitWarnings.enterpriseId, [...f.enterpriseIds]) : undefined,
      ),
    )
    .orderBy(desc(exitWarnings.createdAt), asc(exitWarnings.id));
}

export async function findWarning(
  db: Database,
  scope: Scope,
  id: number,
): Promise<WarningListRow | null> {
  const [row] = await db
    .select({ ...warningColumns(), officerName })
    .from(exitWarnings)
    .innerJoin(enterprises, eq(enterprises.id, exitWarnings.enterpriseId))
    .where(and(eq(exitWarnings.id, id), enterpriseScope(scope)));
  return row ?? null;
}

export async function insertWarning(db: Database, row: NewExitWarningRow): Promise<ExitWarningRow> {
  const [created] = await db.insert(exitWarnings).values(row).returning();
  return created!;
}

export async function updateWarning(
  db: Database,
  id: number,
  set: Partial<NewExitWarningRow>,
): Promise<void> {
  await db.update(exitWarnings).set(set).where(eq(exitWarnings.id, id));
}

export async function insertLog(db: Database, row: NewCultivationLogRow): Promise<void> {
  await db.insert(cultivationLog).values(row);
}

export async function listLog(
  db: Database,
  f: { candidateId?: number; warningId?: number },
): Promise<CultivationLogRow[]> {
  return db
    .select()
    .from(cultivationLog)
    .where(
      f.candidateId !== undefined
        ? eq(cultivationLog.candidateId, f.candidateId)
        : eq(cultivationLog.warningId, f.warningId ?? -1),
    )
    .orderBy(asc(cultivationLog.at), asc(cultivationLog.id));
}

/** Entries and exits of enterprises in scope under a path, in a year, with their county. */
export async function listScaleEventsForCount(
  db: Database,
  scope: Scope,
  f: { underPath: string; year: number; category: ScaleCategory },
): Promise<{ countyId: number; kind: 'entered' | 'exited'; occurredOn: string }[]> {
  return db
    .select({
      countyId: enterprises.countyId,
      kind: enterpriseScaleEvents.kind,
      occurredOn: enterpriseScaleEvents.occurredOn,
    })
    .from(enterpriseScaleEvents)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseScaleEvents.enterpriseId))
    .where(
      and(
        enterpriseScope(scope),
        like(enterprises.orgPath, `${f.underPath}%`),
        eq(enterpriseScaleEvents.category, f.category),
        gte(enterpriseScaleEvents.occurredOn, `${f.year}-01-01`),
        lte(enterpriseScaleEvents.occurredOn, `${f.year}-12-31`),
      ),
    );
}
