import type { ReportStatus, ScaleCategory, Scope } from '@gongyeyun/core';
import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import {
  enterprises,
  indicators,
  notifications,
  orgUnits,
  periodLocks,
  reportEvents,
  reportPeriods,
  reports,
  reportValueHistory,
  reportValues,
  roleGrants,
  users,
  type ReportValueField,
  type ReportValueSource,
} from '../schema';
import { withinScope } from '../scope';
import { enterpriseScope } from './enterprise-scope';
import { likeContains, offsetOf, type PageRequest, type PageResult } from './paging';

export type IndicatorRow = typeof indicators.$inferSelect;
export type NewIndicatorRow = typeof indicators.$inferInsert;
export type ReportPeriodRow = typeof reportPeriods.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type NewReportRow = typeof reports.$inferInsert;
export type ReportValueRow = typeof reportValues.$inferSelect;
export type NewReportValueRow = typeof reportValues.$inferInsert;
export type NewValueHistoryRow = typeof reportValueHistory.$inferInsert;
export type NewReportEventRow = typeof reportEvents.$inferInsert;
export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

// --- Indicators and the calendar -------------------------------------------------------------

export const listIndicators = (db: Database): Promise<IndicatorRow[]> =>
  db.select().from(indicators).orderBy(asc(indicators.sortOrder), asc(indicators.code));

export async function findIndicator(db: Database, code: string): Promise<IndicatorRow | undefined> {
  const [row] = await db.select().from(indicators).where(eq(indicators.code, code));
  return row;
}

export async function insertIndicators(db: Database, rows: NewIndicatorRow[]): Promise<void> {
  if (rows.length) await db.insert(indicators).values(rows).onConflictDoNothing();
}

export async function updateIndicator(
  db: Database,
  code: string,
  patch: Partial<NewIndicatorRow>,
): Promise<IndicatorRow | undefined> {
  const [row] = await db.update(indicators).set(patch).where(eq(indicators.code, code)).returning();
  return row;
}

export const listPeriods = (db: Database, year: number): Promise<ReportPeriodRow[]> =>
  db.select().from(reportPeriods).where(eq(reportPeriods.year, year)).orderBy(reportPeriods.period);

export async function findPeriod(
  db: Database,
  period: string,
): Promise<ReportPeriodRow | undefined> {
  const [row] = await db.select().from(reportPeriods).where(eq(reportPeriods.period, period));
  return row;
}

/** The latest period open on `today`, else the earliest defined one after it. */
export async function findCurrentPeriod(
  db: Database,
  today: string,
): Promise<ReportPeriodRow | undefined> {
  const [open] = await db
    .select()
    .from(reportPeriods)
    .where(sql`${reportPeriods.opensOn} <= ${today}`)
    .orderBy(desc(reportPeriods.period))
    .limit(1);
  if (open) return open;
  const [next] = await db.select().from(reportPeriods).orderBy(asc(reportPeriods.period)).limit(1);
  return next;
}

export async function upsertPeriods(
  db: Database,
  rows: (typeof reportPeriods.$inferInsert)[],
): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(reportPeriods)
    .values(rows)
    .onConflictDoUpdate({
      target: reportPeriods.period,
      set: {
        opensOn: sql`excluded.opens_on`,
        enterpriseDeadline: sql`excluded.enterprise_deadline`,
        countyDeadline: sql`excluded.county_deadline`,
        locksOn: sql`excluded.locks_on`,
      },
    });
}

// --- Who is expected to report ---------------------------------------------------------------

/**
 * Whether an enterprise is in one of `categories` at the end of a period: its latest scale
 * event on or before that day is an entry into one of them.
 */
export function inScaleAt(periodEnd: string, categories: readonly ScaleCategory[]): SQL {
  if (categories.length === 0) return sql`false`;
  return sql`coalesce((select s.kind = 'entered' and s.category in (${sql.join(
    categories.map((c) => sql`${c}`),
    sql`, `,
  )}) from enterprise_scale_events s where s.enterprise_id = ${enterprises.id}
    and s.occurred_on <= ${periodEnd} order by s.occurred_on desc, s.id desc limit 1), false)`;
}

const county = alias(orgUnits, 'county');

