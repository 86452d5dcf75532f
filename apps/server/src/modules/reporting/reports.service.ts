import {
  availableReportActions,
  canEditFigures,
  checkSubmission,
  periodEndDate,
  pickText,
  REPORT_STATUS_LABELS,
  reportTransition,
  type Locale,
  type LocalizedText,
  type ReportAction,
  type ReportActor,
  type ReportStatus,
  type Scope,
  type TransitionError,
} from '@gongyeyun/core';
import type {
  TBulkActionRequest,
  TBulkActionResult,
  TPage,
  TReportActionRequest,
  TReportForm,
  TReportListItem,
  ZReportListQuery,
  ZSaveReportRequest,
} from '@gongyeyun/contract';
import type { z } from 'zod';
import {
  findEnterpriseInScope,
  findOrgUnitInScope,
  findReport,
  findReporters,
  insertNotifications,
  insertReport,
  insertReportEvents,
  listEnterpriseUsers,
  listReportEvents,
  listReporters,
  listValueChanges,
  updateReportAtVersion,
  type Database,
  type ReportPeriodRow,
  type ReportRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { changingPeriodFigures } from '../analytics/refresh-figures';
import { recordAudit } from '../audit/audit.service';
import {
  applyWrites,
  conflict,
  findingsOf,
  storedFigure,
  isUniqueViolation,
  loadReportContexts,
  prepareWrite,
  type EnterpriseRef,
  type FigureInput,
  type ReportContext,
  type StoredFigures,
} from './report-writes';
import {
  activeIndicators,
  beijingToday,
  getValidationConfig,
  presentPeriod,
  requirePeriod,
} from './reporting-settings.service';

const ENTERPRISE = { zh: '企业', en: 'Enterprise' };

/** How the workflow sees a user: the strongest of their roles. */
export function reportActorOf(actor: Actor): ReportActor {
  if (actor.roles.includes('admin')) return 'admin';
  if (actor.roles.includes('analyst')) return 'city';
  if (actor.roles.includes('county_officer')) return 'county';
  return 'enterprise';
}

/** The 四上 categories some active indicator is reported by: who is expected to report. */
export async function reportingCategories(db: Database) {
  return [...new Set((await activeIndicators(db)).flatMap((i) => i.categories))];
}

/** An org unit of the caller's scope by id, as a path to filter on. */
export async function orgPathFilter(
  db: Database,
  scope: Scope,
  orgUnitId: number | undefined,
): Promise<string | undefined> {
  if (orgUnitId === undefined) return undefined;
  const unit = await findOrgUnitInScope(db, scope, orgUnitId);
  if (!unit) throw notFound({ zh: '组织机构', en: 'Org unit' });
  return unit.path;
}

export function isLate(firstSubmittedAt: Date | null, period: ReportPeriodRow): boolean {
  return firstSubmittedAt !== null && beijingToday(firstSubmittedAt) > period.enterpriseDeadline;
}

export async function findReportsPage(
  deps: Deps,
  scope: Scope,
  query: z.infer<typeof ZReportListQuery>,
): Promise<TPage<TReportListItem>> {
  const period = await requirePeriod(deps.db, query.period);
  const page = await findReporters(
    deps.db,
    scope,
    {
      period: query.period,
      periodEnd: periodEndOf(period),
      categories: await reportingCategories(deps.db),
      orgPath: await orgPathFilter(deps.db, scope, query.orgUnitId),
      q: query.q,
      status: query.status,
    },
    query,
  );
  return {
    items: page.items.map((r) => ({
      enterpriseId: r.enterpriseId,
      enterpriseName: r.enterpriseName,
      uscc: r.uscc,
      countyName: r.countyName,
      contactPerson: r.contactPerson,
      contactPhone: r.contactPhone,
      reportId: r.reportId,
      status: r.status ?? 'none',
      version: r.version ?? 0,
      firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null,
      late: isLate(r.firstSubmittedAt, period),
      hardFindings: (r.findings ?? []).filter((f) => f.severity === 'hard').length,
      softFindings: (r.findings ?? []).filter((f) => f.severity === 'soft').length,
      enteredByCounty: r.enteredByCounty ?? false,
    })),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** `YYYY-MM-DD` of a period's last day. */
export const periodEndOf = (period: ReportPeriodRow): string => periodEndDate(period.period);

async function enterpriseRef(
  db: Database,
  scope: Scope,
  id: number,
): Promise<EnterpriseRef & { countyName: string }> {
  const e = await findEnterpriseInScope(db, scope, id);
  if (!e) throw notFound(ENTERPRISE);
  return {
    id: e.id,
    name: e.name,
    uscc: e.uscc,
    countyId: e.countyId,
    industryCode: e.industryCode,
    countyName: e.countyName,
  };
}

async function loadOne(db: Database, scope: Scope, enterpriseId: number, period: string) {
  const periodRow = await requirePeriod(db, period);
  const enterprise = await enterpriseRef(db, scope, enterpriseId);
  const report = await findReport(db, enterpriseId, period);
  const indicators = await activeIndicators(db);
  const contexts = await loadReportContexts(
    db,
    period,
    [enterprise],
    new Map(report ? [[enterpriseId, report]] : []),
    indicators,
  );
  return { periodRow, enterprise, context: contexts.get(enterpriseId)! };
}

const present = (
  values: Record<string, StoredFigures>,
  decimalsOf: Map<string, number>,
): TReportForm['values'] =>
  Object.fromEntries(
    Object.entries(values).map(([code, f]) => {
      const d = decimalsOf.get(code) ?? 4;
      return [
        code,
        {
          month: storedFigure(f.month, d),
          ytd: storedFigure(f.ytd, d),
          prevYearYtd: storedFigure(f.prevYearYtd, d),
        },
      ];
    }),
  );

export async function getReportForm(
  deps: Deps,
  actor: Actor,
  enterpriseId: number,
  period: string,
  db: Database = deps.db,
): Promise<TReportForm> {
  const { periodRow, enterprise, context } = await loadOne(db, actor.scope, enterpriseId, period);
  const report = context.report;
  const who = reportActorOf(actor);
  const status: ReportStatus = report?.status ?? 'draft';
  const readOnly = actor.roles.every(
    (r) => r === 'leader' || r === 'park_manager' || r === 'commissioner',
  );
  const decimalsOf = new Map(context.indicators.map((i) => [i.code, i.decimals]));
  const [events, changes] = report
    ? await Promise.all([listReportEvents(db, report.id), listValueChanges(db, report.id)])
    : [[], []];
  const locale = actor.locale;
  return {
    enterprise: {
      id: enterprise.id,
      name: enterprise.name,
      uscc: enterprise.uscc,
      countyName: enterprise.countyName,
    },
    period: presentPeriod(periodRow),
    report: report
      ? {
          id: report.id,
          status: report.status,
          version: report.version,
          enteredByCounty: report.enteredByCounty,
          firstSubmittedAt: report.firstSubmittedAt?.toISOString() ?? null,
          submittedAt: report.submittedAt?.toISOString() ?? null,
          approvedAt: report.approvedAt?.toISOString() ?? null,
          reason: report.reason,
          updatedAt: report.updatedAt.toISOString(),
        }
      : null,
    locked: context.locked,
    indicators: context.indicators.map((i) => ({
      ...i,
      categories: [...i.categories],
      active: true,
    })),
    values: present(context.values, decimalsOf),
    previous: { period: context.previousPeriod, values: present(context.previous, decimalsOf) },
    lastYearYtd: Object.fromEntries(
      Object.entries(context.lastYearYtd).map(([c, v]) => [
        c,
        storedFigure(v, decimalsOf.get(c) ?? 4)!,
      ]),
    ),
    history: context.history,
    findings: (report?.findings ?? []).map((f) => ({ ...f, message: pickText(f.message, locale) })),
    explanations: report?.explanations ?? {},
    actions: readOnly
      ? []
      : availableReportActions(status, who, context.locked).filter(
          (a) => !(report === undefined && a !== 'save' && a !== 'mark_not_reported'),
        ),
    canEdit: !readOnly && !context.locked && canEditFigures(status, who),
    events: events.map((e) => ({
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorName: e.actorName,
      reason: e.reason,
      at: e.at.toISOString(),
    })),
    changes: changes.map((c) => ({
      indicator: c.indicatorCode,
      field: c.field,
      oldValue: storedFigure(c.oldValue, decimalsOf.get(c.indicatorCode) ?? 4),
      newValue: storedFigure(c.newValue, decimalsOf.get(c.indicatorCode) ?? 4),
      source: c.source,
      changedBy: c.changedBy,
      changedAt: c.changedAt.toISOString(),
      reason: c.reason,
    })),
  };
}

/** Problems of one entry as a VALIDATION error naming the fields. */
export function entryError(
  problems: { indicator: string | null; field: string | null; text: LocalizedText }[],
): AppError {
  return new AppError(
    'VALIDATION',
    {
      zh: problems.map((p) => p.text.zh).join('；'),
      en: problems.map((p) => p.text.en).join('; '),
    },
    problems.map((p) => ({
      field:
        p.indicator === null ? 'values' : `values.${p.indicator}${p.field ? `.${p.field}` : ''}`,
      text: p.text,
    })),
  );
}

function assertEnterpriseMayFill(
  context: ReportContext,
  period: ReportPeriodRow,
  who: ReportActor,
) {
  if (who === 'enterprise' && beijingToday() < period.opensOn) {
    throw new AppError('VALIDATION', {
      zh: `本期报表 ${period.opensOn} 起开始填报`,
      en: `This period opens for filling on ${period.opensOn}`,
    });
  }
  void context;
}

export async function saveReport(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  enterpriseId: number,
  period: string,
  request: z.infer<typeof ZSaveReportRequest>,
): Promise<TReportForm> {
  const who = reportActorOf(actor);
  const config = await getValidationConfig(deps.db);
  await deps.db.transaction(async (tx) => {
    const { periodRow, context } = await loadOne(tx, actor.scope, enterpriseId, period);
    assertEnterpriseMayFill(context, periodRow, who);
    if ((context.report?.version ?? 0) !== request.version) throw conflict();
    const input: Record<string, FigureInput> = {};
    for (const [code, f] of Object.entries(request.values))
      input[code] = {
        month: f.month ?? null,
        ytd: f.ytd ?? null,
        prevYearYtd: f.prevYearYtd ?? null,
      };
    const prepared = prepareWrite(context, input, request.explanations, who, config);
    if (!prepared.ok) throw entryError(prepared.problems);
    const [report] = await changingPeriodFigures(tx, period, [enterpriseId], () =>
      applyWrites(tx, [prepared.value], {
        source: 'form',
        userId: actor.userId,
        reason: request.reason,
        actor: who,
        expectedVersion: request.version,
      }),
    );
    await recordAudit(tx, ctx, {
      action: 'report_saved',
      entity: 'report',
      entityId: report!.id,
      before: { values: context.values },
      after: {
        enterpriseId,
        period,
        changes: prepared.value.changes,
        onBehalf: who !== 'enterprise',
      },
    });
  });
  return getReportForm(deps, actor, enterpriseId, period);
}

export function transitionError(error: TransitionError): AppError {
  switch (error.code) {
    case 'not_allowed_for_actor':
      return new AppError('FORBIDDEN', error.message);
    case 'not_allowed_in_status':
    case 'period_locked':
      return new AppError('CONFLICT', error.message);
    case 'reason_required':
      return new AppError('VALIDATION', error.message, [{ field: 'reason', text: error.message }]);
    case 'validation_failed':
      return new AppError('VALIDATION', error.message);
    default:
      return new AppError('VALIDATION', error.message);
  }
}

export interface ActionOutcome {
  report: ReportRow;
  from: ReportStatus | null;
}

/** One workflow step on a report, inside `tx`. Validation is re-run on the stored figures. */
export async function actOn(
  tx: Database,
  context: ReportContext,
  action: Exclude<ReportAction, 'save' | 'lock' | 'unlock'>,
  who: ReportActor,
  options: { version: number; reason: string | null; userId: number; actorName: string },
): Promise<ActionOutcome> {
  const report = context.report;
  if ((report?.version ?? 0) !== options.version) throw conflict();
  const from: ReportStatus | null = report?.status ?? null;
  const config = await getValidationConfig(tx);
  const findings = findingsOf(context, context.values, config);
  const check = checkSubmission(findings, report?.explanations ?? {});
  if (action === 'submit' && !report) {
    throw new AppError('VALIDATION', {
      zh: '请先填写并保存报表',
      en: 'Fill in and save the report first',
    });
  }
  const result = reportTransition(from ?? 'draft', action, who, {
    reason: options.reason,
    submittable: check.ok,
    periodLocked: context.locked,
  });
  if (!result.ok) {
    if (result.error.code === 'validation_failed') {
      const items = [...check.blocking, ...check.unexplained];
      throw new AppError(
        'VALIDATION',
        result.error.message,
        items.map((f) => ({
          field: `values.${f.indicator}${f.field ? `.${f.field}` : ''}`,
          text: check.blocking.includes(f)
            ? f.message
            : { zh: `请说明：${f.message.zh}`, en: `Explain: ${f.message.en}` },
        })),
      );
    }
    throw transitionError(result.error);
  }
  const now = new Date();
  const to = result.value;
  const patch: Partial<ReportRow> = { status: to, findings, updatedBy: options.userId };
  if (action === 'submit') {
    patch.submittedAt = now;
    patch.firstSubmittedAt = report?.firstSubmittedAt ?? now;
  }
  if (action === 'approve') patch.approvedAt = now;
  if (action === 'unapprove') patch.approvedAt = null;
  if (options.reason) patch.reason = options.reason;
  let written: ReportRow | undefined;
  if (!report) {
    try {
      written = await insertReport(tx, {
        enterpriseId: context.enterprise.id,
        period: context.period,
        countyId: context.enterprise.countyId,
        status: to,
        findings,
        reason: options.reason,
        enteredByCounty: who !== 'enterprise',
        updatedBy: options.userId,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict();
      throw e;
    }
  } else {
    written = await updateReportAtVersion(tx, report.id, report.version, patch);
    if (!written) throw conflict();
  }
  await insertReportEvents(tx, [
    {
      reportId: written.id,
      action,
      fromStatus: from,
      toStatus: to,
      actorId: options.userId,
      actorName: options.actorName,
      reason: options.reason,
      at: now,
    },
  ]);
  return { report: written, from };
}

/** Tells the enterprise's users that their report came back or was approved. */
async function notifyEnterprise(
  tx: Database,
  context: ReportContext,
  action: ReportAction,
  reason: string | null,
): Promise<void> {
  if (action !== 'return') return;
  const users = await listEnterpriseUsers(tx, [context.enterprise.id]);
  const label = context.period;
  await insertNotifications(
    tx,
    users.map((u) => ({
      userId: u.userId,
      key: `report-returned:${context.enterprise.id}:${context.period}:${Date.now()}`,
      kind: 'report_returned',
      title: `${label} 报表被退回`,
      titleEn: `Report for ${label} returned`,
      body: `退回原因：${reason ?? ''}`,
      bodyEn: `Reason: ${reason ?? ''}`,
      link: `/reporting/reports/${context.enterprise.id}/${context.period}`,
    })),
  );
}

export async function actOnReport(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  enterpriseId: number,
  period: string,
  request: TReportActionRequest & { reason: string | null },
): Promise<TReportForm> {
  const who = reportActorOf(actor);
  await deps.db.transaction(async (tx) => {
    const { context } = await loadOne(tx, actor.scope, enterpriseId, period);
    const { report, from } = await changingPeriodFigures(tx, period, [enterpriseId], () =>
      actOn(tx, context, request.action, who, {
        version: request.version,
        reason: request.reason,
        userId: actor.userId,
        actorName: actor.username,
      }),
    );
    await notifyEnterprise(tx, context, request.action, request.reason);
    await recordAudit(tx, ctx, {
      action: `report_${request.action}`,
      entity: 'report',
      entityId: report.id,
      before: { status: from },
      after: { status: report.status, enterpriseId, period, reason: request.reason },
    });
  });
  return getReportForm(deps, actor, enterpriseId, period);
}

/** Approve or mark not reported many reports at once (a county's review). */
export async function bulkAction(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  request: TBulkActionRequest & { reason: string | null },
  locale: Locale,
): Promise<TBulkActionResult> {
  const who = reportActorOf(actor);
  const periodRow = await requirePeriod(deps.db, request.period);
  const indicators = await activeIndicators(deps.db);
  return deps.db.transaction(async (tx) => {
    const rows = await listReporters(tx, actor.scope, {
      period: request.period,
      periodEnd: periodEndOf(periodRow),
      categories: [...new Set(indicators.flatMap((i) => i.categories))],
      enterpriseIds: request.enterpriseIds,
    });
    const found = new Set(rows.map((r) => r.enterpriseId));
    const skipped: TBulkActionResult['skipped'] = request.enterpriseIds
      .filter((id) => !found.has(id))
      .map((enterpriseId) => ({
        enterpriseId,
        message: pickText(
          { zh: '不在您的管理范围内或无需填报', en: 'Not in your scope or not a reporter' },
          locale,
        ),
      }));
    const refs: EnterpriseRef[] = [];
    const reports = new Map<number, ReportRow>();
    for (const id of found) {
      const e = await findEnterpriseInScope(tx, actor.scope, id);
      if (!e) continue;
      refs.push({
        id,
        name: e.name,
        uscc: e.uscc,
        countyId: e.countyId,
        industryCode: e.industryCode,
      });
      const report = await findReport(tx, id, request.period);
      if (report) reports.set(id, report);
    }
    const contexts = await loadReportContexts(tx, request.period, refs, reports, indicators);
    const done = await changingPeriodFigures(
      tx,
      request.period,
      refs.map((r) => r.id),
      async () => {
        let done = 0;
        for (const ref of refs) {
          const context = contexts.get(ref.id)!;
          const status = context.report?.status ?? null;
          const applicable =
            request.action === 'approve'
              ? status === 'submitted'
              : status === null || status === 'draft' || status === 'returned';
          if (!applicable) {
            skipped.push({
              enterpriseId: ref.id,
              message: pickText(
                {
                  zh: `${ref.name}：当前状态“${status ? REPORT_STATUS_LABELS[status].zh : '未填报'}”不适用此操作`,
                  en: `${ref.name}: not applicable in status “${status ? REPORT_STATUS_LABELS[status].en : 'no report'}”`,
                },
                locale,
              ),
            });
            continue;
          }
          try {
            const { report, from } = await actOn(tx, context, request.action, who, {
              version: context.report?.version ?? 0,
              reason: request.reason,
              userId: actor.userId,
              actorName: actor.username,
            });
            await recordAudit(tx, ctx, {
              action: `report_${request.action}`,
              entity: 'report',
              entityId: report.id,
              before: { status: from },
              after: {
                status: report.status,
                enterpriseId: ref.id,
                period: request.period,
                bulk: true,
              },
            });
            done++;
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            if (e.code === 'VALIDATION' && e.fields?.some((f) => f.field === 'reason')) throw e;
            skipped.push({
              enterpriseId: ref.id,
              message: `${ref.name}：${pickText(e.text, locale)}`,
            });
          }
        }
        return done;
      },
    );
    return { done, skipped };
  });
}
