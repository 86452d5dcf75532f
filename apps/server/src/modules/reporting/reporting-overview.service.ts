import { checkCountyLock, reportingRates, type ReporterState, type Scope } from '@gongyeyun/core';
import type { TLockRequest, TPeriodOverview, TRates } from '@gongyeyun/contract';
import {
  deleteLock,
  insertLock,
  insertReportEvents,
  listCountiesInScope,
  listLocks,
  listReporters,
  setCountyReportStatus,
  type Database,
  type ReporterRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { writeWorkbook } from '../enterprises/spreadsheet';
import { presentPeriod, requirePeriod } from './reporting-settings.service';
import { orgPathFilter, periodEndOf, reportingCategories } from './reports.service';

const stateOf = (r: ReporterRow): ReporterState => ({
  enterpriseId: r.enterpriseId,
  status: r.status,
  firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null,
});

async function reportersOf(db: Database, scope: Scope, period: string, orgPath?: string) {
  const row = await requirePeriod(db, period);
  const reporters = await listReporters(db, scope, {
    period,
    periodEnd: periodEndOf(row),
    categories: await reportingCategories(db),
    orgPath,
  });
  return { row, reporters };
}

export async function periodOverview(
  deps: Deps,
  scope: Scope,
  period: string,
  orgUnitId?: number,
  db: Database = deps.db,
): Promise<TPeriodOverview> {
  const orgPath = await orgPathFilter(db, scope, orgUnitId);
  const { row, reporters } = await reportersOf(db, scope, period, orgPath);
  const [counties, locks] = await Promise.all([
    listCountiesInScope(db, scope),
    listLocks(db, period),
  ]);
  const lockOf = new Map(locks.map((l) => [l.countyId, l]));
  const byCounty = new Map<number, ReporterRow[]>();
  for (const r of reporters) {
    const list = byCounty.get(r.countyId) ?? [];
    list.push(r);
    byCounty.set(r.countyId, list);
  }
  const rates = (rows: ReporterRow[]): TRates =>
    reportingRates(rows.map(stateOf), row.enterpriseDeadline);
  return {
    period: presentPeriod(row),
    total: rates(reporters),
    counties: counties
      .filter(
        (c) => orgPath === undefined || c.path.startsWith(orgPath) || orgPath.startsWith(c.path),
      )
      .map((c) => {
        const rows = byCounty.get(c.id) ?? [];
        const lock = lockOf.get(c.id);
        const check = checkCountyLock(
          rows.map((r) => r.enterpriseId),
          new Map(rows.flatMap((r) => (r.status ? [[r.enterpriseId, r.status] as const] : []))),
        );
        return {
          countyId: c.id,
          countyName: c.name,
          rates: rates(rows),
          locked: lock !== undefined,
          lockedAt: lock?.lockedAt.toISOString() ?? null,
          blocking: lock ? 0 : check.blocking.length,
        };
      }),
  };
}

async function countyInScope(db: Database, scope: Scope, countyId: number) {
  const county = (await listCountiesInScope(db, scope)).find((c) => c.id === countyId);
  if (!county) throw notFound({ zh: '县（市、区）', en: 'County' });
  return county;
}

/** The city locks a county's period once every expected report is approved or marked not reported. */
export async function lockCounty(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  request: TLockRequest,
): Promise<TPeriodOverview> {
  if (!actor.roles.some((r) => r === 'admin' || r === 'analyst')) throw forbidden();
  const county = await countyInScope(deps.db, actor.scope, request.countyId);
  await deps.db.transaction(async (tx) => {
    const { reporters } = await reportersOf(tx, actor.scope, request.period, county.path);
    const check = checkCountyLock(
      reporters.map((r) => r.enterpriseId),
      new Map(reporters.flatMap((r) => (r.status ? [[r.enterpriseId, r.status] as const] : []))),
    );
    if (!check.ok) {
      throw new AppError('VALIDATION', {
        zh: `${county.name}还有 ${check.blocking.length} 家企业的报表未审核、也未确认未报，不能锁定`,
        en: `${county.name} still has ${check.blocking.length} reports neither approved nor marked not reported`,
      });
    }
    if (!(await insertLock(tx, request.period, county.id, actor.userId))) {
      throw new AppError('CONFLICT', {
        zh: `${county.name} ${request.period} 已锁定`,
        en: `${county.name} ${request.period} is already locked`,
      });
    }
    const locked = await setCountyReportStatus(
      tx,
      request.period,
      county.id,
      ['approved'],
      'locked',
      actor.userId,
    );
    await insertReportEvents(
      tx,
      locked.map((r) => ({
        reportId: r.id,
        action: 'lock' as const,
        fromStatus: 'approved',
        toStatus: 'locked',
        actorId: actor.userId,
        actorName: actor.username,
        reason: null,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'period_locked',
      entity: 'period_lock',
      entityId: `${request.period}:${county.id}`,
      after: { period: request.period, county: county.name, reports: locked.length },
    });
  });
  return periodOverview(deps, actor.scope, request.period);
}

/** An administrator reopens a locked county period, with a reason. */
export async function unlockCounty(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  request: TLockRequest & { reason: string | null },
): Promise<TPeriodOverview> {
  if (!actor.roles.includes('admin')) throw forbidden();
  if (!request.reason) {
    const text = { zh: '解锁须说明原因', en: 'Give a reason for unlocking' };
    throw new AppError('VALIDATION', text, [{ field: 'reason', text }]);
  }
  const county = await countyInScope(deps.db, actor.scope, request.countyId);
  await deps.db.transaction(async (tx) => {
    if (!(await deleteLock(tx, request.period, county.id))) {
      throw new AppError('CONFLICT', {
        zh: `${county.name} ${request.period} 未锁定`,
        en: `${county.name} ${request.period} is not locked`,
      });
    }
    const reopened = await setCountyReportStatus(
      tx,
      request.period,
      county.id,
      ['locked'],
      'approved',
      actor.userId,
    );
    await insertReportEvents(
      tx,
      reopened.map((r) => ({
        reportId: r.id,
        action: 'unlock' as const,
        fromStatus: 'locked',
        toStatus: 'approved',
        actorId: actor.userId,
        actorName: actor.username,
        reason: request.reason,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'period_unlocked',
      entity: 'period_lock',
      entityId: `${request.period}:${county.id}`,
      after: { period: request.period, county: county.name, reason: request.reason },
    });
  });
  return periodOverview(deps, actor.scope, request.period);
}

/** Expected reporters that have not submitted, with whom to call. */
export async function missingWorkbook(
  deps: Deps,
  scope: Scope,
  period: string,
  orgUnitId?: number,
): Promise<Buffer> {
  const orgPath = await orgPathFilter(deps.db, scope, orgUnitId);
  const { reporters } = await reportersOf(deps.db, scope, period, orgPath);
  const missing = reporters.filter(
    (r) =>
      r.status === null || r.status === 'draft' || (r.status === 'returned' && !r.firstSubmittedAt),
  );
  return writeWorkbook([
    {
      name: '未报企业',
      title: `${period} 未报送企业名单（共 ${missing.length} 家）`,
      columns: [
        { header: '县（市、区）', width: 14 },
        { header: '统一社会信用代码', width: 22 },
        { header: '企业名称', width: 36 },
        { header: '状态', width: 10 },
        { header: '联系人', width: 10 },
        { header: '联系电话', width: 16 },
      ],
      rows: missing.map((r) => [
        r.countyName,
        r.uscc,
        r.enterpriseName,
        r.status === 'draft' ? '草稿' : r.status === 'returned' ? '已退回' : '未填报',
        r.contactPerson ?? '',
        r.contactPhone ?? '',
      ]),
    },
  ]);
}