export interface ReporterFilter {
  period: string;
  periodEnd: string;
  categories: readonly ScaleCategory[];
  /** Restrict to an org unit's subtree (its path), within the caller's scope. */
  orgPath?: string | undefined;
  q?: string | undefined;
  status?: ReportStatus | 'none' | undefined;
  enterpriseIds?: readonly number[] | undefined;
}

export interface ReporterRow {
  enterpriseId: number;
  enterpriseName: string;
  uscc: string;
  countyId: number;
  countyName: string;
  contactPerson: string | null;
  contactPhone: string | null;
  reportId: number | null;
  status: ReportStatus | null;
  version: number | null;
  firstSubmittedAt: Date | null;
  enteredByCounty: boolean | null;
  findings: ReportRow['findings'] | null;
}

function reporterConditions(scope: Scope, f: ReporterFilter): SQL {
  const conditions: (SQL | undefined)[] = [
    enterpriseScope(scope),
    or(inScaleAt(f.periodEnd, f.categories), sql`${reports.id} is not null`),
  ];
  if (f.orgPath) {
    const sub = `${f.orgPath}%`;
    conditions.push(
      or(sql`${enterprises.orgPath} like ${sub}`, sql`${enterprises.parkPath} like ${sub}`),
    );
  }
  if (f.q) {
    conditions.push(
      or(ilike(enterprises.searchText, likeContains(f.q)), eq(enterprises.uscc, f.q.toUpperCase())),
    );
  }
  if (f.status === 'none') conditions.push(isNull(reports.id));
  else if (f.status) conditions.push(eq(reports.status, f.status));
  if (f.enterpriseIds) conditions.push(inArray(enterprises.id, [...f.enterpriseIds]));
  return and(...conditions) as SQL;
}

function selectReporters(db: Database, period: string) {
  return db
    .select({
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      uscc: enterprises.uscc,
      countyId: enterprises.countyId,
      countyName: county.name,
      contactPerson: enterprises.contactPerson,
      contactPhone: enterprises.contactPhone,
      reportId: reports.id,
      status: reports.status,
      version: reports.version,
      firstSubmittedAt: reports.firstSubmittedAt,
      enteredByCounty: reports.enteredByCounty,
      findings: reports.findings,
    })
    .from(enterprises)
    .innerJoin(county, eq(county.id, enterprises.countyId))
    .leftJoin(reports, and(eq(reports.enterpriseId, enterprises.id), eq(reports.period, period)));
}

/** Expected reporters (and any enterprise that reported) in scope, with their report, paged. */
export async function findReporters(
  db: Database,
  scope: Scope,
  f: ReporterFilter,
  page: PageRequest,
): Promise<PageResult<ReporterRow>> {
  const where = reporterConditions(scope, f);
  const [items, [total]] = await Promise.all([
    selectReporters(db, f.period)
      .where(where)
      .orderBy(asc(county.code), asc(enterprises.name), asc(enterprises.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db
      .select({ n: count() })
      .from(enterprises)
      .innerJoin(county, eq(county.id, enterprises.countyId))
      .leftJoin(
        reports,
        and(eq(reports.enterpriseId, enterprises.id), eq(reports.period, f.period)),
      )
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** All of them, unpaged (rates, locks, templates). */
export const listReporters = (
  db: Database,
  scope: Scope,
  f: ReporterFilter,
): Promise<ReporterRow[]> =>
  selectReporters(db, f.period)
    .where(reporterConditions(scope, f))
    .orderBy(asc(county.code), asc(enterprises.name), asc(enterprises.id));

// --- Reports and their values ----------------------------------------------------------------

export async function findReport(
  db: Database,
  enterpriseId: number,
  period: string,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.enterpriseId, enterpriseId), eq(reports.period, period)));
  return row;
}

export async function findReportsOf(
  db: Database,
  period: string,
  enterpriseIds: readonly number[],
): Promise<ReportRow[]> {
  if (!enterpriseIds.length) return [];
  return db
    .select()
    .from(reports)
    .where(and(eq(reports.period, period), inArray(reports.enterpriseId, [...enterpriseIds])));
}

export async function insertReport(db: Database, row: NewReportRow): Promise<ReportRow> {
  const [created] = await db.insert(reports).values(row).returning();
  return created!;
}

/**
 * Changes a report only if it is still at `version` (optimistic concurrency); undefined when
 * someone else changed it first.
 */
export async function updateReportAtVersion(
  db: Database,
  id: number,
  version: number,
  patch: Partial<NewReportRow>,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(reports)
    .set({ ...patch, version: sql`${reports.version} + 1` })
    .where(and(eq(reports.id, id), eq(reports.version, version)))
    .returning();
  return row;
}

/** Reports of a county and period in the given statuses (locking moves them together). */
export async function setCountyReportStatus(
  db: Database,
  period: string,
  countyId: number,
  from: readonly ReportStatus[],
  to: ReportStatus,
  updatedBy: number | null,
): Promise<ReportRow[]> {
  return db
    .update(reports)
    .set({ status: to, updatedBy, version: sql`${reports.version} + 1` })
    .where(
      and(
        eq(reports.period, period),
        eq(reports.countyId, countyId),
        inArray(reports.status, [...from]),
      ),
    )
    .returning();
}

/** Values of some enterprises in some periods (one query for a form's context or an import). */
export async function listValues(
  db: Database,
  enterpriseIds: readonly number[],
  periods: readonly string[],
): Promise<ReportValueRow[]> {
  if (!enterpriseIds.length || !periods.length) return [];
  return db
    .select()
    .from(reportValues)
    .where(
      and(
        inArray(reportValues.enterpriseId, [...enterpriseIds]),
        inArray(reportValues.period, [...periods]),
      ),
    );
}

export async function upsertValues(db: Database, rows: NewReportValueRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(reportValues)
      .values(rows.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [reportValues.enterpriseId, reportValues.period, reportValues.indicatorCode],
        set: {
          month: sql`excluded.month`,
          ytd: sql`excluded.ytd`,
          prevYearYtd: sql`excluded.prev_year_ytd`,
          reportId: sql`excluded.report_id`,
        },
      });
  }
}

export async function deleteValues(
  db: Database,
  reportId: number,
  indicatorCodes: readonly string[],
): Promise<void> {
  if (!indicatorCodes.length) return;
  await db
    .delete(reportValues)
    .where(
      and(
        eq(reportValues.reportId, reportId),
        inArray(reportValues.indicatorCode, [...indicatorCodes]),
      ),
    );
}

export async function insertValueHistory(db: Database, rows: NewValueHistoryRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await db.insert(reportValueHistory).values(rows.slice(i, i + 1000));
}

export async function insertReportEvents(db: Database, rows: NewReportEventRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await db.insert(reportEvents).values(rows.slice(i, i + 1000));
}

export const listReportEvents = (db: Database, reportId: number) =>
  db
    .select()
    .from(reportEvents)
    .where(eq(reportEvents.reportId, reportId))
    .orderBy(asc(reportEvents.at), asc(reportEvents.id));

export interface ValueChangeRow {
  indicatorCode: string;
  field: ReportValueField;
  oldValue: string | null;
  newValue: string | null;
  source: ReportValueSource;
  changedBy: string | null;
  changedAt: Date;
  reason: string | null;
}

export const listValueChanges = (db: Database, reportId: number): Promise<ValueChangeRow[]> =>
  db
    .select({
      indicatorCode: reportValueHistory.indicatorCode,
      field: reportValueHistory.field,
      oldValue: reportValueHistory.oldValue,
      newValue: reportValueHistory.newValue,
      source: reportValueHistory.source,
      changedBy: users.displayName,
      changedAt: reportValueHistory.changedAt,
      reason: reportValueHistory.reason,
    })
    .from(reportValueHistory)
    .leftJoin(users, eq(users.id, reportValueHistory.changedBy))
    .where(eq(reportValueHistory.reportId, reportId))
    .orderBy(desc(reportValueHistory.changedAt), desc(reportValueHistory.id));

/** Figures of one period in scope (the data-value API). */
export async function listValuesInScope(
  db: Database,
  scope: Scope,
  f: { period: string; indicator?: string | undefined; orgPath?: string | undefined },
) {
  const conditions: (SQL | undefined)[] = [
    enterpriseScope(scope),
    eq(reportValues.period, f.period),
  ];
  if (f.indicator) conditions.push(eq(reportValues.indicatorCode, f.indicator));
  if (f.orgPath) {
    const sub = `${f.orgPath}%`;
    conditions.push(
      or(sql`${enterprises.orgPath} like ${sub}`, sql`${enterprises.parkPath} like ${sub}`),
    );
  }
  return db
    .select({
      enterprise: enterprises.uscc,
      period: reportValues.period,
      indicator: reportValues.indicatorCode,
      month: reportValues.month,
      ytd: reportValues.ytd,
      prevYearYtd: reportValues.prevYearYtd,
      status: reports.status,
    })
    .from(reportValues)
    .innerJoin(enterprises, eq(enterprises.id, reportValues.enterpriseId))
    .innerJoin(reports, eq(reports.id, reportValues.reportId))
    .where(and(...conditions))
    .orderBy(asc(enterprises.uscc), asc(reportValues.indicatorCode));
}

// --- Locks -----------------------------------------------------------------------------------

export const listLocks = (db: Database, period: string) =>
  db.select().from(periodLocks).where(eq(periodLocks.period, period));

export async function isCountyLocked(
  db: Database,
  period: string,
  countyId: number,
): Promise<boolean> {
  const [row] = await db
    .select({ countyId: periodLocks.countyId })
    .from(periodLocks)
    .where(and(eq(periodLocks.period, period), eq(periodLocks.countyId, countyId)));
  return row !== undefined;
}

export async function insertLock(
  db: Database,
  period: string,
  countyId: number,
  lockedBy: number | null,
): Promise<boolean> {
  const rows = await db
    .insert(periodLocks)
    .values({ period, countyId, lockedBy })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

export async function deleteLock(db: Database, period: string, countyId: number): Promise<boolean> {
  const rows = await db
    .delete(periodLocks)
    .where(and(eq(periodLocks.period, period), eq(periodLocks.countyId, countyId)))
    .returning();
  return rows.length > 0;
}

/** Counties (and above) in scope: the units locks are kept for. */
export const listCountiesInScope = (db: Database, scope: Scope) =>
  db
    .select({ id: orgUnits.id, name: orgUnits.name, code: orgUnits.code, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.kind, 'county'), withinScope(orgUnits.path, scope)))
    .orderBy(asc(orgUnits.code));

// --- Notifications ---------------------------------------------------------------------------

/** Sends each (user, key) once: a repeated key is ignored. Returns how many were new. */
export async function insertNotifications(
  db: Database,
  rows: NewNotificationRow[],
): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await db
      .insert(notifications)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    n += inserted.length;
  }
  return n;
}

export async function listNotifications(db: Database, userId: number, limit = 50) {
  const [items, [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { items, unread: unread?.n ?? 0 };
}

export async function markNotificationsRead(
  db: Database,
  userId: number,
  id?: number,
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        id === undefined ? undefined : eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** Active users who fill reports for these enterprises (enterprise users). */
export async function listEnterpriseUsers(
  db: Database,
  enterpriseIds: readonly number[],
): Promise<{ userId: number; enterpriseId: number }[]> {
  if (!enterpriseIds.length) return [];
  const rows = await db
    .select({ userId: roleGrants.userId, enterpriseId: roleGrants.enterpriseId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, 'enterprise_user'),
        eq(users.isActive, true),
        inArray(roleGrants.enterpriseId, [...enterpriseIds]),
      ),
    );
  return rows.flatMap((r) =>
    r.enterpriseId === null ? [] : [{ ...r, enterpriseId: r.enterpriseId }],
  );
}

/** Active county officers granted on these org units. */
export async function listCountyOfficers(
  db: Database,
  orgUnitIds: readonly number[],
): Promise<{ userId: number; orgUnitId: number }[]> {
  if (!orgUnitIds.length) return [];
  return db
    .select({ userId: roleGrants.userId, orgUnitId: roleGrants.orgUnitId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, 'county_officer'),
        eq(users.isActive, true),
        inArray(roleGrants.orgUnitId, [...orgUnitIds]),
      ),
    );
}

/** Many reports at once (imports, demo data), a thousand to a statement. */
export async function insertReports(db: Database, rows: NewReportRow[]): Promise<ReportRow[]> {
  const out: ReportRow[] = [];
  for (let i = 0; i < rows.length; i += 1000)
    out.push(
      ...(await db
        .insert(reports)
        .values(rows.slice(i, i + 1000))
        .returning()),
    );
  return out;
}
